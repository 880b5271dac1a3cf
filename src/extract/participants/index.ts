// Unnamed participants (descriptions of people and groups), as candidates for event roles, as one plain
// object: its rules, its refiners and its lexicons. The event passes give a description a role.
import type { Domain } from '../domain.js';
import { LEXICON } from './lexicon.js';
import { PARTICIPANT_REFINERS, type ParticipantRefiner } from './refine.js';
import { PARTICIPANT_RULES, type ParticipantRule } from './rules.js';

export { extractParticipants, type ParticipantMention } from './extract.js';
export { HEADS } from './lexicon.js';
export { PARTICIPANT_RULES, type ParticipantRule } from './rules.js';

export { PARTICIPANT_REFINERS, type ParticipantRefiner } from './refine.js';

export const participantsDomain: Domain<ParticipantRule, ParticipantRefiner> = {
  name: 'participants',
  rules: PARTICIPANT_RULES,
  refiners: PARTICIPANT_REFINERS,
  lexicon: LEXICON,
};
