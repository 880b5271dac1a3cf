// What the daemon (daemon.ts) and its client (daemon-client.ts, loaded by bin/newsx.js) share: where the
// socket lives, and how messages are framed on it. No imports beyond node's own: the client loads this on
// every one-article run, before anything else.
import { existsSync, lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder: the first folder up from this file (dist/cli/fast-start/, or a bundle's
 *  chunk in dist/cli/) that holds bin/newsx.js. */
export const PACKAGE_ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'bin', 'newsx.js')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return `${dir}${path.sep}`;
})();

/** Message kinds, one byte each. Client -> daemon: R request, I stdin bytes, E stdin ended, Q status, S stop.
 *  Daemon -> client: A accepted, F run it yourself (why), O stdout bytes, X stderr bytes, C exit status, P status. */
export type Kind = 'R' | 'I' | 'E' | 'Q' | 'S' | 'A' | 'F' | 'O' | 'X' | 'C' | 'P';

/** What a client asks: the command line after `newsx`, and what the run depends on besides its files. */
export interface DaemonRequest {
  argv: string[];
  cwd: string;
  /** The environment the run reads (NO_COLOR) or that changes its results (TZ). */
  env: { NO_COLOR?: string; TZ?: string };
  tty: { stdout: boolean; stderr: boolean };
  /** The run reads standard input: the client streams it after A. */
  stdin: boolean;
}

export interface DaemonStatus {
  pid: number;
  node: string;
  root: string;
  socket: string;
  startedAt: string;
  served: number;
  idleMinutes: number;
}

/** 32-bit FNV-1a, hex: a short, stable name (a socket path has about 100 bytes to spare). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The user's private folder for sockets: $XDG_RUNTIME_DIR (or the temp folder)/newsx-UID, mode 0700. */
export function socketDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_RUNTIME_DIR || tmpdir(), `newsx-${process.getuid?.() ?? 'user'}`);
}

/** One daemon per install and node binary: a daemon of another checkout or node would run other code. */
export function socketPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(socketDir(env), `${fnv1a(`${PACKAGE_ROOT}\0${process.execPath}\0${process.version}\0${process.arch}`)}.sock`);
}

/**
 * The socket folder can be trusted only if it is a real folder of ours that nobody else can write to:
 * otherwise another user could put a socket there and answer our runs. Creates it when `create`.
 */
export function privateDir(dir: string, create: boolean): boolean {
  if (create) mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    const s = lstatSync(dir);
    return s.isDirectory() && !s.isSymbolicLink() && (process.getuid === undefined || s.uid === process.getuid()) && (s.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

export function frame(kind: Kind, payload: string | Buffer = ''): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const head = Buffer.allocUnsafe(5);
  head.write(kind, 0, 'latin1');
  head.writeUInt32BE(body.length, 1);
  return Buffer.concat([head, body]);
}

/** Splits a byte stream into frames; call `push` with each chunk as it arrives. */
export function frameReader(onFrame: (kind: Kind, body: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 5) {
      const size = pending.readUInt32BE(1);
      if (pending.length < 5 + size) break;
      const kind = pending.toString('latin1', 0, 1) as Kind;
      const body = pending.subarray(5, 5 + size);
      pending = pending.subarray(5 + size);
      onFrame(kind, body);
    }
  };
}
