// What the actor passes share: the document's context (its analysis, word knowledge, name chunks, whether it
// reads as sports results), the candidates they hand on, and the one way a candidate is labelled by a rule.
import type { Analysis } from '../../analyse/index.js';
import type { ActorKind } from '../../record/schema.js';
import type { Resources } from '../../resources.js';
import type { ActorMention } from '../types.js';
import { findChunks, type Chunk } from './passes/1-chunks.js';
import { wordKnowledge, type WordKnowledge } from './names.js';
import { slugText, SPORTS_SLUG, TEAM_SPORTS_SLUG } from './teams.js';

export interface Context {
  a: Analysis;
  k: WordKnowledge;
  chunks: Chunk[];
  /** The document reads as sports results (a sports slug in the headline). */
  sports: boolean;
  /** Chunks by the index one past their last term. */
  chunkEndingAt: Map<number, Chunk>;
  /** Team sports: names in result slots are teams, not competitors. */
  teamSports: boolean;
  /** A press digest (the headline says so): its newspapers head their stories, each on a line of its own. */
  pressDigest: boolean;
}

/**
 * What a rule says about the mentions it makes, besides its id (shown by --explain). The passes and refiners
 * read these fields, never the id: `weak`, `team` and `descriptive` travel on each candidate.
 */
export interface ActorRule {
  readonly id: string;
  /** What the rule finds, in one sentence. */
  readonly about: string;
  /** A guess from the name's words alone: a strong reading of the same name elsewhere in the document wins. */
  readonly weak?: true;
  /** Read from the name's own words (their tags, their shape, a first name), with nothing around them. */
  readonly fromWords?: true;
  /** A sports club. */
  readonly team?: true;
  /** A description of an actor ("US forces", "Iran-backed militias"), not its name. */
  readonly descriptive?: true;
}

/** An actor candidate: a record mention with the fields of the rule that made it. */
export interface Candidate extends ActorMention {
  weak?: true;
  team?: true;
}

/** The rule's id and fields, to spread over a candidate (every field written, so that a copy never keeps its source's). */
export const labelled = (r: ActorRule): Pick<Candidate, 'rule' | 'weak' | 'team' | 'descriptive'> => ({
  rule: r.id,
  weak: r.weak,
  team: r.team,
  descriptive: r.descriptive,
});

/** What the rules hand to the refiners: labelled mentions, and name chunks no rule could label yet. */
export interface Extraction {
  mentions: Candidate[];
  unlabelled: Chunk[];
}

/** A candidate for the whole chunk. */
export function mention(
  a: Analysis, c: Chunk, rule: ActorRule, kind: ActorKind, extra: Partial<Pick<ActorMention, 'title' | 'country' | 'affiliation' | 'name'>> = {},
): Candidate {
  return {
    text: a.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    ...labelled(rule),
    name: extra.name ?? a.text.slice(c.start, c.end),
    kind,
    title: extra.title ?? null,
    country: extra.country ?? null,
    affiliation: extra.affiliation ?? null,
  };
}

/** A headline that names a press review ("PRESS DIGEST - Tunisia - Aug 31", "Press digest : Indonesian newspapers"). */
const PRESS_DIGEST = /\bpress\s+(?:digest|review)\b/i;

export function buildContext(a: Analysis, r: Resources): Context {
  const headline = slugText(a);
  const chunks = findChunks(a);
  return { a, k: wordKnowledge(a, r), chunks, chunkEndingAt: new Map(chunks.map((c) => [c.to, c])), sports: SPORTS_SLUG.test(headline), teamSports: TEAM_SPORTS_SLUG.test(headline), pressDigest: PRESS_DIGEST.test(headline) };
}
