// Property: for any input string, extract() returns a record or (for a text that is no article: empty, NUL)
// throws NewsxInputError with the CLI's error code; the record validates against the schema, every span
// slices exactly from the text as given, and every id the record refers to exists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, EventRecordSchema, NewsxInputError, type EventRecord } from '../../src/index.js';
import { checkText } from '../../src/document.js';
import { hostileText, mutatedArticle, runs, SEED } from './arbitraries.js';

/** Checks one text; throws with a precise message on the first broken promise. */
export function checkRecord(text: string, published: string | null, explain: boolean): void {
  const verdict = checkText(text, 5_000_000);
  if (!verdict.ok) {
    let thrown: unknown = null;
    try {
      extract(text, { published, explain, id: 'prop' });
    } catch (e) {
      thrown = e;
    }
    if (!(thrown instanceof NewsxInputError) || thrown.code !== verdict.code) throw new Error(`expected NewsxInputError ${verdict.code}, got ${String(thrown)}`);
    return;
  }
  const record: EventRecord = extract(text, { published, explain, id: 'prop' });
  const failed = record.warnings.filter((w) => w.startsWith('stage_failed'));
  if (failed.length > 0) throw new Error(`a stage failed: ${failed.join('; ')}`);
  const parsed = EventRecordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`record does not validate: ${parsed.error.message.slice(0, 500)}`);
  const spans: [string, { text: string; start: number; end: number }][] = [
    ...record.dates.map((d) => [`date ${d.id}`, d] as [string, typeof d]),
    ...record.counts.map((c) => [`count ${c.id}`, c] as [string, typeof c]),
    ...record.quotes.map((q) => [`quote ${q.id}`, q] as [string, typeof q]),
    ...record.quotes.flatMap((q) => (q.speaker ? [[`speaker of ${q.id}`, q.speaker] as [string, typeof q.speaker]] : [])),
    ...record.places.flatMap((p) => p.mentions.map((m) => [`place ${p.id} (${p.name})`, m] as [string, typeof m])),
    ...record.actors.flatMap((a) => a.mentions.map((m) => [`actor ${a.id} (${a.name})`, m] as [string, typeof m])),
    ...(record.event ? [['event trigger', record.event.trigger] as [string, typeof record.event.trigger]] : []),
  ];
  for (const [what, s] of spans) {
    if (!(s.start <= s.end && s.end <= text.length) || text.slice(s.start, s.end) !== s.text) {
      throw new Error(`${what}: span [${s.start}, ${s.end}) is ${JSON.stringify(text.slice(s.start, s.end))}, item says ${JSON.stringify(s.text)}`);
    }
  }
  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const [dates, places, actors, counts] = [ids(record.dates), ids(record.places), ids(record.actors), ids(record.counts)];
  const e = record.event;
  const dangling = [
    ...(e?.date && !dates.has(e.date) ? [e.date] : []),
    ...(e?.location && !places.has(e.location) ? [e.location] : []),
    ...[...(e?.perpetrators ?? []), ...(e?.targets ?? []), ...(e?.victims ?? [])].filter((a) => !actors.has(a)),
    ...(e?.counts ?? []).filter((c) => !counts.has(c)),
    ...record.quotes.flatMap((q) => (q.speaker?.actor && !actors.has(q.speaker.actor) ? [q.speaker.actor] : [])),
  ];
  if (dangling.length > 0) throw new Error(`the record refers to missing items: ${dangling.join(', ')}`);
}

const published = fc.constantFrom<string | null>(null, '2023-12-08', '2024-02-29T23:59:59Z');

describe(`extract() on any string (fast-check seed ${SEED})`, () => {
  it('random Unicode: astral, combining, RTL, zero-width, lone surrogates, NUL, CRLF, BOM', () => {
    fc.assert(fc.property(hostileText, published, fc.boolean(), (text, pub, explain) => checkRecord(text, pub, explain)), { numRuns: runs(150) });
  });

  it('mutations of real articles', () => {
    fc.assert(fc.property(mutatedArticle, published, fc.boolean(), (text, pub, explain) => checkRecord(text, pub, explain)), { numRuns: runs(120) });
  });

  it('edge cases: empty, only white space, only marks', () => {
    for (const text of ['', ' ', '\n', '\r\n', '\uFEFF', '\u0000', '"', '“”', '\uD800', '\uDC00\uD800', '.', 'said', 'Mr.', '\u202E\u200B']) {
      expect(() => checkRecord(text, null, false), JSON.stringify(text)).not.toThrow();
    }
  });
});
