// Negations: "no one was hurt", "nobody else was injured", "No injuries were reported", "no other deaths": a count of 0.
import type { CountCategory } from '../../../record/schema.js';
import { AFTER_RULES, contextRule } from '../context.js';
import { NOUN_CATEGORY, PERSON_NOUNS, singular } from '../lexicon.js';
import type { PatternRule } from '../types.js';

/** The categories a bare negated noun may give: "no injuries", "no arrests", "no weapons". */
const NEGATABLE: ReadonlySet<CountCategory> = new Set(['killed', 'injured', 'arrested', 'attack', 'weapon', 'missing', 'kidnapped', 'displaced']);

/** "no one", "nobody", "none" (and "else"), then what is said of them: "no one was hurt", "nobody else was injured". */
export const negatedPronoun: PatternRule = {
  id: 'count.negated-pronoun',
  variants: ['count.negated-pronoun-additional'],
  pattern: /\b(?:no[\s-]one|nobody|none)(?:\s+else)?\b/gi,
  build(m, { a, s }) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const afterText = a.text.slice(end, Math.min(s.end, end + 120)).replace(/^\s+of\s+(?:the\s+|those\s+|these\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+(?:was|were|is|are|had|has|have)\b)/i, '');
    const ctx = contextRule(AFTER_RULES, afterText, true);
    if (!ctx) return null;
    const additional = /\belse$/i.test(m[0]);
    return {
      start, end, value: 0, qualifier: 'exact', unit: null, category: ctx.category, rule: additional ? 'count.negated-pronoun-additional' : 'count.negated-pronoun',
      casualty: true, ...(additional ? { additional: true } : {}),
    };
  },
};

/** "no injuries", "no other deaths", "no officers were hurt" (the noun is checked against the lexicon). */
export const negatedNoun: PatternRule = {
  id: 'count.negated-noun',
  variants: ['count.negated-casualty', 'count.negated-additional'],
  pattern: /\bno\s+(?:(other|additional|further|more|serious|major|immediate|reported|known|life-threatening|civilian)\s+)?([a-z][a-z-]{1,20})\b(?![\s-]+(?:penalty|row|sentence|certificate|threat|warrant|toll)\b)/gi,
  build(m, { a, s }) {
    const unit = singular(m[2]);
    const start = s.start + m.index;
    const end = start + m[0].length;
    let category = NOUN_CATEGORY.get(unit);
    let rule = 'count.negated-noun';
    if (PERSON_NOUNS.has(unit) || category === undefined || !NEGATABLE.has(category)) {
      if (!PERSON_NOUNS.has(unit)) return null;
      const ctx = contextRule(AFTER_RULES, a.text.slice(end, Math.min(s.end, end + 120)));
      if (!ctx) return null;
      category = ctx.category;
      rule = 'count.negated-casualty';
    }
    const additional = !!m[1] && /^(?:other|additional|further|more)$/i.test(m[1]);
    if (additional) rule = 'count.negated-additional';
    return {
      start, end, value: 0, qualifier: 'exact', unit: ['dead', 'injured', 'wounded'].includes(unit) ? null : unit, category, rule,
      casualty: true, ...(additional ? { additional: true } : {}),
    };
  },
};
