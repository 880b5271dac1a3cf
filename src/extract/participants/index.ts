// Unnamed participants (descriptions of people and groups), as candidates for event roles.
export { extractParticipants, PARTICIPANT_RULES, type ParticipantMention } from './extract.js';
export { HEADS } from './lexicon.js';
