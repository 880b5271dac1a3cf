// Unnamed participants: descriptions of people and groups ("gunmen", "the assailants", "two men on a
// motorcycle") as candidate actors with exact spans, a number when the text gives one, and a leaning
// (perpetrator, victim, force). They become record actors only when an event gives them a role.
// The rules (./rules.ts) run on the one runner (../runner.ts).
import type { Analysis } from '../../analyse/index.js';
import type { ActorKind } from '../../record/schema.js';
import { compileRules } from '../runner.js';
import type { Leaning } from './lexicon.js';
import { PARTICIPANT_REFINERS } from './refine.js';
import { PARTICIPANT_RULES } from './rules.js';

export interface ParticipantMention {
  text: string;
  start: number;
  end: number;
  /** The head word as written, lower case ("gunmen"). */
  head: string;
  lemma: string;
  kind: ActorKind;
  plural: boolean;
  leaning: Leaning;
  /** "the gunmen", "these men": points back at a participant told before. */
  definite: boolean;
  count?: number;
  rule: string;
}

const RULES = compileRules(PARTICIPANT_RULES);

export function extractParticipants(a: Analysis): ParticipantMention[] {
  try {
    let found = RULES.run(a, a).map((hit) => hit.value);
    for (const r of PARTICIPANT_REFINERS) found = r.run(a, found);
    return found;
  } catch {
    return [];
  }
}
