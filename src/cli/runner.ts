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
