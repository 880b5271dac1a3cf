// Pass 3: a headline "Name: words" reports the words of the name before its colon.
import type { QuoteContext } from '../context.js';
import { HEADLINE_LABELS } from '../lexicon.js';
import { candidates, firstReading } from '../runner.js';
import { SPEAKER_IDS, mention } from '../speaker.js';
import type { Found, TitleRule } from '../types.js';

/** Pass 3's rules, in the order they are tried on the title. */
export const TITLE_RULES: TitleRule[] = [
  {
    // "Pat Caddell: Democrat Voters Worried About Her Health"
    id: 'quote.headline-colon',
    pass: 'headline',
    build({ ctx }) {
      const terms = ctx.terms;
      const title = ctx.a.title;
      if (!title) return null;
      const idx = ctx.termFrom(title.start);
      for (let c = idx; c < Math.min(idx + 6, terms.length) && terms[c].end <= title.end; c++) {
        if (terms[c].post.trim() !== ':') continue;
        const ts = terms.slice(idx, c + 1);
        // a lone word before the colon is a noun however it is tagged ("Poll: ...", "Survey: ...")
        const lone = ts.length === 1 && !ts[0].tags.has('PastTense') && !ts[0].tags.has('Gerund');
        if (!ts.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) && (lone || !t.tags.has('Verb'))) || ts.some((t) => HEADLINE_LABELS.has(t.normal))) return null;
        const start = terms[c + 1]?.start;
        if (start === undefined || start >= title.end) return null;
        let end = title.end;
        while (end > start && /[.\s]/.test(ctx.text[end - 1])) end--;
        const speaker = mention(ctx, idx, c + 1, SPEAKER_IDS.headline);
        return speaker && end > start ? { spans: [[start, end]], type: 'indirect', cue: null, speaker } : null;
      }
      return null;
    },
  },
];

/** Runs pass 3 on the title. */
export function runHeadline(ctx: QuoteContext, rules: readonly TitleRule[], out: Found[]): void {
  const hit = firstReading(rules, { ctx });
  if (hit) out.push(...candidates(ctx, hit.rule, hit.reading, null));
}
