// A worker thread of the pool: loads the pipeline once, then extracts one document per message.
import { parentPort } from 'node:worker_threads';
import { makeDocument } from '../document.js';
import { processDocument, type WorkItem } from './work.js';

parentPort!.on('message', (item: WorkItem) => {
  parentPort!.postMessage(processDocument(item));
});
// one small article first, so that a document's time limit does not pay for the worker's warm-up
processDocument({ doc: makeDocument('Warm-up\n\nTalks resumed in Geneva on Monday, officials said.', { id: 'warm-up', published: '2000-01-03' }), explain: false });
parentPort!.postMessage({ ready: true });
