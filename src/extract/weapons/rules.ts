// Weapon rules as data, for the one runner (../runner.ts): one per kind of weapon, each with a stable id
// (shown by --explain). The kind rules share one pattern, a word of the weapons lexicon (lexicon/words.json),
// scanned once: the rule of the word's kind takes each match. A vehicle driven into people or things is its
// own rule.
import type { Analysis } from '../../analyse/index.js';
import type { WeaponKind } from '../../record/schema.js';
import type { TextMatch, TextRule } from '../runner.js';
import { NUM_WORDS, TYPE_MODIFIER, WEAPON_WORDS } from './lexicon.js';
import type { WeaponMention } from './extract.js';

export type WeaponRule = TextRule<WeaponMention, Analysis> & {
  /** The kind the rule's mentions have. */
  readonly kind: WeaponKind;
  readonly about: string;
};

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
const FORMS = WEAPON_WORDS.flatMap((w) => w.forms.map((f) => ({ f, w }))).sort((x, y) => y.f.length - x.f.length);
const BY_FORM = new Map(FORMS.map(({ f, w }) => [f.toLowerCase().replace(/[\s-]+/g, ' '), w]));
const WORD = new RegExp(`\\b(?:${FORMS.map(({ f }) => esc(f)).join('|')})\\b(?!-)`, 'gi');

/** A vehicle used as a weapon: "drove a truck into", "rammed his car into". */
const VEHICLE_ATTACK = /\b(?:rammed|plowed|ploughed|drove|driven|slammed|crashed)\s+(?:(?:a|an|the|his|her|their|its)\s+)?((?:[\w-]+\s+)?(?:car|truck|van|vehicle|SUV|lorry|bus|tractor))\s+(?:into|through)\b/gi;

/** A weapon word used for something else: "mine workers", "a shell company", "the gun lobby", "rocket scientist". */
const NOT_WEAPON_AFTER = /^\s+(?:workers?|company|companies|shaft|owners?|lobby|laws?|control|rights|shows?|stores?|shops?|scientists?|science|ships?|launch(?:es)?\s+(?:pad|site)|season|violence|culture|owners?|permits?|licen[cs]es?|policy|policies|legislation|sales?|buyback|range|club)\b/i;
const NOT_WEAPON_BEFORE = /\b(?:gold|coal|copper|salt|diamond|data|land|oil|egg|sea|snail|nut|turtle|the\s+smoking|water|nail|glue|staple|spray|heat|glue|paint|squirt|top|big|young|shot|starting)\s+$/i;
/** "mine" the pronoun ("a friend of mine") and "shell" the verb read as no weapon. */
const PRONOUN_MINE = /\b(?:of|is|was|are|were|be)\s+$/i;

/** A noun that counts a weapon's material rather than naming a weapon ("dynamite charges", "sticks of dynamite", "explosive device"). */
const UNIT_NOUN = /^(?:charges?|sticks?|devices?)$/;

