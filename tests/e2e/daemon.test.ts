// `newsx daemon`: one-article runs handed to a warm background newsx give the very same bytes and exit
// status as a run of its own, and the launcher falls back to running the article itself whenever the
// daemon is absent, dead, or declines. Each test uses its own XDG_RUNTIME_DIR, so no user daemon is touched.
// The daemon is opt-in twice: started by `newsx daemon start`, and used only with NEWSX_DAEMON=1 (or auto).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { BIN, tempDir } from './cli-helpers.js';

const SEED = path.join(ROOT, 'fixtures/seed-baghdad-embassy.txt');
const HOOKS = path.join(ROOT, 'tests/e2e/hooks/test-hooks.cjs');
const started: { xdg: string; bin?: string }[] = [];
const scratch: string[] = [];

function runtimeDir(bin?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-xdg-'));
  started.push({ xdg: dir, bin });
  return dir;
}

function newsx(xdg: string, args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; bin?: string; node?: string[] } = {}) {
  return spawnSync(process.execPath, [...(opts.node ?? []), opts.bin ?? BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, XDG_RUNTIME_DIR: xdg, NEWSX_DAEMON: '1', ...opts.env },
  });
}

const served = (xdg: string, bin?: string): number | null => {
  const r = newsx(xdg, ['daemon', 'status'], { bin });
  const m = /(\d+) runs? served/.exec(r.stdout);
  return r.status === 0 && m ? Number(m[1]) : null;
};
const pidOf = (xdg: string, bin?: string): number => Number(/pid (\d+)/.exec(newsx(xdg, ['daemon', 'status'], { bin }).stdout)![1]);

