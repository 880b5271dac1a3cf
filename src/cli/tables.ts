// Records -> rows: the flat tables behind `--format csv|tsv` (one row per event) and `newsx tables`
// (one table per item kind, keyed by record id and item id). A writer: it reads the record's fields and
// ids only, and never looks at language. Every table's columns are declared once here, with their types,
// so CSV headers, Parquet schemas and the README agree.
import type { Actor, EventRecord, OutputRecord, Place } from '../record/schema.js';

export type ColumnType = 'string' | 'int' | 'double' | 'bool';
export interface Column {
  name: string;
  type: ColumnType;
}
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

const cols = (spec: string): Column[] =>
  spec.split(/\s+/).filter(Boolean).map((c) => {
    const [name, type = 'string'] = c.split(':');
    return { name, type: type as ColumnType };
  });

/** An event as the record gives it: `events[]` entries (with id, status, weapons, mentions) or the single `event`. */
interface EventLike {
  id?: string;
  status?: string;
  type: { code: string; label: string };
  trigger: { text: string; start: number; end: number; rule?: string };
  mentions?: { text: string; start: number; end: number; rule?: string }[];
  /** The trigger's sentence, when the record carries it: a span, or its text. */
  sentence?: string | { text?: string; start?: number; end?: number } | null;
  date: string | null;
  location: string | null;
  perpetrators: string[];
  targets: string[];
  victims: string[];
  weapons?: { text: string; start: number; end: number; kind: string; count?: number }[];
  killed: number | null;
  injured: number | null;
  counts: string[];
}

/** A record's events: `record.events` when present, else the single `record.event` (id "e1"), else none. */
export function eventsOf(record: EventRecord): EventLike[] {
  const many = (record as unknown as { events?: EventLike[] }).events;
  if (Array.isArray(many)) return many;
  return record.event ? [{ id: 'e1', ...(record.event as unknown as EventLike) }] : [];
}

/** The id of the record's main event: `event.id` when the record names it, else the first event's. */
function mainEventId(record: EventRecord, events: EventLike[]): string | null {
  const named = (record.event as { id?: string } | null)?.id;
  return named ?? events[0]?.id ?? null;
}

/** The trigger's sentence: the record's own, or a slice of the record's text by the record's offsets; else "". */
function sentenceOf(record: EventRecord, ev: EventLike): string {
  const s = ev.sentence;
  if (typeof s === 'string') return s;
  if (s && typeof s.text === 'string') return s.text;
  const text = (record as { text?: unknown }).text;
  if (s && typeof text === 'string' && Number.isInteger(s.start) && Number.isInteger(s.end)) return text.slice(s.start, s.end);
  return '';
}

const joined = (values: (string | null | undefined)[]): string => (values.some((v) => v) ? values.map((v) => v ?? '').join('; ') : '');

interface Participant {
  name: string;
  country: string | null;
  kind: string;
}

function participant(record: EventRecord, id: string): Participant | null {
  const actor: Actor | undefined = record.actors.find((a) => a.id === id);
  if (actor) return { name: actor.name, country: actor.country, kind: actor.kind };
  // a target may be a place (a building, a vehicle, infrastructure), named by its place id
  const place: Place | undefined = record.places.find((p) => p.id === id);
  if (place) return { name: place.name, country: place.country, kind: place.kind };
  return null;
}

// ---------------------------------------------------------------------------------------------------
// --format csv|tsv: one row per event, ACLED/GDELT-like columns

export const EVENT_ROW_COLUMNS: Column[] = cols(`
  id published event_date event_type event_label trigger
  actor1 actor1_country actor1_kind actor2 actor2_country actor2_kind
  location admin1 country latitude:double longitude:double killed:int injured:int sentence error`);

/**
 * One row per event. actor1 = the perpetrators; actor2 = the targets, then the victims (each once).
 * Several in one role share a cell, joined by "; "; the n-th country and kind belong to the n-th name.
 * A record without an event is one row with empty event columns; an error record is one row whose
 * `error` cell is "code: message".
 */
