// The shipped fixtures' whole records, as the built CLI prints them, against fixtures/expected/ (written by
// `npm run fixtures:update`): any change of output, wanted or not, shows here as a diff to read.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../../scripts/expected-cases.mjs';
import { ROOT } from '../helpers.js';
import { jsonLines, newsx } from './cli-helpers.js';

describe('expected.test.ts: fixtures/expected', () => {
  it.each(EXPECTED.map((c: { name: string; args: string[]; status: number }) => [c.name, c.args, c.status] as const))('%s', (name, args, status) => {
    const r = newsx([...args]);
    expect(r.status).toBe(status);
    const expected = jsonLines(readFileSync(path.join(ROOT, 'fixtures/expected', `${name}.jsonl`), 'utf8'));
    const got = jsonLines(r.stdout);
    expect(got).toEqual(expected);
    // every span of every record slices its text exactly
    for (const rec of got) {
      if (rec.error || !existsSync(path.join(ROOT, rec.id))) continue;
      const text = readFileSync(path.join(ROOT, rec.id), 'utf8').replace(/^\uFEFF/, '');
      const spans = [...rec.dates, ...rec.counts, ...rec.quotes, ...rec.places.flatMap((p: any) => p.mentions), ...rec.actors.flatMap((x: any) => x.mentions)];
      for (const s of spans) if (s.end > s.start) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
