// A daemon serves runs only while dist/ is what it started from (src/cli/fast-start/dist-stamp.ts):
// any change to a .js file under it (a bare `tsc` after an edit) changes the stamp.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distStamp } from '../../src/cli/fast-start/dist-stamp.js';
import { tempDir } from './cli-helpers.js';

function tree(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'cli'));
  writeFileSync(path.join(dir, 'cli/main.js'), 'export const a = 1;\n');
  writeFileSync(path.join(dir, 'index.js'), 'export {};\n');
  writeFileSync(path.join(dir, 'data.json'), '{}');
  const t = new Date('2024-01-01T00:00:00Z');
  for (const f of ['cli/main.js', 'index.js', 'data.json']) utimesSync(path.join(dir, f), t, t);
  return dir;
}

describe('dist stamp', () => {
  it('is stable while nothing changes, and ignores files that are not .js', () => {
    const dir = tree();
    const before = distStamp(dir);
    expect(distStamp(dir)).toBe(before);
    writeFileSync(path.join(dir, 'data.json'), '{"changed": true}');
    expect(distStamp(dir)).toBe(before);
  });

  it('changes when a .js file is rewritten (same size, new time), grows, or appears', () => {
    const dir = tree();
    const s0 = distStamp(dir);
    writeFileSync(path.join(dir, 'cli/main.js'), 'export const a = 2;\n');
    const s1 = distStamp(dir);
    expect(s1).not.toBe(s0);
    writeFileSync(path.join(dir, 'cli/main.js'), 'export const a = 22;\n');
    const s2 = distStamp(dir);
    expect(s2).not.toBe(s1);
    writeFileSync(path.join(dir, 'cli/new.js'), '');
    expect(distStamp(dir)).not.toBe(s2);
  });
});
