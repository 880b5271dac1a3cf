// src/cli/signals.ts: the handlers the batch commands (newsx, newsx tables) share for Ctrl-C and SIGTERM.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { signalExitCode, stopOnSignals } from '../../src/cli/signals.js';

describe('cli-signals.test.ts: stopping a batch on a signal', () => {
  it('the first SIGINT stops reading and is remembered; release removes the handlers it added', () => {
    const before = process.listenerCount('SIGINT');
    const beforeTerm = process.listenerCount('SIGTERM');
    const stdin = new PassThrough();
    const stop = stopOnSignals(true, stdin);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    expect(stop.signal).toBeNull();
    process.emit('SIGINT', 'SIGINT');
    expect(stop.signal).toBe('SIGINT');
    expect(stdin.destroyed).toBe(true);
    stop.release();
    expect(process.listenerCount('SIGINT')).toBe(before);
    expect(process.listenerCount('SIGTERM')).toBe(beforeTerm);
  });

  it('a library caller (the CLI does not own the process) gets no handlers', () => {
    const before = process.listenerCount('SIGTERM');
    const stop = stopOnSignals(false, new PassThrough());
    expect(process.listenerCount('SIGTERM')).toBe(before);
    stop.release();
    expect(stop.signal).toBeNull();
  });

  it('exit codes are those shells report: 130 for SIGINT, 143 for SIGTERM', () => {
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(signalExitCode('SIGTERM')).toBe(143);
  });
});
