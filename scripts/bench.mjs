#!/usr/bin/env node
// Benchmarks (not tests): start-up, throughput for 1 and N workers, peak RSS, and the ratios
// against a bare `node -e 0` and the raw libraries' own pass over the same documents, all in one run.
// Usage: npm run bench [-- --corpus FILE.jsonl] [--repeat N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const corpus = path.resolve(opt('--corpus', path.join(root, '../shared/corpora/conll2003-dev.jsonl')));
const repeat = Number(opt('--repeat', '5'));
const bin = path.join(root, 'bin/newsx.js');
const seed = path.join(root, 'fixtures/seed-baghdad-embassy.txt');
const hasTime = existsSync('/usr/bin/time');

function run(cmd, argv, input) {
  const t0 = performance.now();
  const r = spawnSync(hasTime ? '/usr/bin/time' : cmd, hasTime ? ['-f', '%M', cmd, ...argv] : argv, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const rssKiB = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, rssMiB: rssKiB / 1024, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeIt = (cmd, argv, input) => median(Array.from({ length: repeat }, () => run(cmd, argv, input).seconds));

if (!existsSync(corpus)) { console.error(`no corpus at ${corpus} (pass --corpus FILE.jsonl)`); process.exit(2); }
const docs = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, published: d.published ?? null })).join('\n') + '\n';
const mb = Buffer.byteLength(docs.map((d) => d.text).join(''), 'utf8') / 1e6;

// the raw libraries' own pass: compromise parse, people, places, numbers, plus chrono per document
const dir = mkdtempSync(path.join(tmpdir(), 'newsx-bench-'));
const rawScript = path.join(root, 'scripts', '.bench-raw.mjs');
writeFileSync(rawScript, `
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { readFileSync } from 'node:fs';
const docs = readFileSync(0, 'utf8').split('\\n').filter(Boolean).map((l) => JSON.parse(l));
const ref = new Date(Date.UTC(2000, 0, 1));
let n = 0;
for (const d of docs) { const doc = nlp(d.text); n += doc.people().length + doc.places().length + doc.numbers().length + chrono.parse(d.text, ref).length; }
console.log(n);
`);

const nodeStart = timeIt(process.execPath, ['-e', '0']);
const oneArticle = timeIt(process.execPath, [bin, seed, '--published', '2023-12-08', '--format', 'json']);
const raw = run(process.execPath, [rawScript], input);
const jobsN = availableParallelism();
const one = run(process.execPath, [bin, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1'], input);
const many = run(process.execPath, [bin, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', String(jobsN)], input);
spawnSync('rm', ['-rf', dir, rawScript]);

const f = (x, d = 2) => x.toFixed(d);
console.log(`corpus: ${path.relative(process.cwd(), corpus)} (${docs.length} documents, ${f(mb)} MB); node ${process.version}; ${jobsN} CPUs`);
console.log(`start-up: node -e 0 ${f(nodeStart * 1000, 0)} ms; newsx on one article ${f(oneArticle * 1000, 0)} ms (median of ${repeat}) -> ${f(oneArticle / nodeStart)}x node -e 0`);
console.log(`raw libraries (compromise + chrono, 1 core): ${f(docs.length / raw.seconds, 1)} docs/s, peak RSS ${f(raw.rssMiB, 0)} MiB`);
console.log(`newsx --jobs 1: ${f(docs.length / one.seconds, 1)} docs/s, ${f(mb / one.seconds)} MB/s, peak RSS ${f(one.rssMiB, 0)} MiB -> ${f(one.seconds / raw.seconds)}x the raw pass's time`);
console.log(`newsx --jobs ${jobsN}: ${f(docs.length / many.seconds, 1)} docs/s, ${f(mb / many.seconds)} MB/s, peak RSS ${f(many.rssMiB, 0)} MiB -> ${f(many.seconds / one.seconds)}x the time of --jobs 1`);
