// Capitalised names anywhere in the text (src/extract/places/written-names.ts): the event's place of last resort.
import { describe, expect, it } from 'vitest';
import { writtenNames } from '../../src/extract/places/written-names.js';
import { analyseText } from '../helpers.js';

describe('written-names.test.ts: capitalised runs and their heads', () => {
  it('gives each run with its shorter heads, at the run\'s start, in text order', () => {
    const text = 'A boy was hurt.\n\nPhoto: Michael Ciaglo, Houston Chronicle\n';
    const names = writtenNames(analyseText(text));
    expect(names).toContainEqual({ name: 'Houston Chronicle', start: text.indexOf('Houston') });
    expect(names).toContainEqual({ name: 'Houston', start: text.indexOf('Houston') });
    expect(names).toContainEqual({ name: 'Michael Ciaglo', start: text.indexOf('Michael') });
    for (const n of names) expect(text.slice(n.start, n.start + n.name.length)).toBe(n.name);
  });

  it('a name glued into a web address still starts a run; a county\'s name is no town\'s', () => {
    const text = 'Subscribe to HoustonChronicle.com. The Montgomery County Sheriff said so.\n';
    const names = writtenNames(analyseText(text)).map((n) => n.name);
    expect(names).toContain('Houston');
    // a full stop after a name is no part of it
    expect(names).toContain('Sheriff');
    expect(writtenNames(analyseText('Photo: KSDK, St. Louis.')).map((n) => n.name)).toContain('St. Louis');
    expect(names).not.toContain('Montgomery');
    expect(names).not.toContain('Montgomery County');
  });

  it('a long run of capitalised words is cut into runs of at most three', () => {
    const names = writtenNames(analyseText('Aa '.repeat(3000) + 'x.')).filter((n) => n.name.split(' ').length === 3);
    expect(names.length).toBe(1000);
  });
});
