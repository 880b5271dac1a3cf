// The pipeline, in the order the data flows: analyse once -> extract -> resolve (gazetteer, coreference, speakers,
// ids) -> events -> record. Each stage reads only what the stages before it returned.
import { analyse, guarded, type Analysis } from './analyse/index.js';
import type { Document } from './document.js';
import { createDateTagger } from './extract/dates/index.js';
import { extractCounts, withoutReading } from './extract/counts/index.js';
import { extractPlaces } from './extract/places/index.js';
import { extractActors } from './extract/actors/index.js';
import { ARMED_GROUPS } from './extract/actors/lexicon.js';
import { createQuoteTagger } from './extract/quotes/index.js';
import { extractParticipants, type ParticipantMention } from './extract/participants/index.js';
import { extractThings, type ThingMention } from './extract/things/index.js';
import { extractWeapons, type WeaponMention } from './extract/weapons/index.js';
import { serviceNames } from './extract/places/services.js';
import { writtenNames } from './extract/places/written-names.js';
import type { ActorMention, CountCandidate, DateCandidate, PlaceMention, QuoteCandidate } from './extract/types.js';
import { resolve, type Mentions } from './resolve/index.js';
import { keepDescribedInUse } from './resolve/described.js';
import { assembleEvent } from './event/index.js';
import { assembleEvents } from './event/events/index.js';
import { EventRecordSchema, SCHEMA_ID, type EventRecord } from './record/schema.js';
import { stripRules } from './record/explain.js';
import { createResources, type Resources } from './resources.js';

/** An extracting stage: the items of one domain, from the analysis and the pipeline's resources. */
type Extractor<T> = (a: Analysis, r: Resources) => T[];

/**
 * The extracting stages, each a pure function of the analysis and of the pipeline's resources (the gazetteer,
 * the first names), which the stages that look words up read; tests may replace one (e.g. with one that throws).
 */
export interface Stages {
  dates: Extractor<DateCandidate>;
  counts: Extractor<CountCandidate>;
  places: Extractor<PlaceMention>;
  actors: Extractor<ActorMention>;
  quotes: Extractor<QuoteCandidate>;
  participants: Extractor<ParticipantMention>;
  things: Extractor<ThingMention>;
  weapons: Extractor<WeaponMention>;
  event: typeof assembleEvent;
  events: typeof assembleEvents;
}

/** The standard stages, the compiled ones (the date tagger's patterns, the quote cue table) made for one pipeline. */
function standardStages(): Stages {
  const dates = createDateTagger();
  const quotes = createQuoteTagger();
  return {
    dates: (a) => dates.extract(a),
    counts: (a) => extractCounts(a),
    places: extractPlaces,
    actors: extractActors,
    quotes: (a) => quotes.extract(a),
    participants: (a) => extractParticipants(a),
    things: (a) => extractThings(a),
    weapons: (a) => extractWeapons(a),
    event: assembleEvent,
    events: assembleEvents,
  };
}

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

/** Runs every stage on one analysed document, with the pipeline's resources, and returns the record (not yet validated). */
function buildRecord(a: Analysis, st: Stages, r: Resources): EventRecord {
  const inContent = <T extends { start: number; end: number }>(xs: T[]): T[] => xs.filter((x) => a.isContent(x.start, x.end));

  // 1. extract: pure functions of the analysis (and of the resources), each on its own
  const counted = inContent(guarded(a, 'counts', () => st.counts(a, r), []));
  const mentions: Mentions = {
    dates: inContent(guarded(a, 'dates', () => st.dates(a, r), [])),
    // a casualty told by a name ("injuring Leanne Smith") is one person for the event's tally, not a count of the record
    counts: counted.filter((c) => !c.byName),
    tallies: counted.filter((c) => c.byName),
    places: inContent(guarded(a, 'places', () => st.places(a, r), [])),
    written: () => guarded(a, 'places', () => writtenNames(a), []),
    services: guarded(a, 'places', () => serviceNames(a), { towns: [], counties: [] }),
    actors: inContent(guarded(a, 'actors', () => st.actors(a, r), [])),
    quotes: inContent(guarded(a, 'quotes', () => st.quotes(a, r), [])),
  };
  // what the events stage adds: described participants, unnamed things and weapons
  const participants = inContent(guarded(a, 'participants', () => st.participants(a, r), []));
  const things = inContent(guarded(a, 'things', () => st.things(a, r), []));
  const weapons = inContent(guarded(a, 'weapons', () => st.weapons(a, r), []));
  // 2. resolve: gazetteer, coreference, speakers, ids
  const resolved = resolve(a, mentions, r);
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
    actors: keepDescribedInUse(actorsOut, [event, ...events], quotes.map((q) => q.speaker?.actor)),
    // what each count's rule read (shot, byName ...) served the event stage; the record holds none of it
    counts: counts.map(withoutReading),
    quotes,
    meta: a.doc.meta,
    warnings,
  };
}

