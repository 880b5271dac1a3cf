// Weapon rules as data: one per kind of weapon, each with a stable id (shown by --explain). A word of the
// weapons lexicon (lexicon/words.json) makes a mention of its kind's rule; a vehicle driven into people or
// things is its own rule.
import type { WeaponKind } from '../../record/schema.js';

export interface WeaponRule {
  readonly id: string;
  /** The kind the rule's mentions have. */
  readonly kind: WeaponKind;
  readonly about: string;
}

export const WEAPON_RULES: readonly WeaponRule[] = [
  { id: 'weapon.explosive', kind: 'explosive', about: 'a bomb, explosive, grenade or mine' },
  { id: 'weapon.rocket', kind: 'rocket', about: 'a rocket, missile, mortar or shell' },
  { id: 'weapon.firearm', kind: 'firearm', about: 'a gun, rifle, pistol, or their fire' },
  { id: 'weapon.incendiary', kind: 'incendiary', about: 'a firebomb or Molotov cocktail' },
  { id: 'weapon.blade', kind: 'blade', about: 'a knife, machete or other blade' },
  { id: 'weapon.other', kind: 'other', about: 'another weapon (drones, stones, clubs)' },
  { id: 'weapon.vehicle', kind: 'vehicle', about: 'a vehicle driven into people or things ("rammed his car into")' },
];

/** The rule of a kind of weapon. */
export function ruleOf(kind: WeaponKind): WeaponRule {
  const r = WEAPON_RULES.find((x) => x.kind === kind);
  if (!r) throw new Error(`no weapon rule for kind ${kind}`);
  return r;
}
