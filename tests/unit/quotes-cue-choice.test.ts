import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-cue-choice.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule, verb: q.verb }));
}

describe(`quotes: a cue inside a sentence's opening subordinate clause (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nDespite the constant media attacks, the mayor said that the new bridge would open in May.\n', 'the new bridge would open in May', 'the mayor'],
    ['Title\n\nWhile critics claim the plan costs too much, Mayor Lee said the city can afford it.\n', 'the city can afford it', 'Mayor Lee'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    // every quote that holds the main clause's content is the main speaker's
    const holding = got.filter((q) => q.text.includes(quote));
    expect(holding.length, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeGreaterThan(0);
    for (const q of holding) expect(q.speaker, `${FILE}: ${JSON.stringify(q)}`).toBe(speaker);
    expect(got.find((q) => q.text === quote)?.rule).toBe('quote.indirect-said-that');
  });

  it('leaves the marks to the main clause\'s speaker', () => {
    const got = quotesOf('Title\n\nDespite the perceived media attacks, Johnson said that “the bridge will open in May.”\n');
    expect(got.filter((q) => q.speaker !== 'Johnson'), `${FILE}: ${JSON.stringify(got)}`).toEqual([]);
    expect(got.map((q) => q.text)).toContain('the bridge will open in May.');
  });
});
