// Physical things an attack hits, usually unnamed: buildings, vehicles, infrastructure and facilities
// ("a church", "power pylons", "a bus", "the mayor's residence"), loaded once from lexicon/heads.json
// (hand-written general vocabulary).
import type { PlaceKind } from '../../record/schema.js';
import { table, type LexiconFile } from '../lexicon.js';
import heads from './lexicon/heads.json' with { type: 'json' };

/** Head (lower case, spaces between words) -> the place kind of the thing. */
export const THING_HEADS: ReadonlyMap<string, PlaceKind> = new Map(
  Object.entries(table(heads as LexiconFile<Record<PlaceKind, string[]>>)).flatMap(([kind, words]) => words.map((w): [string, PlaceKind] => [w, kind as PlaceKind])),
);

/** Every lexicon of the domain, by file name. */
export const LEXICON = { heads } as const;
