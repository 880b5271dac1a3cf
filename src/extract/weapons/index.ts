// Weapons named in the text, with their kind and count.
export { extractWeapons, WEAPON_RULES, type WeaponMention } from './extract.js';
