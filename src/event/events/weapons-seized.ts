// Weapons taken from someone are no weapons of an attack (rule role.weapon-seized): "the police seized a pistol from
// one of the traffickers", "troops confiscated 2 rifles, 650 cartridges and other explosives", "one rifle was
// captured". A weapon is taken when a verb of taking stands before it in its clause (no clause break, relative word
// or new finite clause between them; a list of weapons runs on), or when a passive verb of taking follows it in its
// sentence. Every role pattern and the nearby-weapon pass skip such a weapon.
import type { Analysis } from '../../analyse/index.js';

/** Verbs of taking a weapon away (hand-written: seize, confiscate, capture, steal, impound, recover). */
const TAKE = /\b(?:confiscat(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|st(?:eal|eals|ole|olen|ealing)|impound(?:s|ed|ing)?|recover(?:s|ed|ing)?)\b/gi;
/** What ends the clause of the verb of taking before the weapon ("seized a truck, which they used ... with rifles"). */
const BREAK = /[.;:!?()]|\n\s*\n|\b(?:which|who|whom|whose|when|while|then|before|after|but|because|where|later)\b/i;
/** A passive verb of taking after the weapon, in its sentence ("one m-16 rifle and a radio were confiscated"). */
const TAKEN_AFTER = /^[^.;:!?()]{0,80}?\b(?:was|were|been|being)\s+(?:confiscated|seized|captured|stolen|impounded|recovered)\b/i;
const WINDOW = 160;

/** True when the weapon at [start, end) was taken from someone rather than used. */
export function seizedWeapon(a: Analysis, w: { start: number; end: number }): boolean {
  const s = a.sentenceAt(w.start);
  // the window is not cut at the sentence start: a break ends the clause (sentence splits inside a list happen)
  const from = Math.max(0, w.start - WINDOW);
  const before = a.text.slice(from, w.start);
  let last = -1;
  for (const m of before.matchAll(TAKE)) last = (m.index ?? 0) + m[0].length;
  if (last >= 0 && !BREAK.test(before.slice(last))) return true;
  const to = s ? s.end : w.end + WINDOW;
  return TAKEN_AFTER.test(a.text.slice(w.end, Math.min(to, w.end + WINDOW)));
}
