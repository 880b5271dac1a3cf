// Small helpers shared by the actor rules and passes: word normal forms, tags, words that are never
// names, titles, acronyms, countries, compass words, and the "Iran-backed" modifier.
import type { Analysis, Term } from '../../analyse/index.js';
import type { Chunk } from './passes/1-chunks.js';
import { ARMED_GROUPS, BACKED_VERBS, BELONGING, COMPASS_WORDS, GROUP_NOUNS, HONORIFICS, INSTITUTIONS, MEDIA_NAMES, NAME_PARTICLES, NEVER_NAMES, TITLE_WORDS } from './lexicon.js';
import { isCommonWord, type WordKnowledge } from './names.js';

export const clean = (w: string): string => w.toLowerCase().replace(/\.$/, '');
export const tagged = (t: Term, ...tags: string[]): boolean => tags.some((x) => t.tags.has(x));

/** A term that can never start or end a name here (days, months, pronouns, function words). */
export function never(t: Term): boolean {
  if (/['’](?:ve|ll|re|d|m)$|n['’]t$/iu.test(t.text)) return true; // "I’ve", "Won’t"
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')) return false; // an initial ("A. Dale")
  return NEVER_NAMES.has(clean(t.text)) || tagged(t, 'WeekDay', 'Month', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord');
}

/** A sentence-initial capitalised word that is an ordinary word ("After", "Results", "Trailing"). */
export function initialCommon(k: WordKnowledge, t: Term): boolean {
  if (MEDIA_NAMES.has(t.normal) || ARMED_GROUPS.has(t.normal) || INSTITUTIONS.has(t.normal)) return false;
  if (NAME_PARTICLES.has(t.normal) && t.text !== t.text.toUpperCase()) return false;
  if (tagged(t, 'Demonym') || k.countries.countryByDemonym(t.text)) return false;
  if (tagged(t, 'Person', 'FirstName', 'LastName', 'Organization', 'Place', 'Country', 'City', 'Region', 'Acronym', 'SportsTeam')) return false;
  if (isCommonWord(k, t.normal)) return true;
  return tagged(t, 'Verb', 'Adverb', 'Adjective', 'Plural', 'Value', 'Gerund', 'Modal', 'Copula', 'Negative', 'Expression');
}

/** A title or an honorific ("President", "Dr."). */
export function isTitleTerm(t: Term): boolean {
  const w = clean(t.text);
  return TITLE_WORDS.has(w) || HONORIFICS.has(w);
}

export function isCountryOrDemonym(k: WordKnowledge, s: string): { code: string } | null {
  return k.countries.countryByName(s) ?? k.countries.countryByDemonym(s);
}

/** An ethnic group, a faith or its adjective (nationalities come from the gazetteer's demonyms). */
export const isBelonging = (w: string): boolean => BELONGING.has(w);

/** A compass word ("north", "south-west", "central"). */
export const compassWord = (w: string): boolean => COMPASS_WORDS.has(w);

export const isAcronymText = (s: string): boolean => /^(?:\p{Lu}\.){2,5}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(s) && !/^[IVXLCDM]+$/.test(s);

/** "backed", "aligned", "allied": the second half of "Iran-backed". */
export const isBacked = (w: string): boolean => BACKED_VERBS.has(w);

/** The country code of an "Iran-backed" right before term `from`, else null. */
export function backedBefore(k: WordKnowledge, a: Analysis, from: number): string | null {
  const { terms, text } = a;
  const verb = terms[from - 1];
  const who = terms[from - 2];
  if (!verb || !who || verb.sentence !== terms[from].sentence || who.sentence !== verb.sentence) return null;
  if (!isBacked(verb.normal) || text.slice(who.end, verb.start) !== '-') return null;
  return (k.countries.countryByName(who.text) ?? k.countries.countryByDemonym(who.text))?.code ?? null;
}

/** A lower-case noun of armed groups right after the chunk ("Red Dawn guerrillas", "Red Dawn rebels"). */
export function groupNounAfter(a: Analysis, c: Chunk): boolean {
  const next = a.terms[c.to];
  return !c.possessive && !!next && next.sentence === c.sentence && next.text === next.text.toLowerCase() && /^\s+$/.test(a.text.slice(c.end, next.start)) && GROUP_NOUNS.has(next.normal);
}
