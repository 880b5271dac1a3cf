// The shape of a count rule. The runner (extract.ts) owns the loop over a sentence: it scans a pattern rule's
// matches, asks a token rule for its counts, adds each count's text and keeps them in one list in rule order.
import type { Analysis, Sentence, Term } from '../../analyse/index.js';
import type { CountCategory } from '../../record/schema.js';
import type { CountCandidate } from '../types.js';

/** What a rule sees of one sentence. */
export interface RuleContext {
  a: Analysis;
  s: Sentence;
  /** The sentence's non-empty terms. */
  toks: readonly Term[];
  /** The counts found so far in the sentence, by earlier rules and by this one (read only: the runner adds). */
  found: readonly CountCandidate[];
}

/** A count as a rule builds it: its span (document offsets), what it counts and the id of the rule; the runner adds the text. */
export type Built = Omit<CountCandidate, 'text'>;

interface RuleBase {
  /** The rule's id: put on the counts it makes (unique across the domain). */
  id: string;
  /** Other ids the rule's counts may carry (its variants: shot or not, headline or body ...), each its own. */
  variants?: readonly string[];
}

/** A rule over the sentence's text: the runner scans the pattern (global) and hands build each match. */
export interface PatternRule extends RuleBase {
  pattern: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Built | readonly Built[] | null;
}

/** A rule over the sentence's terms: build yields its counts one by one (each is in ctx.found before the next is built). */
export interface TokenRule extends RuleBase {
  pattern?: undefined;
  build(ctx: RuleContext): Iterable<Built>;
}

export type CountRule = PatternRule | TokenRule;

/** A casualty context: what is said of the counted people ("were killed", "wounding"), with its id and what it tells. */
export interface ContextRule {
  id: string;
  category: CountCategory;
  /** The counted people were hit by gunfire: killed or injured, the event tells which. */
  shot?: boolean;
  /** What it says reaches a count coordinated after the one it reads (CountReading.carries). */
  carries?: boolean;
  re: RegExp;
}

/** Refiners: pure (analysis, counts) => counts steps, applied once each, in order. */
export type Refiner = (a: Analysis, counts: CountCandidate[]) => CountCandidate[];
