// The daemon's wire format and socket location (src/cli/fast-start/daemon-protocol.ts).
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frame, frameReader, privateDir, socketDir, socketPath, type Kind } from '../../src/cli/fast-start/daemon-protocol.js';

describe('daemon frames', () => {
  it('come back whole and in order however the bytes are cut', () => {
    const sent: [Kind, string][] = [
      ['R', JSON.stringify({ argv: ['story.txt'], cwd: '/tmp' })],
      ['O', 'é'.repeat(3000)],
      ['E', ''],
      ['C', '1'],
    ];
    const bytes = Buffer.concat(sent.map(([k, b]) => frame(k, b)));
    for (const cut of [1, 2, 5, 7, 100, bytes.length]) {
      const got: [Kind, string][] = [];
      const push = frameReader((k, body) => got.push([k, body.toString('utf8')]));
      for (let i = 0; i < bytes.length; i += cut) push(bytes.subarray(i, i + cut));
      expect(got).toEqual(sent);
    }
  });
});

describe('daemon socket', () => {
  it('lives in a per-user folder under XDG_RUNTIME_DIR, one name per install and node', () => {
    const env = { XDG_RUNTIME_DIR: '/run/user/1000' };
    expect(socketDir(env)).toBe(`/run/user/1000/newsx-${process.getuid!()}`);
    expect(socketPath(env)).toMatch(new RegExp(`^/run/user/1000/newsx-${process.getuid!()}/[0-9a-f]{8}\\.sock$`));
    expect(socketPath(env)).toBe(socketPath(env));
  });

  it('is trusted only in a private folder: created 0700, not a symlink, not open to others', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'newsx-priv-'));
    try {
      const dir = path.join(base, 'd');
      expect(privateDir(dir, false)).toBe(false);
      expect(privateDir(dir, true)).toBe(true);
      chmodSync(dir, 0o750);
      expect(privateDir(dir, false)).toBe(false);
      chmodSync(dir, 0o700);
      symlinkSync(dir, path.join(base, 'link'));
      expect(privateDir(path.join(base, 'link'), false)).toBe(false);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
