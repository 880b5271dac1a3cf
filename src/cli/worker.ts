// A pool worker: the same work as the main thread, in a worker thread.
import { processDocument, type WorkItem } from './work.js';

export default function run(item: WorkItem) {
  return processDocument(item);
}
