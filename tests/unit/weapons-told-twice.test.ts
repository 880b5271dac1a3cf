// One weapon told twice is one weapon (issue #17): two mentions of one head in one event ("an explosive" ... "the
// explosives", "a grenade" ... "two grenades", "dynamite" ... "dynamite charges") give the event one weapon, kept with
// its first mention. Hand-written mixed-case sentences.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';
import { weaponHead } from '../../src/extract/weapons/index.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const weaponsOf = (r: EventRecord): string[][] => (r.events ?? []).map((e) => e.weapons.map((w) => w.text));

describe('weaponHead: the singular head of a weapon', () => {
  it('a plural in -es after a vowel drops only its s', () => {
    expect(weaponHead('explosives')).toBe('explosive');
    expect(weaponHead('hand grenades')).toBe('grenade');
    expect(weaponHead('Missiles')).toBe('missile');
    expect(weaponHead('rifles')).toBe('rifle');
  });
  it('a plain plural, a hiss plural and knives', () => {
    expect(weaponHead('car bombs')).toBe('bomb');
    expect(weaponHead('car-bomb')).toBe('bomb');
    expect(weaponHead('knives')).toBe('knife');
    expect(weaponHead('TNT')).toBe('tnt');
  });
  it('a noun counting a material gives the material', () => {
    expect(weaponHead('dynamite charges')).toBe('dynamite');
    expect(weaponHead('sticks of dynamite')).toBe('dynamite');
    expect(weaponHead('explosive device')).toBe('explosive');
    expect(weaponHead('dynamite')).toBe('dynamite');
  });
});

describe('one weapon told twice in one event', () => {
  it('"grenade" then "grenades" in the next sentence: one weapon, its first mention', () => {
    const r = run('Guerrillas attacked a police station in Tocoa with a grenade on Tuesday, wounding two officers. Witnesses said the attackers also fled with more grenades.');
    const ws = weaponsOf(r).flat().map((w) => w.toLowerCase());
    expect(ws.filter((w) => /grenade/.test(w))).toEqual(['grenade']);
  });
});
