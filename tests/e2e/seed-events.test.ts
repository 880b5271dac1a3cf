// The seed article's events through the built CLI, as issue #17 says they must come out.
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../helpers.js';
import { newsx } from './cli-helpers.js';

let rec: any;
beforeAll(() => {
  const r = newsx([SEED_PATH, '--published', '2023-12-08', '--format', 'json', '--explain']);
  expect(r.status).toBe(0);
  rec = JSON.parse(r.stdout);
});

const name = (id: string): string => [...rec.actors, ...rec.places].find((x: any) => x.id === id)?.name;
const placeOf = (e: any): any => rec.places.find((p: any) => p.id === e.location);
const dateOf = (e: any): string | undefined => rec.dates.find((d: any) => d.id === e.date)?.value;

describe('seed-events.test.ts: every event of the seed article', () => {
  it('three reported fights, all dated 2023-12-08', () => {
    const reported = rec.events.filter((e: any) => e.status === 'reported');
    expect(reported).toHaveLength(3);
    for (const e of reported) {
      expect(e.type.code.slice(0, 2)).toBe('19');
      expect(dateOf(e)?.slice(0, 10)).toBe('2023-12-08');
    }
  });

  it('Baghdad: the militias fire Katyusha rockets at the US Embassy, nobody hurt; it is the main event', () => {
    const e = rec.events.find((x: any) => placeOf(x)?.name === 'Baghdad');
    expect(e).toBeTruthy();
    expect(e.perpetrators.map(name)).toEqual(['Iran-backed militias']);
    expect(e.targets.map(name)).toContain('US Embassy');
    expect(e.weapons).toEqual([expect.objectContaining({ text: 'Katyusha rockets', kind: 'rocket', count: 14 })]);
    expect(e.injured).toBe(0);
    expect(e.killed).toBe(0);
    expect(rec.event.id).toBe(e.id);
    // the lead's verb, not the headline's noun, and the headline, lead and recaps are its mentions
    expect(e.trigger.text).toBe('fired');
    expect(e.mentions.map((m: any) => m.text)).toEqual(expect.arrayContaining(['strike', 'fired', 'attack']));
  });

  it('al-Asaf airbase (IQ) and Conoco gas field (SY): the Islamic Resistance against US forces', () => {
    for (const [place, country] of [['al-Asaf airbase', 'IQ'], ['Conoco gas field', 'SY']]) {
      const e = rec.events.find((x: any) => placeOf(x)?.name === place);
      expect(e, place).toBeTruthy();
      expect(e.status).toBe('reported');
      expect(placeOf(e).country).toBe(country);
      expect(e.perpetrators.map(name)).toEqual(['Islamic Resistance']);
      expect(e.targets.map(name)).toEqual(['US forces']);
    }
  });

  it('"78 attacks" is a tally, and the Israel-Hamas conflict is never reported', () => {
    const tally = rec.events.filter((e: any) => e.status === 'tally');
    expect(tally.some((e: any) => e.mentions.some((m: any) => m.start === rec.counts.find((c: any) => c.value === 78).start + 'about 78 '.length))).toBe(true);
    for (const e of rec.events.filter((x: any) => x.status === 'reported')) {
      expect([...e.perpetrators, ...e.targets].map(name)).not.toContain('Hamas');
      expect(placeOf(e)?.name).not.toBe('Israel');
    }
  });

  it('the schema printed by `newsx schema` has events, statuses, weapons and named', () => {
    const r = newsx(['schema']);
    expect(r.status).toBe(0);
    const text = r.stdout;
    for (const word of ['"events"', '"reported"', '"background"', '"tally"', '"weapons"', '"named"', '"explosive"']) expect(text).toContain(word);
  });
});
