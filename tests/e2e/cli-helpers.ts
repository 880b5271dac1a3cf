// Spawning the built CLI as a user would: real files, real pipes, real exit codes.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'bin/newsx.js');

export function newsx(args: string[], input?: string | Buffer, cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
}

export const jsonLines = (s: string): any[] => s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'newsx-test-'));
