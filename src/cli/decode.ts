// Bytes -> text, or the reason they are not an article: too large, binary, not UTF-8, empty.
import type { ErrorCode } from '../record/schema.js';

export type Decoded = { ok: true; text: string } | { ok: false; code: ErrorCode; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return { ok: false, code: 'too_large', message: `text is ${bytes.length} bytes, over --max-bytes ${maxBytes}` };
  if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'binary content (NUL bytes): not an article' };
  let text: string;
  try {
    // the decoder drops a leading UTF-8 BOM: offsets count from the first character after it
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'invalid_encoding', message: 'content is not valid UTF-8' };
  }
  return checkText(text, maxBytes);
}

export function checkText(text: string, maxBytes: number): Decoded {
  if (text.trim() === '') return { ok: false, code: 'empty_text', message: 'text is empty or only white space' };
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    return { ok: false, code: 'too_large', message: `text is ${Buffer.byteLength(text, 'utf8')} bytes, over --max-bytes ${maxBytes}` };
  }
  if (text.includes('\u0000')) return { ok: false, code: 'binary', message: 'text contains NUL characters: not an article' };
  return { ok: true, text };
}
