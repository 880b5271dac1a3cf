// Actors: people, organisations, armed groups, militaries, governments and media, as mentions with
// exact spans. The domain's order: name chunks -> rules (extract.ts) -> refiners (refine.ts).
import type { Analysis } from '../../analyse/index.js';
import type { ActorMention } from '../types.js';
import { buildContext, extractCandidates } from './extract.js';
import { checkSpans, REFINERS } from './refine.js';

export { RULES } from './rules.js';

export function extractActors(a: Analysis): ActorMention[] {
  try {
    const ctx = buildContext(a);
    let x = extractCandidates(ctx);
    for (const refine of REFINERS) x = refine(ctx, x);
    return checkSpans(a, x.mentions);
  } catch {
    // an extractor never throws on odd input; the record simply has no actors from here
    return [];
  }
}
