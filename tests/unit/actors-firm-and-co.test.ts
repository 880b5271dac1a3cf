import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A firm's name is not cut at "and"/"&" before a company's closing word (issue 15, a name cut at "and"/"&"):
// rule actor.org-firm-and-co.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .flatMap((a) => a.mentions.map((m) => ({ kind: a.kind, text: m.text, start: m.start, end: m.end, rule: m.rule })));

describe('actors-firm-and-co.test.ts: actor.org-firm-and-co', () => {
  it('"and Co" and "& Co" close one firm\'s name', () => {
    for (const name of ['Hallam Pryce and Co', 'Hallam Pryce & Co', 'Dorring Brothers and Co Ltd']) {
      const text = `Brokers at ${name} said on Tuesday that bond prices would fall .`;
      const start = text.indexOf(name);
      expect(mentions(text)).toContainEqual({ kind: 'organization', text: name, start, end: start + name.length, rule: 'actor.org-firm-and-co' });
    }
  });

  it('two firms joined by "and" stay two', () => {
    const ms = mentions('Dorring Motors Inc and Vallis Corp said on Tuesday they would merge .');
    expect(ms.some((m) => m.text === 'Dorring Motors Inc')).toBe(true);
    expect(ms.some((m) => m.text === 'Vallis Corp')).toBe(true);
    expect(ms.some((m) => m.rule === 'actor.org-firm-and-co')).toBe(false);
  });
});
