import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// In team sports a name in a player's career is a club, not a place (issue 15): actor.sports-team-transfer.
const record = (text: string) => extract(text, { published: REFERENCE, explain: true });
const mentions = (text: string) => record(text).actors
  .flatMap((a) => a.mentions.map((m) => ({ text: m.text, start: m.start, kind: a.kind, rule: m.rule })));

describe('actors-team-career.test.ts: actor.sports-team-transfer', () => {
  it('after "played for", "transferred to", and "from" after a transfer\'s verb', () => {
    const text = 'SOCCER - VELDMAN SIGNS .\nROME 1996-08-30\nVeldman , who played for Torvino , joined Lucca from Marvello on Friday .\nHe was transferred to Genoa in 1992 .\n';
    const got = mentions(text);
    for (const word of ['Torvino', 'Marvello', 'Genoa']) {
      expect(got, word).toContainEqual({ text: word, start: text.indexOf(word), kind: 'organization', rule: 'actor.sports-team-transfer' });
    }
    expect(record(text).places.map((p) => p.name)).not.toContain('Genoa');
  });

  it('not a country, not a town before a hyphen, not outside team sports', () => {
    const country = 'SOCCER - VELDMAN SIGNS .\nROME 1996-08-30\nVeldman played for Italy in 1994 and moved to Bergamo-based Lucca .\n';
    expect(mentions(country).filter((m) => m.rule === 'actor.sports-team-transfer')).toEqual([]);
    const prose = 'The company moved to Genoa in 1992 , and its chief transferred to Milan .\n';
    expect(mentions(prose).filter((m) => m.rule === 'actor.sports-team-transfer')).toEqual([]);
  });
});
