// The library's stream API, used as a user would: a script in its own folder imports 'newsx' from
// node_modules (a link to this package's built dist) and runs in its own process, so that the worker
// pool, back-pressure, memory and shutdown are those of a real program (a pool left running would
// keep the process alive, and the spawn would time out).
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { jsonLines, newsx, tempDir } from './cli-helpers.js';

let dir = '';

beforeAll(() => {
  dir = tempDir();
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'newsx'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
});

/** Runs an ES module script in the user's folder; its last stdout line is JSON. */
function script(name: string, source: string, args: string[] = [], timeout = 170_000): any {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...args], { cwd: dir, encoding: 'utf8', timeout, maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${name}.mjs: status ${r.status} signal ${r.signal} (a hang means the workers were not shut down)\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const DOCS = [
  { id: 'kabul', text: 'Gunmen killed two people in Kabul on Monday, police said.', published: '2023-12-08', source: 'wire' },
  { id: 'empty', text: '   ' },
  { id: 'no-text', title: 'a headline only' },
  { id: 'bad-date', text: 'Talks resumed in Geneva.', published: '2023-02-30' },
  { id: 'binary', text: 'a\u0000b\u0000c' },
  { text: 'Protesters marched in Lagos on Friday.', published: '2023-12-08' },
  { id: 7, text: 'A storm hit Portland, Maine on Tuesday, officials said.', published: '2023-12-08' },
];

describe("createExtractStream / extractRecords (import from 'newsx')", () => {
  it('gives one record per document, in order, with error records for bad documents: the records the CLI gives', () => {
    const out = script('order', `
import { createExtractStream, extractRecords } from 'newsx';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
const docs = JSON.parse(process.argv[2]);
const viaStream = [];
const stream = createExtractStream({ jobs: 2, timeoutMs: 60000 });
const isTransform = stream instanceof Transform && stream.readableObjectMode && stream.writableObjectMode;
await pipeline(Readable.from(docs), stream, async function* (records) { for await (const r of records) viaStream.push(r); });
const viaIterator = [];
for await (const r of extractRecords(docs, { jobs: 1 })) viaIterator.push(r);
const notObject = [];
for await (const r of extractRecords([42, null], { jobs: 1 })) notObject.push(r);
console.log(JSON.stringify({ isTransform, viaStream, viaIterator, notObject }));
`, [JSON.stringify(DOCS)]);
    expect(out.isTransform).toBe(true);
    const cli = newsx(['--input', 'jsonl', '--format', 'jsonl', '--jobs', '1', '--quiet'], DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n');
    // a JSONL error record also names its line; a stream has no lines
    const expected = jsonLines(cli.stdout).map((r) => (r.error ? { ...r, error: { code: r.error.code, message: r.error.message } } : r));
    expect(out.viaStream.map((r: any) => r.id)).toEqual(['kabul', 'empty', 'no-text', 'bad-date', 'binary', 'stream:6', '7']);
    expect(out.viaStream.map((r: any) => r.error?.code ?? 'ok')).toEqual(['ok', 'empty_text', 'missing_text', 'invalid_published', 'binary', 'ok', 'ok']);
    expect(out.viaStream).toEqual(expected.map((r) => (r.id === 'stdin:6' ? { ...r, id: 'stream:6' } : r)));
    expect(out.viaIterator).toEqual(out.viaStream);
    expect(out.viaStream[0].meta).toEqual({ source: 'wire' });
    expect(out.notObject.map((r: any) => [r.id, r.error.code])).toEqual([['stream:1', 'missing_text'], ['stream:2', 'missing_text']]);
  });

  it('1,000 documents through a slow consumer: documents in flight stay within the window, the heap stays flat', { timeout: 180_000 }, () => {
    // each document carries 50 kB of its own pass-through meta (copied into its record); a stream that read
    // ahead of its consumer pulls all 1,000 at once (measured with the window removed: 999 ahead, heap +44 MB)
    const out = script('slow', `
import { randomBytes } from 'node:crypto';
import { createExtractStream } from 'newsx';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
const N = 1000, JOBS = 2, WINDOW = 8;
let produced = 0, consumed = 0, maxAhead = 0;
const heap = () => { globalThis.gc(); return process.memoryUsage().heapUsed; };
const text = 'Gunmen killed two people in Kabul on Monday, police said.';
const source = Readable.from((function* () {
  for (let i = 0; i < N; i++) { produced++; yield { id: 'd' + i, text, published: '2023-12-08', blob: randomBytes(25000).toString('hex') }; }
})(), { highWaterMark: 1 });
const heapAtStart = heap();
let heapPeak = 0, rssAt100 = 0, rssPeak = 0, rssAt400 = 0, rssAt700 = 0, ordered = true;
const sink = new Writable({ objectMode: true, highWaterMark: 1, write(record, _enc, done) {
  if (record.id !== 'd' + consumed || record.error) ordered = false;
  consumed++;
  maxAhead = Math.max(maxAhead, produced - consumed);
  // sampled before, just after and long after the stall
  if ([100, 151, 400, 700, 1000].includes(consumed)) { heapPeak = Math.max(heapPeak, heap()); rssPeak = Math.max(rssPeak, process.memoryUsage().rss); }
  if (consumed === 100) rssAt100 = process.memoryUsage().rss; // the workers have started by now
  if (consumed === 400) rssAt400 = process.memoryUsage().rss; // and have warmed up by now
  if (consumed === 700) rssAt700 = process.memoryUsage().rss;
  // slow: 2 ms a record, and one stall of 3 s in which the workers would get far ahead if nothing held them
  setTimeout(done, consumed === 150 ? 3000 : 2);
} });
await pipeline(source, createExtractStream({ jobs: JOBS, window: WINDOW }), sink);
console.log(JSON.stringify({ consumed, ordered, maxAhead, window: WINDOW, heapGrowthMb: (heapPeak - heapAtStart) / 2 ** 20, rssGrowthMb: (rssPeak - rssAt100) / 2 ** 20, rssDriftMb: (rssAt700 - rssAt400) / 2 ** 20 }));
`);
    expect(out.consumed).toBe(1000);
    expect(out.ordered).toBe(true);
    // the window, plus one object in each stream buffer on the way (source, the stream's two sides, the sink)
    expect(out.maxAhead).toBeLessThanOrEqual(out.window + 4);
    // this process's heap (the workers have their own) from the start; its RSS once the workers run.
    // Read-ahead would hold 50 kB x 1,000 of documents, about 50 MB, plus as much again in their records.
    // The RSS holds the worker threads too, which warm up over the first few hundred documents (measured:
    // +45 to +57 MB from document 100 to 400, then +2 MB to 700), so it is bounded loosely, and flat once warm
    expect(out.heapGrowthMb).toBeLessThan(16);
    expect(out.rssGrowthMb).toBeLessThan(80);
    expect(out.rssDriftMb).toBeLessThan(16);
  });

  it('the async-iterator form pulls documents only as records are consumed', { timeout: 120_000 }, () => {
    const out = script('iterate', `
import { extractRecords } from 'newsx';
let produced = 0, consumed = 0, maxAhead = 0;
async function* docs() { for (let i = 0; i < 200; i++) { produced++; yield { id: 'd' + i, text: 'Rockets hit the base on Friday, officials said.', published: '2023-12-08' }; } }
for await (const r of extractRecords(docs(), { jobs: 2, window: 6 })) {
  consumed++;
  maxAhead = Math.max(maxAhead, produced - consumed);
  await new Promise((res) => setTimeout(res, consumed === 20 ? 2000 : 1));
}
console.log(JSON.stringify({ consumed, maxAhead }));
`);
    expect(out.consumed).toBe(200);
    expect(out.maxAhead).toBeLessThanOrEqual(6);
  });

  it('shuts the workers down when the stream is destroyed or the loop is left early (the process exits by itself)', () => {
    const out = script('shutdown', `
import { createExtractStream, extractRecords } from 'newsx';
const doc = (i) => ({ id: 'd' + i, text: 'Gunmen killed two people in Kabul on Monday, police said.', published: '2023-12-08' });
const s = createExtractStream({ jobs: 2 });
const first = await new Promise((resolve, reject) => {
  s.once('data', (r) => { s.destroy(); resolve(r.id); });
  s.once('error', reject);
  for (let i = 0; i < 5; i++) s.write(doc(i));
});
await new Promise((r) => s.once('close', r));
let taken = 0;
for await (const r of extractRecords((function* () { for (let i = 0; i < 1e6; i++) yield doc(i); })(), { jobs: 2 })) { if (++taken === 3) break; }
console.log(JSON.stringify({ first, destroyed: s.destroyed, taken }));
`, [], 90_000);
    expect(out).toEqual({ first: 'd0', destroyed: true, taken: 3 });
  });

  it('exports its types: a TypeScript user program type-checks against dist/index.d.ts', () => {
    writeFileSync(path.join(dir, 'user.ts'), `
import { createExtractStream, extractRecords, type ExtractStreamOptions, type StreamDocument, type OutputRecord } from 'newsx';
import type { Transform } from 'node:stream';
const options: ExtractStreamOptions = { jobs: 2, timeoutMs: 1000, published: '2023-12-08', explain: false };
const t: Transform = createExtractStream(options);
const doc: StreamDocument = { id: 'x', text: 'hello', published: null, source: 'meta field' };
async function main(): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of extractRecords([doc], options)) { const rec: OutputRecord = r; ids.push(rec.id); }
  return ids;
}
void t; void main;
// @ts-expect-error jobs is a number
createExtractStream({ jobs: 'two' });
`);
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules/@types')] }, files: ['user.ts'] }));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
