// The pipeline, in the order the data flows: analyse once -> extract -> resolve -> ids -> event -> record.
import { analyse, type Analysis } from './analyse/index.js';
import type { Document } from './document.js';
import { extractDates } from './extract/dates/index.js';
import { extractCounts, isNameTally } from './extract/counts/index.js';
import { extractPlaces } from './extract/places/index.js';
import { extractActors } from './extract/actors/index.js';
import { extractQuotes } from './extract/quotes/index.js';
import { resolvePlaces } from './resolve/places.js';
import { resolveActors } from './resolve/actors.js';
import { resolveSpeakers } from './resolve/speakers.js';
import { withIds } from './resolve/ids.js';
import { dropPlacesInsideActorNames } from './resolve/overlaps.js';
import { assembleEvent } from './event/index.js';
import { assembleEvents } from './event/events/index.js';
import { EventRecordSchema, SCHEMA_ID, type EventRecord } from './record/schema.js';
import { stripRules } from './record/explain.js';

export interface PipelineOptions {
  /** Keep the `rule` ids on every item (`--explain`). */
  explain?: boolean;
}

const firstStart = (x: { start?: number; mentions?: { start: number }[] }): number => x.start ?? x.mentions?.[0]?.start ?? 0;

/** Runs every stage on one analysed document and returns the record (not yet validated). */
export function buildRecord(a: Analysis): EventRecord {
  const inContent = <T extends { start: number; end: number }>(xs: T[]): T[] => xs.filter((x) => a.isContent(x.start, x.end));

  const dates = withIds('d', inContent(extractDates(a)), firstStart);
  const counted = inContent(extractCounts(a));
  // a casualty told by a name ("injuring Leanne Smith") is one person for the event's tally, not a count of the record
  const counts = withIds('c', counted.filter((c) => !isNameTally(c)), firstStart);
  const tallies = withIds('t', counted.filter(isNameTally), firstStart);
  const placesFound = withIds('p', resolvePlaces(inContent(extractPlaces(a)), a), firstStart);
  const actorsNamed = withIds('a', resolveActors(inContent(extractActors(a)), placesFound, a), firstStart);
  const placesNamed = withIds('p', dropPlacesInsideActorNames(placesFound, actorsNamed), firstStart);
  const quotes = withIds('q', resolveSpeakers(inContent(extractQuotes(a)), actorsNamed, a), firstStart);
  // the event may add one place: the town whose police report it ("Fort Wayne" of "the Fort Wayne Police
  // Department"), kept out of the places stage because only the event's region tells which town it is
  // and one date: the publication day, when the text gives the event none
  const { event: mainEvent, places: placesMain, dates: datesOut } = assembleEvent({ a, dates, counts, tallies, places: placesNamed, actors: actorsNamed, quotes });
  // every event the article tells of; described participants and unnamed things that fill a role join the actors and places
  const all = assembleEvents({ a, main: mainEvent, dates: datesOut, counts, places: placesMain, actors: actorsNamed, quotes });
  const { events, main: event, actors: actorsOut, places } = all;

  const warnings: string[] = [...(a.doc.warnings ?? [])];
  if (a.referenceSource === 'none') warnings.push('no publication date: relative dates left unresolved');

  return {
    schema: SCHEMA_ID,
    id: a.doc.id,
    title: a.doc.title ?? a.title?.text ?? null,
    published: { value: a.reference, source: a.referenceSource },
    event,
    events,
    dates: datesOut,
    places,
    actors: actorsOut,
    counts,
    quotes,
    meta: a.doc.meta,
    warnings,
  };
}

/** Extracts one document's record, validated against the schema. */
export function extractDocument(doc: Document, options: PipelineOptions = {}): EventRecord {
  const record = buildRecord(analyse(doc));
  const out = options.explain ? record : stripRules(record);
  return EventRecordSchema.parse(out) as EventRecord;
}
