// The event record: the single source of truth for the record's shape (SPEC.md §2).
// Types used across the project are inferred from here; `newsx schema` prints it as JSON Schema.
import { z } from 'zod';

import { SCHEMA_ID } from './id.js';

export { SCHEMA_ID };

const offset = z.number().int().nonnegative();
const ruleId = z.string().min(1).optional().describe('the id of the rule that produced this (only with --explain)');

export const MentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  rule: ruleId,
});

export const DateTypeSchema = z.enum(['date', 'time', 'duration', 'set']);
export const GranularitySchema = z.enum([
  'millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute', 'second',
]);

export const DateSchema = z.object({
  id: z.string().regex(/^d\d+$/),
  text: z.string(),
  start: offset,
  end: offset,
  type: DateTypeSchema,
  value: z.string().nullable().describe('TIMEX3 value, e.g. 2023-12-08, 2023-W49, P3D, PRESENT_REF; null if unresolvable'),
  granularity: GranularitySchema.nullable(),
  relative: z.boolean().describe('the expression is relative to the publication date'),
  source: z.enum(['published']).optional().describe('set when the item is not read from the text: "published" stands for the publication date (empty span)'),
  rule: ruleId,
});

export const PlaceKindSchema = z.enum(['country', 'admin', 'city', 'region', 'facility', 'water', 'address', 'other', 'building', 'vehicle', 'infrastructure']);
export const PlaceSchema = z.object({
  id: z.string().regex(/^p\d+$/),
  name: z.string(),
  kind: PlaceKindSchema,
  country: z.string().regex(/^[A-Z]{2}$/).nullable().describe('ISO 3166-1 alpha-2'),
  admin1: z.string().nullable().describe("first-level region's name"),
  city: z.string().nullable().describe("for a place inside a city, that city's name"),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  mentions: z.array(MentionSchema).min(1),
  named: z.boolean().optional().describe('false for an unnamed thing an event hit ("a bus", "power pylons"); absent for a name'),
  rule: ruleId,
});

export const ActorKindSchema = z.enum(['person', 'organization', 'group', 'government', 'military', 'media']);
export const ActorSchema = z.object({
  id: z.string().regex(/^a\d+$/),
  name: z.string(),
  kind: ActorKindSchema,
  title: z.string().nullable(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  affiliation: z.string().nullable(),
  mentions: z.array(MentionSchema).min(1),
  named: z.boolean().optional().describe('false for a participant the text only describes ("gunmen", "a suspect"); absent for a name'),
  count: z.number().int().positive().optional().describe('how many a described participant stands for, when the text says ("two men")'),
  rule: ruleId,
});

export const QualifierSchema = z.enum(['exact', 'approximate', 'at_least', 'at_most', 'range']);
export const CountCategorySchema = z.enum([
  'killed', 'injured', 'missing', 'arrested', 'kidnapped', 'displaced', 'attack', 'weapon', 'personnel', 'people', 'money', 'other',
]);
export const CountSchema = z.object({
  id: z.string().regex(/^c\d+$/),
  text: z.string(),
  start: offset,
  end: offset,
  value: z.number().nonnegative(),
  max: z.number().nonnegative().optional(),
  qualifier: QualifierSchema,
  unit: z.string().nullable().describe('the counted noun, singular'),
  category: CountCategorySchema,
  rule: ruleId,
});

export const QuoteTypeSchema = z.enum(['direct', 'partial', 'indirect']);
export const SpeakerSchema = z.object({
  name: z.string().describe("the resolved actor's name (or the attributing text when no actor)"),
  actor: z.string().regex(/^a\d+$/).nullable(),
  text: z.string(),
  start: offset,
  end: offset,
  rule: ruleId,
});
export const QuoteSchema = z.object({
  id: z.string().regex(/^q\d+$/),
  text: z.string(),
  start: offset,
  end: offset,
  type: QuoteTypeSchema,
  speaker: SpeakerSchema.nullable(),
  verb: z.string().nullable(),
  rule: ruleId,
});

export const SentenceSchema = z
  .object({ text: z.string(), start: offset, end: offset })
  .describe("the trigger's sentence (the CSV writer's `sentence` column)");

export const EventSchema = z.object({
  id: z.string().regex(/^e\d+$/).optional().describe('the entry of `events` that is the main event'),
  type: z.object({ code: z.string().regex(/^\d{2,4}$/), label: z.string() }),
  trigger: MentionSchema,
  date: z.string().regex(/^d\d+$/).nullable(),
  location: z.string().regex(/^p\d+$/).nullable(),
  perpetrators: z.array(z.string().regex(/^a\d+$/)),
  targets: z.array(z.string().regex(/^a\d+$/)),
  victims: z.array(z.string().regex(/^a\d+$/)),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  counts: z.array(z.string().regex(/^c\d+$/)),
  sentence: SentenceSchema.optional(),
  rules: z.record(z.string(), z.string()).optional().describe('with --explain: the rule behind each event field'),
});

export const EventStatusSchema = z.enum(['reported', 'background', 'tally']);
export const WeaponKindSchema = z.enum(['explosive', 'firearm', 'rocket', 'incendiary', 'blade', 'vehicle', 'other']);
export const WeaponSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  kind: WeaponKindSchema,
  count: z.number().int().positive().optional(),
  rule: ruleId,
});
export const EventEntrySchema = z.object({
  id: z.string().regex(/^e\d+$/),
  status: EventStatusSchema.describe('reported: the news; background: an earlier event told as context; tally: an aggregate ("78 attacks since October")'),
  type: z.object({ code: z.string().regex(/^\d{2,4}$/), label: z.string() }),
  trigger: MentionSchema,
  mentions: z.array(MentionSchema).describe('every mention of this event, the trigger included, in text order'),
  date: z.string().regex(/^d\d+$/).nullable(),
  location: z.string().regex(/^p\d+$/).nullable(),
  perpetrators: z.array(z.string().regex(/^a\d+$/)),
  targets: z.array(z.string().regex(/^[ap]\d+$/)).describe('actors, or places (facilities, buildings, vehicles, infrastructure) hit'),
  victims: z.array(z.string().regex(/^a\d+$/)),
  weapons: z.array(WeaponSchema),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  counts: z.array(z.string().regex(/^c\d+$/)),
  sentence: SentenceSchema.optional(),
  rules: z.record(z.string(), z.string()).optional().describe('with --explain: the rule behind each field'),
});

