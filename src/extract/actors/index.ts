// Actors: people, organisations, armed groups, militaries, governments and media, as mentions with exact
// spans, as one plain object: its rules, its refiners and its lexicons. The order of a document's passes is
// the order of the files in passes/: name chunks (1), the names read from them by the chunk rules (2),
// descriptions (3), names inside prefixed words (4); then the refiners, in the order of REFINERS.
import type { Analysis } from '../../analyse/index.js';
import type { Resources } from '../../resources.js';
import type { Domain } from '../domain.js';
import type { ActorMention } from '../types.js';
import { buildContext, type ActorRule, type Extraction } from './context.js';
import { LEXICON } from './lexicon.js';
import { names } from './passes/2-names.js';
import { descriptions } from './passes/3-descriptions.js';
import { prefixed } from './passes/4-prefixed.js';
import { checkSpans, REFINERS, type Refiner } from './refine.js';
import { CHUNK_RULES, RULES, type ChunkRule } from './rules.js';

export { CHUNK_RULES, RULES } from './rules.js';
export { REFINERS } from './refine.js';

/** Ids of the chunk table's rules: the table is the domain's `rules`; every other id is listed in `ids`. */
const tableIds = new Set(CHUNK_RULES.map((r) => r.id));

/** The domain as data: the chunk rules in the order they are tried, the refiners in the order they run, the lexicons. */
export const actorsDomain: Domain<ChunkRule, Refiner> = {
  name: 'actors',
  rules: CHUNK_RULES,
  refiners: REFINERS,
  lexicon: LEXICON,
  ids: Object.values(RULES).map((r: ActorRule) => r.id).filter((id) => !tableIds.has(id)),
};

/** The passes of a document, in order (the numbered files of passes/). */
function candidates(a: Analysis, r: Resources): { ctx: ReturnType<typeof buildContext>; x: Extraction } {
  const ctx = buildContext(a, r);
  const named = names(ctx);
  return { ctx, x: { mentions: [...named.mentions, ...descriptions(ctx), ...prefixed(ctx)], unlabelled: named.unlabelled } };
}

/**
 * Every actor mention of the document; the countries and first names come from the pipeline's resources.
 * Throws on a bug; the pipeline turns that into a `stage_failed` warning on the record.
 */
export function extractActors(a: Analysis, r: Resources): ActorMention[] {
  const { ctx, x: first } = candidates(a, r);
  let x = first;
  for (const refine of actorsDomain.refiners) x = refine(ctx, x);
  return checkSpans(a, x.mentions);
}
