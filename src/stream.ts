// The library's stream API: documents in, records out, in order, on the CLI's worker pool
// (src/cli/pool.ts), with back-pressure both ways and an error record for every bad document.
import { availableParallelism } from 'node:os';
import { Transform, type TransformCallback } from 'node:stream';
import { isValidPublished } from './document.js';
import { workerPool } from './cli/pool.js';
import { taskFromValue, type ReadOptions } from './cli/readers.js';
import { runOrdered, type Runner } from './cli/runner.js';
import type { Task } from './cli/task.js';
import type { OutputRecord } from './record/schema.js';

/** A document for the stream: what a JSONL line holds. Other fields are copied into the record's `meta`. */
export interface StreamDocument {
  id?: string | number;
  text: string;
  /** ISO 8601 date or date-time; resolves relative dates ("Friday"). */
  published?: string | null;
  title?: string | null;
  [field: string]: unknown;
}

export interface ExtractStreamOptions {
  /** Worker threads (default: the CPU count). */
  jobs?: number;
  /** Longest time one document may take before it becomes a `timeout` error record (default 30000; 0: no limit). */
  timeoutMs?: number;
  /** Publication date for documents that do not carry their own. */
  published?: string | null;
  /** Largest text accepted, in bytes (default 5,000,000): a longer one is a `too_large` error record. */
  maxBytes?: number;
  /** Keep the id of the rule behind every item. */
  explain?: boolean;
  /** Documents accepted ahead of the record being read (default: jobs * 4, at least 2). */
  window?: number;
}

interface Settings {
  jobs: number;
  timeoutMs: number;
  read: ReadOptions;
  explain: boolean;
  window: number;
}

function settings(options: ExtractStreamOptions): Settings {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`createExtractStream: jobs must be a positive integer, got ${String(options.jobs)}`);
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 0) throw new RangeError(`createExtractStream: timeoutMs must be a non-negative integer, got ${String(options.timeoutMs)}`);
  const published = options.published ?? null;
  if (published !== null && !isValidPublished(published)) {
    throw new RangeError(`createExtractStream: published must be an ISO 8601 date or date-time, got ${JSON.stringify(published)}`);
  }
  const window = options.window ?? Math.max(2, jobs * 4);
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`createExtractStream: window must be a positive integer, got ${String(options.window)}`);
  return {
    jobs,
    timeoutMs,
    read: { input: 'jsonl', published: published?.trim() ?? null, maxBytes: options.maxBytes ?? 5_000_000 },
    explain: Boolean(options.explain),
    window,
  };
}

/** The n-th document (1-based) as a task: a document to extract, or its error record. Ids default to `stream:<n>`. */
const toTask = (value: unknown, n: number, s: Settings): Task => taskFromValue(value, `stream:${n}`, s.read);

/**
 * An object-mode Transform: write documents `{ id, text, published }`, read one record per document,
 * in the order written. Documents run on a pool of `jobs` worker threads with at most `window` in flight;
 * while the reader lags, writes wait (back-pressure). A bad document (no text, empty or binary text,
 * a bad date, too large, too slow, a crashed worker) becomes an error record in its place.
 * The workers stop when the stream ends or is destroyed.
 */
export function createExtractStream(options: ExtractStreamOptions = {}): Transform {
  const s = settings(options);
  let runner: Runner | null = null;
  const pool = () => (runner ??= workerPool({ size: s.jobs, timeoutMs: s.timeoutMs }));
  const inFlight: { done: boolean; record: OutputRecord | null; promise: Promise<void> }[] = [];
  let n = 0;
  let waitingWrite: TransformCallback | null = null;
  let waitingFlush: TransformCallback | null = null;
  let closed = false;
  /** The readable side has room: false once push() says the reader lags, true again on its next read. */
  let readerWants = true;

  const close = async () => {
    if (closed) return;
    closed = true;
    const r = runner;
    runner = null;
    await r?.close();
  };

  const stream: Transform = new Transform({
    objectMode: true,
    // keep the readable side short: records are ready in order, so a reader that lags stops the writer soon
    readableHighWaterMark: 1,
    writableHighWaterMark: 1,
    transform(chunk: unknown, _enc, callback) {
      n++;
      const task = toTask(chunk, n, s);
      const slot = { done: false, record: null as OutputRecord | null, promise: Promise.resolve() };
      const work = task.kind === 'error' ? Promise.resolve(task.record) : pool().run({ doc: task.doc, explain: s.explain });
      slot.promise = work.then((record) => {
        slot.done = true;
        slot.record = record;
        pump();
      });
      inFlight.push(slot);
      if (inFlight.length < s.window) callback();
      else waitingWrite = callback;
    },
    read(size) {
      // the reader wants more: hand over the finished records that waited (and Transform's own bookkeeping)
      readerWants = true;
      Transform.prototype._read.call(this, size);
      pump();
    },
    flush(callback) {
      waitingFlush = callback;
      pump();
    },
    destroy(err, callback) {
      waitingWrite = null;
      waitingFlush = null;
      inFlight.length = 0;
      close().then(() => callback(err), (e: Error) => callback(err ?? e));
    },
  });

  /** Pushes the finished records at the head of the queue, in order; lets the writer go on when there is room. */
  function pump(): void {
    if (stream.destroyed) return;
    // a finished record stays in the queue (and counts against the window) until the reader has room for it
    while (readerWants && inFlight.length > 0 && inFlight[0].done) {
      const { record } = inFlight.shift()!;
      if (!stream.push(record)) readerWants = false;
    }
    if (waitingWrite && inFlight.length < s.window) {
      const cb = waitingWrite;
      waitingWrite = null;
      cb();
    }
    if (waitingFlush && inFlight.length === 0) {
      const cb = waitingFlush;
      waitingFlush = null;
      close().then(() => cb(), (e: Error) => cb(e));
    }
  }

  return stream;
}

/**
 * The async-iterator form: records for `documents` (any iterable or async iterable), in order.
 * Documents are pulled only as records are consumed (at most `window` ahead); breaking out of the loop
 * stops reading and shuts the workers down.
 */
export async function* extractRecords(
  documents: Iterable<unknown> | AsyncIterable<unknown>,
  options: ExtractStreamOptions = {},
): AsyncGenerator<OutputRecord, void, undefined> {
  const s = settings(options);
  let runner: Runner | null = null;
  const lazy: Runner = {
    run: (item) => (runner ??= workerPool({ size: s.jobs, timeoutMs: s.timeoutMs })).run(item),
    close: async () => {
      await runner?.close();
    },
  };
  async function* tasks(): AsyncGenerator<Task> {
    let i = 0;
    for await (const value of documents as AsyncIterable<unknown>) yield toTask(value, ++i, s);
  }
  try {
    yield* runOrdered(tasks(), lazy, s.explain, s.window);
  } finally {
    await lazy.close();
  }
}