export const PublishedSchema = z.object({
  value: z.string().nullable(),
  source: z.enum(['option', 'input', 'text', 'none']),
});

export const ZoneSchema = z.object({
  kind: z.enum(['title', 'body', 'caption', 'boilerplate']),
  start: offset,
  end: offset,
  rule: ruleId,
});
export const SourceSchema = z
  .object({
    text: z.string().describe('the article text the spans point into'),
    zones: z.array(ZoneSchema).describe('its lines by zone: captions and boilerplate are excluded from extraction'),
  })
  .describe('only when asked for (newsx view): what a page needs to show the spans in their text');

export const EventRecordSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string(),
  title: z.string().nullable(),
  published: PublishedSchema,
  event: EventSchema.nullable(),
  events: z.array(EventEntrySchema).optional().describe('every event the article tells of, one entry each (repeated mentions merged; the deaths and the injuries of a reported attack are entries of their own); the main event is the entry `event.id` names'),
  dates: z.array(DateSchema),
  places: z.array(PlaceSchema),
  actors: z.array(ActorSchema),
  counts: z.array(CountSchema),
  quotes: z.array(QuoteSchema),
  meta: z.record(z.string(), z.unknown()),
  warnings: z.array(z.string()),
  source: SourceSchema.optional(),
});

export const ErrorCodeSchema = z.enum([
  'unreadable', 'not_found', 'binary', 'invalid_encoding', 'empty_text', 'invalid_json', 'missing_text', 'too_large',
  'invalid_published', 'timeout', 'worker_crashed', 'internal',
]);

export const ErrorRecordSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string(),
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    line: z.number().int().positive().optional().describe('1-based line of a JSONL input'),
    path: z.string().optional(),
  }),
  meta: z.record(z.string(), z.unknown()).optional(),
});

export const OutputRecordSchema = z.union([EventRecordSchema, ErrorRecordSchema]);

export type Mention = z.infer<typeof MentionSchema>;
export type DateType = z.infer<typeof DateTypeSchema>;
export type Granularity = z.infer<typeof GranularitySchema>;
export type DateItem = z.infer<typeof DateSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type CountCategory = z.infer<typeof CountCategorySchema>;
export type Count = z.infer<typeof CountSchema>;
export type QuoteType = z.infer<typeof QuoteTypeSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Event = z.infer<typeof EventSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type WeaponKind = z.infer<typeof WeaponKindSchema>;
export type Weapon = z.infer<typeof WeaponSchema>;
export type EventEntry = z.infer<typeof EventEntrySchema>;
export type Published = z.infer<typeof PublishedSchema>;
export type ZoneItem = z.infer<typeof ZoneSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type EventRecord = z.infer<typeof EventRecordSchema>;
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type OutputRecord = z.infer<typeof OutputRecordSchema>;

/** The record's JSON Schema (draft 2020-12), generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(OutputRecordSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://newsx.dev/schema/event-record-1.json', title: SCHEMA_ID };
}
