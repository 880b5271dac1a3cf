// A small pool of worker threads, one document at a time per worker, so that a runaway document
// can be stopped: its worker is terminated and replaced, and the document becomes an error record.
// (A generic pool cannot time a task from when it starts running, nor kill the one thread running it.)
import { Worker } from 'node:worker_threads';
import type { OutputRecord } from '../record/schema.js';
import { errorRecord } from './errors.js';
import { CRASH_HEAP_MB, crashMarker } from './test-hooks.js';
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
  size: number;
  /** Longest time one document may take, from the moment a worker starts on it; 0 for no limit. */
  timeoutMs: number;
  /** Heap limit per worker, so one document's runaway allocation costs only that document. */
  maxHeapMb?: number;
}

const WORKER_URL = new URL('./pool-worker.js', import.meta.url);

export function workerPool({ size, timeoutMs, maxHeapMb = crashMarker() ? CRASH_HEAP_MB : 4096 }: PoolOptions): Runner {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let closed = false;

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
        // start as many workers as there is queued work for, up to the pool's size
        while (slots.length < size && slots.filter((s) => !s.ready).length < queue.length) spawn();
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
