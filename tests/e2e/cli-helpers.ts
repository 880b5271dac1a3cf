// Spawning the built CLI as a user would: real files, real pipes, real exit codes.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
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

/** A fresh folder under the system's temp folder, removed when the test file ends. */
const made: string[] = [];
export const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-test-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
