// The one rule runner (src/extract/runner.ts) and its term patterns (src/extract/term-pattern.ts): text rules and
// term rules, optional and repeated steps, spans and ids; hostile input finishes fast; and the domains that run on
// it (participants, things, weapons) on hand-written examples.
import { describe, expect, it } from 'vitest';
import { analyseText, expectExactSpans } from '../helpers.js';
import type { Analysis, Term } from '../../src/analyse/index.js';
import { compileRules, nestedQuantifier, type Rule, type TermMatch } from '../../src/extract/runner.js';
import { compileTermPattern } from '../../src/extract/term-pattern.js';
import { extractParticipants } from '../../src/extract/participants/index.js';
import { extractThings } from '../../src/extract/things/index.js';
import { extractWeapons } from '../../src/extract/weapons/index.js';

const F = 'runner.test.ts';

type Found = { text: string; start: number; end: number; note?: string };
const found = (m: { text: string; start: number; end: number }, note?: string): Found => ({ text: m.text, start: m.start, end: m.end, ...(note ? { note } : {}) });
const run = (rules: readonly Rule<Found>[], a: Analysis): Array<Found & { id: string }> => compileRules(rules).run(a, a).map((h) => ({ ...h.value, id: h.rule.id }));

describe(`${F}: text rules`, () => {
  const a = analyseText('Two gunmen fired at 3 p.m. and 4 p.m. on Friday.');

  it('give each match its span, its groups and the id of the rule that took it', () => {
    const rules: Rule<Found>[] = [{ id: 'test.clock', text: /\b(\d{1,2}) p\.m\./, build: (m) => found(m, m.m[1]) }];
    const hits = run(rules, a);
    expect(hits, F).toEqual([
      { text: '3 p.m.', start: 20, end: 26, note: '3', id: 'test.clock' },
      { text: '4 p.m.', start: 31, end: 37, note: '4', id: 'test.clock' },
    ]);
    expectExactSpans(a.text, hits);
  });

  it('try the rules that share one pattern in table order at each match: the first that builds takes it', () => {
    const clock = /\b(\d{1,2}) p\.m\./g;
    const rules: Rule<Found>[] = [
      { id: 'test.three', text: clock, build: (m) => (m.m[1] === '3' ? found(m) : null) },
      { id: 'test.any', text: clock, build: (m) => found(m) },
      { id: 'test.day', text: /\bFriday\b/, build: (m) => found(m) },
    ];
    // pattern by pattern: both clock hits (each by the first rule that took it), then the day
    expect(run(rules, a).map((h) => `${h.id}:${h.text}`), F).toEqual(['test.three:3 p.m.', 'test.any:4 p.m.', 'test.day:Friday']);
  });

  it('scan on after a match nobody took, and run again on the next document from the start', () => {
    const rules: Rule<Found>[] = [{ id: 'test.none', text: /\d/, build: () => null }, { id: 'test.word', text: /\b[a-z]+\b/i, build: (m) => (m.text === 'Friday' ? found(m) : null) }];
    const compiled = compileRules(rules);
    expect(compiled.run(a, a).map((h) => h.value.text), F).toEqual(['Friday']);
    expect(compiled.run(a, a).map((h) => h.value.text), `${F}: second run`).toEqual(['Friday']);
  });

  it('refuse a regular expression that repeats a repetition without bound', () => {
    expect(nestedQuantifier('(?:\\w+\\s?)+'), F).toBe(true);
    expect(nestedQuantifier('(a*)*'), F).toBe(true);
    expect(nestedQuantifier('(?:x(?:ab+)?){2,}'), F).toBe(true);
    expect(nestedQuantifier('(?:[\\w-]+\\s+){0,3}head'), F).toBe(false);
    expect(nestedQuantifier('[(+]+(?:a|b)\\+*'), F).toBe(false);
    expect(nestedQuantifier('(?<![\\p{L}\\p{N}])(?:\\d+)(?=\\s)'), F).toBe(false);
    expect(() => compileRules([{ id: 'test.bad', text: /(?:\w+\s?)+$/, build: () => null }]), F).toThrow(/test\.bad/);
  });
});

describe(`${F}: term rules`, () => {
  const DETS = new Set(['the', 'a', 'two', 'three']);
  const HEADS = new Set(['gunmen', 'car', 'men', 'man']);
  const phrase: Rule<Found> = {
    id: 'test.phrase',
    terms: [{ in: DETS, optional: true }, { tag: 'Adjective', min: 0, max: 3 }, { in: HEADS }],
    build: (m: TermMatch) => found(m, m.parts.map(([from, to]) => to - from).join(',')),
  };

  it('match a sequence of term tests, with an optional step and a bounded repetition, and give each step its terms', () => {
    const a = analyseText('Two armed young men shot a man. The old blue car burned.');
    const hits = run([phrase], a);
    // the notes count the terms each step took: determiner, adjectives, head
    expect(hits, F).toEqual([
      { text: 'Two armed young men', start: 0, end: 19, note: '1,2,1', id: 'test.phrase' },
      { text: 'a man', start: 25, end: 30, note: '1,0,1', id: 'test.phrase' },
      { text: 'The old blue car', start: 32, end: 48, note: '1,2,1', id: 'test.phrase' },
    ]);
    expectExactSpans(a.text, hits);
  });

  it('take no more than the bound, greedily and without going back: a longer run matches from a later term', () => {
    const a = analyseText('The big red old new car burned.');
    expect(a.terms.slice(1, 5).every((t) => t.tags.has('Adjective')), `${F}: the adjectives are tagged as such`).toBe(true);
    expect(run([phrase], a).map((h) => h.text), F).toEqual(['red old new car']);
  });

  it('read the word itself, a regular expression on its normal form, and a tag that must be absent', () => {
    const a = analyseText('Police arrested 14 men and Smith on Friday.');
    const rule: Rule<Found> = {
      id: 'test.count',
      terms: [{ re: /^\d+$/ }, { word: 'men', notTag: 'Singular' }, { word: 'and', optional: true }, { tag: 'Person', notTag: 'Date', min: 0, max: 2 }],
      build: (m) => found(m),
    };
    expect(run([rule], a), F).toEqual([{ text: '14 men and Smith', start: 16, end: 32, id: 'test.count' }]);
  });

  it('never reach across a sentence end, and take no empty match', () => {
    const a = analyseText('He saw two. Men fled.');
    const rule: Rule<Found> = { id: 'test.two-men', terms: [{ word: 'two' }, { word: 'men' }], build: (m) => found(m) };
    expect(run([rule], a), F).toEqual([]);
    const empty: Rule<Found> = { id: 'test.empty', terms: [{ word: 'nothing', optional: true }], build: (m) => found(m) };
    expect(run([empty], a), F).toEqual([]);
  });

  it('refuse a step without a bound in range', () => {
    expect(() => compileTermPattern([]), F).toThrow();
    expect(() => compileTermPattern([{ tag: 'Noun', max: 1000 }]), F).toThrow();
    expect(() => compileTermPattern([{ tag: 'Noun', min: 3, max: 2 }]), F).toThrow();
  });
});

