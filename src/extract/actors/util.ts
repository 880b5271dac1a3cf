// Small helpers shared by the actor rules: word normal forms, tags, words that are never names.
import type { Term } from '../../analyse/index.js';
import { NEVER_NAMES } from './lexicon.js';

export const clean = (w: string): string => w.toLowerCase().replace(/\.$/, '');
export const tagged = (t: Term, ...tags: string[]): boolean => tags.some((x) => t.tags.has(x));

/** A term that can never start or end a name here (days, months, pronouns, function words). */
export function never(t: Term): boolean {
  if (/['’](?:ve|ll|re|d|m)$|n['’]t$/iu.test(t.text)) return true; // "I’ve", "Won’t"
  if (/^\p{Lu}$/u.test(t.text) && t.post.startsWith('.')) return false; // an initial ("A. Dale")
  return NEVER_NAMES.has(clean(t.text)) || tagged(t, 'WeekDay', 'Month', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord');
}
