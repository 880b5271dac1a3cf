// Weapons as news names them, with their kind. Hand-written and general: heads, and the modifiers that
// make a head a weapon ("car bomb", "machine guns", "Katyusha rockets").
import type { WeaponKind } from '../../record/schema.js';

export interface WeaponWord {
  /** Forms of the head, singular and plural. */
  forms: string[];
  kind: WeaponKind;
  rule: string;
}

const W = (kind: WeaponKind, forms: string, rule = `weapon.${kind}`): WeaponWord => ({ kind, forms: forms.split('|'), rule });

export const WEAPON_WORDS: readonly WeaponWord[] = [
  W('explosive', 'car bomb|car bombs|truck bomb|truck bombs|roadside bomb|roadside bombs|pipe bomb|pipe bombs|bomb|bombs|improvised explosive device|improvised explosive devices|' +
    'explosive device|explosive devices|explosive|explosives|IED|IEDs|dynamite|dynamite sticks|sticks of dynamite|grenade|grenades|hand grenade|hand grenades|' +
    'landmine|landmines|land mine|land mines|mine|mines|booby trap|booby traps|suicide vest|suicide vests|suicide belt|suicide belts|TNT|C-4|Semtex|car-bomb|car-bombs|detonator|detonators'),
  W('rocket', 'rocket|rockets|missile|missiles|mortar|mortars|mortar rounds|mortar shells|shell|shells|artillery|rocket-propelled grenade|rocket-propelled grenades|RPG|RPGs|Katyusha|Katyushas|projectile|projectiles'),
  W('firearm', 'gun|guns|machine gun|machine guns|machinegun|machineguns|machine-gun|machine-guns|rifle|rifles|assault rifle|assault rifles|AK-47|AK-47s|pistol|pistols|' +
    'handgun|handguns|shotgun|shotguns|firearm|firearms|revolver|revolvers|submachine gun|submachine guns|automatic weapons|bullet|bullets|gunfire|gunshots|M-16|M-16s|Uzi|Uzis'),
  W('incendiary', 'Molotov cocktail|Molotov cocktails|molotov cocktail|molotov cocktails|firebomb|firebombs|fire bomb|fire bombs|incendiary device|incendiary devices|incendiary bomb|incendiary bombs|petrol bomb|petrol bombs|gasoline bomb|gasoline bombs'),
  W('blade', 'knife|knives|machete|machetes|sword|swords|axe|axes|dagger|daggers|bayonet|bayonets'),
  W('other', 'drone|drones|poison|stones|rocks|clubs|baseball bat|baseball bats|tear gas'),
];

/** Names a weapon's type may carry in front ("Katyusha rockets", "AK-47 rifles", "Grad rockets"). */
export const TYPE_MODIFIER = /^(?:[A-Z][\w-]*|\d{2,3}mm|\d{2,3}-mm|automatic|semi-automatic|semiautomatic|high-powered|homemade|home-made|powerful|small|large|heavy|light|anti-tank|anti-personnel|sniper|hunting|high-caliber|improvised|remote-controlled|explosive-laden|sophisticated|fragmentation|incendiary)$/;

/** A vehicle used as a weapon: "drove a truck into", "rammed his car into". */
export const VEHICLE_ATTACK = /\b(?:rammed|plowed|ploughed|drove|driven|slammed|crashed)\s+(?:(?:a|an|the|his|her|their|its)\s+)?((?:[\w-]+\s+)?(?:car|truck|van|vehicle|SUV|lorry|bus|tractor))\s+(?:into|through)\b/gi;
