// Reflexives: "killed himself", "shot herself", "turned the gun on himself"; and a second object after one:
// "shot and wounded himself and his 10-year-old son".
import { PERSON_NOUNS, singular } from '../lexicon.js';
import type { Built, PatternRule } from '../types.js';

const REFLEXIVE_AND = /^\s+and\s+((?:(?:his|her|their|a|an)\s+)?(?:\d{1,3}-(?:year|month)-old\s+)?([a-z]{2,20}))\b/i;

export const reflexive: PatternRule = {
  id: 'count.reflexive-casualty',
  variants: ['count.reflexive-shot', 'count.reflexive-and-casualty', 'count.reflexive-and-shot'],
  // group 1: a killing verb; group 2: a wounding one; group 3: the reflexive
  pattern:
    /\b(?:(shot\s+and\s+killed|kills\s+[^.;]{1,40}?(?:,|\s+and(?:\s+then)?)|killed\s+[^.;]{1,40}?(?:,|\s+and(?:\s+then)?)|killing\s+[^.;]{1,40}?\s+and(?:\s+then)?|shooting\s+and\s+killing|fatally\s+shot|fatally\s+shooting|killed|killing|kills|kill|turned\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|handgun|pistol)\s+on|turning\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|handgun|pistol)\s+on)|(shot|shooting|shoots|shoot|wounded|wounding|injured|injuring))\s+(himself|herself|self)\b/gi,
  build(m, { a, s, found }) {
    if (/\bto\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index))) return null; // "tried to kill himself"
    const out: Built[] = [];
    const killed = !!m[1];
    const start = s.start + m.index + m[0].length - m[3].length;
    const subject = found.find((c) => (c.category === 'killed' || c.category === 'injured') && c.end <= start && /^[\s\w-]{0,40}$/.test(a.text.slice(c.end, start)) && !/\b(?:then|before|after|and(?!\s+(?:fatally\s+)?(?:wounded|injured|killed|shot)\s*$))\b/i.test(a.text.slice(c.end, start)));
    // "shot and wounded himself and his 10-year-old son": the verb has a second object
    const more = REFLEXIVE_AND.exec(a.text.slice(start + m[3].length, s.end));
    if (more && PERSON_NOUNS.has(singular(more[2])) && singular(more[2]) === more[2].toLowerCase()) {
      const from = start + m[3].length + more[0].length - more[1].length;
      const to = from + more[1].length;
      if (!found.some((c) => c.start < to && from < c.end)) {
        out.push({
          start: from, end: to, value: 1, qualifier: 'exact', unit: singular(more[2]), category: killed ? 'killed' : 'injured',
          rule: killed ? 'count.reflexive-and-casualty' : 'count.reflexive-and-shot', casualty: true, ...(killed ? {} : { shot: true }),
        });
      }
    }
    // "a 3-year-old boy fatally shot himself": one person; not "shot his neighbor before turning the gun on himself"
    if (subject) return out;
    out.push({
      start, end: start + m[3].length, value: 1, qualifier: 'exact', unit: null, category: killed ? 'killed' : 'injured',
      rule: killed ? 'count.reflexive-casualty' : 'count.reflexive-shot', casualty: true, reflexive: true, ...(killed ? {} : { shot: true }),
    });
    return out;
  },
};
