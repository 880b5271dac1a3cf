// One document -> one output record. Used in the main thread (--jobs 1) and in each worker.
import { extractDocument } from '../pipeline.js';
import type { Document } from '../document.js';
import type { OutputRecord } from '../record/schema.js';
import { errorRecord } from './errors.js';

export interface WorkItem {
  doc: Document;
  explain: boolean;
  /** Add the text and its zones to the record (`newsx view`). */
  source?: boolean;
}

export function processDocument({ doc, explain, source }: WorkItem): OutputRecord {
  try {
    return extractDocument(doc, { explain, source });
  } catch (e) {
    // a bug must cost one document, not the batch; the message says where to look
    const err = e as Error;
    return errorRecord(doc.id, 'internal', `extraction failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`.slice(0, 500), {
      meta: doc.meta,
    });
  }
}
