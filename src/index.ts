// newsx library API: extract(text, options) -> a validated event record.
import { makeDocument, isValidPublished } from './document.js';
import { extractDocument } from './pipeline.js';
import type { EventRecord } from './record/schema.js';

export { EventRecordSchema, ErrorRecordSchema, OutputRecordSchema, SCHEMA_ID, recordJsonSchema } from './record/schema.js';
export type * from './record/schema.js';
export { makeDocument, isValidPublished, type Document } from './document.js';
export { extractDocument } from './pipeline.js';
export { analyse, type Analysis } from './analyse/index.js';

export interface ExtractOptions {
  /** Publication date (ISO 8601 date or date-time) used to resolve relative dates. */
  published?: string | null;
  /** The record's id (default "text"). */
  id?: string;
  /** A headline given separately from the text. */
  title?: string | null;
  /** Fields copied unchanged into the record's `meta`. */
  meta?: Record<string, unknown>;
  /** Keep the id of the rule behind every item. */
  explain?: boolean;
}

export function extract(text: string, options: ExtractOptions = {}): EventRecord {
  if (typeof text !== 'string') throw new TypeError('extract(text): text must be a string');
  if (options.published && !isValidPublished(options.published)) {
    throw new RangeError(`extract(text): published must be an ISO 8601 date or date-time, got ${JSON.stringify(options.published)}`);
  }
  const doc = makeDocument(text, {
    id: options.id,
    published: options.published ?? null,
    publishedSource: 'option',
    title: options.title ?? null,
    meta: options.meta,
  });
  return extractDocument(doc, { explain: options.explain });
}

export { createExtractStream, extractRecords, type ExtractStreamOptions, type StreamDocument } from './stream.js';
