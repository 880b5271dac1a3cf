// "a fatal double shooting", "a triple homicide": the number of people hit is in the adjective. Shootings count
// those hit (killed or not: the event tells which), homicides and murders count the dead.
import { MULTIPLE_VALUES } from '../lexicon.js';
import type { PatternRule } from '../types.js';

const ADJECTIVES = [...MULTIPLE_VALUES.keys()].join('|');

export const multiple: PatternRule = {
  id: 'count.multiple-homicide',
  variants: ['count.multiple-shooting'],
  pattern: new RegExp(`\\b(${ADJECTIVES})[\\s-]+(shootings?|homicides?|murders?|slayings?|killings?|stabbings?)\\b`, 'gi'),
  build(m, { s }) {
    const start = s.start + m.index;
    const shooting = /^(?:shooting|stabbing)/i.test(m[2]);
    return {
      start, end: start + m[0].length, value: MULTIPLE_VALUES.get(m[1].toLowerCase())!, qualifier: 'exact', unit: null,
      category: shooting ? 'injured' : 'killed', rule: shooting ? 'count.multiple-shooting' : 'count.multiple-homicide',
      casualty: true, wholeEvent: true, ...(shooting ? { shot: true } : {}),
    };
  },
};
