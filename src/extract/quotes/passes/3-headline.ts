// Pass 3: a headline "Name: words" reports the words of the name before its colon.
import type { QuoteContext } from '../context.js';
import { FUNCTION_WORDS, HEADLINE_LABELS, HEADLINE_VERBS } from '../lexicon.js';
import { candidates, firstReading } from '../runner.js';
import { SPEAKER_IDS, mention } from '../speaker.js';
import type { Term } from '../../../analyse/index.js';
import type { Found, TitleRule } from '../types.js';

/** Words that cannot be part of a headline's subject ("Why Trump is leading", "With two months to go"). */
const NOT_SUBJECT = new Set([...FUNCTION_WORDS['wh-words'], ...FUNCTION_WORDS.subordinators, ...FUNCTION_WORDS['headline-non-subject']]);

/** A word of a headline's subject: a capitalised word or a noun, not a verb ("Trump Got More Votes"). */
function subjectWord(ctx: QuoteContext, t: Term): boolean {
  if (NOT_SUBJECT.has(t.normal) || HEADLINE_LABELS.has(t.normal) || t.tags.has('Pronoun') || (t.tags.has('Verb') && !t.tags.has('Noun'))) return false;
  return /^[\p{Lu}\p{N}]/u.test(t.text) || (t.tags.has('Noun') && !t.tags.has('Verb'));
}

/** A headline's verb of saying or attack, not a participle ("Says", "urges", "Rip"). */
function headlineVerb(ctx: QuoteContext, t: Term): boolean {
  if (/ing$/.test(t.normal)) return false;
  return ctx.cues.cue(t.normal) !== null || HEADLINE_VERBS.has(t.normal);
}

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
  {
    // "Obama Says African-American Museum Will Tell of ...", "Black Lawmakers Rip Donald Trump As ...": a headline
    // that opens with its subject and a verb of saying or attack (headline-verbs) reports the words after the
    // verb, when no quote of the earlier passes lies in it
    id: 'quote.headline-subject-verb',
    pass: 'headline',
    build({ ctx, taken }) {
      const terms = ctx.terms;
      const title = ctx.a.title;
      if (!title || taken) return null;
      const idx = ctx.termFrom(title.start);
      for (let v = idx + 1; v < Math.min(idx + 6, terms.length) && terms[v].end <= title.end; v++) {
        const prev = terms[v - 1];
        // a participle opening the headline is an adjective of its subject ("Retired General", "Frustrated Parents")
        const opening = v - 1 === idx && prev.tags.has('PastTense') && /^\p{Lu}/u.test(prev.text);
        if (!(subjectWord(ctx, prev) || opening) || /[^\s'’]/.test(prev.post)) return null;
        // the verb may be followed by the opening mark of its quoted words ("Speaks ‘Directly To White People’")
        if (!headlineVerb(ctx, terms[v]) || /[^\s'‘“"]/.test(terms[v].post)) continue;
        // a verb with no -s agrees with a plural subject only ("Lawmakers Rip"; not "A Curious Plan to", "Trump Got")
        if (!/[^s]s$/.test(terms[v].normal) && !/[^siu]s$/.test(prev.normal)) continue;
        const start = terms[v + 1]?.start;
        if (start === undefined || start >= title.end) return null;
        let end = title.end;
        while (end > start && /[.\s]/.test(ctx.text[end - 1])) end--;
        const speaker = mention(ctx, idx, v, SPEAKER_IDS.headlineSubject);
        // words that open in marks are the subject's own words, partly quoted ("Speaks ‘Directly To White People’")
        const quoted = ctx.quoteAt(start);
        const from = quoted && /['‘“"]/.test(ctx.text[start - 1] ?? '') ? start - 1 : start;
        return speaker && end > start ? { spans: [[from, end]], type: quoted ? 'partial' : 'indirect', cue: null, speaker } : null;
      }
      return null;
    },
  },
];

/** Runs pass 3 on the title. */
export function runHeadline(ctx: QuoteContext, rules: readonly TitleRule[], out: Found[]): void {
  const title = ctx.a.title;
  // words in marks inside the headline do not take it: they are the words its verb reports ("Speaks ‘...’")
  const taken = !!title && out.some((f) => !f.marked && f.start < title.end && f.end > title.start);
  const hit = firstReading(rules, { ctx, taken });
  if (hit) out.push(...candidates(ctx, hit.rule, hit.reading, null));
}
