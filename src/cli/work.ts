// One document -> one output record. Used in the main thread (--jobs 1) and in each worker.
import { extractDocument } from '../pipeline.js';
import type { Document } from '../document.js';
import type { OutputRecord } from '../record/schema.js';
import { errorRecord } from './errors.js';

export interface WorkItem {
  doc: Document;
  explain: boolean;
}

export function processDocument({ doc, explain }: WorkItem): OutputRecord {
  try {
    return extractDocument(doc, { explain });
  } catch (e) {
    // a bug must cost one document, not the batch; the message says where to look
    const err = e as Error;
    return errorRecord(doc.id, 'internal', `extraction failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`.slice(0, 500), {
      meta: doc.meta,
    });
  }
}
