// Weapons named in the text, with their kind and count, as one plain object: its rules (one per kind of
// weapon) and its lexicons. It has no refiners: the event passes give each event the weapons of its sentences.
import type { Domain } from '../domain.js';
import { LEXICON } from './lexicon.js';
import { WEAPON_RULES, type WeaponRule } from './rules.js';

export { extractWeapons, type WeaponMention } from './extract.js';
export { WEAPON_RULES, weaponHead, type WeaponRule } from './rules.js';

export const weaponsDomain: Domain<WeaponRule, never> = { name: 'weapons', rules: WEAPON_RULES, refiners: [], lexicon: LEXICON };
