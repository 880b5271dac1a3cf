// A small pool of worker threads, one document at a time per worker, so that a runaway document
// can be stopped: its worker is terminated and replaced, and the document becomes an error record.
// (A generic pool cannot time a task from when it starts running, nor kill the one thread running it.)
import { boundHeapGrowth } from './heap.js';
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../record/schema.js';
import { errorRecord } from './errors.js';
import type { Runner } from './runner.js';
import type { WorkItem } from './work.js';

interface Job {
  item: WorkItem;
  resolve: (r: OutputRecord) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** The worker has loaded the pipeline: time limits start only from here. */
  ready: boolean;
}

export interface PoolOptions {
  /** Most workers the pool may run (--jobs). */
  size: number;
  /** Longest time one document may take, from the moment a worker starts on it; 0 for no limit. */
  timeoutMs: number;
  /** Heap limit per worker, so one document's runaway allocation costs only that document. */
  maxHeapMb?: number;
  /** Documents per worker: one more worker starts for every this many documents submitted (see workersFor). */
  docsPerWorker?: number;
}

/**
 * A worker costs a warm-up of its own (about a second of CPU: loading the pipeline, building compromise's
 * lexicon, compiling hot code again in its own isolate), repaid only over many documents, so the pool grows
 * with the batch: one worker for the first `docsPerWorker` documents, a second from the next one, and so on
 * up to `size`. A short batch keeps one worker; a long one reaches `size` after a few dozen documents.
 */
export const DOCS_PER_WORKER = 48;

/** How many workers `submitted` documents warrant, for a pool of at most `size`. */
export function workersFor(submitted: number, size: number, docsPerWorker = DOCS_PER_WORKER): number {
  return Math.max(0, Math.min(size, Math.ceil(submitted / docsPerWorker)));
}

const WORKER_URL = new URL('./pool-worker.js', import.meta.url);

/** A worker's live pipeline is ~60 MiB: a heap may grow 30% over it (src/cli/heap.ts). */
const HEAP_GROWING_PERCENT = 30;

export function workerPool({ size, timeoutMs, maxHeapMb = 4096, docsPerWorker = DOCS_PER_WORKER }: PoolOptions): Runner {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let closed = false;
  let submitted = 0;

  const finish = (slot: Slot, record: OutputRecord) => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    job?.resolve(record);
  };

  const replace = (slot: Slot) => {
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  };

  const spawn = (): Slot => {
    boundHeapGrowth(HEAP_GROWING_PERCENT);
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
    const slot: Slot = { worker, job: null, timer: null, ready: false };
    worker.on('message', (message: OutputRecord | { ready: true }) => {
      if ('ready' in message) slot.ready = true;
      else finish(slot, message);
      dispatch();
    });
    const crashed = (why: string) => {
      const job = slot.job;
      replace(slot);
      if (job) finish(slot, errorRecord(job.item.doc.id, 'worker_crashed', why, { meta: job.item.doc.meta }));
      dispatch();
    };
    worker.on('error', (e) => crashed(`the worker stopped: ${e?.message ?? String(e)}`.slice(0, 500)));
    worker.on('exit', (code) => {
      if (!closed) crashed(`the worker exited with code ${code}`);
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = () => {
    if (closed) return;
    while (queue.length > 0) {
      const slot = slots.find((s) => s.ready && s.job === null);
      if (!slot) {
        // start as many workers as the batch so far warrants, and no more than there is queued work for
        const wanted = workersFor(submitted, size, docsPerWorker);
        while (slots.length < wanted && slots.filter((s) => !s.ready).length < queue.length) spawn();
        return;
      }
      const job = queue.shift()!;
      slot.job = job;
      const running = slot;
      if (timeoutMs > 0) {
        running.timer = setTimeout(() => {
          replace(running);
          finish(running, errorRecord(job.item.doc.id, 'timeout', `extraction took longer than --timeout-ms ${timeoutMs}`, { meta: job.item.doc.meta }));
          dispatch();
        }, timeoutMs);
      }
      running.worker.postMessage(job.item);
    }
  };

  return {
    run(item) {
      return new Promise<OutputRecord>((resolve) => {
        queue.push({ item, resolve });
        submitted++;
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const s of slots) if (s.timer) clearTimeout(s.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}

/** What one more worker adds to the process's peak memory, with margin (README "Speed"). */
export const WORKER_MIB = 160;

/**
 * The default --jobs: one worker per CPU, but no more than the free memory holds (each worker keeps its
 * own pipeline: about WORKER_MIB at peak), and at least one. A 16-core box with 1 GiB free runs 6, not 16.
 */
export function defaultJobs(cpus: number, freeBytes: number): number {
  return Math.max(1, Math.min(cpus, Math.floor(freeBytes / (WORKER_MIB * 1024 * 1024))));
}
