// Scaling out (README "Scaling out"): GNU parallel cuts a JSONL stream into blocks, runs one newsx
// per block and keeps the order; the records must equal those of a single run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH } from '../helpers.js';
import { BIN, jsonLines, newsx } from './cli-helpers.js';

const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('tests/e2e/parallel.test.ts skipped: GNU parallel is not installed (apt-get install parallel; .ci/run does it)');

/** About 20 kB of JSONL: the seed article whole and paragraph by paragraph, and the batch fixtures, each line with its id. */
function corpus(): string {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const texts = [seed, ...seed.split(/\n\s*\n/).filter((p) => p.trim().length > 40)];
  for (const f of ['a-shooting.txt', 'b-protest.txt']) texts.push(readFileSync(`${ROOT}fixtures/batch/${f}`, 'utf8'));
  const lines: string[] = [];
  for (let copy = 0; copy < 2; copy++) texts.forEach((text, i) => lines.push(JSON.stringify({ id: `doc-${copy}-${i}`, text, published: '2023-12-08' })));
  return lines.join('\n') + '\n';
}

describe.skipIf(!hasParallel)('GNU parallel', () => {
  it('parallel --pipe --keep-order over several jobs gives the records of a single run', { timeout: 240_000 }, () => {
    const input = corpus();
    const single = newsx(['--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1'], input);
    expect(single.status).toBe(0);
    // small blocks, so that the stream is cut into several processes running at once
    const r = spawnSync('parallel', ['--pipe', '--block', '4k', '--keep-order', '-j', '3', process.execPath, BIN, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1'], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 230_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const blocks = Math.ceil(Buffer.byteLength(input) / 4096);
    expect(blocks).toBeGreaterThanOrEqual(3);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.id)).toEqual(jsonLines(single.stdout).map((x) => x.id));
    expect(records).toEqual(jsonLines(single.stdout));
  });
});
