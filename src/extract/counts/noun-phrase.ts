// The counted noun after a number: "Katyusha rockets", "of our folks", "others", "US troops".
import { CASUALTY_WORDS, NOUN_CATEGORY, PARTITIVE_DETS, PARTITIVE_PRONOUNS, singular } from './lexicon.js';
import { readCore } from './number.js';
import { has, words, type Tok } from './terms.js';

export interface NounPhrase {
  /** Index one past the phrase's last token. */
  end: number;
  head: Tok | null;
}

function isNounish(t: Tok): boolean {
  if (CASUALTY_WORDS.has(words(t)) && words(t) !== 'others') return false;
  if (has(t, 'Value') || has(t, 'Date') || has(t, 'Pronoun') || has(t, 'Preposition') || has(t, 'Determiner') || has(t, 'Conjunction')) return false;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  return has(t, 'Noun') || has(t, 'Adjective') || has(t, 'ProperNoun') || has(t, 'Acronym') || NOUN_CATEGORY.has(singular(words(t)));
}

/** The counted noun phrase from index j, after the number whose last term is coreLast. */
export function readNounPhrase(toks: readonly Tok[], j: number, coreLast: Tok): NounPhrase {
  let k = j;
  if (/[,;:.!?)—–]/.test(coreLast.post.replace(/^\s*-\s*$/, ''))) return { end: j, head: null };
  if (k < toks.length && words(toks[k]) === 'of') {
    const det = toks[k + 1];
    if (det && PARTITIVE_PRONOUNS.has(words(det))) return { end: j, head: null };
    if (det && PARTITIVE_DETS.has(words(det))) k += 2;
    else k += 1;
    // "One of the five victims": the first number counts, the second names the group it is taken from
    // (without a determiner only after number words: "one of four teenagers", not "Image 1 of 40")
    const group = k < toks.length && (k > j + 1 || !/\d/.test(coreLast.text)) ? readCore(toks, k) : null;
    if (group) k = group.end;
  }
  let head: Tok | null = null;
  let end = j;
  for (let n = 0; k < toks.length && n < 5; k++, n++) {
    const t = toks[k];
    if (!isNounish(t)) break;
    if (has(t, 'Noun') || NOUN_CATEGORY.has(singular(words(t)))) {
      head = t;
      end = k + 1;
    }
    if (/[,;:.!?()—–"“”]/.test(t.post)) break;
  }
  return head ? { end, head } : { end: j, head: null };
}