export function eventRows(record: OutputRecord): Row[] {
  const empty = Object.fromEntries(EVENT_ROW_COLUMNS.map((c) => [c.name, null])) as Row;
  if ('error' in record) return [{ ...empty, id: record.id, error: `${record.error.code}: ${record.error.message}` }];
  const events = eventsOf(record);
  const base: Row = { ...empty, id: record.id, published: record.published.value };
  if (events.length === 0) return [base];
  return events.map((ev) => {
    const date = ev.date ? record.dates.find((d) => d.id === ev.date) : undefined;
    const place = ev.location ? record.places.find((p) => p.id === ev.location) : undefined;
    const side = (ids: string[]) => {
      const people = [...new Set(ids)].map((id) => participant(record, id)).filter((p): p is Participant => p !== null);
      return { name: joined(people.map((p) => p.name)), country: joined(people.map((p) => p.country)), kind: joined(people.map((p) => p.kind)) };
    };
    const a1 = side(ev.perpetrators);
    const a2 = side([...ev.targets, ...ev.victims]);
    return {
      ...base,
      event_date: date?.value ?? null,
      event_type: ev.type.code,
      event_label: ev.type.label,
      trigger: ev.trigger.text,
      actor1: a1.name,
      actor1_country: a1.country,
      actor1_kind: a1.kind,
      actor2: a2.name,
      actor2_country: a2.country,
      actor2_kind: a2.kind,
      location: place?.name ?? null,
      admin1: place?.admin1 ?? null,
      country: place?.country ?? null,
      latitude: place?.lat ?? null,
      longitude: place?.lon ?? null,
      killed: ev.killed,
      injured: ev.injured,
      sentence: sentenceOf(record, ev),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// newsx tables: one table per item kind

export const TABLES = {
  records: cols(`record_id status title published published_source main_event_id events:int
    error_code error_message error_line:int error_path warnings meta`),
  events: cols(`record_id event_id main:bool status type_code type_label trigger trigger_start:int trigger_end:int
    date_id event_date location_id killed:int injured:int perpetrators targets victims counts weapons sentence rules`),
  participants: cols(`record_id event_id role item_id`),
  dates: cols(`record_id date_id text start:int end:int type value granularity relative:bool source rule`),
  places: cols(`record_id place_id name kind country admin1 city lat:double lon:double rule`),
  actors: cols(`record_id actor_id name kind named:bool title country affiliation rule`),
  mentions: cols(`record_id item_id item_kind text start:int end:int rule`),
  counts: cols(`record_id count_id text start:int end:int value:double max:double qualifier unit category rule`),
  quotes: cols(`record_id quote_id text start:int end:int type speaker_name speaker_actor_id speaker_text
    speaker_start:int speaker_end:int verb rule`),
} satisfies Record<string, Column[]>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

const ids = (xs: string[] | undefined): string => (xs ?? []).join('; ');
const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** One record's rows for every table. */
export function tableRows(record: OutputRecord): Record<TableName, Row[]> {
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Record<TableName, Row[]>;
  const record_id = record.id;
  const meta = record.meta && Object.keys(record.meta).length > 0 ? JSON.stringify(record.meta) : null;
  if ('error' in record) {
    const e = record.error;
    out.records.push({
      record_id, status: 'error', title: null, published: null, published_source: null, main_event_id: null, events: 0,
      error_code: e.code, error_message: e.message, error_line: opt(e.line), error_path: opt(e.path), warnings: null, meta,
    });
    return out;
  }
  const events = eventsOf(record);
  const main = mainEventId(record, events);
  out.records.push({
    record_id, status: 'ok', title: record.title, published: record.published.value, published_source: record.published.source,
    main_event_id: main, events: events.length, error_code: null, error_message: null, error_line: null, error_path: null,
    warnings: record.warnings.length ? record.warnings.join('; ') : null, meta,
  });
  for (const ev of events) {
    const event_id = ev.id ?? null;
    const date = ev.date ? record.dates.find((d) => d.id === ev.date) : undefined;
    out.events.push({
      record_id, event_id, main: event_id === main, status: opt(ev.status), type_code: ev.type.code, type_label: ev.type.label,
      trigger: ev.trigger.text, trigger_start: ev.trigger.start, trigger_end: ev.trigger.end,
      date_id: ev.date, event_date: date?.value ?? null, location_id: ev.location, killed: ev.killed, injured: ev.injured,
      perpetrators: ids(ev.perpetrators), targets: ids(ev.targets), victims: ids(ev.victims), counts: ids(ev.counts),
      weapons: (ev.weapons ?? []).map((w) => w.text).join('; '), sentence: sentenceOf(record, ev),
      rules: (ev as { rules?: Record<string, string> }).rules ? JSON.stringify((ev as { rules?: Record<string, string> }).rules) : null,
    });
    for (const [role, list] of [['perpetrator', ev.perpetrators], ['target', ev.targets], ['victim', ev.victims]] as const) {
      for (const item_id of list) out.participants.push({ record_id, event_id, role, item_id });
    }
    out.mentions.push({ record_id, item_id: event_id, item_kind: 'event', text: ev.trigger.text, start: ev.trigger.start, end: ev.trigger.end, rule: opt(ev.trigger.rule) });
    for (const m of ev.mentions ?? []) out.mentions.push({ record_id, item_id: event_id, item_kind: 'event', text: m.text, start: m.start, end: m.end, rule: opt(m.rule) });
  }
  for (const d of record.dates) {
    out.dates.push({
      record_id, date_id: d.id, text: d.text, start: d.start, end: d.end, type: d.type, value: d.value, granularity: d.granularity,
      relative: d.relative, source: opt(d.source), rule: opt(d.rule),
    });
  }
  for (const p of record.places) {
    out.places.push({ record_id, place_id: p.id, name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, city: p.city, lat: p.lat, lon: p.lon, rule: opt(p.rule) });
    for (const m of p.mentions) out.mentions.push({ record_id, item_id: p.id, item_kind: 'place', text: m.text, start: m.start, end: m.end, rule: opt(m.rule) });
  }
  for (const a of record.actors) {
    const named = (a as { named?: boolean }).named;
    out.actors.push({
      record_id, actor_id: a.id, name: a.name, kind: a.kind, named: named ?? true, title: a.title, country: a.country, affiliation: a.affiliation, rule: opt(a.rule),
    });
    for (const m of a.mentions) out.mentions.push({ record_id, item_id: a.id, item_kind: 'actor', text: m.text, start: m.start, end: m.end, rule: opt(m.rule) });
  }
  for (const c of record.counts) {
    out.counts.push({
      record_id, count_id: c.id, text: c.text, start: c.start, end: c.end, value: c.value, max: opt(c.max), qualifier: c.qualifier, unit: c.unit, category: c.category, rule: opt(c.rule),
    });
  }
  for (const q of record.quotes) {
    const s = q.speaker;
    out.quotes.push({
      record_id, quote_id: q.id, text: q.text, start: q.start, end: q.end, type: q.type, speaker_name: s?.name ?? null, speaker_actor_id: s?.actor ?? null,
      speaker_text: s?.text ?? null, speaker_start: s?.start ?? null, speaker_end: s?.end ?? null, verb: q.verb, rule: opt(q.rule),
    });
  }
  return out;
}
