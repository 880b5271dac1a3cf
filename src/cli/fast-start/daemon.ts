// `newsx daemon start|stop|status`: a long-lived newsx with the pipeline loaded and its code warm, so
// that a shell loop of one-article runs pays a bare node start per article instead of loading compromise
// and running the pipeline on cold code (README "Speed"). Like eslint_d: opt-in, one per user, install
// and node binary, on a Unix socket in a folder only its user can open; it stops after --idle-minutes.
// It serves one run at a time, in the client's working folder, with the client's streams relayed.
import { spawn } from 'node:child_process';
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { UsageError } from '../errors.js';
import { frame, frameReader, PACKAGE_ROOT, privateDir, socketDir, socketPath, type DaemonRequest, type DaemonStatus, type Kind } from './daemon-protocol.js';
import type { CliIO } from '../main.js';

/** Sends one frame and resolves with the daemon's first answer (null: no daemon answers). */
function ask(kind: Kind, timeoutMs = 2000): Promise<{ kind: Kind; body: Buffer } | null> {
  return new Promise((resolve) => {
    const conn = connect(socketPath());
    const done = (v: { kind: Kind; body: Buffer } | null) => {
      conn.destroy();
      resolve(v);
    };
    conn.setTimeout(timeoutMs, () => done(null));
    conn.on('connect', () => conn.write(frame(kind)));
    conn.on('data', frameReader((k, body) => done({ kind: k, body })));
    conn.on('error', () => done(null));
    conn.on('close', () => done(null));
  });
}

export async function daemonStatus(): Promise<DaemonStatus | null> {
  if (!privateDir(socketDir(), false)) return null;
  const answer = await ask('Q');
  return answer?.kind === 'P' ? (JSON.parse(answer.body.toString('utf8')) as DaemonStatus) : null;
}

const describe = (s: DaemonStatus) =>
  `running: pid ${s.pid}, node ${s.node}, ${s.served} run${s.served === 1 ? '' : 's'} served since ${s.startedAt}, stops after ${s.idleMinutes} idle minutes\n  socket ${s.socket}\n`;

export async function daemonCommand(action: string, opts: { idleMinutes: number }, io: CliIO): Promise<number> {
  if (process.platform === 'win32') throw new UsageError('newsx daemon needs Unix sockets (Linux, macOS)', 'run newsx without it');
  if (action === 'serve') return serve(opts.idleMinutes);
  if (action === 'status') {
    const s = await daemonStatus();
    io.stdout.write(s ? `newsx daemon ${describe(s)}` : 'newsx daemon: not running\n');
    return s ? 0 : 3;
  }
  if (action === 'stop') {
    const answer = await ask('S');
    io.stdout.write(answer ? 'newsx daemon: stopped\n' : 'newsx daemon: not running\n');
    return 0;
  }
  if (action !== 'start') throw new UsageError(`daemon: unknown action: ${action}`, 'newsx daemon start|stop|status');
  const running = await daemonStatus();
  if (running) {
    io.stdout.write(`newsx daemon: already ${describe(running)}`);
    return 0;
  }
  ensurePrivateDir();
  const starting = socketPath().replace(/\.sock$/, '.starting');
  const logFile = socketPath().replace(/\.sock$/, '.log');
  // several starts at once (NEWSX_DAEMON=auto in parallel runs): one spawns the daemon, the others wait for it
  let child: ReturnType<typeof spawn> | null = null;
  if (claim(starting)) {
    // its own output (only unexpected failures) goes to a log beside the socket
    const log = openSync(logFile, 'a', 0o600);
    // node's own options (a heap limit, a --require) apply to the daemon as to this run
    child = spawn(process.execPath, [...process.execArgv, `${PACKAGE_ROOT}bin/newsx.js`, 'daemon', 'serve', '--idle-minutes', String(opts.idleMinutes)], {
      detached: true,
      stdio: ['ignore', log, log],
      env: process.env,
    });
    closeSync(log);
    child.unref();
  }
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const s = await daemonStatus();
      if (s) {
        io.stdout.write(`newsx daemon: ${describe(s)}`);
        return 0;
      }
      if (child && child.exitCode !== null) break;
    }
  } finally {
    if (child) rmSync(starting, { force: true });
  }
  io.stderr.write(`newsx: the daemon did not start (see ${logFile})\n`);
  return 1;
}

/** The socket folder, created private; a folder others can write to is refused (they could answer our runs). */
function ensurePrivateDir(): void {
  const dir = socketDir();
  if (!privateDir(dir, true)) throw new UsageError(`daemon: ${dir} is not a private folder of this user`, 'remove it, or set XDG_RUNTIME_DIR');
}

/** Takes the start-up claim: a file created exclusively; one left by a start that died a minute ago is taken over. */
function claim(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(file, 'wx', 0o600));
      return true;
    } catch {
      try {
        if (Date.now() - statSync(file).mtimeMs < 60_000) return false;
        rmSync(file, { force: true });
      } catch {
        /* gone meanwhile: try again */
      }
    }
  }
  return false;
}

