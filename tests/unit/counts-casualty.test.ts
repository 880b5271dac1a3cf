// Counts of casualties (issue #6): the casualty forms added to the count rules, with their rule ids.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

type Want = { text: string; value: number; unit: string | null; category: string; rule: string };

const CASES: [string, Want][] = [
  ['Police are investigating a fatal double shooting.', { text: 'double shooting', value: 2, unit: null, category: 'injured', rule: 'count.multiple-shooting' }],
  ['Detectives are working a triple homicide in the suburb.', { text: 'triple homicide', value: 3, unit: null, category: 'killed', rule: 'count.multiple-homicide' }],
  ['One victim survived.', { text: 'One victim', value: 1, unit: 'victim', category: 'injured', rule: 'count.casualty-after' }],
];

/** What is no casualty count: [text, the count's text, the category it must not have]. */
const NOT: [string, string, string][] = [
  ['Two young girls shot, killed by father', 'Two young girls', 'injured'],
  ['The two brothers survived by their mother were buried on Friday.', 'The two brothers', 'injured'],
];

describe('counts-casualty.test.ts: casualty counts', () => {
  it.each(CASES)('%s -> %j', (text, want) => {
    const counts = extractCounts(analyseText(text));
    expectExactSpans(text, counts);
    const c = counts.find((x) => x.text === want.text);
    expect(c, `counts-casualty.test.ts: ${text}`).toBeDefined();
    expect({ text: c!.text, value: c!.value, unit: c!.unit, category: c!.category, rule: c!.rule }).toEqual(want);
    expect(c!.start).toBe(text.indexOf(want.text));
  });

  it.each(NOT)('%s: %s is not %s', (text, wanted, category) => {
    const counts = extractCounts(analyseText(text));
    expect(counts.filter((c) => text.slice(c.start, c.end).includes(wanted.split(' ').pop()!) && c.category === category), `counts-casualty.test.ts: ${text}`).toEqual([]);
  });
});
