// The count rules, in the order they run over a sentence: a later rule sees the counts of the earlier ones
// (and leaves their spans alone), so negations come first and names, which take what is left, last.
import type { CountRule } from '../types.js';
import { negatedNoun, negatedPronoun } from './1-negated.js';
import { numbers } from './2-numbers.js';
import { articles } from './3-articles.js';
import { reflexive } from './4-reflexive.js';
import { multiple } from './5-multiple.js';
import { ordinal } from './6-ordinal.js';
import { names } from './7-names.js';
import { both } from './8-both.js';
import { definite } from './9-definite.js';

export const COUNT_RULES: readonly CountRule[] = [negatedPronoun, negatedNoun, numbers, articles, reflexive, multiple, ordinal, both, definite, names];
