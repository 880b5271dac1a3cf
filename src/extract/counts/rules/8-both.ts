// "Both died", "Both men were pronounced dead", "both of them were wounded": "both" stands for two people,
// and what is said of them makes them killed or injured.
import { AFTER_RULES, contextRule } from '../context.js';
import type { PatternRule } from '../types.js';

/** "both", with the people it names ("both men", "both of them", "both victims"); not "both sides", not "both X and Y". */
const BOTH = /\b(both)(?:\s+(?:of\s+(?:them|the\s+(?:men|women|victims|boys|girls|teens|brothers|sisters|officers))|men|women|victims|boys|girls|teens|teenagers|brothers|sisters|officers|children|parents))?\b(?![^.;]{0,40}?\band\b)/gi;

export const both: PatternRule = {
  id: 'count.both-casualty',
  variants: ['count.both-shot'],
  pattern: BOTH,
  build(m, { a, s, found }) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (found.some((c) => c.start < end && start < c.end)) return null;
    const ctx = contextRule(AFTER_RULES, a.text.slice(end, Math.min(s.end, end + 160)), true);
    if (!ctx || (ctx.category !== 'killed' && ctx.category !== 'injured')) return null;
    return {
      start, end, value: 2, qualifier: 'exact', unit: null, category: ctx.category, rule: ctx.shot ? 'count.both-shot' : 'count.both-casualty',
      casualty: true, ...(ctx.shot ? { shot: true } : {}),
    };
  },
};
