// A worker that really crashes (out of memory) costs only its document: one worker_crashed error
// record in its place, every other record in input order, exit 1 (issue #8). The crash comes from
// the test's own hook (tests/e2e/hooks/test-hooks.cjs, loaded with node --require; newsx has none).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { BIN, jsonLines, tempDir } from './cli-helpers.js';

const MARKER = 'NEWSX-TEST-CRASH-HERE';
const HOOKS = ['--require', path.join(ROOT, 'tests/e2e/hooks/test-hooks.cjs')];

function run(lines: object[], jobs: number) {
  const input = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
  return spawnSync(process.execPath, [...HOOKS, BIN, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', String(jobs)], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NEWSX_TEST_CRASH_MARKER: MARKER },
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
}

const docs = Array.from({ length: 8 }, (_, i) => ({
  id: `doc-${i}`,
  text: i === 3 ? `Crash\n\nThis one holds the marker ${MARKER} and kills its worker.` : `Note ${i}\n\nTalks resumed in Geneva on Monday, officials said.`,
  published: '2023-12-08',
  source: `feed-${i}`,
}));

describe('a crashed worker', () => {
  it.each([1, 2])('--jobs %i: one worker_crashed record for its document, the others in order, exit 1', { timeout: 120_000 }, (jobs) => {
    const r = run(docs, jobs);
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(docs.map((d) => d.id));
    const crashed = recs.filter((x) => x.error);
    expect(crashed).toHaveLength(1);
    expect(crashed[0]).toMatchObject({ id: 'doc-3', error: { code: 'worker_crashed' }, meta: { source: 'feed-3' } });
    expect(crashed[0].error.message).toMatch(/memory/i);
    for (const x of recs.filter((x) => !x.error)) {
      expect(x.meta).toEqual({ source: `feed-${x.id.slice(4)}` });
      expect(x.event).toBeDefined();
    }
  });

  it('one article with --timeout-ms also runs on a worker: its crash is its record, exit 1', { timeout: 120_000 }, () => {
    const file = path.join(tempDir(), 'crash.txt');
    writeFileSync(file, docs[3].text);
    const r = spawnSync(process.execPath, [...HOOKS, BIN, file, '--timeout-ms', '60000', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NEWSX_TEST_CRASH_MARKER: MARKER },
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: file, error: { code: 'worker_crashed' } });
  });

  it('without the hook the marker is plain text', () => {
    const input = JSON.stringify(docs[3]) + '\n';
    const r = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1'], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0].error).toBeUndefined();
  });
});
