// A worker thread of the pool: loads the pipeline once, then extracts one document per message.
import { parentPort } from 'node:worker_threads';
import { processDocument, type WorkItem } from './work.js';

parentPort!.on('message', (item: WorkItem) => {
  parentPort!.postMessage(processDocument(item));
});
parentPort!.postMessage({ ready: true });