/** One word in the singular: "grenades" -> "grenade", "knives" -> "knife", "bombs" -> "bomb" (a plain "-s" plural, "-es" only after a hiss). */
function singular(word: string): string {
  if (/^kni(?:fe|ves)$/.test(word)) return 'knife';
  if (/(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The head of a weapon's words, lower case and singular: "rockets" -> "rocket", "explosives" -> "explosive", "hand
 * grenades" -> "grenade"; a noun that counts a material gives the material ("dynamite charges", "explosive device"
 * -> "dynamite", "explosive"). Two mentions with one head in one event are one weapon told twice.
 */
export function weaponHead(words: string): string {
  const ws = words.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let last = ws.pop() ?? words.toLowerCase();
  if (UNIT_NOUN.test(last) && ws.length) last = ws.pop()!;
  return singular(last) || last;
}

/** Capitalised words before a weapon that are no type of it: function words, numbers, and a month or weekday that dates
 * the attack ("the January dynamite bombing", "the Sunday car bomb" are dynamite and a car bomb). */
const NOT_TYPE_WORD = /^(?:The|A|An|In|On|At|Of|By|And|But|With|From|To|For|Two|Three|Four|Five|Several|No|Some|Roughly|About|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/** A weapon word of `kind`, with its type in front and its count, or null when it is of another kind or no weapon here. */
function weaponOf(kind: WeaponKind, rule: string, match: TextMatch, text: string): WeaponMention | null {
  const { m, end } = match;
  let start = match.start;
  const lower = m[0].toLowerCase();
  const key = /[\s-]/.test(lower) ? lower.replace(/[\s-]+/g, ' ') : lower;
  const w = BY_FORM.get(key) ?? WEAPON_WORDS.find((x) => x.forms.some((f) => f.toLowerCase().replace(/[\s-]+/g, ' ') === key));
  if (!w || w.kind !== kind) return null;
  const before = text.slice(Math.max(0, start - 30), start);
  if (NOT_WEAPON_AFTER.test(text.slice(end, end + 24)) || NOT_WEAPON_BEFORE.test(before)) return null;
  if (/^mines?$/i.test(m[0]) && (PRONOUN_MINE.test(before) || /^[A-Z]/.test(m[0]) && !/^[A-Z]+$/.test(m[0]))) return null;
  if (/^(?:rocks|stones|clubs|poison|drones?|shells?|mines?)$/i.test(m[0]) && !/\b(?:threw|throwing|hurled|hurling|pelted|armed\s+with|with|fired|laid|planted|attack|strike)\b/i.test(before)) return null;
  // the weapon's type in front: "Katyusha rockets", "AK-47 rifles"
  const pre = /([A-Za-z0-9][\w-]*)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  if (pre && TYPE_MODIFIER.test(pre[1]) && !NOT_TYPE_WORD.test(pre[1])) start -= pre[0].length;
  // how many: "14 Katyusha rockets", "two bombs", "a barrage of 20 rockets"
  let count: number | undefined;
  const num = /\b(\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens|several)\s+(?:of\s+)?$/i.exec(text.slice(Math.max(0, start - 20), start));
  if (num) count = /^\d/.test(num[1]) ? Number(num[1]) : NUM_WORDS[num[1].toLowerCase()];
  else if (/\b(?:a|an|one)\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && !/s$/i.test(m[0])) count = 1;
  return { text: text.slice(start, end), start, end, kind: w.kind, head: weaponHead(m[0]), ...(count ? { count } : {}), rule };
}

const kindRule = (kind: WeaponKind, id: string, about: string): WeaponRule => ({ id, kind, about, text: WORD, build: (match, a) => weaponOf(kind, id, match, a.text) });

/** A vehicle driven into people or things: the vehicle's words, one weapon. */
const vehicleRule = (id: string, about: string): WeaponRule => ({
  id,
  kind: 'vehicle',
  about,
  text: VEHICLE_ATTACK,
  build: ({ m, start: at }) => {
    const start = at + m[0].indexOf(m[1]);
    return { text: m[1], start, end: start + m[1].length, kind: 'vehicle', head: weaponHead(m[1]), count: 1, rule: id };
  },
});

export const WEAPON_RULES: readonly WeaponRule[] = [
  kindRule('explosive', 'weapon.explosive', 'a bomb, explosive, grenade or mine'),
  kindRule('rocket', 'weapon.rocket', 'a rocket, missile, mortar or shell'),
  kindRule('firearm', 'weapon.firearm', 'a gun, rifle, pistol, or their fire'),
  kindRule('incendiary', 'weapon.incendiary', 'a firebomb or Molotov cocktail'),
  kindRule('blade', 'weapon.blade', 'a knife, machete or other blade'),
  kindRule('other', 'weapon.other', 'another weapon (drones, stones, clubs)'),
  vehicleRule('weapon.vehicle', 'a vehicle driven into people or things ("rammed his car into")'),
];
