// The counts domain's shape (#20): one plain object of rules, refiners and lexicons; every id declared once;
// each rule (and each of its variants and casualty contexts) fires on a hand-written example; what a rule
// reads (shot, byName ...) travels as fields and never reaches the record.
import { describe, expect, it } from 'vitest';
import { countsDomain, extractCounts } from '../../src/extract/counts/index.js';
import { CONTEXT_RULES } from '../../src/extract/counts/context.js';
import { FILTERS } from '../../src/extract/counts/filters.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { analyseText, expectExactSpans, REFERENCE } from '../helpers.js';

const allIds = (): string[] => [...countsDomain.rules.map((r) => r.id), ...(countsDomain.ids ?? [])];

describe('counts-domain.test.ts: the domain object', () => {
  it('is named counts and has 10 rules, refiners and lexicons', () => {
    expect(countsDomain.name).toBe('counts');
    expect(countsDomain.rules).toHaveLength(10);
    expect(countsDomain.refiners.length).toBeGreaterThan(0);
    expect(Object.keys(countsDomain.lexicon).length).toBeGreaterThan(0);
  });

  it('declares every id once', () => {
    const ids = allIds();
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'counts-domain.test.ts: duplicate ids').toEqual([]);
  });

  it('every id is a count id', () => {
    for (const id of allIds()) expect(id, `counts-domain.test.ts: ${id}`).toMatch(/^count\.[a-z]+(?:-[a-z]+)*$/);
  });

  it('the not-a-count filters have their own ids, each once, none put on a count', () => {
    const ids = FILTERS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^count\.not-[a-z-]+$/);
    expect(ids.filter((id) => allIds().includes(id))).toEqual([]);
  });

  it('every lexicon says what its words are for and where they come from', () => {
    for (const [name, f] of Object.entries(countsDomain.lexicon) as [string, { about: string; source: string; entries: unknown }][]) {
      expect(f.about.length, `counts-domain.test.ts: ${name}.about`).toBeGreaterThan(10);
      expect(f.source, `counts-domain.test.ts: ${name}.source`).toBe('hand-written general vocabulary');
      expect(f.entries, `counts-domain.test.ts: ${name}.entries`).toBeTruthy();
    }
  });
});

/** [input, the id of the count it must give, its value, its text]. */
type Case = [input: string, rule: string, value: number, text: string];

/** One example per main rule (the first ten), then one per variant. */
const RULES: Case[] = [
  ['No one was hurt in the blast.', 'count.negated-pronoun', 0, 'No one'],
  ['There were no injuries.', 'count.negated-noun', 0, 'no injuries'],
  ['Police seized 14 rifles at the house.', 'count.digits-noun', 14, '14 rifles'],
  ['Police said a man was killed in the crash.', 'count.article-casualty', 1, 'a man'],
  ['The gunman later killed himself.', 'count.reflexive-casualty', 1, 'himself'],
  ['Detectives are working a triple homicide in the suburb.', 'count.multiple-homicide', 3, 'triple homicide'],
  ['He shot the victims, murdering four of them and wounding a fifth individual.', 'count.ordinal-casualty', 1, 'a fifth individual'],
  ['He shot his wife and then himself. Both died at the scene.', 'count.both-casualty', 2, 'Both'],
  ['Police said the victim is in stable condition.', 'count.definite-casualty', 1, 'victim'],
  ['Parish fired, killing Sarah Davidson at the store.', 'count.name-casualty', 1, 'Sarah Davidson'],
];

