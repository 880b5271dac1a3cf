// Input readers: files, folders, stdin and JSONL streams -> Tasks, in input order.
// Nothing is dropped: whatever cannot be read becomes an error record in its place.
import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { isValidPublished, type Document } from '../document.js';
import { checkText, decodeArticle, decodeUtf8, type EncodingErrors } from './decode.js';
import { errorRecord } from './errors.js';
import { byteLines } from './jsonl-lines.js';
import type { ReadStats, Task } from './task.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.text', '.md', '.jsonl', '.ndjson'];
const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

export interface ReadOptions {
  input: 'text' | 'jsonl';
  published: string | null;
  maxBytes: number;
  /** Invalid UTF-8: an `invalid_encoding` error record (default), or U+FFFD and a warning on the record. */
  encodingErrors?: EncodingErrors;
}

export const isJsonlPath = (p: string): boolean => JSONL_EXTENSIONS.includes(path.extname(p).toLowerCase());

function docFrom(id: string, text: string, opts: ReadOptions, extra: Partial<Document> = {}): Document {
  return {
    id,
    text,
    published: extra.published ?? opts.published,
    publishedSource: extra.published ? 'input' : opts.published ? 'option' : null,
    title: extra.title ?? null,
    meta: extra.meta ?? {},
    ...(extra.warnings?.length ? { warnings: extra.warnings } : {}),
  };
}

function codePointCompare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Every article file below a folder, sorted by relative path in code-point order. Symlink loops are walked once. */
export async function walkFolder(root: string, stats: ReadStats, onError: (p: string, e: unknown) => void): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (e) {
      onError(dir, e);
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      onError(dir, e);
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(full);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (e) {
          onError(full, e);
          continue;
        }
      }
      if (isDir) await walk(full);
      else if (isFile) {
        if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
        else stats.skipped++;
      }
    }
  }
  await walk(root);
  return files.sort((a, b) => codePointCompare(path.relative(root, a), path.relative(root, b)));
}

function ioMessage(e: unknown): { code: 'not_found' | 'unreadable'; message: string } {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return { code: 'not_found', message: 'file not found (it may have vanished during the run)' };
  return { code: 'unreadable', message: `cannot read: ${err?.code ?? ''} ${err?.message ?? String(e)}`.trim() };
}

/** One text file is one article. */
export async function readTextFile(file: string, opts: ReadOptions): Promise<Task> {
  try {
    const s = await stat(file);
    if (s.size > opts.maxBytes) {
      return { kind: 'error', record: errorRecord(file, 'too_large', `file is ${s.size} bytes, over --max-bytes ${opts.maxBytes}`, { path: file }) };
    }
    const decoded = decodeArticle(await readFile(file), opts.maxBytes, opts.encodingErrors);
    if (!decoded.ok) return { kind: 'error', record: errorRecord(file, decoded.code, decoded.message, { path: file }) };
    return { kind: 'doc', doc: docFrom(file, decoded.text, opts, { warnings: decoded.warnings }) };
  } catch (e) {
    const { code, message } = ioMessage(e);
    return { kind: 'error', record: errorRecord(file, code, message, { path: file }) };
  }
}

/** Stdin read whole as one article. */
export async function readStdinText(stream: Readable, opts: ReadOptions): Promise<Task> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      // keep reading to the end (so the writer upstream is not cut off) but stop buffering
      if (size <= opts.maxBytes) chunks.push(b);
    }
  } catch (e) {
    return { kind: 'error', record: errorRecord('stdin', 'unreadable', `reading standard input failed: ${(e as Error).message}`) };
  }
  if (size > opts.maxBytes) return { kind: 'error', record: errorRecord('stdin', 'too_large', `input is ${size} bytes, over --max-bytes ${opts.maxBytes}`) };
  const decoded = decodeArticle(Buffer.concat(chunks), opts.maxBytes, opts.encodingErrors);
  if (!decoded.ok) return { kind: 'error', record: errorRecord('stdin', decoded.code, decoded.message) };
  return { kind: 'doc', doc: docFrom('stdin', decoded.text, opts, { warnings: decoded.warnings }) };
}

const RESERVED = new Set(['id', 'text', 'published', 'title']);

