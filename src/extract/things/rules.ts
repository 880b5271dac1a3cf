// Thing rules as data: one rule, a head noun of the things lexicon (lexicon/heads.json) with the words
// before it that belong to the thing ("the mayor's residence").
export interface ThingRule {
  readonly id: string;
  readonly about: string;
}

export const THING_RULES: readonly ThingRule[] = [
  { id: 'thing.head', about: 'an unnamed building, vehicle, facility or piece of infrastructure by a head noun of the things lexicon' },
];
