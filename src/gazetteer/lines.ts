// The format of the gazetteer's place shards: one line a key, `key<TAB>rows as JSON<LF>`, sorted by key
// (UTF-16 code units). A shard is read as one buffer of UTF-8 bytes and searched in place, so loading it
// costs a file read, not a JSON parse of every row, and it holds no object per row; only the rows of a
// key that is asked for are decoded and parsed. The bytes live outside V8's heap: a worker's heap (and
// with it how far V8 lets it grow before collecting) stays the size of the pipeline, not of the places
// read so far, and names outside Latin-1 cost their UTF-8 bytes, not two bytes a character.

/** Rows by key, read one key at a time. */
export interface RowLookup<R> {
  get(key: string): R[] | undefined;
}

/** A shard in the lines format. Keys may not hold a tab or a line break. */
export function toLines(byKey: Record<string, unknown[]>): string {
  const keys = Object.keys(byKey).sort();
  let out = '';
  for (const key of keys) {
    if (/[\t\n\r]/.test(key)) throw new Error(`gazetteer key with a tab or line break: ${JSON.stringify(key)}`);
    out += `${key}\t${JSON.stringify(byKey[key])}\n`;
  }
  return out;
}

/** The rows of `key` in a lines-format text (binary search over its lines), or undefined. */
export function findLine(text: string, key: string): string | undefined {
  // [lo, hi) holds whole lines: lo is a line's start, hi a line's start or the text's end
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
    const tab = text.indexOf('\t', start);
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    const k = text.slice(start, tab);
    if (k === key) return text.slice(tab + 1, end);
    if (k < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

const NL = 0x0a;
const TAB = 0x09;

/** findLine over the UTF-8 bytes of a lines-format text. Keys are compared as strings (UTF-16 code
 *  units, the order the lines were sorted in); a line break or tab byte is never part of a multi-byte
 *  character, so the search may land anywhere. */
export function findLineInBytes(bytes: Buffer, key: string): string | undefined {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : bytes.lastIndexOf(NL, mid - 1) + 1;
    const tab = bytes.indexOf(TAB, start);
    let end = bytes.indexOf(NL, tab);
    if (end < 0) end = bytes.length;
    const k = bytes.toString('utf8', start, tab);
    if (k === key) return bytes.toString('utf8', tab + 1, end);
    if (k < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

/** Rows by key from a lines-format text, as a string or as its UTF-8 bytes. */
export function linesLookup<R>(text: string | Buffer): RowLookup<R> {
  const find = typeof text === 'string' ? (key: string) => findLine(text, key) : (key: string) => findLineInBytes(text, key);
  return {
    get(key) {
      const rows = find(key);
      return rows === undefined ? undefined : (JSON.parse(rows) as R[]);
    },
  };
}

export function recordLookup<R>(byKey: Record<string, R[]>): RowLookup<R> {
  return { get: (key) => (Object.hasOwn(byKey, key) ? byKey[key] : undefined) };
}
