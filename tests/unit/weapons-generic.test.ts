// A generic weapon word beside a specific weapon of its kind in one event is that weapon named twice (issue #17,
// role.weapon-generic): "the explosives" of a car bomb, "the bullets" of a submachine gun. Listed beside it
// ("explosives and grenades") or alone, it stays. Hand-written mixed-case sentences, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';
import { EVENTS_IDS } from '../../src/event/events/index.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const weapons = (r: EventRecord): string[] => (r.events ?? []).flatMap((e) => e.weapons.map((w) => w.text.toLowerCase()));
const ruleIds = (r: EventRecord): string[] => (r.events ?? []).flatMap((e) => Object.values(e.rules ?? {}));

describe('role.weapon-generic', () => {
  it('is the declared id', () => expect(EVENTS_IDS.weaponGeneric).toBe('role.weapon-generic'));
  it('the explosive material of a bomb attack that names its dynamite is the dynamite', () => {
    const r = run('Gunmen attacked the Quintana Bank in Pereira on Tuesday. They fled leaving behind the explosive material, which included dynamite and a grenade.');
    expect(weapons(r)).toEqual(expect.arrayContaining(['dynamite', 'grenade']));
    expect(weapons(r)).not.toContain('explosive');
    expect(ruleIds(r)).toContain('role.weapon-generic');
  });
  it('the bullets of a submachine gun are the gun', () => {
    const r = run('Two gunmen opened fire with a submachine gun on Judge Marta Ospina in Medellin on Friday. She was hit by 14 bullets as she ran.');
    expect(weapons(r)).toContain('submachine gun');
    expect(weapons(r)).not.toContain('bullets');
  });
  it('listed beside a specific weapon, a generic word stays', () => {
    const r = run('Rebels attacked the town hall of Tocoa with explosives and hand grenades on Sunday, wounding three guards.');
    expect(weapons(r)).toEqual(expect.arrayContaining(['explosives', 'hand grenades']));
  });
  it('alone, or beside a weapon of another kind, a generic word stays', () => {
    expect(weapons(run('An explosive went off at a bank in Quito on Monday, wounding two guards.'))).toContain('explosive');
    const r = run('Guerrillas fired rifles at the Esmeralda police post on Monday and set off explosives at its gate, killing a guard.');
    expect(weapons(r)).toEqual(expect.arrayContaining(['rifles', 'explosives']));
  });
});
