// Place mentions -> places on the gazetteer, one per referent, with every mention.
import type { Analysis } from '../analyse/index.js';
import type { PlaceMention } from '../extract/types.js';
import type { Place } from '../record/schema.js';

export type ResolvedPlace = Omit<Place, 'id'> & { rule: string };

export function resolvePlaces(_mentions: PlaceMention[], _a: Analysis): ResolvedPlace[] {
  return [];
}
