// Is a token an ordinary English word? compromise's lexicon (already loaded for the analysis) and a
// short hand-written list of words that are also town names.
import nlp from 'compromise';
import { COMMON_WORD_TOWNS } from './lexicon.js';
import type { Tok } from './tokens.js';

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);

/** An ordinary English word (compromise's lexicon or our list), not a proper name. */
export function isCommonWord(t: Tok): boolean {
  if (COMMON_WORD_TOWNS.has(t.key)) return true;
  // compromise's own model, held by compromise (nlp.model() hands back the same object every time)
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  if (!Object.hasOwn(lexicon, t.key)) return false;
  const tag = lexicon[t.key];
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((x) => PLACE_TAGS.has(x) || x === 'ProperNoun' || x === 'Person' || x === 'LastName' || x === 'FirstName' || x === 'MaleName' || x === 'FemaleName');
}

