// SIGINT/SIGTERM during a batch: stop reading, write only whole records, print the summary, exit 130/143.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './cli-helpers.js';

const lines = Array.from({ length: 400 }, (_, i) =>
  JSON.stringify({ id: `doc-${i}`, text: 'Talks resumed in Geneva on Monday, officials said. '.repeat(60), published: '2023-12-08' }),
).join('\n') + '\n';

function runUntilFirstRecord(signal: NodeJS.Signals, extra: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '--jobs', '2', ...extra]);
    let stdout = '';
    let stderr = '';
    let sent = false;
    const send = () => {
      if (!sent) {
        sent = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', (d) => {
      stdout += d;
      send();
    });
    child.stderr.on('data', (d) => (stderr += d));
    // with --out nothing reaches stdout: stop after the workers have had time to start
    if (extra.includes('--out')) setTimeout(send, 2500);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.end(lines);
  });
}

describe('signals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s: whole lines only, a summary, exit %i', async (signal, status) => {
    const r = await runUntilFirstRecord(signal);
    expect(r.code).toBe(status);
    const out = r.stdout.split('\n').filter(Boolean);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(400);
    expect(r.stdout.endsWith('\n')).toBe(true);
    for (const l of out) expect(() => JSON.parse(l)).not.toThrow();
    expect(r.stderr).toMatch(new RegExp(`newsx: \\d+ documents, .*stopped by ${signal}\\n$`));
  });

  it('--out: a stopped run leaves no file under the final name and no temporary file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'records.jsonl');
    const r = await runUntilFirstRecord('SIGTERM', ['--out', out]);
    expect(r.code).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