/** A few short articles through the whole command line, so the first real run meets warm code. */
async function warmUp(runOne: (argv: string[], stdin: string) => Promise<unknown>): Promise<void> {
  const text = (i: number) =>
    `Warm-up ${i}\n\nBAGHDAD (Reuters) - ${2 + i} people were killed and ${i} wounded on Friday, Dec. ${1 + i}, when rockets hit ` +
    `the U.S. Embassy in Baghdad, Iraq, police said. "We heard a loud blast," said John Smith, a spokesman for the embassy. ` +
    `Gunmen also attacked a checkpoint near Kirkuk on Thursday, officials said.`;
  for (let i = 0; i < 40; i++) await runOne(['--published', '2023-12-08', '--format', i % 2 ? 'json' : 'pretty', ...(i % 3 ? [] : ['--explain'])], text(i));
}

async function serve(idleMinutes: number): Promise<number> {
  const { run } = await import('../main.js');
  const stampNow = await distStamper();
  const stamp = stampNow();
  const sock = socketPath();
  ensurePrivateDir();

  const runOn = async (argv: string[], io: CliIO) => run(['node', 'newsx', ...argv], io);
  const sinkTo = (out: (b: Buffer) => void, tty: boolean) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, _enc, cb) {
          out(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
          cb();
        },
      }),
      { isTTY: tty },
    );
  await warmUp((argv, input) => {
    const stdin = new PassThrough();
    stdin.end(input);
    const nothing = () => {};
    return runOn(argv, { stdin, stdout: sinkTo(nothing, false), stderr: sinkTo(nothing, false), env: {}, own: false });
  });

  const startedAt = new Date().toISOString();
  let served = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let idle: NodeJS.Timeout;
  const server = createServer();
  const stop = () => {
    server.close();
    rmSync(sock, { force: true });
    process.exit(0);
  };
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(stop, idleMinutes * 60_000);
  };

  const handle = async (conn: Socket, req: DaemonRequest, stdin: PassThrough) => {
    const send = (kind: Kind, body?: string | Buffer) => {
      if (!conn.destroyed) conn.write(frame(kind, body));
    };
    // a rebuilt dist/ means this daemon runs older code: decline, and make way for a fresh one
    if (stampNow() !== stamp) {
      if (!conn.destroyed) conn.end(frame('F', 'dist/ changed since the daemon started'), stop);
      else stop();
      return;
    }
    if ((req.env.TZ ?? '') !== (process.env.TZ ?? '')) return void (send('F', 'another TZ'), conn.end());
    try {
      process.chdir(req.cwd);
    } catch {
      return void (send('F', 'cannot enter the working folder'), conn.end());
    }
    send('A');
    if (!req.stdin) stdin.end();
    const io: CliIO = {
      stdin,
      stdout: sinkTo((b) => send('O', b), req.tty.stdout),
      stderr: sinkTo((b) => send('X', b), req.tty.stderr),
      env: req.env,
      own: false,
    };
    let code: number;
    try {
      code = await runOn(req.argv, io);
    } catch (e) {
      send('X', `newsx: unexpected failure: ${(e as Error)?.message ?? String(e)}\n`);
      code = 1;
    }
    served++;
    send('C', String(code));
    conn.end();
  };

  server.on('connection', (conn) => {
    const stdin = new PassThrough();
    conn.on('error', () => stdin.destroy());
    conn.on('close', () => stdin.destroy());
    conn.on(
      'data',
      frameReader((kind, body) => {
        if (kind === 'I') {
          if (!stdin.write(body)) {
            conn.pause();
            stdin.once('drain', () => conn.resume());
          }
        }
        else if (kind === 'E') stdin.end();
        else if (kind === 'Q') {
          const status: DaemonStatus = { pid: process.pid, node: process.version, root: PACKAGE_ROOT, socket: sock, startedAt, served, idleMinutes };
          conn.end(frame('P', JSON.stringify(status)));
        } else if (kind === 'S') {
          conn.end(frame('P', '{}'), () => stop());
        } else if (kind === 'R') {
          resetIdle(); // runs keep it alive; status queries do not
          const req = JSON.parse(body.toString('utf8')) as DaemonRequest;
          // one run at a time: each runs in its client's working folder
          queue = queue.then(() => handle(conn, req, stdin)).catch(() => {});
        }
      }),
    );
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, stop);

  // a socket left by a daemon that died: nobody answers it, so it goes; a live one means we are not needed
  if (await daemonStatus()) return 0;
  rmSync(sock, { force: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(sock, () => resolve());
  });
  resetIdle();
  return new Promise<number>(() => {}); // serves until stopped
}

/** The stamp of dist/ where the package is installed (dist-stamp.ts). */
async function distStamper(): Promise<() => string> {
  const { distStamp } = await import('./dist-stamp.js');
  return () => distStamp(`${PACKAGE_ROOT}dist`);
}
