import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// actor.person-surname-country: a country's name that is the surname of a person the text names in full.
const record = (text: string) => extract(text, { published: REFERENCE, explain: true });

describe('actors-surname-country.test.ts: a country-named surname is the person', () => {
  it('"Jordan said" after "Neil Jordan" is Neil Jordan', () => {
    const text = 'The director Neil Jordan showed his film in Venice .\n" It is a hard story , " Jordan said .';
    const r = record(text);
    const jordan = r.actors.find((a) => a.kind === 'person' && a.mentions.some((m) => m.start === 78 && m.end === 84));
    expect(text.slice(78, 84)).toBe('Jordan');
    expect(jordan?.mentions.find((m) => m.start === 78)?.rule).toBe('actor.person-surname-country');
    expect(r.places.some((p) => p.mentions.some((m) => m.start === 78))).toBe(false);
  });
  it('"recognised Holland" after "Trevor Holland" is the man', () => {
    const text = 'Police hunted Trevor Holland on Friday .\nA woman recognised Holland in a shop .';
    const r = record(text);
    expect(text.slice(60, 67)).toBe('Holland');
    expect(r.actors.some((a) => a.kind === 'person' && a.mentions.some((m) => m.start === 60 && m.end === 67))).toBe(true);
  });
  it('with no person of that surname the country stays a place', () => {
    const text = 'Jordan said on Friday it would reopen its border with Iraq .';
    const r = record(text);
    expect(r.actors.some((a) => a.mentions.some((m) => m.start === 0 && m.end === 6))).toBe(false);
  });
});
