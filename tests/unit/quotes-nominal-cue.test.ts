// A cue word right after an article ("a call for", "a hastily announced meeting") is a noun or an adjective: no
// speaker stands right before it (the article is no speaker); the clause's subject is its source.
import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-nominal-cue.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, speakerRule: q.speaker?.rule ?? null, verb: q.verb }));
}

describe(`quotes: a cue word after an article (${FILE})`, () => {
  it('takes the clause subject, not the article, as the speaker of "a call for"', () => {
    const text = 'Title\n\nGovernor Maria Lopez issued a call for the legislature to fund new schools on Tuesday.\n';
    const got = quotesOf(text);
    expect(got.filter((q) => /^(?:a|an|the)$/i.test(q.speaker ?? '')), `${FILE}: ${JSON.stringify(got)}`).toEqual([]);
    const q = got.find((x) => x.verb === 'call for');
    expect(q, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(q?.speaker).toBe('Governor Maria Lopez');
    expect(q?.speakerRule).toBe('speaker.clause-subject');
  });

  it('gives no article as the speaker of an adjective participle ("a hastily called, closed-door session")', () => {
    const text = 'Title\n\nAfter a hastily called, closed-door session, the council said that the budget would be cut.\n';
    const got = quotesOf(text);
    expect(got.filter((q) => /^(?:a|an|the)$/i.test(q.speaker ?? '')), `${FILE}: ${JSON.stringify(got)}`).toEqual([]);
    expect(got.find((q) => q.text === 'the budget would be cut')?.speaker).toBe('the council');
  });
});
