import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// Partners' names joined by "and"/"&" (and commas) and closed by a company's word are one firm, even when the first
// name reads as a person's (issue 15): passes/1-chunks.ts firmNameEnd, rule actor.org-firm-partners.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .flatMap((a) => a.mentions.map((m) => ({ kind: a.kind, text: m.text, start: m.start, end: m.end, rule: m.rule })));
const org = (text: string, name: string) => {
  const start = text.indexOf(name);
  return expect.objectContaining({ kind: 'organization', text: name, start, end: start + name.length });
};

describe('actors-firm-partners.test.ts: actor.org-firm-partners', () => {
  it('a person-like first name before "and" and a closed firm name is one firm', () => {
    const text = 'Shares in Walter and Nephew Plc rose 4 pence on Thursday , traders said .';
    expect(mentions(text)).toContainEqual(org(text, 'Walter and Nephew Plc'));
    expect(mentions(text).some((m) => m.kind === 'person')).toBe(false);
  });

  it('partners listed with commas and closed by "& Co" or "LLP" are one firm', () => {
    for (const name of ['Kettering , Dale & Co', 'Kettering, Dale and Holm LLP', 'Kettering , Dale & Holm LLP']) {
      const text = `The bid was advised by ${name} , the company said .`;
      expect(mentions(text)).toContainEqual(org(text, name));
    }
    const text = 'The bid was advised by Kettering, Dale and Holm LLP on Monday .';
    const name = 'Kettering, Dale and Holm LLP';
    const start = text.indexOf(name);
    expect(mentions(text)).toContainEqual({ kind: 'organization', text: name, start, end: start + name.length, rule: 'actor.org-firm-partners' });
  });

  it('two firms, a list of names, or a person and a firm stay apart', () => {
    const two = mentions('Dorring Savings Bank and Vallis Scientific Corp said on Tuesday they would merge .');
    expect(two.some((m) => m.text === 'Dorring Savings Bank')).toBe(true);
    expect(two.some((m) => m.text === 'Vallis Scientific Corp')).toBe(true);
    const list = mentions('It hired Kettering , Dale and Holm on Monday .');
    expect(list.some((m) => m.text.includes(','))).toBe(false);
    const person = mentions('Peter Walton and Brill Holdings signed the deal on Monday .');
    expect(person.some((m) => m.text.includes(' and '))).toBe(false);
  });
});