afterEach(() => {
  // a failed test must not leave a daemon behind
  while (started.length) {
    const { xdg, bin } = started.pop()!;
    if (served(xdg, bin) !== null) {
      const pid = pidOf(xdg, bin);
      newsx(xdg, ['daemon', 'stop'], { bin });
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    rmSync(xdg, { recursive: true, force: true });
  }
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('newsx daemon', () => {
  it('starts, serves one-article runs with the bytes and exit status of a run of its own, and stops', () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'status']).status).toBe(3);
    const start = newsx(xdg, ['daemon', 'start']);
    expect(start.status, start.stderr).toBe(0);
    expect(start.stdout).toMatch(/running: pid \d+/);
    expect(served(xdg)).toBe(0);

    const cases: { args: string[]; input?: string | Buffer }[] = [
      { args: [SEED, '--published', '2023-12-08', '--format', 'json'] },
      { args: [SEED, '--published', '2023-12-08', '--explain'] },
      { args: [SEED, '--format', 'pretty'] },
      { args: ['--published', '2023-12-08'], input: readFileSync(SEED) },
      { args: ['-', '--format', 'jsonl'], input: 'Talks resumed in Geneva on Monday, officials said.' },
      // an error record (invalid UTF-8): exit 1 either way
      { args: ['-'], input: Buffer.from([0x41, 0xff, 0xfe, 0x42]) },
    ];
    let n = 0;
    for (const c of cases) {
      const own = newsx(xdg, c.args, { input: c.input, env: { NEWSX_DAEMON: '0' } });
      const via = newsx(xdg, c.args, { input: c.input });
      n++;
      expect(served(xdg), `run ${n} went through the daemon`).toBe(n);
      expect(via.stdout).toBe(own.stdout);
      expect(via.stderr).toBe(own.stderr);
      expect(via.status).toBe(own.status);
    }
    expect(JSON.parse(newsx(xdg, ['-'], { input: 'x' }).stdout).id).toBe('stdin');

    expect(newsx(xdg, ['daemon', 'stop']).stdout).toMatch(/stopped/);
    expect(newsx(xdg, ['daemon', 'status']).status).toBe(3);
    // no daemon: the launcher runs the article itself
    const after = newsx(xdg, [SEED, '--published', '2023-12-08', '--format', 'json']);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout).event.type).toBeTruthy();
  });

  it('is used only when asked: without NEWSX_DAEMON a run never touches a running daemon', () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    const env: Record<string, string> = { ...(process.env as Record<string, string>), XDG_RUNTIME_DIR: xdg };
    delete env.NEWSX_DAEMON;
    const r = spawnSync(process.execPath, [BIN, SEED, '--published', '2023-12-08', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(SEED);
    expect(served(xdg)).toBe(0);
  });

  it('a reader that closes the pipe early ends the run quietly, as without the daemon', async () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    const dir = tempDir();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, readFileSync(SEED, 'utf8').repeat(60));
    const closedEarly = (daemon: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, big, '--published', '2023-12-08', '--explain'], {
          env: { ...process.env, XDG_RUNTIME_DIR: xdg, NEWSX_DAEMON: daemon },
        });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const own = await closedEarly('0');
    const via = await closedEarly('1');
    expect(served(xdg)).toBe(1);
    expect(via).toEqual(own);
    expect(via).toEqual({ code: 0, stderr: '' });
  });

  it("runs in the client's working folder: relative paths, record ids and --out", () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'story.txt'), readFileSync(SEED));
    const r = newsx(xdg, ['story.txt', '--published', '2023-12-08', '--out', 'out.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(served(xdg)).toBe(1);
    const rec = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(rec.id).toBe('story.txt');
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'story.txt']);
  });

  it('declines a run with another TZ, and the launcher runs it itself', () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start'], { env: { TZ: 'UTC' } }).status).toBe(0);
    const own = newsx(xdg, [SEED, '--published', '2023-12-08'], { env: { NEWSX_DAEMON: '0', TZ: 'Asia/Tokyo' } });
    const r = newsx(xdg, [SEED, '--published', '2023-12-08'], { env: { TZ: 'Asia/Tokyo' } });
    expect(r.stdout).toBe(own.stdout);
    expect(r.status).toBe(0);
    expect(served(xdg)).toBe(0);
  });

  it('a daemon that died leaves a socket nobody answers: runs fall back, and start replaces it', () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    process.kill(pidOf(xdg), 'SIGKILL');
    const sockets = () => readdirSync(path.join(xdg, `newsx-${process.getuid!()}`)).filter((f) => f.endsWith('.sock'));
    expect(sockets()).toHaveLength(1);
    const r = newsx(xdg, [SEED, '--published', '2023-12-08', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(SEED);
    expect(newsx(xdg, ['daemon', 'status']).status).toBe(3);
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    expect(served(xdg)).toBe(0);
  });

  it('a daemon that dies during a file run: the launcher runs the article itself', () => {
    const xdg = runtimeDir();
    const marker = 'daemon-dies-on-this';
    // the test's own hook (tests/e2e/hooks/test-hooks.cjs), passed on to the daemon with node's options
    expect(newsx(xdg, ['daemon', 'start'], { node: ['--require', HOOKS], env: { NEWSX_TEST_CRASH_MARKER: marker } }).status).toBe(0);
    const dir = tempDir();
    const file = path.join(dir, `${marker}.txt`);
    writeFileSync(file, readFileSync(SEED));
    const own = newsx(xdg, [file, '--published', '2023-12-08'], { env: { NEWSX_DAEMON: '0' } });
    const r = newsx(xdg, [file, '--published', '2023-12-08']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(own.stdout);
    expect(served(xdg)).toBeNull();
  });

  it('declines once dist/ is rebuilt, and exits so that the next start runs the new code', () => {
    // a copy of the installed package, so that changing its dist/ touches no other test
    const pkg = mkdtempSync(path.join(tmpdir(), 'newsx-pkg-'));
    scratch.push(pkg);
    cpSync(path.join(ROOT, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    writeFileSync(path.join(pkg, 'package.json'), readFileSync(path.join(ROOT, 'package.json')));
    const bin = path.join(pkg, 'bin/newsx.js');
    const xdg = runtimeDir(bin);
    expect(newsx(xdg, ['daemon', 'start'], { bin }).status).toBe(0);
    const args = [SEED, '--published', '2023-12-08', '--format', 'json'];
    const first = newsx(xdg, args, { bin });
    expect(served(xdg, bin)).toBe(1);
    appendFileSync(path.join(pkg, 'dist/pipeline.js'), '\n// rebuilt\n');
    const second = newsx(xdg, args, { bin });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(served(xdg, bin)).toBeNull();
  });

  it('stops by itself after --idle-minutes without a run', async () => {
    const xdg = runtimeDir();
    expect(newsx(xdg, ['daemon', 'start', '--idle-minutes', '0.01']).status).toBe(0);
    const deadline = Date.now() + 20_000;
    while (served(xdg) !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(served(xdg)).toBeNull();
    expect(readdirSync(path.join(xdg, `newsx-${process.getuid!()}`)).filter((f) => f.endsWith('.sock'))).toEqual([]);
  });

  it('trusts only a socket folder that is private to its user', () => {
    const xdg = runtimeDir();
    const dir = path.join(xdg, `newsx-${process.getuid!()}`);
    expect(newsx(xdg, ['daemon', 'start']).status).toBe(0);
    chmodSync(dir, 0o755);
    // others could plant a socket there: the launcher ignores it, and start refuses the folder
    expect(served(xdg)).toBeNull();
    const r = newsx(xdg, [SEED, '--published', '2023-12-08', '--format', 'json']);
    expect(r.status).toBe(0);
    chmodSync(dir, 0o700);
    expect(served(xdg)).toBe(0);
    chmodSync(dir, 0o755);
    const refused = newsx(xdg, ['daemon', 'start']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/not a private folder/);
    chmodSync(dir, 0o700);
  });

  it('NEWSX_DAEMON=auto: runs started at once all answer, and leave exactly one daemon for the next ones', async () => {
    const xdg = runtimeDir();
    const args = [BIN, SEED, '--published', '2023-12-08', '--format', 'json'];
    const env = { ...process.env, XDG_RUNTIME_DIR: xdg, NEWSX_DAEMON: 'auto' };
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('close', (code) => resolve({ code, out }));
        }),
      ),
    );
    const own = newsx(xdg, args.slice(1), { env: { NEWSX_DAEMON: '0' } });
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.out).toBe(own.stdout);
    }
    const deadline = Date.now() + 30_000;
    while (served(xdg) === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const before = served(xdg)!;
    expect(before).not.toBeNull();
    expect(newsx(xdg, args.slice(1), { env: { NEWSX_DAEMON: 'auto' } }).stdout).toBe(own.stdout);
    expect(served(xdg)).toBe(before + 1);
    // one daemon for this runtime folder (read from /proc: the others would idle unseen)
    await new Promise((r) => setTimeout(r, 1000));
    const daemons = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          const environ = readFileSync(`/proc/${p}/environ`, 'latin1');
          return environ.includes(`XDG_RUNTIME_DIR=${xdg}\0`) && readFileSync(`/proc/${p}/cmdline`, 'latin1').includes('serve');
        } catch {
          return false;
        }
      });
    expect(daemons).toHaveLength(1);
  });

  it('says what it cannot do', () => {
    const xdg = runtimeDir();
    const r = newsx(xdg, ['daemon', 'restart']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown action: restart/);
    expect(newsx(xdg, ['daemon', 'start', '--idle-minutes', '0']).status).toBe(2);
    expect(existsSync(path.join(xdg, `newsx-${process.getuid!()}`))).toBe(false);
  });
});
