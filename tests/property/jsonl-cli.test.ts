// Property: for any JSONL stream with corrupted, empty, huge or half-written lines, the CLI writes exactly
// one record per non-blank input line (blank lines are skipped, as jq does), in input order, with an error
// record in place of each bad line, and exits 1 when there is one (0 when there is none). Each case spawns the built CLI (about a second), so few runs.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { OutputRecordSchema } from '../../src/index.js';
import { BIN } from '../e2e/cli-helpers.js';
import { hostileText, mutatedArticle, runs, SEED } from './arbitraries.js';

const MAX_BYTES = 4000;
// readers.ts: a line over maxBytes * 6 + 64 KiB is not even buffered
const MAX_LINE_BYTES = MAX_BYTES * 6 + 65_536;

/** One input line: its bytes, and what must come out in its place. */
interface Line {
  bytes: Buffer;
  /** the record's id, given the line's 1-based number */
  id: (n: number) => string;
  /** the error code, null for a record, or 'blank' for a line that is skipped */
  error: string | null;
}

const fallback = (n: number) => `stdin:${n}`;
const named = (id: string) => () => id;
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const fits = (text: string) => text.trim() !== '' && !text.includes('\u0000') && Buffer.byteLength(text) <= MAX_BYTES;

const textArb = fc.oneof(hostileText, mutatedArticle);
const idArb = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }).map((s) => `doc-${s}`);

const line: fc.Arbitrary<Line> = fc.oneof(
  // a good line (or one whose text is empty, too large, or has NUL: those have an id and an error)
  {
    weight: 5,
    arbitrary: fc.tuple(idArb, textArb, fc.constantFrom(undefined, null, '2023-12-08'), fc.dictionary(fc.constantFrom('feed', 'url', 'n'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 2 })).map(
      ([id, text, published, meta]): Line => ({
        bytes: utf8(JSON.stringify({ ...meta, id, text, ...(published !== undefined ? { published } : {}) })),
        id: named(id),
        error: text.trim() === '' ? 'empty_text' : text.includes('\u0000') ? 'binary' : fits(text) ? null : 'too_large',
      }),
    ),
  },
  // empty and white-space lines: skipped
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\r').map((s): Line => ({ bytes: utf8(s), id: fallback, error: 'blank' })) },
  // half-written: a good line cut short
  {
    weight: 2,
    arbitrary: fc.tuple(idArb, textArb, fc.nat()).map(([id, text, cut]): Line => {
      const full = JSON.stringify({ id, text });
      return { bytes: utf8(full.slice(0, 1 + (cut % (full.length - 1)))), id: fallback, error: 'invalid_json' };
    }),
  },
  // broken UTF-8 inside the text
  {
    weight: 2,
    arbitrary: fc.tuple(idArb, fc.constantFrom([0xe9], [0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0x80, 0x80])).map(([id, bad]): Line => ({
      bytes: Buffer.concat([utf8(`{"id":${JSON.stringify(id)},"text":"Caf`), Buffer.from(bad), utf8(' in Paris."}')]),
      id: fallback,
      error: 'invalid_encoding',
    })),
  },
  // JSON, but not an article line
  {
    weight: 1,
    arbitrary: fc.constantFrom<Line>(
      { bytes: utf8('[1,2]'), id: fallback, error: 'invalid_json' },
      { bytes: utf8('"text"'), id: fallback, error: 'invalid_json' },
      { bytes: utf8('null'), id: fallback, error: 'invalid_json' },
      { bytes: utf8('{"id":"nt","text":42}'), id: named('nt'), error: 'missing_text' },
      { bytes: utf8('{"id":"bp","text":"Talks in Geneva.","published":"soon"}'), id: named('bp'), error: 'invalid_published' },
      { bytes: utf8('{"text":"No id here, talks in Geneva."}'), id: fallback, error: null },
      { bytes: utf8('{"id":"","text":"An empty id, talks in Geneva."}'), id: fallback, error: null },
      { bytes: utf8('\uFEFF{"id":"bom","text":"A BOM before the line."}'), id: named('bom'), error: null },
    ),
  },
  // huge: over the line limit (not even buffered), or a text over --max-bytes
  {
    weight: 1,
    arbitrary: fc.constantFrom<Line>(
      { bytes: utf8(`{"id":"huge","text":"${'x'.repeat(MAX_LINE_BYTES)}"}`), id: fallback, error: 'too_large' },
      { bytes: utf8(`{"id":"big","text":"${'Talks resumed in Geneva. '.repeat(200)}"}`), id: named('big'), error: 'too_large' },
    ),
  },
);

const stream = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean());

describe(`the CLI on any JSONL stream (fast-check seed ${SEED})`, () => {
  it('one record per input line, in order, error records in place, exit 1 when there is one', () => {
    fc.assert(
      fc.property(stream, ([lines, eol, finalNewline]) => {
        const input = Buffer.concat(lines.flatMap((l, i) => (i < lines.length - 1 || finalNewline ? [l.bytes, utf8(eol)] : [l.bytes])));
        const r = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--quiet', '--jobs', '2', '--max-bytes', String(MAX_BYTES)], {
          input,
          encoding: 'utf8',
          maxBuffer: 1 << 28,
          timeout: 60_000,
        });
        if (r.error) throw r.error;
        // blank lines give nothing; the others keep their line numbers
        const expected = lines.map((l, i) => ({ ...l, n: i + 1 })).filter((l) => l.error !== 'blank');
        const out = r.stdout.split('\n');
        if (out.pop() !== '') throw new Error('the output does not end with a newline');
        if (out.length !== expected.length) throw new Error(`${expected.length} lines in, ${out.length} out; stderr: ${r.stderr.slice(0, 300)}`);
        out.forEach((text, i) => {
          const rec = OutputRecordSchema.parse(JSON.parse(text)) as { id: string; error?: { code: string; line?: number } };
          const want = expected[i];
          const got = rec.error?.code ?? null;
          if (rec.id !== want.id(want.n) || got !== want.error) {
            throw new Error(`line ${want.n}: want id ${JSON.stringify(want.id(want.n))} and ${want.error ?? 'a record'}, got ${JSON.stringify(rec.id)} and ${got ?? 'a record'}`);
          }
          if (rec.error && rec.error.code !== 'internal' && rec.error.line !== want.n) throw new Error(`line ${want.n}: the error record says line ${rec.error.line}`);
        });
        const status = expected.some((l) => l.error !== null) ? 1 : 0;
        if (r.status !== status) throw new Error(`exit status ${r.status}, want ${status}; stderr: ${r.stderr.slice(0, 300)}`);
        if (r.stderr !== '') throw new Error(`unexpected stderr with --quiet: ${r.stderr.slice(0, 300)}`);
      }),
      { numRuns: runs(8), endOnFailure: true } // no shrinking: each try spawns the CLI,
    );
  });
});
