// Weapons as news names them, with their kind, loaded once from JSON files in ./lexicon/ (each says what its
// words are for and where they come from). Hand-written and general: heads, and the modifiers that make a
// head a weapon ("car bomb", "machine guns", "Katyusha rockets").
import type { WeaponKind } from '../../record/schema.js';
import { table, wordSet, type LexiconFile } from '../lexicon.js';
import words from './lexicon/words.json' with { type: 'json' };
import typeModifiers from './lexicon/type-modifiers.json' with { type: 'json' };
import numbers from './lexicon/numbers.json' with { type: 'json' };

export interface WeaponWord {
  /** Forms of the head, singular and plural. */
  forms: string[];
  kind: WeaponKind;
}

/** The weapon words by kind, in the order of lexicon/words.json. */
export const WEAPON_WORDS: readonly WeaponWord[] = Object.entries(table(words as LexiconFile<Record<WeaponKind, string[]>>))
  .map(([kind, forms]) => ({ kind: kind as WeaponKind, forms }));

/** Number words before a weapon -> how many. */
export const NUM_WORDS: Readonly<Record<string, number>> = table(numbers);

const TYPE_WORDS = wordSet(typeModifiers);
const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names a weapon's type may carry in front ("Katyusha rockets", "AK-47 rifles", "Grad rockets", "120mm mortars", "automatic rifles"). */
export const TYPE_MODIFIER = new RegExp(`^(?:[A-Z][\\w-]*|\\d{2,3}mm|\\d{2,3}-mm|${[...TYPE_WORDS].map(esc).join('|')})$`);

/** Every lexicon of the domain, by file name. */
export const LEXICON = { words, 'type-modifiers': typeModifiers, numbers } as const;
