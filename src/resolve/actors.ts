// Actor mentions -> actors, one per referent (coreference by name), linked to places by country.
import type { Analysis } from '../analyse/index.js';
import type { ActorMention } from '../extract/types.js';
import type { Actor, Place } from '../record/schema.js';

export type ResolvedActor = Omit<Actor, 'id'> & { rule: string };

export function resolveActors(_mentions: ActorMention[], _places: Place[], _a: Analysis): ResolvedActor[] {
  return [];
}
