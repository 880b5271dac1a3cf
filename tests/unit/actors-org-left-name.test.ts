import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// An organisation's name whose first word was left out gets it back (issue 15, organisation spans): rule actor.org-left-name.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .filter((a) => a.kind !== 'person').flatMap((a) => a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule })));

describe('actors-org-left-name.test.ts: actor.org-left-name', () => {
  it('a capitalised word right before a university opens its name', () => {
    const text = "Students marched after the authorities closed N'Djamena University on Monday .";
    const ms = mentions(text);
    const start = text.indexOf("N'Djamena");
    expect(ms).toContainEqual({ text: "N'Djamena University", start, end: start + "N'Djamena University".length, rule: 'actor.org-left-name' });
    expect(ms.some((m) => m.text === 'University')).toBe(false);
  });

  it('a title, a nationality or a country before the name is not part of it', () => {
    for (const text of ['The French Bundesbank was cautious , officials said .', 'The rebels in Chad attacked the University on Monday .']) {
      expect(mentions(text).some((m) => m.rule === 'actor.org-left-name')).toBe(false);
    }
  });

  it('a describing adjective before the name is not part of it (lexicon/descriptor-adjectives.json)', () => {
    // lower-case wire copy, truecased: "the castroite eln" is the ELN described, not a group called "Castroite ELN"
    const text = 'a bomb planted by the castroite eln destroyed the pipeline. the army of national liberation (eln) claimed the attack.';
    const ms = mentions(text);
    expect(ms.some((m) => /castroite/i.test(m.text))).toBe(false);
    expect(ms.some((m) => m.text === 'eln')).toBe(true);
  });
});