/**
 * A pipeline with its rules compiled once (the date tagger's patterns, the quote cue table) and its own resources
 * (the gazetteer and the first names, each read lazily on first use): it owns all that state, and shares none of
 * it with another pipeline.
 */
export interface Pipeline {
  /** The stages it runs, the compiled ones bound to it. */
  readonly stages: Readonly<Stages>;
  /** Its gazetteer and first names, for callers that look names up as its stages do. */
  readonly resources: Resources;
  /** One document's record, validated against the schema. */
  extract(doc: Document, options?: Omit<PipelineOptions, 'stages'>): EventRecord;
}

/**
 * A document in capitals was read recased (src/analyse/truecase.ts): every text the record quotes from it, with its
 * span, takes back the document's own characters (the spans are the same; names keep their recased form).
 */
function restoreTexts(record: EventRecord, original: string): void {
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    if (x === null || typeof x !== 'object') return;
    const o = x as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && o.text.length === o.end - o.start && o.end > o.start) {
      o.text = original.slice(o.start, o.end);
    }
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') visit(v);
  };
  visit(record);
}

export function createPipeline(options: Pick<PipelineOptions, 'stages'> = {}): Pipeline {
  const resources = createResources();
  const stages: Stages = { ...standardStages(), ...options.stages };
  return {
    stages,
    resources,
    extract(doc, o = {}) {
      const gz = resources.gazetteer;
      const a = analyse(doc, {
        englishWords: resources.englishWords,
        placeName: (phrase) => gz.citiesByName(phrase).length > 0 || gz.adminsByName(phrase).length > 0 || gz.countryByName(phrase) !== null,
        groupName: (phrase) => ARMED_GROUPS.has(phrase),
      });
      const record = buildRecord(a, stages, resources);
      if (a.recased) {
        restoreTexts(record, doc.text);
        if (doc.title === null && a.title) record.title = doc.text.slice(a.title.start, a.title.end);
      }
      if (o.source) record.source = { text: doc.text, zones: a.zones.map(({ kind, start, end, rule }) => ({ kind, start, end, rule })) };
      const out = o.explain ? record : stripRules(record);
      return EventRecordSchema.parse(out) as EventRecord;
    },
  };
}

/**
 * The standard pipeline, made on first use: the one module-level default of the code base (every other cache
 * belongs to a pipeline or to a gazetteer made by its caller). The library's convenience functions use it:
 * extractDocument here, and through it extract() (src/index.ts) and the CLI's workers.
 */
let standard: Pipeline | null = null;

/** The standard pipeline (made on first use). */
export function standardPipeline(): Pipeline {
  standard ??= createPipeline();
  return standard;
}

/** Extracts one document's record, validated against the schema (the standard pipeline, or one with `stages` replaced). */
export function extractDocument(doc: Document, options: PipelineOptions = {}): EventRecord {
  if (options.stages) return createPipeline({ stages: options.stages }).extract(doc, options);
  return standardPipeline().extract(doc, options);
}
