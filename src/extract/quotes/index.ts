// Quotes: direct, partial and indirect speech with the words that attribute them.
// Order: analyse (shared) -> quoted spans and sentences (context) -> rules -> refiners.
import type { Analysis } from '../../analyse/index.js';
import type { QuoteCandidate } from '../types.js';
import { buildContext } from './context.js';
import { runRules } from './extract.js';
import { REFINERS, toCandidates } from './refine.js';

export { RULES, SPEAKER_RULES } from './rules.js';

export function extractQuotes(a: Analysis): QuoteCandidate[] {
  if (a.terms.length === 0) return [];
  const ctx = buildContext(a);
  let found = runRules(ctx);
  for (const refine of REFINERS) found = refine(ctx, found);
  return toCandidates(found);
}