const VARIANTS: Case[] = [
  ['Nobody else was injured.', 'count.negated-pronoun-additional', 0, 'Nobody else'],
  ['No officers were hurt.', 'count.negated-casualty', 0, 'No officers'],
  ['There were no other deaths.', 'count.negated-additional', 0, 'no other deaths'],
  ['Fourteen rifles were seized.', 'count.words-noun', 14, 'Fourteen rifles'],
  ['The thieves took $500 from the till.', 'count.money', 500, '$500'],
  ['Police seized 10 to 15 rifles.', 'count.range', 10, '10 to 15 rifles'],
  ['Police seized dozens of rifles.', 'count.vague-quantity', 24, 'dozens of rifles'],
  ['Thousands march on the capital.', 'count.vague-subject', 2000, 'Thousands'],
  ['His co-actor, an 18-year-old Milwaukee man, was also shot.', 'count.article-shot', 1, 'an 18-year-old Milwaukee man'],
  ['Officers found an injured woman near the car.', 'count.article-adjective', 1, 'an injured woman'],
  ['Teen shot, killed by permit holder\n\nA teen was shot.', 'count.headline-casualty', 1, 'Teen'],
  ['Nine-Year-Old Struck By Gunshots In Dallas\n\nA child was hurt.', 'count.headline-shot', 1, 'Nine-Year-Old'],
  ['Police investigate the killing of teen in Dallas.', 'count.of-casualty', 1, 'teen'],
  ["Man Arrested in Shooting of Sheriff's Deputy\n\nHe was arrested.", 'count.of-shot', 1, "Sheriff's Deputy"],
  ['Porterville officer, suspect wounded in exchange of gunfire\n\nThe officer was shot.', 'count.list-casualty', 1, 'suspect'],
  ['Porterville officer, suspect shot in exchange of gunfire\n\nThe officer was hurt.', 'count.list-shot', 1, 'suspect'],
  ['A gunman killed a woman and her teenage son.', 'count.article-coordinated', 1, 'her teenage son'],
  ['A gunman shot a woman and her teenage son.', 'count.article-coordinated-shot', 1, 'her teenage son'],
  ['A man accidentally shot himself at home.', 'count.reflexive-shot', 1, 'himself'],
  ['He fatally shot himself and his 10-year-old son.', 'count.reflexive-and-casualty', 1, 'his 10-year-old son'],
  ['A man accidentally shot and wounded himself and his 10-year-old son.', 'count.reflexive-and-shot', 1, 'his 10-year-old son'],
  ['Police are investigating a fatal double shooting.', 'count.multiple-shooting', 2, 'double shooting'],
  ['He killed three people and then shot a fourth man.', 'count.ordinal-shot', 1, 'a fourth man'],
  ['Parish fired, shooting Sarah Davidson at the store.', 'count.name-shot', 1, 'Sarah Davidson'],
  ['Two men were found. Both men were shot in the legs.', 'count.both-shot', 2, 'Both men'],
  ['Police said the victim was shot in the leg.', 'count.definite-shot', 1, 'victim'],
  ['Garcia and one other teen survived the attack.', 'count.name-coordinated', 1, 'Garcia'],
];

/** The casualty contexts a number count takes its id from: one example each. */
const CONTEXTS: Case[] = [
  ['Two people were killed.', 'count.killed-after', 2, 'Two people'],
  ['Two people were wounded.', 'count.injured-after', 2, 'Two people'],
  ['Two people were shot.', 'count.shot-after', 2, 'Two people'],
  ['Two men were arrested.', 'count.arrested-after', 2, 'Two men'],
  ['Two tourists were kidnapped.', 'count.kidnapped-after', 2, 'Two tourists'],
  ['Two children are missing.', 'count.missing-after', 2, 'Two children'],
  ['Thousands were evacuated from the city.', 'count.displaced-after', 2000, 'Thousands'],
  ['The blast killed two people.', 'count.killed-before', 2, 'two people'],
  ['The blast injured two people.', 'count.injured-before', 2, 'two people'],
  ['The gunman shot two people.', 'count.shot-before', 2, 'two people'],
  ['A stray bullet struck two people.', 'count.struck-before', 2, 'two people'],
  ['Police arrested two men.', 'count.arrested-before', 2, 'two men'],
  ['Gunmen kidnapped two tourists.', 'count.kidnapped-before', 2, 'two tourists'],
];

