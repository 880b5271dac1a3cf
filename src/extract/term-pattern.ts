// A small pattern language over the analysis's terms (src/analyse: compromise's tokens with their normal form
// and tags), for rules that read words rather than characters: a sequence of steps, each a test on one term.
//
//   [{ in: DETERMINERS, optional: true }, { tag: 'Adjective', max: 3 }, { in: HEADS }]
//
// A step's tests all hold on its term (word equals, word in a lexicon set, a regular expression on the normal
// form, a compromise tag present or absent: the tag names of compromise's tag set, whose parents come with them,
// so `FirstName` also carries `Person` and `Noun`). A step matches one term, or `min` to `max` terms
// (`optional` is `min: 0`). Matching is greedy and never backtracks: each step takes as many terms as it may
// (up to its bound) and the next step starts after them, so a match at one term costs at most the sum of the
// steps' bounds, and a scan of the document is linear in its terms. (`{ tag: 'Adjective', max: 3 }` before
// `{ in: HEADS }` therefore never gives a head back to the adjectives: write the steps so that they do not
// compete for one term.) A match stays inside one sentence.
import type { Term } from '../analyse/index.js';

/** Tests on one term; every test given must hold. */
export interface TermTest {
  /** The term's normal form (lower case, no punctuation) is this word. */
  readonly word?: string;
  /** The term's normal form is one of these words (a lexicon's word set). */
  readonly in?: ReadonlySet<string>;
  /** The term's normal form matches this regular expression (anchor it with ^...$ to test the whole word). */
  readonly re?: RegExp;
  /** The term carries this compromise tag ("Noun", "Plural", "Value" ...). */
  readonly tag?: string;
  /** The term does not carry this compromise tag. */
  readonly notTag?: string;
}

/** One step of a term pattern: a test, and how many terms in a row it takes (one unless said). */
export interface TermStep extends TermTest {
  /** The step may take no term (the same as `min: 0`). */
  readonly optional?: boolean;
  /** At least this many terms (default 1, or 0 when optional). */
  readonly min?: number;
  /** At most this many terms (default 1, or `min` when that is larger). A bound is required: no unbounded repetition. */
  readonly max?: number;
}

export type TermPattern = readonly TermStep[];

/** A step made ready to run: its bounds resolved and its regular expression without state (no g or y flag). */
export interface CompiledStep {
  readonly test: (t: Term) => boolean;
  readonly min: number;
  readonly max: number;
}

export const MAX_REPEAT = 50;

function compileTest(step: TermTest): (t: Term) => boolean {
  const { word, in: set, tag, notTag } = step;
  const re = step.re ? new RegExp(step.re.source, step.re.flags.replace(/[gy]/g, '')) : undefined;
  return (t) =>
    (word === undefined || t.normal === word) &&
    (set === undefined || set.has(t.normal)) &&
    (re === undefined || re.test(t.normal)) &&
    (tag === undefined || t.tags.has(tag)) &&
    (notTag === undefined || !t.tags.has(notTag));
}

/** Compiles a pattern; throws on an empty pattern or a bound that is not a whole number from 0 to MAX_REPEAT. */
export function compileTermPattern(pattern: TermPattern): CompiledStep[] {
  if (!pattern.length) throw new Error('a term pattern needs at least one step');
  return pattern.map((step, k) => {
    const min = step.min ?? (step.optional ? 0 : 1);
    const max = step.max ?? Math.max(1, min);
    for (const n of [min, max]) {
      if (!Number.isInteger(n) || n < 0 || n > MAX_REPEAT) throw new Error(`term pattern step ${k}: bound ${n} is not a whole number from 0 to ${MAX_REPEAT}`);
    }
    if (max < min || max === 0) throw new Error(`term pattern step ${k}: max ${max} is below min ${min} or zero`);
    return { test: compileTest(step), min, max };
  });
}

/**
 * The terms the pattern takes from term `i` on, as one [from, to) range per step, or null when it does not
 * match there (or takes no term at all). Greedy, without backtracking; never past the sentence of term `i`.
 */
export function matchTermsAt(steps: readonly CompiledStep[], terms: readonly Term[], i: number): Array<readonly [number, number]> | null {
  const sentence = terms[i]?.sentence;
  if (sentence === undefined) return null;
  const parts: Array<readonly [number, number]> = [];
  let at = i;
  for (const step of steps) {
    const from = at;
    while (at - from < step.max && at < terms.length && terms[at].sentence === sentence && step.test(terms[at])) at++;
    if (at - from < step.min) return null;
    parts.push([from, at]);
  }
  return at > i ? parts : null;
}
