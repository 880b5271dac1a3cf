// The pipeline, in the order the data flows: analyse once -> extract -> resolve (gazetteer, coreference, speakers,
// ids) -> events -> record. Each stage reads only what the stages before it returned.
import { analyse, guarded, type Analysis } from './analyse/index.js';
import type { Document } from './document.js';
import { createDateTagger, extractDates } from './extract/dates/index.js';
import { extractCounts, withoutReading } from './extract/counts/index.js';
import { extractPlaces } from './extract/places/index.js';
import { extractActors } from './extract/actors/index.js';
import { createQuoteTagger, extractQuotes } from './extract/quotes/index.js';
import { extractParticipants } from './extract/participants/index.js';
import { extractThings } from './extract/things/index.js';
import { extractWeapons } from './extract/weapons/index.js';
import { serviceNames } from './extract/places/services.js';
import { resolve, type Mentions } from './resolve/index.js';
import { assembleEvent } from './event/index.js';
import { assembleEvents } from './event/events/index.js';
import { EventRecordSchema, SCHEMA_ID, type EventRecord } from './record/schema.js';
import { stripRules } from './record/explain.js';

/** The extracting stages, each a pure function of the analysis; tests may replace one (e.g. with one that throws). */
export interface Stages {
  dates: typeof extractDates;
  counts: typeof extractCounts;
  places: typeof extractPlaces;
  actors: typeof extractActors;
  quotes: typeof extractQuotes;
  participants: typeof extractParticipants;
  things: typeof extractThings;
  weapons: typeof extractWeapons;
  event: typeof assembleEvent;
  events: typeof assembleEvents;
}

export const STAGES: Readonly<Stages> = Object.freeze({
  dates: extractDates,
  counts: extractCounts,
  places: extractPlaces,
  actors: extractActors,
  quotes: extractQuotes,
  participants: extractParticipants,
  things: extractThings,
  weapons: extractWeapons,
  event: assembleEvent,
  events: assembleEvents,
});

export interface PipelineOptions {
  /** Keep the `rule` ids on every item (`--explain`). */
  explain?: boolean;
  /** Stages to use instead of the standard ones (tests inject failures this way; nothing reads the environment). */
  stages?: Partial<Stages>;
  /** Add `source`: the text and its zones, for a page that shows the spans in place (`newsx view`). */
  source?: boolean;
}

/** The code that starts a warning left by a stage that could not finish (README: finding warnings). */
export const STAGE_FAILED = 'stage_failed';

/** Runs every stage on one analysed document and returns the record (not yet validated). */
export function buildRecord(a: Analysis, stages: Partial<Stages> = {}): EventRecord {
  const st: Stages = { ...STAGES, ...stages };
  const inContent = <T extends { start: number; end: number }>(xs: T[]): T[] => xs.filter((x) => a.isContent(x.start, x.end));

  // 1. extract: pure functions of the analysis, each on its own
  const counted = inContent(guarded(a, 'counts', () => st.counts(a), []));
  const mentions: Mentions = {
    dates: inContent(guarded(a, 'dates', () => st.dates(a), [])),
    // a casualty told by a name ("injuring Leanne Smith") is one person for the event's tally, not a count of the record
    counts: counted.filter((c) => !c.byName),
    tallies: counted.filter((c) => c.byName),
    places: inContent(guarded(a, 'places', () => st.places(a), [])),
    services: guarded(a, 'places', () => serviceNames(a), { towns: [], counties: [] }),
    actors: inContent(guarded(a, 'actors', () => st.actors(a), [])),
    quotes: inContent(guarded(a, 'quotes', () => st.quotes(a), [])),
  };
  // what the events stage adds: described participants, unnamed things and weapons
  const participants = inContent(guarded(a, 'participants', () => st.participants(a), []));
  const things = inContent(guarded(a, 'things', () => st.things(a), []));
  const weapons = inContent(guarded(a, 'weapons', () => st.weapons(a), []));
  // 2. resolve: gazetteer, coreference, speakers, ids
  const resolved = resolve(a, mentions);
  const { dates, counts, tallies, places: placesNamed, actors: actorsNamed, quotes, lookup } = resolved;
  // 3. events: the main event may add one place (the town whose police report it, or its postal town) and one
  // date (the publication day, when the text gives the event none)
  const { event: mainEvent, places: placesMain, dates: datesOut } = guarded(
    a,
    'event',
    () => st.event({ a, dates, counts, tallies, places: placesNamed, actors: actorsNamed, quotes, lookup }),
    { event: null, places: placesNamed, dates },
  );
  // every event the article tells of; described participants and unnamed things that fill a role join the actors and places
  const { events, main: event, actors: actorsOut, places } = guarded(
    a,
    'events',
    () => st.events({ a, main: mainEvent, dates: datesOut, counts, places: placesMain, actors: actorsNamed, quotes, participants, things, weapons }),
    { events: [], main: mainEvent, actors: actorsNamed, places: placesMain },
  );

  const warnings: string[] = [...(a.doc.warnings ?? [])];
  if (a.referenceSource === 'none') warnings.push('no publication date: relative dates left unresolved');
  for (const f of a.failures) warnings.push(`${STAGE_FAILED}: ${f.stage} stage failed: ${f.message}`);

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
    // what each count's rule read (shot, byName ...) served the event stage; the record holds none of it
    counts: counts.map(withoutReading),
    quotes,
    meta: a.doc.meta,
    warnings,
  };
}

/** A pipeline with its rules compiled once (the date tagger's patterns, the quote cue table): it owns that state. */
export interface Pipeline {
  /** The stages it runs, the compiled ones bound to it. */
  readonly stages: Readonly<Stages>;
  /** One document's record, validated against the schema. */
  extract(doc: Document, options?: Omit<PipelineOptions, 'stages'>): EventRecord;
}

export function createPipeline(options: Pick<PipelineOptions, 'stages'> = {}): Pipeline {
  const dates = createDateTagger();
  const quotes = createQuoteTagger();
  const stages: Stages = { ...STAGES, dates: (a) => dates.extract(a), quotes: (a) => quotes.extract(a), ...options.stages };
  return {
    stages,
    extract(doc, o = {}) {
      const a = analyse(doc);
      const record = buildRecord(a, stages);
      if (o.source) record.source = { text: a.text, zones: a.zones.map(({ kind, start, end, rule }) => ({ kind, start, end, rule })) };
      const out = o.explain ? record : stripRules(record);
      return EventRecordSchema.parse(out) as EventRecord;
    },
  };
}

/** The pipeline extractDocument uses, made on first use: the one place that keeps compiled rules between documents. */
let standard: Pipeline | null = null;

/** Extracts one document's record, validated against the schema (the standard pipeline, or one with `stages` replaced). */
export function extractDocument(doc: Document, options: PipelineOptions = {}): EventRecord {
  if (options.stages) return createPipeline({ stages: options.stages }).extract(doc, options);
  standard ??= createPipeline();
  return standard.extract(doc, options);
}
