// count.not-age-described: an age told of a person whose head is no noun ("The other, 25,") or after "who was"
// ("three who were 17") is no count of people.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts/index.js';
import { FILTERS } from '../../src/extract/counts/filters.js';
import { analyseText } from '../helpers.js';

const AGES: [string, string][] = [
  ['Two men were shot. The other, 25, is in critical condition.', '25'],
  ['The second, 30, was hurt.', '30'],
  ['The first, 22, was shot in the leg.', '22'],
  ['The youngest, 14, was hurt.', '14'],
  ['Police said three who were 17 were shot.', '17'],
  ['The victim, who was 17, died at the scene.', '17'],
  ['The victims, who are 19 and 20, were taken to hospital.', '20'],
  ['A teen who is 16 was injured.', '16'],
];

const at = (text: string, n: string) => text.indexOf(n);

describe('counts-age-described.test.ts: ages are no counts', () => {
  it('the filter is registered with its id', () => {
    expect(FILTERS.map((f) => f.id)).toContain('count.not-age-described');
  });

  it.each(AGES)('%s has no count on %s', (text, n) => {
    const counts = extractCounts(analyseText(text));
    const i = at(text, n);
    expect(counts.filter((c) => c.start <= i && i < c.end)).toEqual([]);
  });

  it('keeps the people counted beside the age', () => {
    const counts = extractCounts(analyseText('Two men were shot. The other, 25, is in critical condition.'));
    expect(counts.map((c) => [c.text, c.value, c.category])).toEqual([['Two men', 2, 'injured']]);
  });

  it('still reads counts that are not set off as ages', () => {
    const a = extractCounts(analyseText('Of the victims, 3 died and 2 were hurt.'));
    expect(a.map((c) => [c.text, c.value, c.category])).toEqual([['3', 3, 'killed'], ['2', 2, 'injured']]);
    const b = extractCounts(analyseText('The victims, who were 3 men, fled.'));
    expect(b.map((c) => [c.text, c.value])).toEqual([['3 men', 3]]);
    const c = extractCounts(analyseText('The shooting left two dead, 3 wounded.'));
    expect(c.map((x) => [x.text, x.value, x.category])).toEqual([['two', 2, 'killed'], ['3', 3, 'injured']]);
  });
});
