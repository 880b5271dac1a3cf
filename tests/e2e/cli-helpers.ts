// Spawning the built CLI as a user would: real files, real pipes, real exit codes.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'bin/newsx.js');

/** Runs the built CLI; `env`, when given, replaces the colour variables (FORCE_COLOR, NO_COLOR) and adds its own. */
export function newsx(args: string[], input?: string | Buffer, cwd = ROOT, env?: Record<string, string | undefined>): SpawnSyncReturns<string> {
  let childEnv: NodeJS.ProcessEnv | undefined;
  if (env) {
    childEnv = { ...process.env };
    delete childEnv.FORCE_COLOR;
    delete childEnv.NO_COLOR;
    for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  }
  return spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000, env: childEnv });
}

export const jsonLines = (s: string): any[] => s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'newsx-test-'));
