// The shape of a date rule: a pattern (regex source, matched on the raw text at word boundaries)
// and a pure `build` that reads the match and returns what it means, or null to reject it.
import type { DateType, Granularity } from '../../record/schema.js';
import type { Reference, Tense } from './normalise.js';

export interface RuleContext {
  text: string;
  start: number;
  end: number;
  /** The reference (publication) date, or null when unknown. */
  ref: Reference | null;
  /** Tense of the clause around the match (computed on demand from the shared analysis). */
  tense(): Tense;
  /** The text from `before` characters before the match to `after` characters after it (for cues such as a nearby "quarter"). */
  window(before: number, after: number): string;
}

export interface RuleResult {
  type: DateType;
  value: string | null;
  /** Defaults to the granularity read off `value`. */
  granularity?: Granularity | null;
  relative: boolean;
  /**
   * Set when the value depends on a date named earlier in the text rather than on the publication date
   * ("that year", "the following month", "earlier that day"); resolved by the anchoring refiner.
   */
  anchor?: Anchor;
}

export interface Anchor {
  unit: 'year' | 'month' | 'week' | 'day' | 'quarter';
  shift: number;
  /** TIMEX3 part-of-day code to append ("MO" for "the next morning"). */
  part?: string;
  /** ISO weekday sought from the anchor in the direction of `shift` ("the previous Friday": the Friday before it). */
  weekday?: number;
}

/** See `DateRule.form`. */
export type DateForm = 'clock' | 'clock-in-the' | 'weekday' | 'day';

export interface DateRule {
  /** Stable rule id, shown by --explain. */
  id: string;
  /** Regular-expression source; the runner adds word boundaries on both sides. */
  pattern: string;
  /** What the refiners ask of its results: a clock time that merges with a day next to it ("4:15 a.m. Friday"),
   * a clock time told by its part of day ("at 4 in the morning"), or a weekday ("Friday") or another day. */
  form?: DateForm;
  build(m: RegExpExecArray, ctx: RuleContext): RuleResult | null;
}
