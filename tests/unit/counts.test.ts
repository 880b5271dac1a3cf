// Counts: number phrases with qualifier, counted noun (singular) and category; exact spans.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts/index.js';
import { analyseText, expectExactSpans, seedText } from '../helpers.js';

type Expect = { text: string; value: number; qualifier: string; unit: string | null; category: string; max?: number };

const count = (text: string, wanted: string) => {
  const a = analyseText(text);
  const counts = extractCounts(a);
  expectExactSpans(text, counts);
  return counts.find((c) => c.text === wanted);
};

const CASES: [string, Expect][] = [
  ['Roughly 14 Katyusha rockets were fired.', { text: 'Roughly 14 Katyusha rockets', value: 14, qualifier: 'approximate', unit: 'rocket', category: 'weapon' }],
  ['There are roughly 2,500 US troops in Iraq.', { text: 'roughly 2,500 US troops', value: 2500, qualifier: 'approximate', unit: 'troop', category: 'personnel' }],
  ['There had been about 78 attacks on US forces.', { text: 'about 78 attacks', value: 78, qualifier: 'approximate', unit: 'attack', category: 'attack' }],
  ['Police found between 20 and 30 shell casings.', { text: 'between 20 and 30 shell casings', value: 20, max: 30, qualifier: 'range', unit: 'casing', category: 'weapon' }],
  ['Officials said 10 to 15 people were detained.', { text: '10 to 15 people', value: 10, max: 15, qualifier: 'range', unit: 'person', category: 'arrested' }],
  ['At least fourteen people were killed in the blast.', { text: 'At least fourteen people', value: 14, qualifier: 'at_least', unit: 'person', category: 'killed' }],
  ['The raid left dozens of people injured.', { text: 'dozens of people', value: 24, qualifier: 'at_least', unit: 'person', category: 'injured' }],
  ['Up to 40 protesters were arrested on Friday.', { text: 'Up to 40 protesters', value: 40, qualifier: 'at_most', unit: 'protester', category: 'arrested' }],
  ['Police are investigating a shooting that left four people hospitalized.', { text: 'four people', value: 4, qualifier: 'exact', unit: 'person', category: 'injured' }],
  ['The gunman opened fire, killing 2 and wounding three others.', { text: '2', value: 2, qualifier: 'exact', unit: null, category: 'killed' }],
  ['The gunman opened fire, killing 2 and wounding three others.', { text: 'three others', value: 3, qualifier: 'exact', unit: 'other', category: 'injured' }],
  ['Two were wounded in the attack.', { text: 'Two', value: 2, qualifier: 'exact', unit: null, category: 'injured' }],
  ['A man was killed in the shooting on Main Street.', { text: 'A man', value: 1, qualifier: 'exact', unit: 'man', category: 'killed' }],
  ['An officer shot and killed a man on Friday.', { text: 'a man', value: 1, qualifier: 'exact', unit: 'man', category: 'killed' }],
  ['1 dead, 3 injured in overnight shooting', { text: '3', value: 3, qualifier: 'exact', unit: null, category: 'injured' }],
  ['Six children and two adults were fatally shot.', { text: 'Six children', value: 6, qualifier: 'exact', unit: 'child', category: 'killed' }],
  ['The suspect then killed himself.', { text: 'himself', value: 1, qualifier: 'exact', unit: null, category: 'killed' }],
  ['No injuries were reported but the attack caused damage.', { text: 'No injuries', value: 0, qualifier: 'exact', unit: 'injury', category: 'injured' }],
  ['Police said no one was hurt.', { text: 'no one', value: 0, qualifier: 'exact', unit: null, category: 'injured' }],
  ['An injured woman was found outside the house.', { text: 'An injured woman', value: 1, qualifier: 'exact', unit: 'woman', category: 'injured' }],
  ['Police found a dead man in the car.', { text: 'a dead man', value: 1, qualifier: 'exact', unit: 'man', category: 'killed' }],
  ['A 39-year-old woman, 21-year-old man and a 15-year-old girl are recovering from their injuries.', { text: 'A 39-year-old woman', value: 1, qualifier: 'exact', unit: 'woman', category: 'injured' }],
  ['A 39-year-old woman, 21-year-old man and a 15-year-old girl are recovering from their injuries.', { text: 'a 15-year-old girl', value: 1, qualifier: 'exact', unit: 'girl', category: 'injured' }],
  ['Two officers were treated for minor cuts.', { text: 'Two officers', value: 2, qualifier: 'exact', unit: 'officer', category: 'injured' }],
  ['13-year-old Pollok boy injured in accidental shooting\n\nThe boy was taken to a hospital.', { text: '13-year-old Pollok boy', value: 1, qualifier: 'exact', unit: 'boy', category: 'injured' }],
  ['Four young people - three teenagers and a 12 year old - are recovering after a shooting.', { text: 'Four young people', value: 4, qualifier: 'exact', unit: 'person', category: 'injured' }],
  ['The shooting claimed the life of a boy and put a 15-month-old girl in the hospital.', { text: 'a 15-month-old girl', value: 1, qualifier: 'exact', unit: 'girl', category: 'injured' }],
  ['A reward of $5,000 was offered.', { text: '$5,000', value: 5000, qualifier: 'exact', unit: 'dollar', category: 'money' }],
];

describe('counts.test.ts: counts with qualifier, unit and category', () => {
  it.each(CASES)('%s -> %j', (text, want) => {
    const c = count(text, want.text);
    expect(c, `counts.test.ts: ${text}`).toBeDefined();
    expect({ text: c!.text, value: c!.value, qualifier: c!.qualifier, unit: c!.unit, category: c!.category, ...(c!.max !== undefined ? { max: c!.max } : {}) }).toEqual(want);
    expect(text.indexOf(want.text)).toBe(c!.start);
  });

  it('seed article: the counts the brief names', () => {
    const text = seedText();
    const counts = extractCounts(analyseText(text));
    expectExactSpans(text, counts);
    const by = (t: string) => counts.find((c) => c.text === t);
    expect(by('Roughly 14 Katyusha rockets')).toMatchObject({ value: 14, qualifier: 'approximate', unit: 'rocket', category: 'weapon', rule: 'count.digits-noun' });
    expect(by('about 78 attacks')).toMatchObject({ value: 78, qualifier: 'approximate', unit: 'attack', category: 'attack' });
    expect(by('roughly 2,500 US troops')).toMatchObject({ value: 2500, qualifier: 'approximate', unit: 'troop', category: 'personnel' });
    expect(by('about 66 of our folks')).toMatchObject({ value: 66, qualifier: 'approximate', unit: 'folk', category: 'injured' });
    expect(by('around 900 others')).toMatchObject({ value: 900, qualifier: 'approximate', unit: 'other', category: 'people' });
    expect(by('No injuries')).toMatchObject({ value: 0, category: 'injured', rule: 'count.negated-noun' });
  });
});
