// Splits a byte stream into lines without holding more than one line (bounded) in memory.
// Bytes, not strings: each line is decoded on its own, so one line of broken UTF-8 costs that line only.
import type { Readable } from 'node:stream';

export type RawLine = { ok: true; bytes: Buffer } | { ok: false; bytes: number } | { ok: false; readError: string };

/** Yields each line ("\n" or "\r\n" ended; a last line without "\n" too). Lines over `maxLineBytes` are skipped and reported by size. */
export async function* byteLines(stream: Readable, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const emit = (): RawLine => {
    let line: RawLine;
    if (overflow) line = { ok: false, bytes: size };
    else {
      let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      line = { ok: true, bytes };
    }
    parts = [];
    size = 0;
    overflow = false;
    return line;
  };
  const add = (piece: Buffer) => {
    size += piece.length;
    if (overflow) return;
    if (size > maxLineBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(piece);
  };
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let from = 0;
      while (from < buf.length) {
        const nl = buf.indexOf(0x0a, from);
        if (nl < 0) {
          add(buf.subarray(from));
          break;
        }
        add(buf.subarray(from, nl));
        yield emit();
        from = nl + 1;
      }
    }
  } catch (e) {
    // a stream closed on purpose (we are stopping) just ends; any other failure is reported in place
    const err = e as NodeJS.ErrnoException;
    if (err?.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      yield { ok: false, readError: `${err?.code ?? ''} ${err?.message ?? String(e)}`.trim() };
      return;
    }
  }
  if (size > 0 || overflow) yield emit();
}
