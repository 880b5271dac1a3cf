// Capitalised names anywhere in the text, credits and captions included ("Photo: Michael Ciaglo, Houston Chronicle",
// "HoustonChronicle.com", "CBS Chicago"): written names only. The resolve stage keeps the big cities among them
// outside running text (src/resolve/index.ts, src/resolve/event-places.ts), and the event stage falls back on the most
// written one only when it finds no place for a violent event at all: a local paper's story happens in its market.
import type { Analysis } from '../../analyse/index.js';

/** A capitalised name: the words as written and where they start. */
export interface WrittenName {
  name: string;
  start: number;
}

/** One to three capitalised words ("Houston Chronicle", "Chicago"); linear, nothing to backtrack over. */
const CAPITALISED_RUN = /\b\p{Lu}\p{Ll}+(?:['’.-]\p{L}\p{Ll}*)*\.?(?:[ ]\p{Lu}\p{Ll}+(?:['’.-]\p{L}\p{Ll}*)*\.?){0,2}/gu;

/** A county's word: the name before it is the county's, not its town's ("Montgomery County" is no Montgomery). */
const COUNTY_WORD = /^(?:County|Parish|Borough|Township)$/;

/** Every capitalised run of the text with its shorter heads ("Houston Chronicle", then "Houston"), in text order. */
export function writtenNames(a: Analysis): WrittenName[] {
  const out: WrittenName[] = [];
  for (const m of a.text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(' ');
    const upTo = words.findIndex((w) => COUNTY_WORD.test(w));
    const last = upTo < 0 ? words.length : upTo - 1;
    // a full stop ends an abbreviation inside a name ("St. Louis"), not the name itself ("in Chicago.")
    for (let k = last; k >= 1; k--) out.push({ name: words.slice(0, k).join(' ').replace(/\.$/, ''), start: m.index ?? 0 });
  }
  return out;
}
