// The dates domain: temporal expressions (TimeML TIMEX3 extents, types and values), as one plain object:
// its rules, the runner that applies them and the refiners that clean the result.
import type { Analysis } from '../../analyse/index.js';
import type { DateCandidate } from '../types.js';
import { DATE_RULES } from './rules.js';
import { compileRules, runRules, type CompiledRule } from './extract.js';
import { REFINERS, type Refiner } from './refine.js';
import { chronoCandidates } from './chrono.js';
import { parseReference } from './normalise.js';
import type { DateRule } from './types.js';
import * as lexicon from './lexicon.js';
import { CHRONO_RULE } from './chrono.js';
import type { Domain } from '../domain.js';

export { DATE_RULES } from './rules.js';
export { REFINERS } from './refine.js';
export type { DateRule } from './types.js';

/** The domain as data: what runs, in which order. */
export const datesDomain = {
  name: 'dates',
  rules: DATE_RULES,
  refiners: REFINERS,
  lexicon,
  // made by refiners and by chrono-node, not by a rule of the table
  ids: ['time.clock-with-day', 'date.day-offset', CHRONO_RULE],
} as const satisfies Domain<DateRule, Refiner>;

export interface DateTagger {
  rules: CompiledRule[];
  extract(a: Analysis): DateCandidate[];
}

/**
 * A tagger with its rules compiled once; reuse it across documents (a pipeline makes and owns one:
 * createPipeline). V8's cache of compiled regular expressions does not survive a full garbage collection, and
 * these unicode-aware patterns are costly to compile, so a tagger keeps its own (the runner resets every
 * pattern's lastIndex before it scans).
 */
export function createDateTagger(domain: Pick<Domain<DateRule, Refiner>, 'rules' | 'refiners'> = datesDomain): DateTagger {
  const rules = compileRules([...domain.rules]);
  return {
    rules,
    extract(a) {
      // our rules first; chrono-node fills the gaps they leave (numeric and ISO formats), at the lowest priority
      const ref = parseReference(a.reference);
      let xs = [...runRules(a, rules), ...chronoCandidates(a.text, ref, rules.length)];
      for (const refine of domain.refiners) xs = refine({ text: a.text, ref }, xs);
      return xs.map(({ priority: _p, anchor: _a, form: _f, chrono: _c, ...x }) => x);
    },
  };
}
