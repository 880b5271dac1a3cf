// A wire report in capitals through the built CLI: it is read recased (src/analyse/truecase.ts), and the record
// quotes the document's own characters at the same offsets. Facts written by hand from the text below.
import { describe, expect, it } from 'vitest';
import { newsx, jsonLines } from './cli-helpers.js';
import { expectExactSpans } from '../helpers.js';

const TEXT =
  'SAN SALVADOR, 5 DEC 89 (RADIO CADENA) -- URBAN GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) ' +
  'TODAY ATTACKED A POWER STATION IN SOYAPANGO WITH DYNAMITE AND MACHINE GUNS, KILLING TWO SOLDIERS. POLICE SAID ' +
  "UNIDENTIFIED MEN ALSO SET FIRE TO A BUS AND BOMBED THE MAYOR'S RESIDENCE IN SAN MIGUEL.";

describe('a report in capitals', () => {
  const run = newsx(['--input', 'jsonl', '--format', 'jsonl', '--quiet'], JSON.stringify({ id: 'muc', published: '1989-12-05', text: TEXT }) + '\n');
  const [r] = jsonLines(run.stdout);

  it('finds its places, groups and weapons as in mixed case', () => {
    expect(run.status).toBe(0);
    expect(r.places.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['San Salvador', 'Soyapango', 'San Miguel']));
    // the group by its full name, its acronym in brackets a mention of it; the mentions quote the capitals
    const front = r.actors.find((a: { name: string }) => a.name === 'Farabundo Marti National Liberation Front');
    expect(front?.kind).toBe('organization');
    expect(front.mentions.map((m: { text: string }) => m.text)).toEqual(['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'FMLN']);
    const attack = r.events.find((e: { trigger: { text: string } }) => e.trigger.text === 'ATTACKED');
    expect(attack.weapons.map((w: { text: string; kind: string }) => [w.text, w.kind])).toEqual([['DYNAMITE', 'explosive'], ['MACHINE GUNS', 'firearm']]);
    expect(attack.killed).toBe(2);
    const station = r.places.find((p: { id: string }) => p.id === attack.targets[0]);
    expect(station).toMatchObject({ name: 'power station', kind: 'infrastructure' });
  });

  it("quotes the document's own characters at every span", () => {
    const items = [
      ...r.places.flatMap((p: { mentions: unknown[] }) => p.mentions),
      ...r.actors.flatMap((a: { mentions: unknown[] }) => a.mentions),
      ...r.dates,
      ...r.counts,
      ...r.events.map((e: { trigger: unknown }) => e.trigger),
      ...r.events.flatMap((e: { weapons: unknown[] }) => e.weapons),
    ];
    expect(items.length).toBeGreaterThan(10);
    expectExactSpans(TEXT, items);
    expect(r.event.sentence.text).toBe(TEXT.slice(r.event.sentence.start, r.event.sentence.end));
    expect(r.event.sentence.text.startsWith('SAN SALVADOR')).toBe(true);
  });
});
