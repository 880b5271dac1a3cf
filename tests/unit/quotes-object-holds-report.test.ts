// A verb of saying whose object is a noun phrase holding a second report ("noted reports alleging that ...",
// "remarked upon a story in which aides said ...") reports that whole phrase, by the speaker before the verb.
import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-object-holds-report.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule }));
}

describe(`quotes: the outer report of an object that holds a report (${FILE})`, () => {
  it('reads "remarked upon a story in which ... said ..." as the outer speaker\'s report (quote.indirect-object-holds-report)', () => {
    const text = 'Title\n\nThe council met on Monday. At a town hall in Dover, Mayor Ellen Park remarked upon a local radio story in which union leaders said the mill would close next spring.\n';
    const got = quotesOf(text);
    const outer = got.find((q) => q.rule === 'quote.indirect-object-holds-report');
    expect(outer, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(outer?.text).toBe('a local radio story in which union leaders said the mill would close next spring');
    expect(outer?.speaker).toBe('Mayor Ellen Park');
    // the inner report (a plain verb of saying) is kept inside it
    expect(got.find((q) => q.text === 'the mill would close next spring')?.speaker).toBe('union leaders');
  });

  it('reads "noted published reports alleging that ..." as the outer speaker\'s report', () => {
    const text = 'Title\n\nThe hearing ended early. The defense brief noted published reports alleging that the witness claimed in 2019 that he had been paid.\n';
    const got = quotesOf(text);
    const outer = got.find((q) => q.rule === 'quote.indirect-object-holds-report');
    expect(outer?.text, `${FILE}: ${JSON.stringify(got)}`).toBe('published reports alleging that the witness claimed in 2019 that he had been paid');
    expect(outer?.speaker).toBe('The defense brief');
  });

  it('leaves an object that holds no report of its own to the other rules', () => {
    const text = 'Title\n\nThe hearing ended early. The judge remarked upon the long delay in the case.\n';
    expect(quotesOf(text).some((q) => q.rule === 'quote.indirect-object-holds-report')).toBe(false);
  });
});
