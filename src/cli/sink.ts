// Where records go: stdout, or a file written under a temporary name and renamed when complete,
// so a stopped run never leaves a truncated file under the final name.
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** Completes the output (rename into place for a file). */
  end(): Promise<void>;
  /** Abandons the output (removes the temporary file). */
  abort(): void;
  isTTY: boolean;
}

function writeWithBackpressure(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}

export function stdoutSink(stdout: NodeJS.WritableStream & { isTTY?: boolean }, onClosedPipe: () => void): Sink {
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') onClosedPipe();
    else throw e;
  });
  return {
    write: (chunk) => writeWithBackpressure(stdout, chunk),
    end: () => Promise.resolve(),
    abort() {},
    isTTY: Boolean(stdout.isTTY),
  };
}

export function fileSink(file: string): Sink {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(tmp);
  let failed: Error | null = null;
  stream.on('error', (e) => (failed = e));
  return {
    async write(chunk) {
      if (failed) throw failed;
      await writeWithBackpressure(stream, chunk);
    },
    end: () =>
      new Promise((resolve, reject) => {
        stream.end(() => {
          if (failed) return reject(failed);
          renameSync(tmp, file);
          resolve();
        });
      }),
    abort() {
      stream.destroy();
      rmSync(tmp, { force: true });
    },
    isTTY: false,
  };
}
