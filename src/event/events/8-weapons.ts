// Pass 8: weapons no role pattern placed. An attack is often told in one sentence and its weapons in the next
// ("... the blast hit a truck full of policemen. A police expert said the car bomb, containing 300 kg of
// dynamite, was set off by remote control"), or listed beside it ("fled leaving behind dynamite and grenades"):
// such a weapon goes to the event of violence told in its own sentence, else to the nearest one told up to two
// sentences before it, else in the next sentence; one weapon per head. Weapons seized, found or stolen stay out.
import type { Analysis } from '../../analyse/index.js';
import type { EventEntry, WeaponKind } from '../../record/schema.js';
import { weaponHead, type WeaponMention } from '../../extract/weapons/index.js';
import { EVENTS_IDS } from './ids.js';
import { seizedWeapon } from './weapons-seized.js';

/** Violence: CAMEO's assault (18x), fight (19x) and mass violence (20x) codes. */
export const VIOLENT = /^(?:18|19|20)/;
/** Weapons in general ("weapons", "arms") say no weapon of an event; a vehicle is a weapon only when driven into someone. */
const GENERIC = /^(?:weapons?|arms|firearms?)$/i;
/** Weapons seized, found or stolen were no weapons of an attack ("the troops confiscated 13 rifles", "stole the policemen's weapons"). */
const SEIZED = /\b(?:confiscat\w*|seiz\w*|found|discover\w*|stole|stolen|steal\w*|captur\w*|recover\w*|impound\w*|materiel|arsenal|cache|consisted)\b/i;
const BEFORE = 2;
const AFTER = 1;

export function weaponsNearby(a: Analysis, events: EventEntry[], weapons: readonly WeaponMention[]): void {
  const sentenceOf = (at: number): number => a.sentenceAt(at)?.i ?? -1;
  const told = events.filter((e) => e.status !== 'tally' && VIOLENT.test(e.type.code));
  if (!told.length) return;
  const used = new Set(events.flatMap((e) => e.weapons.map((w) => w.start)));
  for (const w of weapons) {
    if (used.has(w.start) || w.kind === 'vehicle' || GENERIC.test(w.text)) continue;
    const s = sentenceOf(w.start);
    if (s < 0 || a.sentences[s]?.zone !== 'body' || SEIZED.test(a.text.slice(a.sentences[s].start, w.start)) || seizedWeapon(a, w)) continue;
    // the event of its sentence, else the nearest before (up to BEFORE sentences back), else one in the next AFTER sentences
    let best: { e: EventEntry; d: number } | null = null;
    for (const e of told) {
      for (const m of e.mentions) {
        const d = s - sentenceOf(m.start);
        const ok = (d >= 0 && d <= BEFORE) || (d < 0 && -d <= AFTER);
        if (!ok) continue;
        const rank = d >= 0 ? d : BEFORE + -d;
        if (!best || rank < best.d) best = { e, d: rank };
      }
    }
    if (!best) continue;
    const e = best.e;
    if (e.weapons.some((x) => weaponHead(x.text) === w.head || x.start === w.start)) continue;
    e.weapons = [...e.weapons, { text: w.text, start: w.start, end: w.end, kind: w.kind, ...(w.count ? { count: w.count } : {}), rule: w.rule }].sort((x, y) => x.start - y.start);
    if (e.rules) e.rules.weapons ??= EVENTS_IDS.weaponNearby;
    used.add(w.start);
  }
}

/** Heads that name the weapons of a kind in general, or what they fire, with that kind (hand-written): "explosives", "the
 * explosive device", "the explosive charge" are the bomb, "the bullets" the gun, "firearms" the rifles, "projectiles" the
 * rockets of an event that names them. */
const GENERIC_HEAD: Readonly<Record<string, WeaponKind>> = { explosive: 'explosive', bullet: 'firearm', firearm: 'firearm', projectile: 'rocket' };
/** Only a list's joints between two weapons: they are two items of a list ("explosives and car bombs", "rifles, bullets"). */
const LISTED = /^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as|plus)\s+)?$/i;

/**
 * Within an event, a weapon whose head names its kind in general (GENERIC_HEAD) is dropped when the event also holds a
 * specific weapon of that kind ("the car bomb ... the explosive device", "a submachine gun ... 19 bullets"): the same
 * weapon named twice. A generic word listed right beside the specific one names a weapon of its own and stays.
 */
export function genericWeapons(a: Analysis, events: EventEntry[]): void {
  for (const e of events) {
    if (e.weapons.length < 2) continue;
    const generic = (w: EventEntry['weapons'][number]): WeaponKind | undefined => GENERIC_HEAD[weaponHead(w.text)];
    const keep = e.weapons.filter((w) => {
      const k = generic(w);
      if (!k || w.kind !== k) return true;
      const specific = e.weapons.filter((x) => x !== w && x.kind === k && !generic(x));
      if (!specific.length) return true;
      return specific.some((x) => LISTED.test(x.start >= w.end ? a.text.slice(w.end, x.start) : a.text.slice(x.end, w.start)));
    });
    if (keep.length === e.weapons.length) continue;
    e.weapons = keep;
    if (e.rules) e.rules.weaponGeneric ??= EVENTS_IDS.weaponGeneric;
  }
}
