// The client side of `newsx daemon`: bin/newsx.js hands a one-article run to a running daemon, which has
// the pipeline loaded and warm, and relays its output and exit status. Resolves null when there is no
// daemon, or it declines the run (another TZ, a rebuilt dist/): the launcher then runs it itself.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { frame, frameReader, privateDir, socketDir, socketPath, type DaemonRequest, type Kind } from './daemon-protocol.js';

export function viaDaemon(args: string[], readsStdin: boolean): Promise<number | null> {
  const sock = socketPath();
  if (!existsSync(sock) || !privateDir(socketDir(), false)) return Promise.resolve(null);
  return new Promise((resolve) => {
    const conn = connect(sock);
    let accepted = false;
    let relayed = false;
    let settled = false;
    const settle = (code: number | null) => {
      if (settled) return;
      settled = true;
      if (readsStdin) process.stdin.pause();
      conn.destroy();
      resolve(code);
    };
    const request: DaemonRequest = {
      argv: args,
      cwd: process.cwd(),
      env: { NO_COLOR: process.env.NO_COLOR, TZ: process.env.TZ },
      tty: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
      stdin: readsStdin,
    };
    // a reader that closed the pipe early (`newsx story.txt | head -1`) has all it wanted: exit quietly, as a run of its own does
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
      conn.destroy();
      process.exit(0);
    });
    conn.on('connect', () => conn.write(frame('R', JSON.stringify(request))));
    conn.on(
      'data',
      frameReader((kind: Kind, body) => {
        if (kind === 'F') return settle(null);
        if (kind === 'A') {
          accepted = true;
          if (readsStdin) {
            // with back-pressure: a long stdin is streamed, never held whole in memory
            process.stdin.on('data', (chunk: Buffer) => {
              if (!conn.write(frame('I', chunk))) {
                process.stdin.pause();
                conn.once('drain', () => process.stdin.resume());
              }
            });
            process.stdin.on('end', () => conn.write(frame('E')));
          }
        } else if (kind === 'O') {
          relayed = true;
          process.stdout.write(body);
        } else if (kind === 'X') {
          relayed = true;
          process.stderr.write(body);
        }
        else if (kind === 'C') settle(Number(body.toString('utf8')));
      }),
    );
    // no daemon behind a left-over socket (ECONNREFUSED), or it went away: while nothing was read from stdin
    // or written, the launcher can still run the article itself; after that, the run has failed
    const lost = () => {
      if (settled) return;
      if (!accepted || (!readsStdin && !relayed)) return settle(null);
      process.stderr.write('newsx: the daemon stopped during the run\n');
      settle(1);
    };
    conn.on('error', lost);
    conn.on('close', lost);
  });
}
