// Words of unnamed participants: the heads of descriptions news gives of attackers, victims and forces
// ("gunmen", "the assailants", "a suspect", "two men on a motorcycle"), loaded once from JSON files in
// ./lexicon/ (each says what its words are for; all hand-written general vocabulary).
import type { ActorKind } from '../../record/schema.js';
import { table, wordSet, type LexiconFile } from '../lexicon.js';
import heads from './lexicon/heads.json' with { type: 'json' };
import perpetratorModifiers from './lexicon/perpetrator-modifiers.json' with { type: 'json' };
import numbers from './lexicon/numbers.json' with { type: 'json' };
import determiners from './lexicon/determiners.json' with { type: 'json' };
import modifiers from './lexicon/modifiers.json' with { type: 'json' };

/** What a description usually is in a story of violence: a perpetrator, a person hit, or a force. */
export type Leaning = 'perpetrator' | 'victim' | 'force' | 'person';

export interface Head {
  kind: ActorKind;
  plural: boolean;
  leaning: Leaning;
  /** The singular form: "gunmen" and "gunman" share it, so the resolver can tell one from the other by number. */
  lemma: string;
}

interface HeadGroup {
  leaning: Leaning;
  kind: ActorKind;
  /** "singular/plural" pairs; either side may be empty ("/police"). */
  pairs: string[];
}

function headTable(groups: readonly HeadGroup[]): Record<string, Head> {
  const out: Record<string, Head> = {};
  for (const { leaning, kind, pairs } of groups) {
    for (const pair of pairs) {
      const [one, many] = pair.split('/');
      if (one) out[one] = { kind, plural: false, leaning, lemma: one };
      if (many) out[many] = { kind: kind === 'person' ? 'group' : kind, plural: true, leaning, lemma: one || many };
    }
  }
  return out;
}

export const HEADS: Readonly<Record<string, Head>> = headTable((heads as LexiconFile<HeadGroup[]>).entries);

/** Words before a head that make a perpetrator of any person ("armed men", "masked men", "unidentified men"). */
export const PERP_MODIFIERS = wordSet(perpetratorModifiers);

/** Determiners and quantity words a description may start with; the number words give its count. */
export const NUMBERS: Readonly<Record<string, number>> = table(numbers);

export const DETERMINERS: readonly string[] = determiners.entries;

/** Adjectives that may stand between the determiner and the head. */
export const MODIFIERS: readonly string[] = modifiers.entries;

/** Every lexicon of the domain, by file name. */
export const LEXICON = { heads, 'perpetrator-modifiers': perpetratorModifiers, numbers, determiners, modifiers } as const;
