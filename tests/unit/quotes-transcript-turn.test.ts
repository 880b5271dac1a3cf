import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-transcript-turn.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker?.text ?? null, rule: q.rule }));
}

const DEBATE =
  'Debate transcript\n\nThe first debate, as transcribed.\n\nHOLT: Good evening from Hofstra University. We will talk about jobs.\n\n' +
  'TRUMP: Thank you, Lester. Our jobs are fleeing the country.\n\nMR. SMITH: Well, I think that is wrong.\n';

describe(`quotes: a transcript's turns outside marks (quote.transcript-turn) (${FILE})`, () => {
  it.each<[string, string]>([
    ['Good evening from Hofstra University. We will talk about jobs.', 'HOLT'],
    ['Thank you, Lester. Our jobs are fleeing the country.', 'TRUMP'],
    ['Well, I think that is wrong.', 'MR. SMITH'],
  ])('%j is the turn of %j, typed direct', (quote, speaker) => {
    const got = quotesOf(DEBATE);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
    expect(hit!.type).toBe('direct');
    expect(hit!.rule).toBe('quote.transcript-turn');
  });

  it("reads an interview's Q: and A: paragraphs as turns", () => {
    const got = quotesOf('Interview\n\nWe spoke with the mayor.\n\nQ: What is your plan for the city?\n\nA: We will build more housing and fix the roads.\n');
    expect(got.find((q) => q.text === 'What is your plan for the city?')?.speaker, JSON.stringify(got)).toBe('Q');
    expect(got.find((q) => q.text === 'We will build more housing and fix the roads.')?.speaker, JSON.stringify(got)).toBe('A');
  });

  it('reads no fact box as turns ("WHAT: ...", "WHERE: ...", "WHEN: ...")', () => {
    const got = quotesOf(
      'Concert in the park\n\nThe city will hold a free concert this week.\n\nWHAT: A free concert by the city orchestra.\n\n' +
        'WHERE: Central Park, near the lake.\n\nWHEN: Friday at 7 p.m.\n\nTICKETS: Free.\n',
    );
    expect(got.find((q) => q.rule === 'quote.transcript-turn'), JSON.stringify(got)).toBeUndefined();
  });

  it('reads no single labelled paragraph as a turn ("CLARIFICATION: ...")', () => {
    const got = quotesOf('Title\n\nCLARIFICATION: The first sentence has been clarified to reflect the vote.\n\nThe senator left early.\n');
    expect(got.find((q) => q.rule === 'quote.transcript-turn'), JSON.stringify(got)).toBeUndefined();
  });

  it('reads no editorial label as a speaker ("UPDATE:", "WATCH:")', () => {
    const got = quotesOf('Title\n\nUPDATE: The vote was delayed until Friday.\n\nWATCH: The senator leaves the chamber.\n');
    expect(got.find((q) => q.rule === 'quote.transcript-turn'), JSON.stringify(got)).toBeUndefined();
  });
});