/** One JSONL line -> a Task. `source` names the stream for ids of lines without one. */
export function parseJsonlLine(raw: string, lineNo: number, source: string, opts: ReadOptions): Task {
  const fallbackId = `${source}:${lineNo}`;
  const fail = (code: Parameters<typeof errorRecord>[1], message: string, id = fallbackId, meta?: Record<string, unknown>): Task => ({
    kind: 'error',
    record: errorRecord(id, code, message, { line: lineNo, meta }),
  });
  if (raw.trim() === '') return fail('invalid_json', 'empty line: expected a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return fail('invalid_json', `invalid JSON: ${(e as Error).message}`);
  }
  return taskFromValue(value, fallbackId, opts, lineNo);
}

/**
 * One input object `{id?, text, published?, title?, ...}` -> a Task: a JSONL line once parsed, or a document
 * given to the library's stream (src/stream.ts). `line` is the 1-based JSONL line, when there is one.
 */
export function taskFromValue(value: unknown, fallbackId: string, opts: ReadOptions, line?: number): Task {
  const fail = (code: Parameters<typeof errorRecord>[1], message: string, id = fallbackId, meta?: Record<string, unknown>): Task => ({
    kind: 'error',
    record: errorRecord(id, code, message, { line, meta }),
  });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail(line === undefined ? 'missing_text' : 'invalid_json', 'expected a JSON object with a string "text"');
  const obj = value as Record<string, unknown>;
  const id = typeof obj.id === 'string' && obj.id !== '' ? obj.id : typeof obj.id === 'number' && Number.isFinite(obj.id) ? String(obj.id) : fallbackId;
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (!RESERVED.has(k)) meta[k] = v;
  if (typeof obj.text !== 'string') return fail('missing_text', 'the line has no string "text"', id, meta);
  let published: string | null = null;
  if (obj.published !== undefined && obj.published !== null) {
    if (typeof obj.published !== 'string' || !isValidPublished(obj.published)) {
      return fail('invalid_published', `"published" is not an ISO 8601 date or date-time: ${JSON.stringify(obj.published).slice(0, 80)}`, id, meta);
    }
    published = obj.published.trim();
  }
  const checked = checkText(obj.text, opts.maxBytes);
  if (!checked.ok) return fail(checked.code, checked.message, id, meta);
  const title = typeof obj.title === 'string' && obj.title.trim() !== '' ? obj.title : null;
  return { kind: 'doc', doc: docFrom(id, obj.text, opts, { published: published ?? undefined, title: title ?? undefined, meta }) };
}

/** A JSONL stream: one Task per line, in order. Broken UTF-8 or an over-long line costs that line only. */
export async function* readJsonl(stream: Readable, source: string, opts: ReadOptions, stats?: ReadStats): AsyncGenerator<Task> {
  // JSON escapes can make a line longer than its text: allow for that before calling it too large
  const maxLineBytes = opts.maxBytes * 6 + 65_536;
  let n = 0;
  for await (const raw of byteLines(stream, maxLineBytes)) {
    n++;
    if ('readError' in raw) {
      yield { kind: 'error', record: errorRecord(`${source}:${n}`, 'unreadable', `reading the input failed: ${raw.readError}`, { line: n }) };
      return;
    }
    if (!raw.ok) {
      yield { kind: 'error', record: errorRecord(`${source}:${n}`, 'too_large', `line is ${raw.bytes} bytes, over the limit for --max-bytes ${opts.maxBytes}`, { line: n }) };
      continue;
    }
    const line = decodeUtf8(raw.bytes, 'the line', opts.encodingErrors ?? 'error'); // drops a BOM at the start of a line
    if (!line.ok) {
      yield { kind: 'error', record: errorRecord(`${source}:${n}`, line.code, line.message, { line: n }) };
      continue;
    }
    // a blank line is no document (jq skips them too); the summary counts them
    if (line.text.trim() === '') {
      if (stats) stats.blank++;
      continue;
    }
    const task = parseJsonlLine(line.text, n, source, opts);
    if (task.kind === 'doc' && line.warnings) task.doc.warnings = [...line.warnings, ...(task.doc.warnings ?? [])];
    yield task;
  }
}

export async function* readJsonlFile(file: string, opts: ReadOptions, stats?: ReadStats): AsyncGenerator<Task> {
  const stream = createReadStream(file);
  const opened = await new Promise<unknown>((resolve) => {
    stream.once('open', () => resolve(null));
    stream.once('error', (e) => resolve(e));
  });
  if (opened) {
    const { code, message } = ioMessage(opened);
    yield { kind: 'error', record: errorRecord(file, code, message, { path: file }) };
    return;
  }
  yield* readJsonl(stream, file, opts, stats);
}
