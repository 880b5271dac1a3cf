// One more person, named by an ordinal: "wounding a fifth individual", "the second victim ... was taken to the hospital".
import { casualtyContext } from '../context.js';
import { singular } from '../lexicon.js';
import type { PatternRule } from '../types.js';

export const ordinal: PatternRule = {
  id: 'count.ordinal-casualty',
  variants: ['count.ordinal-shot'],
  pattern:
    /\b(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:person|man|woman|victim|individual|boy|girl|teen|teenager|child|male|female))?\b/gi,
  build(m, { a, s, found }) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (found.some((c) => c.start < end && start < c.end)) return null;
    if (/^the\s+\S+$/i.test(m[0])) return null; // "the seventh death this year" ranks, it does not count
    const ctx = casualtyContext(a, s, start, end);
    if (!ctx || (ctx.category !== 'killed' && ctx.category !== 'injured')) return null;
    const unit = /\s(\w+)$/.exec(m[0].replace(/^\S+\s+\S+/, ''))?.[1] ?? null;
    return {
      start, end, value: 1, qualifier: 'exact', unit: unit ? singular(unit) : null, category: ctx.category,
      rule: ctx.shot ? 'count.ordinal-shot' : 'count.ordinal-casualty', casualty: true, ...(ctx.shot ? { shot: true } : {}),
    };
  },
};
