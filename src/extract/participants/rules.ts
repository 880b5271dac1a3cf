// Participant rules as data: a description by a head noun of the participants lexicon, and its armed variant
// (the modifier makes a perpetrator). Both are read by the one scan of extract.ts.
export interface ParticipantRule {
  readonly id: string;
  readonly about: string;
}

export const PARTICIPANT_RULES = {
  description: { id: 'participant.description', about: 'a description of a person or group by a head noun of the participants lexicon ("two gunmen", "the assailants")' },
  armedMen: { id: 'participant.armed-men', about: 'people described as armed, masked or unidentified are perpetrators ("armed men")' },
} as const satisfies Record<string, ParticipantRule>;
