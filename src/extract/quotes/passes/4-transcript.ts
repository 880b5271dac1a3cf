// Pass 4: a transcript's turns outside marks. A paragraph that opens with an upper-case speaker label ("TRUMP: ",
// "MR. HOLT: ") reports the rest of the paragraph as the labelled speaker's words, when the text has such turns.
import type { QuoteContext } from '../context.js';
import { FACT_BOX_LABELS, HEADLINE_LABELS } from '../lexicon.js';
import type { Paragraph } from '../marks.js';
import { candidates, firstReading } from '../runner.js';
import { SPEAKER_IDS, mention } from '../speaker.js';
import type { Found, TranscriptRule } from '../types.js';

/**
 * An upper-case speaker label opening a paragraph: "PENCE: ", "MR. SMITH: " (two letters at least), or an interview's
 * "Q: " and "A: ".
 */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{0,30}\p{Lu}\.?|[QA]):[ \t]+(?=\S)/u;
/** How many labelled paragraphs make a transcript: one alone is a heading ("CLARIFICATION: ..."). */
const MIN_TURNS = 2;

/** The label at the start of a paragraph outside marks, unless it is an editorial label ("UPDATE:", "WATCH:") or a fact box's ("WHEN:"). */
function labelOf(ctx: QuoteContext, p: Paragraph): RegExpExecArray | null {
  const m = LABEL.exec(ctx.text.slice(p.start, Math.min(p.end, p.start + 40)));
  if (!m || ctx.quoteAt(p.start)) return null;
  const words = m[1].toLowerCase().split(/[\s.]+/).filter(Boolean);
  return words.some((w) => HEADLINE_LABELS.has(w) || FACT_BOX_LABELS.has(w)) ? null : m;
}

/** Pass 4's rules, tried on each paragraph of a transcript. */
export const TRANSCRIPT_RULES: TranscriptRule[] = [
  {
    // "HOLT: Let's start with ...", "TRUMP: Well, I think ...": the turn after an upper-case label is the labelled speaker's
    id: 'quote.transcript-turn',
    pass: 'transcript',
    build({ ctx, para }) {
      const m = labelOf(ctx, para);
      if (!m) return null;
      const start = para.start + m[0].length;
      let end = para.end;
      while (end > start && /\s/.test(ctx.text[end - 1])) end--;
      if (end - start < 2 || !ctx.a.isContent(start, end)) return null;
      const from = ctx.termFrom(para.start);
      const to = ctx.termFrom(para.start + m[1].length);
      const speaker = from >= 0 && to > from ? mention(ctx, from, to, SPEAKER_IDS.transcriptLabel) : null;
      return speaker ? { spans: [[start, end]], type: 'direct', cue: null, speaker } : null;
    },
  },
];

/** Runs pass 4 over the paragraphs, when at least MIN_TURNS of them open with a label. */
export function runTranscript(ctx: QuoteContext, rules: readonly TranscriptRule[], out: Found[]): void {
  const turns = ctx.paras.filter((p) => labelOf(ctx, p));
  if (turns.length < MIN_TURNS) return;
  for (const para of turns) {
    const hit = firstReading(rules, { ctx, para });
    if (hit) out.push(...candidates(ctx, { ...hit.rule, typeFixed: true, labelled: true }, hit.reading, null));
  }
}
