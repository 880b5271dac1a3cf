import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-set-off-subject.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker?.text ?? null, rule: q.rule }));
}

describe(`quotes: a phrase set off by commas between the subject and its cue (speaker.set-off-subject) (${FILE})`, () => {
  it.each<[string, string, string]>([
    // a relative clause after a conjunction
    ['Title\n\nMany leaders share these fears, but the coalition, which represents 20 million voters, wants to keep its policy.\n', 'to keep its policy', 'the coalition'],
    // a relative clause after an opening phrase
    ['Title\n\nIn a memo on Tuesday, Noah Oppenheim, who runs the show, told his staff that the segment was cancelled.\n', 'the segment was cancelled', 'Noah Oppenheim'],
    // a prepositional phrase, the subject no name (a leading clause word is trimmed, as for every speaker phrase)
    ['Title\n\nThat letter, on company letterhead, demanded that Roffman make a public apology.\n', 'Roffman make a public apology', 'letter'],
    // a phrase of "including"
    ['Title\n\nThe union backs her. Other major unions, including the teachers federation, have also endorsed Clinton in the race.\n', 'Clinton in the race', 'Other major unions'],
    // participles joined by "and" inside the set-off phrase
    ['Title\n\nThe message, sent to the chief of staff and forwarded to the minister, said the speech was critical.\n', 'the speech was critical', 'The message'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
  });

  it('takes no subject across a set-off clause of its own ("The museum, Mr. Bush said, celebrated ...")', () => {
    const got = quotesOf('Title\n\nThe museum, Mr. Bush said, celebrated several of his heroes.\n');
    expect(got.find((q) => q.speaker === 'The museum'), JSON.stringify(got)).toBeUndefined();
  });

  it('takes no object of a verb before the commas as the subject ("Voters backed Smith, who ..., and ...")', () => {
    const got = quotesOf('Title\n\nVoters backed Smith, a former mayor, said the report.\n');
    expect(got.find((q) => q.speaker === 'Smith'), JSON.stringify(got)).toBeUndefined();
  });
});

describe(`quotes: a comma before an inner closing mark ends the quoted clause (${FILE})`, () => {
  it('keeps a quote that ends ",’”" before its attribution direct', () => {
    const text = 'Title\n\nThe film is out.\n“This story is pushed by the media, with the labels of ‘criminal, super predator,’” Malkia Cyril, the director of the center, told reporters.\n';
    const got = quotesOf(text);
    const hit = got.find((q) => q.text.startsWith('This story'));
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit!.type).toBe('direct');
    expect(hit!.speaker).toBe('Malkia Cyril, the director of the center');
  });
});
