// A very long line is parsed by compromise in pieces (it is quadratic on one huge sentence): the cuts
// fall after a sentence end or white space, and every term still slices exactly from the text. Our faster
// replacement of compromise's post-tagger sweep tags every term exactly as compromise's own does.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { MAX_PIECE, pieceCuts } from '../../src/analyse/index.js';
import { splitLines } from '../../src/analyse/lines.js';
import { compromiseBulkMatch, createBulkMatch, installSweep } from '../../src/analyse/sweep.js';
import { parse } from '../../src/analyse/parse.js';
import { analyseText, seedText } from '../helpers.js';

/** A sweep of the test's own (installSweep puts another into compromise). */
const bulkMatch = createBulkMatch();

describe('parsing a long line in pieces', () => {
  it('leaves a text of ordinary lines in one piece', () => {
    const text = seedText();
    expect(pieceCuts(text, splitLines(text))).toEqual([]);
  });

  it('cuts a long line of prose after sentence ends, and keeps every span exact', () => {
    const text = seedText().replace(/\n+/g, ' ').repeat(2);
    const cuts = pieceCuts(text, splitLines(text));
    expect(cuts.length).toBeGreaterThan(2);
    let from = 0;
    for (const c of cuts) {
      expect(c - from).toBeLessThanOrEqual(MAX_PIECE);
      expect(text.slice(c - 2, c)).toMatch(/^[.!?]\s$/);
      from = c;
    }
    const a = analyseText(text);
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(a.terms.map((t) => t.text)).toContain('Sudani');
  });

  it('cuts text without white space anywhere, never inside a surrogate pair', () => {
    const text = 'x' + '😀'.repeat(3000);
    const cuts = pieceCuts(text, splitLines(text));
    expect(cuts.length).toBeGreaterThan(4);
    for (const c of cuts) expect(text.charCodeAt(c - 1) >= 0xd800 && text.charCodeAt(c - 1) <= 0xdbff, `cut at ${c}`).toBe(false);
    const a = analyseText(text);
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("compromise's post-tagger sweep (src/analyse/sweep.ts)", () => {
  /** Every term's tags, parsed with one bulkMatch or the other in compromise. */
  function tagsWith(bulkMatch: unknown, text: string): string[] {
    nlp.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
    try {
      return (nlp(text).json({ terms: true }) as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms.map((t) => `${t.text}/${t.tags.join(',')}`));
    } finally {
      installSweep();
    }
  }

  it.each([
    ['an article', seedText()],
    ['commas', 'A, B, Abc, Smith, 12, 1,5, '.repeat(30)],
    ['one word a line', 'Abc\nSmith said.\n"X," said Smith.\nJanuary 2023\n'.repeat(20)],
    ['repeated fragments', 'x\rx\r'.repeat(200)],
  ])('tags %s exactly as compromise does', (_name, text) => {
    expect(tagsWith(bulkMatch, text)).toEqual(tagsWith(compromiseBulkMatch, text));
  });

  it('tries the same patterns, in the same order, with the same results', () => {
    // record the post-tagger's own calls, then replay each with both functions
    const calls: Parameters<typeof bulkMatch>[] = [];
    const spy = (...args: Parameters<typeof bulkMatch>) => (calls.push(args), bulkMatch(...args));
    tagsWith(spy, `${seedText()}\nA, B, Abc, Smith, 12,\nx\rx\rx\r`);
    expect(calls.length).toBeGreaterThan(0);
    const found = (f: typeof bulkMatch, args: Parameters<typeof bulkMatch>) => f(...args).map((x) => `${String(x.match)}@${x.pointer.join(':')}`);
    for (const args of calls) expect(found(bulkMatch, args)).toEqual(found(compromiseBulkMatch, args));
  });

  it('finds what compromise finds for patterns of every kind of first token, group, notIf and end', () => {
    // the sweep skips the starts where a pattern's first tokens cannot match: groups, notIf, `$`, blocks,
    // greedy and optional tokens, contractions and overlapping matches must all come out as compromise's
    const patterns = [
      '#Noun #Verb', '[#Noun] #Verb', '#Adjective [#Noun+]', '#Noun+ #Verb', '#Determiner #Adjective? [#Noun]',
      '(the|a) [#Noun]', '(#Noun && #Hyphenated) #Noun', '(#Noun|#Value) of', '#Noun #Noun$', '#Noun #Noun? $',
      '#Noun (said|says)$', 'we have', "we #Verb", '#Verb [.]', '#Noun .? #Verb', 'smith #Verb', '%Noun|Verb% #Noun',
      '#Value #Value', '#Value+', '[#Value] (million|billion)', '#Noun #Noun', '(#Noun|#Adjective) #Noun?',
    ];
    const net = nlp.buildNet([
      ...patterns.map((match) => ({ match, tag: 'Noun' })),
      { match: '#Noun #Noun', notIf: '#Pronoun', tag: 'Noun' },
      { match: '[#Determiner] #Noun', group: 0, notIf: '(the|this)', tag: 'Noun' },
      { match: '#Noun [#Noun]', group: 0, notIf: '#Plural', tag: 'Noun' },
      { match: '#Noun #Verb$', notIf: 'is', tag: 'Noun' },
    ] as unknown as Parameters<typeof nlp.buildNet>[0]);
    const texts = [
      seedText(),
      "We've said we'll go. Smith said the well-known tax rises were 3 million 4 billion dollars, Jones says. Wasn't it?",
      'the cat the dog the bird sat sat sat. A fish, a dog, three cats, 4 5 6 7 8 9 10, well-off farm-house roof-top.',
    ];
    const methods = nlp.methods() as unknown as Parameters<typeof bulkMatch>[2];
    const found = (f: typeof bulkMatch, document: unknown[][]) => f(document, net as never, methods).map((x) => `${String(x.match)}@${x.pointer.join(':')}`);
    let total = 0;
    for (const text of texts) {
      const document = (parse(text) as unknown as { document: unknown[][] }).document;
      const ours = found(bulkMatch, document);
      expect(ours).toEqual(found(compromiseBulkMatch, document));
      total += ours.length;
    }
    expect(total).toBeGreaterThan(50);
  });
});

describe('the parse without the chunker (src/analyse/parse.ts)', () => {
  const terms = (view: ReturnType<typeof nlp>) =>
    (view.json({ offset: true, terms: { offset: true } }) as { terms: { text: string; normal: string; pre: string; post: string; tags: string[]; offset: unknown }[] }[]).map((s) =>
      s.terms.map(({ text, normal, pre, post, tags, offset }) => ({ text, normal, pre, post, tags, offset })),
    );

  it.each([
    ['an article', seedText()],
    ['a line of names', 'Mr. Smith, Dr. Jones and Gen. Ali al-Sudani met in Baghdad on Friday.'],
    ['an empty text', ''],
  ])('gives %s the terms, tags and spans of nlp()', (_name, text) => {
    expect(terms(parse(text))).toEqual(terms(nlp(text)));
  });
});

describe('sentences glued by a lost space', () => {
  it('are parsed apart, with every span on the original text', async () => {
    const { unglue } = await import('../../src/analyse/glue.js');
    const text = 'A shooting in Wilmington, Delaware.The shooting occurred on Tuesday.A police officer heard shots. Mr. Smith saw it.';
    expect(unglue(text)).toHaveLength(text.length);
    expect(unglue(text)).toBe('A shooting in Wilmington, Delaware\nThe shooting occurred on Tuesday\nA police officer heard shots. Mr. Smith saw it.');
    const a = analyseText(text);
    const words = a.terms.map((t) => t.text);
    expect(words).toContain('Delaware');
    expect(words).toContain('Tuesday');
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(a.sentences.length).toBeGreaterThanOrEqual(3);
  });
});
