// Weapons and physical targets of attacks (issue #17): a weapon taken from someone is no weapon of an event
// (role.weapon-seized). Hand-written mixed-case sentences, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';
import { EVENTS_IDS } from '../../src/event/events/index.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const weapons = (r: EventRecord): string[] => (r.events ?? []).flatMap((e) => e.weapons.map((w) => w.text.toLowerCase()));

describe('role.weapon-seized', () => {
  it('is the declared id', () => expect(EVENTS_IDS.weaponSeized).toBe('role.weapon-seized'));
  it('a weapon seized after an attack is none of its weapons', () => {
    const r = run('Gunmen attacked a police post in Cali on Tuesday. Soldiers later seized a pistol and two grenades from one of the attackers.');
    expect(weapons(r)).not.toContain('pistol');
    expect(weapons(r)).not.toContain('grenades');
  });
  it('a list of weapons confiscated runs on across commas', () => {
    const r = run('Rebels attacked an army convoy near Tocoa on Monday, wounding three soldiers. Troops raided a safe house and confiscated 3 rifles, 200 cartridges, 4 sticks of dynamite and other explosives.');
    expect(weapons(r)).toEqual([]);
  });
  it('a passive verb of taking after the weapon', () => {
    const r = run('Guerrillas clashed with an army patrol near Suchitoto on Friday, and one rifle and a radio were captured.');
    expect(weapons(r)).not.toContain('rifle');
  });
  it('a weapon used in the attack stays', () => {
    const r = run('Gunmen attacked a police post in Cali with rifles and grenades on Tuesday.');
    expect(weapons(r)).toEqual(expect.arrayContaining(['rifles', 'grenades']));
  });
  it('a clause break ends the taking: the weapon used later stays', () => {
    const r = run('The rebels seized a truck, which they later blew up with dynamite at the town hall.');
    expect(weapons(r)).toContain('dynamite');
  });
});
describe('thing.head: a count is no part of the thing', () => {
  it('the number before a thing is left out of its words', () => {
    const things = (text: string): string[] => {
      const r = run(text);
      return (r.events ?? []).flatMap((e) => e.targets.map((id) => r.places.find((p) => p.id === id)?.mentions?.[0]?.text ?? ''));
    };
    expect(things('Rebels burned nine buses in Usulutan on Sunday.')).toEqual(['buses']);
    expect(things('Guerrillas attacked many houses in Usulutan on Sunday.')).toEqual(['houses']);
    expect(things('Guerrillas attacked the two embassies in Lima on Sunday.')).toEqual(['embassies']);
  });
});
