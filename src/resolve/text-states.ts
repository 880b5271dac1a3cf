// The US states whose full names the content writes, also where no place mention holds them ("in NW Minnesota",
// a name the tagger read as part of an organisation): they speak for the document's regions as a mention would.
import type { Analysis } from '../analyse/index.js';
import { USPS_CODES } from '../extract/places/lexicon.js';

/** Names that are more often something else in news text: a person, a newspaper, the capital ("Washington"). */
const NOT_ALONE = new Set(['Washington', 'District of Columbia']);
const NAMES = [...new Set(Object.values(USPS_CODES))].filter((n) => !NOT_ALONE.has(n)).sort((x, y) => y.length - x.length);
/** A state's full name as a capitalised word run, not inside a longer name ("West Virginia" is its own entry). */
const STATE_IN_TEXT = new RegExp(`(?<![\\p{L}-])(${NAMES.map((n) => n.replace(/ /g, '\\s')).join('|')})(?![\\p{L}-])`, 'gu');

/** The full state names the content writes, each once, in the order first written. */
export function statesInContent(a: Analysis): string[] {
  const out: string[] = [];
  STATE_IN_TEXT.lastIndex = 0;
  for (let m = STATE_IN_TEXT.exec(a.text); m; m = STATE_IN_TEXT.exec(a.text)) {
    const name = m[1].replace(/\s/g, ' ');
    // "West Virginia" is not "Virginia": the longer name is tried first
    if (!out.includes(name) && a.isContent(m.index, m.index + m[0].length)) out.push(name);
  }
  return out;
}

/**
 * Words of American local news that no other country's press uses for its own places: a sheriff and his
 * deputies, "the 1800 block of", a district attorney. A text that names no country but writes them is
 * about the United States (a bare "Linden" or "The Woodlands" is then the American town).
 */
export const US_USAGE = /\b(?:sheriff(?:['’]s)?\s+(?:office|department|deputies|deputy)|\d{1,5}\s+block\s+of|district\s+attorney|county\s+(?:jail|prosecutor|coroner|sheriff|medical\s+examiner))\b/i;

const US_USAGE_ALL = new RegExp(US_USAGE.source, 'gi');

/** Whether the content writes American local-news usage (US_USAGE). */
export function americanUsage(a: Analysis): boolean {
  US_USAGE_ALL.lastIndex = 0;
  for (let m = US_USAGE_ALL.exec(a.text); m; m = US_USAGE_ALL.exec(a.text)) if (a.isContent(m.index, m.index + m[0].length)) return true;
  return false;
}

/** A North American telephone number: "(417) 555-0100", "417-555-0100", "417.555.0100" (the area code in a group). */
const PHONE = /(?<![\d-])(?:\((\d{3})\)\s?|(\d{3})[-.\s])\d{3}[-.]\d{4}(?![\d-])/g;

/**
 * The one US state whose area code the content's local telephone numbers carry ("call police at 417-555-0100"),
 * or null when they name none or several. A tip line or a police desk is local: its state is the story's.
 */
export function stateByPhone(a: Analysis, stateOfAreaCode: (code: string) => string | null): string | null {
  const states = new Set<string>();
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(a.text); m; m = PHONE.exec(a.text)) {
    if (!a.isContent(m.index, m.index + m[0].length)) continue;
    const state = stateOfAreaCode(m[1] ?? m[2]);
    if (state) states.add(state);
  }
  return states.size === 1 ? [...states][0] : null;
}
