// Weapons: every mention of a weapon with its kind and, when the text gives it, how many ("14 Katyusha
// rockets"). The event passes then give each event the weapons of its own sentences. The rules (./rules.ts)
// run on the one runner (../runner.ts).
import type { Analysis } from '../../analyse/index.js';
import type { WeaponKind } from '../../record/schema.js';
import { compileRules } from '../runner.js';
import { WEAPON_RULES } from './rules.js';

export interface WeaponMention {
  text: string;
  start: number;
  end: number;
  kind: WeaponKind;
  /** The head as written, lower case and singular-ish ("rocket"): two mentions with one head in one event are one weapon. */
  head: string;
  count?: number;
  rule: string;
}

const RULES = compileRules(WEAPON_RULES);

export function extractWeapons(a: Analysis): WeaponMention[] {
  try {
    // the runner gives the word rules' mentions first, then the vehicles'; the events read them in text order
    return RULES.run(a, a)
      .map((hit) => hit.value)
      .sort((x, y) => x.start - y.start);
  } catch {
    return [];
  }
}
