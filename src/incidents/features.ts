// What `newsx incidents` compares between records: the main event's day, place, casualties and type, the
// names of the people in it, and the title's distinctive words. Read from a record newsx wrote; the
// article's text is never read again.
import { dayNumber } from '../record/days.js';
import type { EventRecord } from '../record/schema.js';

export interface Features {
  /** The record's id, and its place in the input (0-based). */
  id: string;
  seq: number;
  /** Days since 1970-01-01 (UTC). */
  published: number | null;
  /** The event's day, or the days it may be: a day told in the text is [d, d]; a month, its days. */
  dayMin: number | null;
  dayMax: number | null;
  /** `text`: a date read in the text; `published`: only the publication day (the event may be a day or two before). */
  dateFrom: 'text' | 'published' | 'none';
  /** The date's TIMEX value as the record gives it (null when the date is the publication day alone). */
  dateValue: string | null;
  /** Lower-case, accents kept; null when the record does not say. */
  city: string | null;
  admin1: string | null;
  /**
   * The text itself tells the state: it names it, or a second place of the record lies in it. A lone town
   * name's state is the gazetteer's guess (the most populous of its namesakes), too weak to keep two reports apart.
   */
  admin1Told: boolean;
  country: string | null;
  /**
   * The text itself tells the country: it names it, or a second town or region of the record lies in it. A lone
   * town's country is the gazetteer's guess among its namesakes ("Hamilton" in Ontario, Bermuda or Ohio).
   */
  countryTold: boolean;
  place: PlaceOut | null;
  killed: number | null;
  injured: number | null;
  type: { code: string; label: string } | null;
  /** Surnames (lower case) of the named people in the event's roles, then of every named person. */
  roleNames: string[];
  names: string[];
  /** Names of the finer places the article names (streets, addresses, buildings, facilities), lower case. */
  spots: string[];
  /** Distinctive words of the title (lower case, no place names, no common news words). */
  words: string[];
}

export interface PlaceOut {
  name: string;
  city: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

const DAY_MS = 86_400_000;

/** The days a TIMEX value may stand for: a day, a week (2023-W49), or a month; else null. */
function daysOf(value: string | null): [number, number] | null {
  if (!value) return null;
  const day = dayNumber(value);
  if (day !== null) return [day, day];
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const first = Date.UTC(+month[1], +month[2] - 1, 1) / DAY_MS;
    const next = Date.UTC(+month[1], +month[2], 1) / DAY_MS;
    return [first, next - 1];
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week: the week holding January 4th is week 1
    const jan4 = Date.UTC(+week[1], 0, 4) / DAY_MS;
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (+week[2] - 1) * 7;
    return [monday, monday + 6];
  }
  return null;
}

/**
 * Common words of news titles that tell one incident from another no better than chance. Hand-written,
 * general: function words, crime and accident vocabulary, and reporting words.
 */
export const COMMON = new Set(
  `a an the and or but of in on at to for from by with as into onto over after before near off out up down
  is are was were be been being has have had will would could should may might can its it his her their our
  this that these those who whom whose what when where why how not no new more most than then
  man men woman women boy girl teen teens child children kids people person family father mother son daughter
  police cops officer officers deputy deputies sheriff authorities officials suspect suspects victim victims
  shooting shootings shot shots shoot shooter gunman gunmen gunfire gun guns fire fired firing killed kill kills killing
  dead death deaths dies died die dying wounded wounds injured injures injuring hurt critical condition hospital
  stabbing stabbed murder murdered homicide manslaughter charged charges arrest arrested arrests jail court
  accused sentenced trial identified names named say says said report reports update updated breaking video photos news
  home house apartment street road avenue block area neighborhood city county town downtown north south east west
  northeast northwest southeast southwest local state night morning afternoon evening day week weekend year old
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
  one two three four five six seven eight nine ten first second third`.split(/\s+/),
);