describe(`${F}: hostile input finishes fast`, () => {
  const texts = ['a'.repeat(50_000), 'a '.repeat(25_000), 'men '.repeat(12_500), 'the armed '.repeat(5_000), "the mayor's ".repeat(4_000) + 'x', '- '.repeat(25_000)];
  const fake = (text: string): Analysis => ({ text, terms: [] }) as unknown as Analysis;

  it.each(texts.map((t, i) => [i, t] as const))('text %i: the participants, things and weapons rules', (_i, text) => {
    const t0 = performance.now();
    extractParticipants(fake(text));
    extractThings(fake(text));
    extractWeapons(fake(text));
    expect(performance.now() - t0, `${F}: ms`).toBeLessThan(2000);
  });

  it('a term rule over 50,000 terms that almost match', () => {
    const tags: ReadonlySet<string> = new Set(['Adjective']);
    const terms: Term[] = Array.from({ length: 50_000 }, (_, i) => ({ i, text: 'old', normal: 'old', start: i * 4, end: i * 4 + 3, pre: '', post: ' ', tags, sentence: 0 }));
    const a = { text: 'old '.repeat(50_000), terms } as unknown as Analysis;
    const rule: Rule<Found> = { id: 'test.hostile', terms: [{ tag: 'Adjective', min: 0, max: 50 }, { word: 'car' }], build: (m) => found(m) };
    const t0 = performance.now();
    expect(run([rule], a), F).toEqual([]);
    expect(performance.now() - t0, `${F}: ms`).toBeLessThan(2000);
  });
});

describe(`${F}: the domains on the runner, by hand`, () => {
  const text = "Two armed men on a motorcycle fired 14 Katyusha rockets at the mayor's residence. The gunmen then rammed his car into a church.";
  const a = analyseText(text);

  it('participants: a description and its armed variant, with span, count and rule', () => {
    const p = extractParticipants(a);
    expectExactSpans(text, p);
    expect(p.map((x) => [x.text, x.start, x.count ?? null, x.leaning, x.rule]), F).toEqual([
      ['Two armed men on a motorcycle', 0, 2, 'perpetrator', 'participant.armed-men'],
      ['the mayor', 59, null, 'person', 'participant.description'],
      ['The gunmen', 82, null, 'perpetrator', 'participant.description'],
    ]);
  });

  it('things: the head with the words before it that belong to the thing', () => {
    const t = extractThings(a);
    expectExactSpans(text, t);
    expect(t.map((x) => [x.text, x.start, x.kind, x.rule]), F).toEqual([
      // a thing inside a description ("two armed men on a motorcycle"): the events pass keeps the longer description
      ['a motorcycle', 17, 'vehicle', 'thing.head'],
      ["the mayor's residence", 59, 'building', 'thing.head'],
      ['his car', 105, 'vehicle', 'thing.head'],
      ['a church', 118, 'building', 'thing.head'],
    ]);
    // a head read as an adverb or an expression is no thing ("as well", "very well"); a noun stays one ("an oil well")
    const w = 'They burned a bus as well. You know very well who bombed an oil well.';
    expect(extractThings(analyseText(w)).map((x) => [x.text, x.start]), F).toEqual([['a bus', 12], ['an oil well', 57]]);
    // a name in quotes between the determiner and the head is the thing's ("the \"Santo Tomas\" presidential farm")
    const q = 'Guerrillas attacked the "Santo Tomas" presidential farm.';
    expect(extractThings(analyseText(q)).map((x) => [x.text, x.start]), F).toEqual([['the "Santo Tomas" presidential farm', 20]]);
  });

  it('weapons: the rule of the word\'s kind, the type in front, the count, and a vehicle driven into a thing, in text order', () => {
    const w = extractWeapons(a);
    expectExactSpans(text, w);
    expect(w.map((x) => [x.text, x.start, x.kind, x.count ?? null, x.rule]), F).toEqual([
      ['Katyusha', 39, 'rocket', 14, 'weapon.rocket'],
      ['Katyusha rockets', 39, 'rocket', 14, 'weapon.rocket'],
      ['car', 109, 'vehicle', 1, 'weapon.vehicle'],
    ]);
    expect(extractWeapons(analyseText('A friend of mine works in the gold mine.')), `${F}: no weapon`).toEqual([]);
  });
});
