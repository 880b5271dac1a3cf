import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-reduced-relative.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, speakerRule: q.speaker?.rule ?? null, rule: q.rule }));
}

describe(`quotes: a speaker with a relative clause of no relative word before the cue (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nThe farmers we spoke with said the harvest was late.\n', 'the harvest was late', 'The farmers we spoke with'],
    ['Title\n\nMost of the teachers I interviewed said the new schedule is too long.\n', 'the new schedule is too long', 'Most of the teachers I interviewed'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-said-that');
    expect(hit!.speaker).toBe(speaker);
    expect(hit!.speakerRule).toBe('speaker.before-cue');
  });

  it('reads no such speaker when the phrase before the pronoun is no noun phrase', () => {
    const got = quotesOf('Title\n\nYesterday he claimed they said the harvest was late.\n');
    expect(got.find((q) => q.speaker === 'Yesterday he claimed they')).toBeUndefined();
  });
});