/** The refiner's ids: coordinated people share what is said of them. */
const REFINED: Case[] = [
  ['Six children and two adults were killed.', 'count.coordinated', 6, 'Six children'],
  ['Six children and two adults were shot.', 'count.coordinated-shot', 6, 'Six children'],
];

describe('counts-domain.test.ts: each rule fires on its example', () => {
  it.each([...RULES, ...VARIANTS, ...CONTEXTS, ...REFINED])('%s -> %s %d', (text, rule, value, span) => {
    const counts = extractCounts(analyseText(text), countsDomain);
    expectExactSpans(text, counts);
    const c = counts.find((x) => x.rule === rule);
    expect(c, `counts-domain.test.ts: ${text} gives ${JSON.stringify(counts.map((x) => [x.text, x.rule]))}`).toBeDefined();
    expect([c!.text, c!.value, c!.start]).toEqual([span, value, text.indexOf(span)]);
  });

  it('the examples cover every id of the domain', () => {
    const covered = new Set([...RULES, ...VARIANTS, ...CONTEXTS, ...REFINED].map(([, rule]) => rule));
    expect(allIds().filter((id) => !covered.has(id)), 'counts-domain.test.ts: ids without an example').toEqual([]);
  });

  it('the main examples are the rules of the table, in order', () => {
    expect(RULES.map(([, rule]) => rule)).toEqual(countsDomain.rules.map((r) => r.id));
    expect(CONTEXT_RULES.map((r) => r.id)).toEqual(CONTEXTS.map(([, rule]) => rule));
  });

  it('a domain without a rule does not give its counts', () => {
    const domain = { ...countsDomain, rules: countsDomain.rules.filter((r) => r.id !== 'count.multiple-homicide') };
    const counts = extractCounts(analyseText('Detectives are working a triple homicide in the suburb.'), domain);
    expect(counts.filter((c) => c.rule.startsWith('count.multiple-'))).toEqual([]);
  });
});

describe('counts-domain.test.ts: meaning travels as fields', () => {
  it.each([
    ['Two people were shot.', 'Two people', { casualty: true, shot: true, carries: true }],
    ['Two people were killed.', 'Two people', { casualty: true }],
    ['Police are investigating a fatal double shooting.', 'double shooting', { casualty: true, shot: true, wholeEvent: true }],
    ['The gunman later killed himself.', 'himself', { casualty: true, reflexive: true }],
    ['Parish fired, killing Sarah Davidson at the store.', 'Sarah Davidson', { casualty: true, byName: true }],
    ['There were no other deaths.', 'no other deaths', { casualty: true, additional: true }],
    ['Six children and two adults were killed.', 'Six children', { carries: true, coordinated: true }],
    ['Police seized 14 rifles at the house.', '14 rifles', {}],
  ] as const)('%s: %s reads %j', (text, span, reading) => {
    const c = extractCounts(analyseText(text)).find((x) => x.text === span)!;
    const keys = ['casualty', 'shot', 'carries', 'coordinated', 'byName', 'reflexive', 'wholeEvent', 'additional'] as const;
    expect(Object.fromEntries(keys.filter((k) => c[k]).map((k) => [k, c[k]]))).toEqual(reading);
  });

  it('no reading reaches the record, with --explain or without', () => {
    const text = 'Two killed in shooting\n\nThe gunman shot four people, two fatally, and killed Ann Hart before he killed himself.\n';
    for (const explain of [true, false]) {
      const r = extractDocument(makeDocument(text, { published: REFERENCE }), { explain });
      expect(r.counts.length).toBeGreaterThan(0);
      for (const c of r.counts) {
        expect(Object.keys(c).sort(), `counts-domain.test.ts: ${c.text}`).toEqual(
          ['category', 'end', 'id', 'qualifier', 'start', 'text', 'unit', 'value', ...(explain ? ['rule'] : []), ...('max' in c ? ['max'] : [])].sort(),
        );
      }
      // the name is one person for the event's tally, not a count of the record
      expect(r.counts.some((c) => c.text === 'Ann Hart')).toBe(false);
    }
  });
});
