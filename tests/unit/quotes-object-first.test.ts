import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { FUNCTION_WORDS } from '../../src/extract/quotes/lexicon.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-object-first.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, speakerRule: q.speaker?.rule ?? null, rule: q.rule }));
}

// The lexicon list 'object-first-lemmas' (function-words.json): after "tell", "accuse", "praise" ... the phrase is
// the verb's object (its hearer or target), never its speaker.
describe(`quotes: no speaker after a verb whose object follows it (${FILE})`, () => {
  it('the list object-first-lemmas holds "tell" and not "say" or "ask" (which may stand before their speaker)', () => {
    const list = FUNCTION_WORDS['object-first-lemmas'];
    expect(list.has('tell')).toBe(true);
    expect(list.has('say')).toBe(false);
    expect(list.has('ask')).toBe(false);
  });

  it('", telling Tom Smith that “...”": the hearer is not the speaker; the clause subject says it', () => {
    const text = 'Title\n\nSeveral neighbors have also had harsh words for the builder, telling Tom Smith that "nobody asked us about the new road before it was built."\n';
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === 'nobody asked us about the new road before it was built.');
    expect(hit, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe('Several neighbors');
    expect(got.some((q) => q.speaker === 'Tom Smith')).toBe(false);
  });

  it('an inverted "said" still takes the name after it', () => {
    const got = quotesOf('Title\n\n"We will rebuild the bridge before winter comes," said Ann Lee.\n');
    expect(got.find((q) => q.text.startsWith('We will rebuild'))?.speaker).toBe('Ann Lee');
  });

  it('", warning residents that “...”": a hearer verb as a participle takes the clause subject, not its hearer', () => {
    const got = quotesOf('Title\n\nThe governor toured the flooded valley on Sunday, warning residents that "the dam could give way within hours."\n');
    const hit = got.find((q) => q.text === 'the dam could give way within hours.');
    expect(hit, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe('The governor');
  });

  it('", telling reporters that ...": a participle after a comma is a cue even where the tagger reads an adjective', () => {
    const got = quotesOf('Title\n\nThe governor toured the flooded valley on Sunday, telling reporters that the dam could give way within hours.\n');
    const hit = got.find((q) => q.text.startsWith('the dam could give way'));
    expect(hit, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe('The governor');
  });

  it('an inverted "warned" still takes the name after it', () => {
    const got = quotesOf('Title\n\n"The dam could give way within hours," warned Ann Lee.\n');
    expect(got.find((q) => q.text.startsWith('The dam'))?.speaker).toBe('Ann Lee');
  });
});
