// Ctrl-C and SIGTERM during a batch: the first stops reading (a read blocked on stdin ends too) and lets the
// documents in flight finish and be written whole; a second one exits at once. Only when the CLI owns the process.

/** The exit code of a run stopped by a signal, as shells report it. */
export const signalExitCode = (sig: NodeJS.Signals): number => (sig === 'SIGINT' ? 130 : 143);

export interface SignalStop {
  /** The signal that stopped the run, or null. */
  readonly signal: NodeJS.Signals | null;
  /** Removes the handlers (the run is over). */
  release(): void;
}

/** Listens for SIGINT and SIGTERM while a run lasts, when `own` (the CLI owns the process); `stdin` stops being read on the first. */
export function stopOnSignals(own: boolean, stdin: NodeJS.ReadableStream & { destroy(): void }): SignalStop {
  let signal: NodeJS.Signals | null = null;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (signal) process.exit(signalExitCode(sig));
    signal = sig;
    stdin.destroy();
  };
  if (own) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  return {
    get signal() {
      return signal;
    },
    release() {
      if (!own) return;
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
