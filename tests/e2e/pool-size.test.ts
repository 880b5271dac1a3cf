// How many worker threads a run starts (README "Speed"): one document never starts a pool, a short batch
// starts one worker, and a longer one grows to --jobs. Counted by the test's own hook
// (tests/e2e/hooks/test-hooks.cjs, loaded with node --require), which reports the workers started at exit.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_PER_WORKER } from '../../src/cli/pool.js';
import { ROOT } from '../helpers.js';
import { BIN, jsonLines } from './cli-helpers.js';

const HOOKS = ['--require', path.join(ROOT, 'tests/e2e/hooks/test-hooks.cjs')];

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Note ${i}\n\nTalks resumed in Geneva on Monday, officials said.`, published: '2023-12-08' })).join('\n') + '\n';

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, [...HOOKS, BIN, '--quiet', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEWSX_TEST_COUNT_WORKERS: '1' },
    maxBuffer: 1 << 26,
    timeout: 180_000,
  });
  const m = /test-hooks: (\d+) workers started/.exec(r.stderr);
  return { status: r.status, records: jsonLines(r.stdout), workers: m ? Number(m[1]) : NaN, stderr: r.stderr };
}

describe('worker threads started', () => {
  it.each([
    // [what, arguments, documents, workers]
    ['one JSONL document: none, it runs in the main thread', ['--input', 'jsonl', '--jobs', '4'], 1, 0],
    ['one JSONL document with --timeout-ms: one, to enforce the limit', ['--input', 'jsonl', '--jobs', '4', '--timeout-ms', '60000'], 1, 1],
    ['a short batch: one worker, whatever --jobs allows', ['--input', 'jsonl', '--jobs', '4'], 3, 1],
    [`more than ${DOCS_PER_WORKER} documents: a second worker`, ['--input', 'jsonl', '--jobs', '2'], DOCS_PER_WORKER + 20, 2],
    ['--jobs 1 stays at one worker', ['--input', 'jsonl', '--jobs', '1'], DOCS_PER_WORKER + 20, 1],
  ] as const)('%s', { timeout: 180_000 }, (_what, args, n, workers) => {
    const r = run([...args], lines(n));
    expect(r.status, r.stderr).toBe(0);
    expect(r.records.map((x) => x.id)).toEqual(Array.from({ length: n }, (_, i) => `d${i}`));
    expect(r.workers).toBe(workers);
  });

  it('one document gives the same record with and without a pool', { timeout: 180_000 }, () => {
    const inline = run(['--input', 'jsonl', '--explain'], lines(1));
    const pooled = run(['--input', 'jsonl', '--explain', '--timeout-ms', '60000'], lines(1));
    expect(inline.workers).toBe(0);
    expect(pooled.workers).toBe(1);
    expect(inline.records).toEqual(pooled.records);
  });
});
