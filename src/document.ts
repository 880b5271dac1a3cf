// A Document is one article as read: its exact text, its id and what the input says about it.
// Everything downstream points into `text` with JS string offsets; nothing here rewrites it.
import type { Published } from './record/schema.js';

export interface Document {
  id: string;
  text: string;
  /** Publication date as given (option or input), ISO 8601 date or date-time; null when not given. */
  published: string | null;
  publishedSource: Exclude<Published['source'], 'text' | 'none'> | null;
  /** A headline given by the input (JSONL `title`), else null: the text's own headline is found in analysis. */
  title: string | null;
  /** Pass-through fields of a JSONL input line. */
  meta: Record<string, unknown>;
  /** Notes from reading it (e.g. invalid UTF-8 replaced), copied into the record's `warnings`. */
  warnings?: string[];
}

export function makeDocument(text: string, options: Partial<Omit<Document, 'text'>> = {}): Document {
  return {
    id: options.id ?? 'text',
    text,
    published: options.published ?? null,
    publishedSource: options.published ? (options.publishedSource ?? 'option') : null,
    title: options.title ?? null,
    meta: options.meta ?? {},
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for an ISO 8601 date or date-time that names a real calendar day. */
export function isValidPublished(value: string): boolean {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/** A text that is an article, or why it is not (the same codes as the CLI's error records). */
export function checkText(text: string, maxBytes: number): { ok: true; text: string } | { ok: false; code: 'empty_text' | 'too_large' | 'binary'; message: string } {
  if (text.trim() === '') return { ok: false, code: 'empty_text', message: 'text is empty or only white space' };
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    return { ok: false, code: 'too_large', message: `text is ${Buffer.byteLength(text, 'utf8')} bytes, over --max-bytes ${maxBytes}` };
  }
  if (text.includes('\u0000')) return { ok: false, code: 'binary', message: 'text contains NUL characters: not an article' };
  return { ok: true, text };
}
