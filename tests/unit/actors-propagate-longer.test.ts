import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A name's own trailing words are not cut off by a shorter name the text gave elsewhere (issue 15, name boundaries):
// rule actor.doc-propagate-longer.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .flatMap((a) => a.mentions.map((m) => ({ kind: a.kind, text: m.text, start: m.start, end: m.end, rule: m.rule })));

describe('actors-propagate-longer.test.ts: actor.doc-propagate-longer', () => {
  it('a known firm opening a longer run of name words is the start of that longer name', () => {
    const text = 'Shares in Brennick Ltd rose 5 percent on Tuesday . Traders expect Brennick Shipping to report higher profits soon .';
    const ms = mentions(text);
    const start = text.indexOf('Brennick Shipping');
    expect(ms).toContainEqual({ kind: 'organization', text: 'Brennick Shipping', start, end: start + 'Brennick Shipping'.length, rule: 'actor.doc-propagate-longer' });
    expect(ms.some((m) => m.text === 'Brennick' && m.start === start)).toBe(false);
  });

  it('a place or a title after the known name is not part of it', () => {
    for (const text of [
      'Shares in Brennick Ltd rose 5 percent on Tuesday . Traders said the Brennick Jakarta office would close .',
      'Shares in Brennick Ltd rose 5 percent on Tuesday . Traders said Brennick Chairman John Avery would resign .',
    ]) {
      const ms = mentions(text);
      expect(ms.some((m) => m.rule === 'actor.doc-propagate-longer')).toBe(false);
      expect(ms.some((m) => m.kind === 'organization' && m.text === 'Brennick')).toBe(true);
    }
  });
});
