import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { findQuotedSpans, paragraphsOf } from '../../src/extract/quotes/marks.js';
import { looksLikeTitle } from '../../src/extract/quotes/refine.js';
import { splitLines } from '../../src/analyse/lines.js';
import { analyseText, expectExactSpans } from '../helpers.js';

/** One tagger for the file, as a pipeline keeps one (createPipeline). */
const { extract: extractQuotes } = createQuoteTagger();

const FILE = 'quotes-negative.test.ts';

describe(`quotes: what is not a quote (${FILE})`, () => {
  it.each<[string, string]>([
    ['scare quotes', 'Title\n\nThe so-called "peace plan" was dropped on Friday.\n'],
    ['a title in marks', 'Title\n\nShe appeared on “Face the Nation” last week.\n'],
    ['apostrophes', "Title\n\nIt's Singh's map of the '90s, and it was calmer.\n"],
    ['claiming responsibility is no speech', 'Title\n\nThe group claimed responsibility for the attack on the base.\n'],
    ['a cue with nothing reported', 'Title\n\nThe minister said nothing.\n'],
    ['"says" as part of a name', 'Title\n\nThe United States sent more troops to the region.\n'],
    ['a plural noun is no cue', 'Title\n\nVoters in swing states want change.\n'],
    ['a request to the public is no report', 'Title\n\nAnyone with information is asked to call police.\n'],
    ['criminal charges are no speech', 'Title\n\nHe faces several felony charges after the shooting.\n'],
    ['a cue inside a direct quote is not a second quote', 'Title\n\n“I think we said the war was over,” the general told reporters.\n'],
    ['a stage direction in marks', 'Title\n\n"(CROSSTALK.)\n\nBody text goes here.\n'],
    ['a heading in capitals in marks', 'Title\n\n“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n\nBody text goes here.\n'],
    ['a follow prompt in marks', 'Title\n\n"Follow Pam Key on Twitter @pamkeyNEN."\n'],
    ['marks of markup attributes', 'Title\n\n<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016\n\n">Rubio stadium event in Hialeah.<tweet/>.\n'],
  ])('%s', (_name, text) => {
    const a = analyseText(text);
    const qs = extractQuotes(a);
    if (_name === 'a cue inside a direct quote is not a second quote') {
      expect(qs.map((q) => q.text), FILE).toEqual(['I think we said the war was over,']);
    } else {
      expect(qs.map((q) => q.text), FILE).toEqual([]);
    }
  });

  it.each<[string, string, string]>([
    // a wish inside a report is the reporter's source's claim
    ['Title\n\nBut Megan Hester, a senior associate at the institute, said parents still want neighborhood schools.\n', 'parents still want neighborhood schools', 'Megan Hester'],
    // so is an expectation
    ['Title\n\nPhil Smith, a spokesman for the union, said the union expected production to improve at the mine.\n', 'the union expected production to improve at the mine', 'Phil Smith'],
    // and a proposal
    ['Title\n\nThe senator said Trump proposed a wall along the border.\n', 'Trump proposed a wall along the border', 'senator'],
  ])(`a report inside a reported clause is the outer speaker's: %j (${FILE})`, (text, quote, speaker) => {
    const qs = extractQuotes(analyseText(text));
    expect(qs.map((q) => q.text)).toEqual([quote]);
    expect(qs[0].speaker?.name ?? qs[0].speaker?.text).toContain(speaker);
  });

  it.each<[string, string, string]>([
    // marks inside what an earlier verb of saying reports: the outer speaker's words
    ['Title\n\nShe said Republican Donald Trump favors a “strongman approach.”\n', 'strongman approach.', 'She'],
    // a plain say/tell inside keeps its own speaker
    ['Title\n\nKevin Sullivan said the senators told him the bill was “dead.”\n', 'dead.', 'the senators'],
    // a clause of its own after a break keeps its own
    ['Title\n\nThe mayor spoke on Monday; the chief called the fire “an intentional act.”\n', 'an intentional act.', 'the chief'],
  ])(`marks inside a reported clause: %j (${FILE})`, (text, quote, speaker) => {
    const q = extractQuotes(analyseText(text)).find((x) => x.text === quote);
    expect(q?.speaker?.text).toBe(speaker);
  });

  it('leaves a speaker null when nobody can be named', () => {
    const qs = extractQuotes(analyseText('Title\n\n“Everything is fine.”\n'));
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBeNull();
  });
});

describe(`quotes: odd and hostile input (${FILE})`, () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['only marks', '"""""“”“”‘’‘’«»«»'],
    ['unclosed mark', 'Title\n\nHe said “this never ends\n\nand then more text.'],
    ['closing mark first', 'Title\n\n” he said “'],
    ['a lone apostrophe pair', "''"],
    ['cue at the very end', 'Title\n\nShe said'],
    ['cue at the very start', 'said'],
  ])('%s does not throw and keeps exact spans', (_name, text) => {
    const qs = extractQuotes(analyseText(text));
    expectExactSpans(text, qs);
  });

  it('stays linear on thousands of quotation marks', () => {
    const marks = '“a ”b "c \'d ‘e ’f « g » '.repeat(4000);
    const paras = paragraphsOf(splitLines(marks));
    const t0 = performance.now();
    const spans = findQuotedSpans(marks, paras);
    const ms = performance.now() - t0;
    expect(spans.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
  });

  it('stays linear on a long unclosed single-mark paragraph', () => {
    const text = "x 'a ".repeat(20000);
    const t0 = performance.now();
    findQuotedSpans(text, paragraphsOf(splitLines(text)));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe(`quotes: bounded work on run-on text (${FILE})`, () => {
  it('handles a very long sentence full of cues and commas quickly', () => {
    const text = 'Title\n\n' + 'he said, officials said, the plan, she added, '.repeat(1500) + 'and it ended.\n';
    const a = analyseText(text);
    const t0 = performance.now();
    const qs = extractQuotes(a);
    expect(performance.now() - t0).toBeLessThan(3000);
    expectExactSpans(text, qs);
  });

  it('handles a reported clause joined to a direct quote across a long run of blanks quickly', () => {
    const text = 'Title\n\nHe said the plan' + ' '.repeat(50000) + 'would fail and said, "We are done."\n';
    const a = analyseText(text);
    const t0 = performance.now();
    const qs = extractQuotes(a);
    expect(performance.now() - t0).toBeLessThan(3000);
    expectExactSpans(text, qs);
  });

  it('handles a paragraph of thousands of quotes quickly', () => {
    const text = 'Title\n\n' + '“Yes,” he said, “no.” '.repeat(3000) + '\n';
    const a = analyseText(text);
    const t0 = performance.now();
    const qs = extractQuotes(a);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(qs.length).toBeGreaterThan(1000);
    expectExactSpans(text, qs);
  });
});

describe(`quotes: titles in marks, on hostile text (${FILE})`, () => {
  it('tells a title from a long run of punctuation in linear time', () => {
    const text = `${'.'.repeat(50_000)}x`;
    const t0 = performance.now();
    expect(looksLikeTitle(text)).toBe(false);
    expect(looksLikeTitle('Face the Nation.')).toBe(true);
    // the former /[.,;:!?]+$/ took seconds on this text
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
