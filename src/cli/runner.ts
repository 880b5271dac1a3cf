// Runs documents inline or on a worker pool, and yields records in input order.
import type { OutputRecord } from '../record/schema.js';
import type { Task } from './task.js';
import type { WorkItem } from './work.js';

export interface Runner {
  run(item: WorkItem): Promise<OutputRecord>;
  close(): Promise<void>;
}

/** In the main thread: the pipeline (and compromise) load on first use only. */
export function inlineRunner(): Runner {
  let work: Promise<typeof import('./work.js')> | null = null;
  return {
    async run(item) {
      work ??= import('./work.js');
      return (await work).processDocument(item);
    },
    async close() {},
  };
}

/**
 * Reads ahead up to two tasks: whether the stream holds at most one document (then no pool is worth
 * starting), and the same tasks, none lost, to run.
 */
export async function atMostOne(tasks: AsyncIterable<Task>): Promise<{ tasks: AsyncIterable<Task>; single: boolean }> {
  const iterator = tasks[Symbol.asyncIterator]();
  const head: Task[] = [];
  let done = false;
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  const docs = head.filter((t) => t.kind === 'doc').length;
  async function* all(): AsyncGenerator<Task> {
    try {
      yield* head;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      if (!done) await iterator.return?.(undefined);
    }
  }
  return { tasks: all(), single: done && docs <= 1 };
}

/**
 * Maps tasks to records with up to `window` in flight, yielding in input order.
 * Reading pauses while the window is full, so memory stays flat on long streams.
 */
export async function* runOrdered(
  tasks: AsyncIterable<Task>,
  runner: Runner,
  explain: boolean,
  window: number,
  shouldStop: () => boolean = () => false,
  source = false,
): AsyncGenerator<OutputRecord> {
  const inFlight: Promise<OutputRecord>[] = [];
  const iterator = tasks[Symbol.asyncIterator]();
  let done = false;
  while (true) {
    while (!done && inFlight.length < window && !shouldStop()) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const task = next.value;
      inFlight.push(task.kind === 'error' ? Promise.resolve(task.record) : runner.run({ doc: task.doc, explain, source }));
    }
    const head = inFlight.shift();
    if (!head) break;
    yield await head;
  }
  if (!done) await iterator.return?.(undefined);
}
