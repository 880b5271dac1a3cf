// The counts domain: numbers of things and people, with qualifier, counted noun and category (SPEC §2 counts),
// as one plain object: its rules (rules/, run in order by extract.ts), its refiners and its lexicons.
import { reportFailure, type Analysis } from '../../analyse/index.js';
import type { Domain } from '../domain.js';
import type { CountCandidate } from '../types.js';
import { CONTEXT_RULES } from './context.js';
import { globalPatterns, runRules } from './extract.js';
import { COUNTS_LEXICON } from './lexicon.js';
import { REFINERS, REFINER_IDS } from './refine.js';
import { COUNT_RULES } from './rules/index.js';
import type { CountRule, Refiner } from './types.js';

export { SAME_PLACE_NOUNS, SHOOTER_NOUNS, VICTIM_NOUNS, WOUND_NOUNS, singular } from './lexicon.js';
export { withoutReading } from './reading.js';
export type { CountRule, Refiner } from './types.js';

/** The domain as data. `ids`: the rules' variants, the casualty contexts whose ids a number count takes, and the refiners' ids. */
export const countsDomain: Domain<CountRule, Refiner> = {
  name: 'counts',
  rules: COUNT_RULES,
  refiners: REFINERS,
  lexicon: COUNTS_LEXICON,
  ids: [...COUNT_RULES.flatMap((r) => r.variants ?? []), ...CONTEXT_RULES.map((r) => r.id), ...REFINER_IDS],
};

/** Every count of a document, sentence by sentence: the rules, then the refiners. */
export function extractCounts(a: Analysis, domain: Domain<CountRule, Refiner> = countsDomain): CountCandidate[] {
  const out: CountCandidate[] = [];
  const patterns = globalPatterns(domain.rules);
  for (const s of a.sentences) {
    try {
      let counts = runRules(a, s, domain.rules, patterns);
      for (const refine of domain.refiners) counts = refine(a, counts);
      out.push(...counts);
    } catch (e) {
      // an odd sentence never stops the document, but it is not silent: the record gets a stage_failed warning
      reportFailure(a, 'counts', e);
    }
  }
  return out;
}
