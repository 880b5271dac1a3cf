import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-participle-clause.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, speakerRule: q.speaker?.rule ?? null, rule: q.rule }));
}

// speaker.participle-nearest-clause: a participle (", saying ...") hangs on the nearest clause before it, whose own
// subject says it, not on the sentence's first subject.
describe(`quotes: a participle's speaker is the nearest clause's subject (${FILE})`, () => {
  it('"They vied for votes, each touting ... and saying ...": "each" says it (speaker.participle-nearest-clause)', () => {
    const got = quotesOf('Title\n\nThe two rivals vied for votes on Monday, each touting a long record and saying the other was unfit.\n');
    const hit = got.find((q) => q.text === 'the other was unfit');
    expect(hit, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe('each');
    expect(hit!.speakerRule).toBe('speaker.participle-nearest-clause');
  });

  it('an opening phrase up to its comma is no clause: "On a windy pier in the harbor, the singer waved ..., asking ..."', () => {
    const got = quotesOf('Title\n\nOn a windy pier in the harbor of the old town, the singer waved to the crowd before asking them, "Are you ready for the last song?"\n');
    const hit = got.find((q) => q.text.startsWith('Are you ready'));
    expect(hit, `${FILE}: ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe('the singer');
  });

  it('a sentence of one clause keeps its subject: "The mayor criticized the plan, saying ..."', () => {
    const got = quotesOf('Title\n\nThe mayor criticized the plan, saying the road was too costly.\n');
    expect(got.find((q) => q.text === 'the road was too costly')?.speaker).toBe('The mayor');
  });
});
