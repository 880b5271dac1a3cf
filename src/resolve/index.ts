// The resolve stage: one place for everything that ties the extractors' mentions to the world and to each other.
// Places are looked up on the gazetteer and grouped; actors are grouped by name (coreference) and told from
// places; places inside actors' names go; speakers are tied to actors; every item gets its id. The event stage
// reads only what this stage returns, and asks the gazetteer only through `lookup`.
import { guarded, type Analysis } from '../analyse/index.js';
import type { Actor, DateItem, Place, Quote } from '../record/schema.js';
import type { ActorMention, CountCandidate, CountItem, DateCandidate, PlaceMention, QuoteCandidate } from '../extract/types.js';
import type { ServiceNames } from '../extract/places/services.js';
import type { WrittenName } from '../extract/places/written-names.js';
import type { Resources } from '../resources.js';
import { resolvePlaces } from './places.js';
import { resolveActors } from './actors.js';
import { resolveSpeakers } from './speakers.js';
import { dropPlacesInsideActorNames } from './overlaps.js';
import { withIds } from './ids.js';
import { placeLookup, type PlaceLookup } from './event-places.js';
import { stateByPhone } from './text-states.js';

export type { LocationChoice, PlaceLookup, ServiceCity } from './event-places.js';

/** The rule ids this stage puts on places and quotes' speakers (the registry, src/registry.ts, reads them). */
export const resolveIds = {
  name: 'resolve',
  ids: [
    'resolve.place-admin', 'resolve.place-city-context', 'resolve.place-city-county', 'resolve.place-city-neighbours', 'resolve.place-city-prominence',
    'resolve.place-city-region-pair', 'resolve.place-country', 'resolve.place-county', 'resolve.place-dateline-capital',
    'resolve.place-direction-city-part', 'resolve.place-direction-region', 'resolve.place-document-context', 'resolve.place-named-area',
    'resolve.place-pattern', 'resolve.place-postal-town', 'resolve.place-state-suffix', 'resolve.place-terrain-town', 'resolve.place-country-town', 'resolve.place-unresolved',
    'speaker.actor-apposition', 'speaker.actor-mention', 'speaker.actor-name-head', 'speaker.actor-surname', 'speaker.actor-title',
    'speaker.pronoun-recent-organization', 'speaker.pronoun-recent-person', 'speaker.relative-antecedent', 'speaker.relative-description',
  ],
} as const;
export { nextId, withIds } from './ids.js';

/** What the extractors found, in content only (and the text's capitalised names, for the event's place of last resort). */
export interface Mentions {
  dates: DateCandidate[];
  /** Counts of the record, and casualties told by a name (`byName`), which are tallies of the event only. */
  counts: CountCandidate[];
  tallies: CountCandidate[];
  places: PlaceMention[];
  /** Capitalised names anywhere in the text, credits included ("Photo: ..., Houston Chronicle"), for the event's last
   * resort: read only when asked (most events find their place before it). */
  written: () => WrittenName[];
  services: ServiceNames;
  actors: ActorMention[];
  quotes: QuoteCandidate[];
}

export interface Resolved {
  dates: DateItem[];
  counts: CountItem[];
  tallies: CountItem[];
  places: Place[];
  actors: Actor[];
  quotes: Quote[];
  /** The gazetteer, for the event stage's place (src/event/location.ts). */
  lookup: PlaceLookup;
}

/**
 * The written names that the content does not use as free words: outside the content (credits, captions, boilerplate),
 * or inside the name of an organisation or outlet ("Houston Police Department", "CBS Chicago"). A town word the place
 * extractor turned down in running text (a club in a sports report) stays turned down.
 */
function outsideFreeText(a: Analysis, written: WrittenName[], actors: Actor[]): WrittenName[] {
  const inOrg = (s: number, e: number): boolean =>
    actors.some((x) => x.kind !== 'person' && x.mentions.some((m) => m.start <= s && e <= m.end));
  return written.filter((w) => !a.isContent(w.start, w.start + w.name.length) || inOrg(w.start, w.start + w.name.length));
}

const firstStart = (x: { start?: number; mentions?: { start: number }[] }): number => x.start ?? x.mentions?.[0]?.start ?? 0;

/** Ties the mentions to the world (the pipeline's gazetteer) and to each other (speakers' genders from its first names). */
export function resolve(a: Analysis, m: Mentions, r: Resources): Resolved {
  const dates = withIds('d', m.dates, firstStart);
  const counts = withIds('c', m.counts, firstStart);
  const tallies = withIds('t', m.tallies, firstStart);
  // read once: it resolves the places here and picks the event's region in the event stage (through the lookup)
  const phoned = stateByPhone(a, (code) => r.gazetteer.stateOfAreaCode(code));
  const placesFound = withIds('p', guarded(a, 'places', () => resolvePlaces(r.gazetteer, m.places, a, phoned), []), firstStart);
  const actors = withIds('a', guarded(a, 'actors', () => resolveActors(m.actors, placesFound, a), []), firstStart);
  const places = withIds('p', dropPlacesInsideActorNames(placesFound, actors), firstStart);
  const quotes = withIds('q', guarded(a, 'quotes', () => resolveSpeakers(m.quotes, actors, a, r.firstNames), []), firstStart);
  return { dates, counts, tallies, places, actors, quotes, lookup: placeLookup(r.gazetteer, m.services, () => outsideFreeText(a, m.written(), actors), phoned) };
}
