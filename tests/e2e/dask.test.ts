// Scaling out on a real distributed engine (README "Dask"): a Dask scheduler and two workers on loopback,
// recipes/dask/newsx_dask.py reads a JSONL corpus as a bag of partitions and pipes each through one
// `newsx --input jsonl --jobs 1`. The records must equal a single local run's, record for record and in
// order, also when one worker is killed mid-run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH } from '../helpers.js';
import { BIN, jsonLines } from './cli-helpers.js';

/** Debian's python3-distributed lives under /usr/bin/python3 (a python3 earlier on PATH may not have it). */
const PYTHON = process.env.NEWSX_DASK_PYTHON ?? '/usr/bin/python3';
const hasDask = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import distributed, dask.bag'], { encoding: 'utf8' }).status === 0;
if (!hasDask) console.warn('tests/e2e/dask.test.ts skipped: Dask distributed is not installed (apt-get install python3-distributed; .ci/run does it)');

const RECIPE = path.join(ROOT, 'recipes/dask/newsx_dask.py');
const NEWSX = `${process.execPath} ${BIN} --input jsonl --format jsonl --quiet --jobs 1`;

/** About 20 kB of JSONL (as the GNU parallel test): the seed whole and by paragraph, and the batch fixtures. */
function corpus(): string {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const texts = [seed, ...seed.split(/\n\s*\n/).filter((p) => p.trim().length > 40)];
  for (const f of ['a-shooting.txt', 'b-protest.txt']) texts.push(readFileSync(`${ROOT}fixtures/batch/${f}`, 'utf8'));
  const lines: string[] = [];
  for (let copy = 0; copy < 2; copy++) texts.forEach((text, i) => lines.push(JSON.stringify({ id: `doc-${copy}-${i}`, text, published: '2023-12-08' })));
  return lines.join('\n') + '\n';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | null | undefined | false, ms = 90_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const v = probe();
    if (v) return v;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Child pids of a process (the newsx a worker runs for its partition). */
const childrenOf = (pid: number): number[] => {
  const r = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
};

describe.skipIf(!hasDask)('Dask distributed', () => {
  let dir: string;
  let schedulerFile: string;
  const procs: ChildProcess[] = [];
  const workers: ChildProcess[] = [];
  let input: string;
  let inputPath: string;
  let single: any[];
  let singleSeconds: number;

  const startWorker = (name: string): ChildProcess => {
    // no nanny: a killed worker stays dead, so the job must finish on the other one
    const w = spawn(PYTHON, ['-m', 'distributed.cli.dask_worker', '--scheduler-file', schedulerFile, '--host', '127.0.0.1', '--nthreads', '1', '--no-nanny', '--no-dashboard', '--name', name, '--local-directory', path.join(dir, name)], { stdio: ['ignore', 'ignore', 'pipe'] });
    w.stderr!.resume();
    procs.push(w);
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsx-dask-'));
    schedulerFile = path.join(dir, 'scheduler.json');
    input = corpus();
    inputPath = path.join(dir, 'docs.jsonl');
    writeFileSync(inputPath, input);
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--format', 'jsonl', '--quiet', '--jobs', '1'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
    singleSeconds = (performance.now() - t0) / 1000;
    expect(r.status).toBe(0);
    single = jsonLines(r.stdout);
    const scheduler = spawn(PYTHON, ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    scheduler.stderr!.resume();
    procs.push(scheduler);
    await waitFor('the scheduler file', () => existsSync(schedulerFile));
  }, 180_000);

  afterAll(async () => {
    for (const p of procs.reverse()) if (p.exitCode === null && p.signalCode === null) p.kill('SIGTERM');
    await sleep(500);
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the recipe; resolves with its records (the part files in name order) and its time. */
  async function runRecipe(out: string, during?: (job: ChildProcess) => Promise<void>): Promise<{ records: any[]; seconds: number; stderr: string; parts: number }> {
    const t0 = performance.now();
    const job = spawn(PYTHON, [RECIPE, '--scheduler', schedulerFile, '--input', inputPath, '--output', out, '--blocksize', '2kB', '--workers', '2', '--newsx', NEWSX], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    job.stderr!.on('data', (b) => (stderr += b));
    job.stdout!.resume();
    const done = new Promise<number>((resolve) => job.on('exit', (code) => resolve(code ?? -1)));
    if (during) await during(job);
    const code = await done;
    const seconds = (performance.now() - t0) / 1000;
    expect(code, stderr).toBe(0);
    const files = readdirSync(out).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort();
    const records = files.flatMap((f) => jsonLines(readFileSync(path.join(out, f), 'utf8')));
    return { records, seconds, stderr, parts: files.length };
  }

  it('two workers on loopback give the records of a single run, in order', { timeout: 300_000 }, async () => {
    startWorker('w1');
    startWorker('w2');
    const { records, seconds, parts } = await runRecipe(path.join(dir, 'out-1'));
    expect(parts).toBeGreaterThanOrEqual(4);
    expect(records.map((x) => x.id)).toEqual(single.map((x) => x.id));
    expect(records).toEqual(single);
    console.log(`dask: ${single.length} records in ${parts} partitions on 2 workers: ${seconds.toFixed(1)} s; one local newsx --jobs 1: ${singleSeconds.toFixed(1)} s`);
  });

  it('a worker killed mid-run: the job still completes, every record once and in order', { timeout: 300_000 }, async () => {
    let killed: { worker: number; newsx: number[] } | null = null;
    const out = path.join(dir, 'out-2');
    const { records, parts } = await runRecipe(out, async (job) => {
      // wait until the first worker is running newsx on a partition and one partition is already written
      const victim = workers[0];
      const running = await waitFor(
        'a partition in flight on the first worker',
        () => {
          if (job.exitCode !== null) throw new Error('the job ended before a worker could be killed');
          const kids = childrenOf(victim.pid!);
          const written = existsSync(out) && readdirSync(out).some((f) => f.startsWith('part-'));
          return kids.length > 0 && written ? kids : null;
        },
        120_000,
      );
      victim.kill('SIGKILL');
      for (const pid of running) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      killed = { worker: victim.pid!, newsx: running };
    });
    expect(killed).not.toBeNull();
    expect(workers[0].signalCode).toBe('SIGKILL');
    expect(parts).toBeGreaterThanOrEqual(4);
    const ids = records.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(single.map((x) => x.id));
    expect(records).toEqual(single);
  });
});
