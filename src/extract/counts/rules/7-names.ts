// Named people said to be hit by the verb before them, and the names listed after the first:
// "killing Sarah Davidson and injuring Leanne Smith and Dustin Grey"; and a name coordinated with a
// casualty count: "Garcia and one other teen survived". Each name is one person, for the event's tally
// (byName: the pipeline keeps them out of the record's counts).
import { ATTEMPT_BEFORE, BEFORE_RULES, NOUN_USE_BEFORE, contextRule } from '../context.js';
import { capitalised, has } from '../terms.js';
import type { ContextRule, TokenRule } from '../types.js';

export const names: TokenRule = {
  id: 'count.name-casualty',
  variants: ['count.name-shot', 'count.name-coordinated'],
  *build({ a, s, toks, found }) {
    let prev: { end: number; ctx: ContextRule } | null = null;
    for (let i = 0; i < toks.length; i++) {
      if (!has(toks[i], 'Person') || !capitalised(toks[i])) continue;
      let j = i;
      while (j + 1 < toks.length && j < i + 3 && has(toks[j + 1], 'Person') && capitalised(toks[j + 1]) && /^\s+$/.test(toks[j].post)) j++;
      const start = toks[i].start;
      const end = toks[j].end;
      i = j;
      if (found.some((c) => c.start < end && start < c.end)) continue;
      const before = a.text.slice(Math.max(s.start, start - 60), start);
      let ctx = ATTEMPT_BEFORE.test(before) || NOUN_USE_BEFORE.test(before) ? null : contextRule(BEFORE_RULES, before);
      if (!ctx && prev && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(a.text.slice(prev.end, start))) ctx = prev.ctx;
      if (!ctx) {
        // "Garcia and one other teen survived": the name shares what is said of the count after it
        // (only "others": a bare "Emma and her mother were rushed to the hospital" may name one already counted)
        const next = found.find((c) => c.start > end && /^\s+and\s+$/.test(a.text.slice(end, c.start)) && /\b(?:other|others|another)\b/i.test(c.text) && (c.category === 'killed' || c.category === 'injured'));
        if (next) yield { start, end, value: 1, qualifier: 'exact', unit: null, category: next.category, rule: 'count.name-coordinated', casualty: true, byName: true };
        prev = null;
        continue;
      }
      if (ctx.category !== 'killed' && ctx.category !== 'injured') {
        prev = null;
        continue;
      }
      yield {
        start, end, value: 1, qualifier: 'exact', unit: null, category: ctx.category, rule: ctx.shot ? 'count.name-shot' : 'count.name-casualty',
        casualty: true, byName: true, ...(ctx.shot ? { shot: true } : {}),
      };
      prev = { end, ctx };
    }
  },
};
