// Actors: people, organisations, armed groups, militaries, governments and media, as mentions with
// exact spans. The domain's order: name chunks -> rules (extract.ts) -> refiners (refine.ts).
import type { Analysis } from '../../analyse/index.js';
import type { ActorMention } from '../types.js';
import { buildContext, extractCandidates } from './extract.js';
import { checkSpans, REFINERS } from './refine.js';

export { RULES } from './rules.js';

/** Throws on a bug; the pipeline turns that into a `stage_failed` warning on the record. */
export function extractActors(a: Analysis): ActorMention[] {
  const ctx = buildContext(a);
  let x = extractCandidates(ctx);
  for (const refine of REFINERS) x = refine(ctx, x);
  return checkSpans(a, x.mentions);
}
