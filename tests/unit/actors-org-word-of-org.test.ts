import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A one-word name nothing read, that is a word of a longer organisation's name in the same document, is that
// organisation called short (issue 15, one-word organisation names): rule actor.org-word-of-org.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .flatMap((a) => a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, kind: a.kind, rule: m.rule })));

describe('actors-org-word-of-org.test.ts: actor.org-word-of-org', () => {
  it('the first word of an organisation named in full is the organisation', () => {
    const text = 'Shares in Varnokia Telecom fell 3 percent on Monday . Traders said Varnokia was hit by the weak results .';
    const start = text.lastIndexOf('Varnokia');
    expect(mentions(text)).toContainEqual({ text: 'Varnokia', start, end: start + 8, kind: 'organization', rule: 'actor.org-word-of-org' });
  });

  it('a word inside the name counts too', () => {
    const text = 'A fund run by Jasper Kovalt Capital lost money . Analysts said Kovalt had bet on oil .';
    const start = text.lastIndexOf('Kovalt');
    expect(mentions(text)).toContainEqual({ text: 'Kovalt', start, end: start + 6, kind: 'organization', rule: 'actor.org-word-of-org' });
  });

  it('not a common word, a city, a person\'s surname or in a sports report', () => {
    const texts = [
      'Shares in Varnokia Harvest Fund fell on Monday . Traders said Harvest was poor this year .',
      'Shares in Madrid Telecom Group fell on Monday . Traders in Madrid said the results were weak .',
      'The carrier Carl Vinson sailed on Monday , and Vinson and Enterprise were in the Gulf by Friday .',
      'SOCCER - VARNOKIA TELECOM CUP\nShares in Varnokia Telecom fell 3 percent on Monday . Traders said Varnokia was hit .',
    ];
    for (const text of texts) expect(mentions(text).filter((m) => m.rule === 'actor.org-word-of-org')).toEqual([]);
  });
});
