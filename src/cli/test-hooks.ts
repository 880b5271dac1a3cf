// Test-only hooks (tests/e2e/crash.test.ts). Off unless NEWSX_TEST_CRASH_MARKER is set in the
// environment; a user never sets it, and with it unset nothing here runs.
// It lets a test crash one worker for real (out of memory), to show that a crash costs only its document.
// The environment is read at each call, not at load: the start-up snapshot loads this module at build time.

/** Text that, inside a document, makes the worker running it exhaust its heap; null when the hook is off. */
export function crashMarker(): string | null {
  return process.env.NEWSX_TEST_CRASH_MARKER || null;
}

/** A small worker heap while the hook is on, so that exhausting it takes a moment, not 4 GB. */
export const CRASH_HEAP_MB = 384;

/** In a worker: runs out of memory on a marked document (V8 then ends the worker with ERR_WORKER_OUT_OF_MEMORY). */
export function crashIfMarked(text: string): void {
  const marker = crashMarker();
  if (marker === null || !text.includes(marker)) return;
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1 << 20).fill(hoard.length));
}

/** In the daemon: a run whose arguments name the marker ends the daemon mid-run, as a crash would. */
export function daemonCrashIfMarked(argv: string[]): void {
  const marker = crashMarker();
  if (marker !== null && argv.some((a) => a.includes(marker))) process.exit(70);
}
