// src/resolve/overlaps.ts: a place named inside an organisation's proper name is part of that name.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('places inside actor names (src/resolve/overlaps.ts)', () => {
  it('drops "Europe" inside the name of an organisation, keeps it elsewhere', () => {
    const text = 'Monitors from the Organisation for Security and Cooperation in Europe arrived in Vienna.\nTalks in Europe go on.';
    const rec = extract(text, { published: '2023-12-08' });
    const europe = rec.places.find((p) => p.name === 'Europe');
    expect(europe?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Europe')]);
    expect(rec.actors.some((a) => a.name.startsWith('Organisation for Security'))).toBe(true);
  });

  it('keeps the country of a descriptive actor ("Iran-backed militias", "US forces")', () => {
    const rec = extract('Iran-backed militias fired rockets at US forces in Syria on Friday.', { published: '2023-12-08' });
    expect(rec.places.map((p) => p.country).sort()).toEqual(['IR', 'SY', 'US']);
  });

  it('gives a town\'s name to a company named in full before ("Magna" after "Magna International Inc"), not after "in"', () => {
    const text = 'Douglas & Lomason was acquired by Magna International Inc for $ 31 a share .\nMagna was up 1/8 on the New York Stock Exchange .\n' +
      'Wuxi Pirelli Co will build a plant in Wuxi .';
    const rec = extract(text, { published: '1996-08-30' });
    const magna = rec.actors.find((a) => a.name === 'Magna International Inc');
    expect(magna?.kind).toBe('organization');
    expect(magna?.mentions.map((m) => m.start)).toContain(text.indexOf('\nMagna') + 1);
    expect(rec.places.some((p) => p.mentions.some((m) => m.start === text.indexOf('\nMagna') + 1))).toBe(false);
    // after a preposition of place the town is meant
    expect(rec.places.some((p) => p.mentions.some((m) => m.start === text.lastIndexOf('Wuxi')))).toBe(true);
  });
});
