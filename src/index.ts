// newsx library API: extract(text, options) -> a validated event record.
import { checkText, makeDocument, isValidPublished } from './document.js';
import { extractDocument } from './pipeline.js';
import type { EventRecord } from './record/schema.js';

export { EventRecordSchema, ErrorRecordSchema, OutputRecordSchema, SCHEMA_ID, recordJsonSchema } from './record/schema.js';
export type * from './record/schema.js';
export { makeDocument, isValidPublished, type Document } from './document.js';
export { createPipeline, extractDocument, type Pipeline } from './pipeline.js';
export { createResources, type Resources } from './resources.js';
export { createGazetteer, type Gazetteer } from './gazetteer/index.js';
export { analyse, type Analysis } from './analyse/index.js';

/** The largest text `extract()` accepts, as the CLI's default `--max-bytes`. */
export const MAX_BYTES = 5_000_000;

/**
 * A text that is no article: the library's form of the CLI's error records, with the same `code`
 * (`empty_text`, `binary`, `too_large`), so that code written against either treats bad input alike.
 */
export class NewsxInputError extends Error {
  override readonly name = 'NewsxInputError';
  constructor(readonly code: 'empty_text' | 'binary' | 'too_large', message: string) {
    super(message);
  }
}

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
  /** Largest text accepted, in UTF-8 bytes (default 5,000,000, as the CLI). */
  maxBytes?: number;
}

/**
 * One article's record. Throws `NewsxInputError` (with the CLI's error code) for a text that is no article:
 * empty or white space (`empty_text`), with NUL characters (`binary`), over `maxBytes` (`too_large`).
 */
export function extract(text: string, options: ExtractOptions = {}): EventRecord {
  if (typeof text !== 'string') throw new TypeError('extract(text): text must be a string');
  const checked = checkText(text, options.maxBytes ?? MAX_BYTES);
  if (!checked.ok) throw new NewsxInputError(checked.code, `extract(text): ${checked.message}`);
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
