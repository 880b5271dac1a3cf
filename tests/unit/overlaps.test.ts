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
});

describe('a town named like a company (src/resolve/overlaps.ts, resolve.town-named-company)', () => {
  it.each<[string, string]>([
    ['Magna International Inc said it would buy the firm. Magna shares rose 20 cents. Magna was up 1/8 in Toronto.', 'Magna'],
  ])('%j: %s is the company, Toronto stays a place', (text, name) => {
    const rec = extract(text, { published: '1996-08-30' });
    expect(rec.places.some((p) => p.mentions.some((m) => m.text === name))).toBe(false);
    const org = rec.actors.find((a) => a.kind !== 'person' && a.mentions.some((m) => m.text === name));
    expect(org?.mentions.filter((m) => m.text === name).length).toBe(2);
    expect(rec.places.some((p) => p.name === 'Toronto')).toBe(true);
  });

  it('keeps the town where no company of that name is told', () => {
    const rec = extract('Police in Magna , Utah , said two men were hurt on Friday.', { published: '1996-08-30' });
    expect(rec.places.some((p) => p.mentions.some((m) => m.text === 'Magna'))).toBe(true);
  });
});

describe('resolve.town-named-company keeps towns', () => {
  it.each<[string, string]>([
    ['Juvenile shot in arm in Duquesne\n\nDuquesne police said the boy was hurt.', 'Duquesne'],
    ['A man was shot in Newport News on Friday, Newport News police said.', 'Newport News'],
  ])('%j keeps %s a place', (text, name) => {
    const rec = extract(text, { published: '2017-03-01' });
    expect(rec.places.some((p) => p.mentions.some((m) => m.text === name))).toBe(true);
  });
});
