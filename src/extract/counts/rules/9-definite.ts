// "The victim was taken to a hospital in critical condition", "the man is expected to survive": a definite
// singular person said to be hit is one casualty. It may be one already counted ("A man was shot ... The victim
// ..."): the span is the noun after "the", which the event's tally reads as a definite mention (the largest
// such count of a sentence, never added to the others).
import { casualtyContext } from '../context.js';
import { VICTIM_NOUNS } from '../lexicon.js';
import type { PatternRule } from '../types.js';

const NOUNS = [...VICTIM_NOUNS].filter((n) => /^[a-z]+$/.test(n)).join('|');
/** "the victim", "the 24-year-old man": the noun after a definite article, singular. */
const DEFINITE_PERSON = new RegExp(`\\b[Tt]he\\s+((?:\\d{1,3}-(?:year|month)-old\\s+)?(${NOUNS}))\\b(?!['’]s)`, 'g');

export const definite: PatternRule = {
  id: 'count.definite-casualty',
  variants: ['count.definite-shot'],
  pattern: DEFINITE_PERSON,
  build(m, { a, s, found }) {
    const start = s.start + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (found.some((c) => c.start < end && start < c.end)) return null;
    const ctx = casualtyContext(a, s, start, end);
    if (!ctx || (ctx.category !== 'killed' && ctx.category !== 'injured')) return null;
    return {
      start, end, value: 1, qualifier: 'exact', unit: m[2].toLowerCase(), category: ctx.category, rule: ctx.shot ? 'count.definite-shot' : 'count.definite-casualty',
      casualty: true, ...(ctx.shot ? { shot: true } : {}),
    };
  },
};
