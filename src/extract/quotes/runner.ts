// The one runner of the rule tables: it tries a pass's rules in order on one site, and the first rule that
// reads the site wins; each span of its reading becomes a candidate carrying the rule's id (and the fields the
// refiners read), so no rule builds a candidate or does offset arithmetic of its own.
import type { QuoteCandidate, SpeakerMention } from '../types.js';
import type { QuoteContext } from './context.js';
import type { QuotedSpan } from './marks.js';
import type { Cue, Found, Reading } from './types.js';

/** The first rule (in table order) that reads the site, with its reading; `admits` skips rules that do not apply to it. */
export function firstReading<S, R extends { build(site: S): Reading | null }>(
  rules: readonly R[],
  site: S,
  admits?: (rule: R) => boolean,
): { rule: R; reading: Reading } | null {
  for (const rule of rules) {
    if (admits && !admits(rule)) continue;
    const reading = rule.build(site);
    if (reading) return { rule, reading };
  }
  return null;
}

/** The candidates of a reading, one per span, with the rule's id and flags. */
export function candidates(ctx: QuoteContext, rule: { id: string; typeFixed?: true; labelled?: true }, r: Reading, marked: QuotedSpan | null): Found[] {
  return r.spans.map((span) => {
    const f = makeQuote(ctx, span, r.type, rule.id, r.cue, r.speaker, marked);
    if (r.floating) f.floating = true;
    if (rule.typeFixed) f.typeFixed = true;
    if (rule.labelled) f.labelled = true;
    return f;
  });
}

function makeQuote(
  ctx: QuoteContext,
  span: readonly [number, number],
  type: QuoteCandidate['type'],
  rule: string,
  cue: Cue | null,
  speaker: SpeakerMention | null,
  marked: QuotedSpan | null,
): Found {
  const [start, end] = span;
  return {
    text: ctx.text.slice(start, end),
    start,
    end,
    type,
    verb: cue ? cue.text : null,
    speaker,
    rule,
    para: ctx.paraOf[ctx.termFrom(start)] ?? 0,
    cue: cue ? cue.i : -1,
    marked,
  };
}
