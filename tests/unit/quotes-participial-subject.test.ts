import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-participial-subject.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker?.text ?? null, rule: q.rule, speakerRule: q.speaker?.rule ?? null }));
}

describe(`quotes: a participle's phrase between the subject and its cue (speaker.participial-subject) (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nThe hearing ended early. A lawyer representing the family said the video was clear.\n', 'the video was clear', 'A lawyer'],
    ['Title\n\nThe smell returned. Residents living near the old plant said the air was hard to breathe.\n', 'the air was hard to breathe', 'Residents'],
    ['Title\n\nThe curfew held. Marchers crossing the bridge chanted "No more!" for an hour.\n', 'No more!', 'Marchers'],
    ['Title\n\nThe bill passed. Officials speaking on condition of anonymity said the vote was close.\n', 'the vote was close', 'Officials'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
    expect(hit!.speakerRule).toBe('speaker.before-cue');
  });

  it('leaves a clause of its own before the cue alone ("voters who said", "noted that X appeared")', () => {
    const got = quotesOf('Title\n\nShe won among the voters living in cities who said the economy was weak.\n');
    expect(got.find((q) => q.speaker === 'the voters'), JSON.stringify(got)).toBeUndefined();
  });

  it('leaves a name right before the cue its subject ("Marchers greeting Mayor Tom Lee said")', () => {
    const got = quotesOf('Title\n\nThe march went on. Marchers greeting Mayor Tom Lee said the city was safe.\n');
    expect(got.find((q) => q.speaker === 'Marchers'), JSON.stringify(got)).toBeUndefined();
  });

  it('reads no past participle as one ("The call came after rival Tom Lee attacked ...")', () => {
    const got = quotesOf('Title\n\nThe mayor called for calm. The call came after rival Tom Lee attacked the police chief in a speech.\n');
    expect(got.find((q) => q.speaker === 'The call'), JSON.stringify(got)).toBeUndefined();
  });
});
