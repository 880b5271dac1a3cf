// The seed article through the CLI: what issue #2 says the record must show.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../helpers.js';
import { newsx } from './cli-helpers.js';

let rec: any;
beforeAll(() => {
  const r = newsx([SEED_PATH, '--published', '2023-12-08']);
  expect(r.status).toBe(0);
  rec = JSON.parse(r.stdout);
});

const dateOf = (text: string) => rec.dates.filter((d: any) => d.text === text).map((d: any) => d.value);
const actorNamed = (name: string) => rec.actors.find((a: any) => a.name === name);
const placeNamed = (name: string) => rec.places.find((p: any) => p.name === name);

describe('seed article record', () => {
  it('title is the headline', () => {
    expect(rec.title).toBe('Iran-backed militias strike US embassy in Baghdad, Middle East military bases');
  });

  it('resolves Friday, Oct. 17 and Dec. 4 against the publication date', () => {
    expect(dateOf('Friday')).toContain('2023-12-08');
    expect(dateOf('Oct. 17')).toEqual(['2023-10-17']);
    expect(dateOf('Dec. 4')).toEqual(['2023-12-04']);
  });

  it('counts rockets, attacks and troops', () => {
    const rockets = rec.counts.find((c: any) => c.unit === 'rocket');
    expect(rockets).toMatchObject({ value: 14, qualifier: 'approximate', category: 'weapon' });
    expect(rec.counts.find((c: any) => c.value === 78)).toMatchObject({ category: 'attack' });
    expect(rec.counts.find((c: any) => c.value === 2500)).toBeTruthy();
  });

  it('places Baghdad (IQ, with coordinates) and Syria (SY)', () => {
    const baghdad = placeNamed('Baghdad');
    expect(baghdad).toMatchObject({ kind: 'city', country: 'IQ' });
    expect(baghdad.lat).toBeCloseTo(33.34, 0);
    expect(baghdad.lon).toBeCloseTo(44.4, 0);
    expect(placeNamed('Syria')).toMatchObject({ kind: 'country', country: 'SY' });
  });

  it('has Sabrina Singh once with all three mentions, and al-Sudani with title and country', () => {
    const singh = rec.actors.filter((a: any) => /Singh/.test(a.name));
    expect(singh).toHaveLength(1);
    expect(singh[0]).toMatchObject({ name: 'Sabrina Singh', kind: 'person' });
    expect(singh[0].mentions.map((m: any) => m.text)).toEqual(['Sabrina Singh', 'Singh', 'Singh']);
    expect(actorNamed('Mohammed Shia al-Sudani')).toMatchObject({ kind: 'person', title: 'Prime Minister', country: 'IQ' });
  });

  it('takes nothing from captions, credit lines and boilerplate', () => {
    const text = readFileSync(SEED_PATH, 'utf8');
    const notContent = [
      'U.S. soldiers carry Iraqi and U.S. national flags during a ceremony to retire the flags',
      'Iran-backed militias fired a barrage of rockets at the US Embassy in Baghdad on Friday. REUTERS',
      'US Embassy across Tigris River',
      'The US Embassy is seen from across the Tigris River in Baghdad, Iraq. AP',
      'Source link',
    ].map((line) => [text.indexOf(line), text.indexOf(line) + line.length]);
    const spans = [
      ...rec.dates, ...rec.counts, ...rec.quotes,
      ...rec.places.flatMap((p: any) => p.mentions), ...rec.actors.flatMap((a: any) => a.mentions),
    ];
    for (const s of spans) for (const [a, b] of notContent) expect(s.end <= a || s.start >= b, JSON.stringify(s)).toBe(true);
    const names = rec.actors.map((a: any) => a.name.toUpperCase());
    expect(names).not.toContain('REUTERS');
    expect(names).not.toContain('AP');
  });

  it('attributes the quotes', () => {
    const sudani = actorNamed('Mohammed Shia al-Sudani');
    const singh = actorNamed('Sabrina Singh');
    const q1 = rec.quotes.find((q: any) => q.text.startsWith('targeting diplomatic missions'));
    expect(q1).toMatchObject({ type: 'direct', speaker: { name: 'Mohammed Shia al-Sudani', actor: sudani.id } });
    const q2 = rec.quotes.find((q: any) => q.text.includes('66 of our folks'));
    expect(q2).toMatchObject({ speaker: { name: 'Sabrina Singh', actor: singh.id, text: 'she' } });
    const partial = rec.quotes.filter((q: any) => q.type === 'partial').map((q: any) => q.text);
    expect(partial).toContain('it’s really hard');
    expect(partial.some((t: string) => t.startsWith('have like a day or two'))).toBe(true);
  });

  it('reports a CAMEO 19 event in Baghdad on 2023-12-08 by the militias, injured 0', () => {
    const e = rec.event;
    expect(e.type.code.slice(0, 2)).toBe('19');
    expect(rec.dates.find((d: any) => d.id === e.date).value).toBe('2023-12-08');
    expect(rec.places.find((p: any) => p.id === e.location).name).toBe('Baghdad');
    const perps = e.perpetrators.map((id: string) => rec.actors.find((a: any) => a.id === id).name);
    expect(perps.some((n: string) => /militia/i.test(n))).toBe(true);
    expect(e.injured).toBe(0);
  });
});
