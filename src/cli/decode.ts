// Bytes -> text, or the reason they are not an article: too large, binary, not UTF-8, empty.
import type { ErrorCode } from '../record/schema.js';
import { checkText } from '../document.js';

export type Decoded = { ok: true; text: string; warnings?: string[] } | { ok: false; code: ErrorCode; message: string };

/** What invalid UTF-8 becomes (`--encoding-errors`): an `invalid_encoding` error record, or U+FFFD and a warning. */
export type EncodingErrors = 'error' | 'replace';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Replacing = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 bytes -> text; invalid sequences are an error, or (with 'replace') U+FFFD with a warning. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array, what: string, mode: EncodingErrors): Decoded {
  try {
    // the decoder drops a leading UTF-8 BOM: offsets count from the first character after it
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    if (mode === 'error') return { ok: false, code: 'invalid_encoding', message: `${what} is not valid UTF-8` };
  }
  const text = utf8Replacing.decode(bytes);
  // replacements made = U+FFFD in the text - U+FFFD written in the bytes (EF BF BD)
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n--;
  return { ok: true, text, warnings: [`invalid UTF-8: ${n} byte sequence${n === 1 ? '' : 's'} replaced with U+FFFD (--encoding-errors replace)`] };
}

export function decodeArticle(bytes: Uint8Array, maxBytes: number, encodingErrors: EncodingErrors = 'error'): Decoded {
  if (bytes.length > maxBytes) return { ok: false, code: 'too_large', message: `text is ${bytes.length} bytes, over --max-bytes ${maxBytes}` };
  if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'binary content (NUL bytes): not an article' };
  const decoded = decodeUtf8(bytes, 'content', encodingErrors);
  if (!decoded.ok) return decoded;
  const checked = checkText(decoded.text, maxBytes);
  return checked.ok && decoded.warnings ? { ...checked, warnings: decoded.warnings } : checked;
}

export { checkText } from '../document.js';
