// Rules of the event stages, one short example each, written by hand (#20: every rule id reached by a test): the
// rule's id is on the --explain record, and one fact of the example holds.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { ruleIdsOf } from '../helpers.js';

const F = 'rules-reached.test.ts';

describe(`${F}: each rule on its own example`, () => {
  it.each<[string, string, string | null, (r: EventRecord) => unknown, unknown]>([
    ['event.date-none', 'A bomb killed three people in Baghdad.', null, (r) => r.event?.date, null],
    ['role.possessive', "The Taliban's attack on the base killed five soldiers in Kabul on Friday.", '2023-12-08', (r) => r.actors.find((a) => r.event?.perpetrators.includes(a.id))?.name, 'Taliban'],
    ['events.trigger-damage', 'A bomb damaged a bridge in Mosul on Friday.', '2023-12-08', (r) => r.places.some((p) => p.name === 'Mosul'), true],
    ['weapon.incendiary', 'Gunmen set fire to a house with a Molotov cocktail in Mosul on Friday.', '2023-12-08', (r) => (r.events ?? []).flatMap((e) => e.weapons).find((w) => w.kind === 'incendiary')?.text.includes('Molotov'), true],
    ['event.killed-negated', 'No one was killed in the blast in Kabul on Friday.', '2023-12-08', (r) => r.event?.killed, 0],
    ['time.midday', 'The shooting happened at midday in Dayton on Friday.', '2023-12-08', (r) => r.dates.find((d) => d.text === 'midday')?.value, '2023-12-08T12:00'],
    ['event.location-none', 'Police said they would attack the camp if it refused.', '2023-12-08', (r) => r.event?.location ?? null, null],
    ['role.premodifier-actor', 'A Taliban attack killed five soldiers in Kabul on Friday.', '2023-12-08', (r) => (r.events ?? []).filter((e) => !e.rules?.consequence).flatMap((e) => e.perpetrators).map((id) => r.actors.find((x) => x.id === id)?.name), ['Taliban']],
    ['participant.armed-men', 'Armed men attacked a village in Borno on Friday.', '2023-12-08', (r) => r.actors.find((a) => a.rule === 'participant.armed-men')?.name, 'Armed men'],
    ['place.gazetteer-town', 'A man was shot in Gnadenhutten, Ohio, on Friday.', '2023-12-08', (r) => r.places.find((p) => p.name === 'Gnadenhutten')?.admin1, 'Ohio'],
    ['event.killed-named-victims', 'John Smith, 34, was shot dead in Dayton on Friday.', '2023-12-08', (r) => r.event?.killed, 1],
    ['resolve.place-state-suffix', 'The attack happened in New York State on Friday.', '2023-12-08', (r) => r.places.map((p) => [p.name, p.kind]), [['New York', 'admin']]],
  ])('%s: %j', (rule, text, published, fact, expected) => {
    const r = extractDocument(makeDocument(text, { id: 't', published }), { explain: true });
    expect([...ruleIdsOf(r)], `${F}: ${rule}`).toContain(rule);
    expect(fact(r)).toEqual(expected);
  });
});