/** A title's distinctive words: letters only, 4+ characters, not common, not the place's own names. */
export function titleWords(title: string | null, placeNames: string[]): string[] {
  if (!title) return [];
  const places = new Set(placeNames.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)));
  const out = new Set<string>();
  for (const w of title.toLowerCase().split(/[^\p{L}']+/u)) {
    const word = w.replace(/'s$|'/g, '');
    if (word.length >= 4 && !COMMON.has(word) && !places.has(word)) out.add(word);
  }
  return [...out].sort();
}

const surname = (name: string): string | null => {
  const parts = name
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => /^\p{L}[\p{L}'-]*$/u.test(p) && !/^(jr|sr|ii|iii|iv)$/.test(p));
  const last = parts.at(-1);
  return last && last.length >= 3 ? last : null;
};

/**
 * Kinds of place finer than a town: one named in two reports is a strong sign of one incident. A region is a
 * neighbourhood or a part of a town ("Englewood", "South Philadelphia"): measured on the check split, pair F1
 * +.002 at the same precision (without the parts named by a direction, half of that).
 */
const FINE = new Set(['address', 'facility', 'building', 'region']);

/** Places that stand for a town or area (not a road or building, which take their town's state from it). */
const GROUNDS = new Set(['city', 'region']);

/** A street's direction prefix ("N.", "East") is often left out by another report: "E. Hudson Street" = "Hudson Street". */
const DIRECTION = /^(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+(?=\S+\s)/;
export const spotKey = (name: string): string => name.toLowerCase().replace(DIRECTION, '');

const lower = (s: string | null | undefined): string | null => (s ? s.toLowerCase() : null);

/** The features of one record (an error record has none: null). */
export function featuresOf(record: EventRecord, seq: number): Features {
  const published = dayNumber(record.published?.value ?? null);
  const event = record.event;
  const date = event?.date ? record.dates.find((d) => d.id === event.date) : undefined;
  const fromText = date && date.source !== 'published' ? daysOf(date.value) : null;
  let dayMin: number | null = null;
  let dayMax: number | null = null;
  let dateFrom: Features['dateFrom'] = 'none';
  if (fromText && fromText[1] - fromText[0] <= 31) {
    [dayMin, dayMax] = fromText;
    dateFrom = 'text';
  } else if (published !== null) {
    // no day in the text: the event is the publication day or shortly before it
    [dayMin, dayMax] = [published - 2, published];
    dateFrom = 'published';
  }
  const place = event?.location ? record.places.find((p) => p.id === event.location) : undefined;
  const cityName = place ? (place.kind === 'city' ? place.name : place.city) : null;
  const roleIds = new Set([...(event ? [...event.perpetrators, ...event.victims, ...event.targets] : []), ...(record.events ?? []).flatMap((e) => [...e.perpetrators, ...e.victims])]);
  const people = record.actors.filter((a) => a.kind === 'person' && a.named !== false);
  const surnames = (xs: typeof people): string[] => [...new Set(xs.map((a) => surname(a.name)).filter((s): s is string => s !== null))].sort();
  const admin1 = lower(place?.admin1 ?? (place?.kind === 'admin' ? place.name : null));
  const inAdmin1 = admin1 === null ? [] : record.places.filter((p) => p.kind !== 'admin' && lower(p.admin1) === admin1 && GROUNDS.has(p.kind));
  // a region is told when the text names it, or names two places inside it
  const told = (named: boolean, inside: typeof record.places): boolean => named || new Set(inside.map((p) => p.name)).size >= 2;
  const admin1Told = admin1 !== null && told(record.places.some((p) => p.kind === 'admin' && lower(p.name) === admin1), inAdmin1);
  const country = place?.country ?? null;
  const inCountry = country === null ? [] : record.places.filter((p) => p.country === country && (GROUNDS.has(p.kind) || p.kind === 'admin'));
  const countryTold = country !== null && told(record.places.some((p) => p.kind === 'country' && p.country === country), inCountry);
  return {
    id: record.id,
    seq,
    published,
    dayMin,
    dayMax,
    dateFrom,
    dateValue: dateFrom === 'text' ? (date?.value ?? null) : null,
    city: lower(cityName),
    admin1,
    admin1Told,
    country,
    countryTold,
    place: place ? { name: place.name, city: cityName ?? null, admin1: place.admin1 ?? (place.kind === 'admin' ? place.name : null), country: place.country, lat: place.lat, lon: place.lon } : null,
    killed: event?.killed ?? null,
    injured: event?.injured ?? null,
    type: event ? { code: event.type.code, label: event.type.label } : null,
    roleNames: surnames(people.filter((a) => roleIds.has(a.id))),
    names: surnames(people),
    words: titleWords(record.title, record.places.map((p) => p.name)),
    spots: [...new Set(record.places.filter((p) => FINE.has(p.kind) && p.named !== false).map((p) => spotKey(p.name)))].sort(),
  };
}
