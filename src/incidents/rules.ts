// The rules that join a record to an incident, as data with stable ids. A veto keeps a record out of an
// incident whatever else they share; evidence adds to a score, and a record joins the best-scoring
// incident whose score reaches JOIN_SCORE with MIN_EVIDENCE pieces. Precision first: a wrong merge costs an
// analyst more than a missed one, so no piece of evidence joins alone, not even a named person of the
// event's roles; it takes two (the same day and the same city, say). Each rule was kept only where the check split
// (events-train) showed it pays; README "Incidents" has the table.
import type { Features } from './features.js';
import { wordSet, type LexiconFile } from '../extract/lexicon.js';
import { km } from '../gazetteer/postal.js';
import commonSurnames from './common-surnames.json' with { type: 'json' };
import { STREET_SUFFIXES } from '../extract/counts/lexicon.js';

/** What the resolver keeps of an incident while records may still join it (its members' features, merged). */
export interface Profile {
  /**
   * The members' day ranges (one per member; a published-day-only member's range is wider): first day, last day,
   * told in the text, and (optional) a follow-up's own day (the member joined more than DAY_TOLERANCE days away).
   */
  ranges: [number, number, boolean, boolean?][];
  cities: string[];
  admin1s: string[];
  /** The states the members' texts told (features `admin1Told`). */
  admin1sTold: string[];
  countries: string[];
  /** The countries the members' texts told (features `countryTold`). */
  countriesTold: string[];
  killed: number[];
  injured: number[];
  roleNames: string[];
  names: string[];
  words: string[];
  spots: string[];
  /** The members' places' coordinates [lat, lon] (those that have them); optional for hand-made profiles. */
  points?: [number, number][];
}

export interface Veto {
  id: string;
  /** True when the record cannot be in the incident. */
  applies(f: Features, p: Profile): boolean;
}

export interface Evidence {
  id: string;
  /** The points this evidence gives, and what was shared (for the incident's `evidence`); null when none. */
  score(f: Features, p: Profile): { points: number; detail?: string } | null;
}

/** Days between two ranges (0 when they overlap). */
export const gap = (aMin: number, aMax: number, bMin: number, bMax: number): number => Math.max(0, aMin - bMax, bMin - aMax);

/** Days between the record's range and the nearest member's. */
function dayGap(f: Features, p: Profile, textOnly: boolean): number {
  let best = Infinity;
  if (f.dayMin === null || f.dayMax === null) return best;
  for (const [min, max, fromText] of p.ranges) if (!textOnly || fromText) best = Math.min(best, gap(f.dayMin, f.dayMax, min, max));
  return best;
}

/** The most days apart two reports of one incident may date it ("Tuesday night" against "early Wednesday"). */
export const DAY_TOLERANCE = 2;

/**
 * The days from the earliest to the latest day the incident's reports give, with the record's: so that
 * an incident cannot drift, a day at a time, along a chain of reports of other incidents. A date vaguer than
 * the spread (a month, "in June") cannot drift and is left out (measured: dev pair F1 .832 -> .836, check
 * .774 -> .776, 9 right pairs more and 1 wrong).
 */
function spread(f: Features, p: Profile): number {
  // a follow-up's own day (an arrest, a charge, told on its day) is not a day of the incident's: it joined
  // across the day tolerance and would keep the incident's first-day reports out (dev pair F1 .843 -> .854;
  // check unchanged)
  if (f.dayMin === null || f.dayMax === null || f.dayMax - f.dayMin > MAX_SPREAD) return 0;
  let min = f.dayMin;
  let max = f.dayMax;
  for (const [a, b, fromText, followUpDay] of p.ranges) {
    if (!fromText || followUpDay || b - a > MAX_SPREAD) continue;
    if (a < min) min = a;
    if (b > max) max = b;
  }
  return max - min;
}
/** The widest spread of days in one incident, but for a follow-up (measured on the check split: -.008 pair F1, against a drift that a batch of a million reports would show). */
export const MAX_SPREAD = 6;

const differs = (value: string | null, known: string[]): boolean => value !== null && known.length > 0 && !known.includes(value);

/**
 * Two casualty counts that cannot both be right about one incident. A count may grow by one or two
 * between reports (a victim died later, more were found, a first report counted only those taken to
 * hospital) or move between killed and injured, so only counts far apart contradict: more than 5 apart,
 * and the larger more than five times the smaller (measured on the check split: against "more than 2
 * apart and twice", pair recall +.021 at the same precision; five times against three: 11 right pairs more,
 * no wrong one, pair precision .9524 -> .9526, F1 .767 -> .770; six times the same, eight times 11 wrong more).
 */
export function contradicts(a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return hi - lo > 5 && hi > 5 * lo;
}

const countsContradict = (value: number | null, known: number[]): boolean => value !== null && known.length > 0 && known.every((k) => contradicts(value, k));

/** The longest a follow-up (an arrest, a charge, a funeral) naming one of the incident's people may come after it, in days. */
export const FOLLOW_UP_DAYS = 90;

/** The longest a follow-up joined by one person and a title word may come after the incident, in days (a month). */
export const FOLLOW_UP_WEAK_DAYS = 30;

/**
 * The longest a follow-up naming two of the incident's people may come after it, in days (a year: a trial,
 * a sentence). Measured on the check split against 90 days: pair F1 .762 -> .767, recall .635 -> .642,
 * precision .952 -> .951 (two years: precision .945).
 */
export const LONG_FOLLOW_UP_DAYS = 365;

/**
 * A later report of the incident, dated on its own day (an arrest, a charge, a trial, a funeral): the
 * same city, and two of the people in the event's roles named in both (within a year; also where one of the
 * two names no town: measured on the check split, pair F1 .784 -> .794, recall .665 -> .679, 42 right pairs
 * more and no wrong one, precision .953 -> .954; or where the towns differ in the same state, a trial at the
 * county seat: pair F1 .794 -> .796, 13 right pairs and 4 wrong more, precision .954 -> .953; or in any town: a victim's
 * home town, a town read in the wrong state; pair F1 .8008 -> .8027, 8 right pairs more and no wrong one), or, within 90 days,
 * one of them and the same spot
 * (a street, a block, a building: measured on the check split, pair F1 .739 -> .741 and precision .938 -> .939),
 * or, within 90 days, one of them and the same toll of two or more dead,
 * or, within a month, one of them whose surname is not among the commonest and a distinctive title word
 * (measured on the check split: pair F1 .744 -> .755, recall .611 -> .625, precision .952 -> .953; within 90 days,
 * precision .950). One shared surname alone is too common: measured, it joined as many wrong records as right ones.
 */
export function followUp(f: Features, p: Profile): boolean {
  // two people of the event suffice in any town (or none); one of them needs the same city
  const placed = f.city !== null && p.cities.length > 0;
  const sameCity = placed && p.cities.includes(f.city!);
  const gap = dayGap(f, p, false);
  if (gap > LONG_FOLLOW_UP_DAYS) return false;
  const names = f.roleNames.filter((n) => p.roleNames.includes(n));
  if (names.length >= 2) return true;
  if (!sameCity || gap > FOLLOW_UP_DAYS) return false;
  if (names.length === 0) return false;
  if (f.spots.some((x) => p.spots.includes(x))) return true;
  // the same dead, two or more: a toll rare enough to tell the incident (measured on the check split: 6 right pairs
  // more, no wrong one, pair F1 .7994 -> .8008; within a year, 8 right and 2 wrong, and dev lost 2 right pairs)
  if (f.killed !== null && f.killed >= 2 && p.killed.includes(f.killed)) return true;
  return !COMMON_SURNAMES.has(names[0]) && f.words.some((x) => p.words.includes(x)) && dayGap(f, p, false) <= FOLLOW_UP_WEAK_DAYS;
}

/**
 * Two named people in both reports, one of them of the event's roles, outweigh a
 * state told differently (a victim's home state, a town read in the wrong state): measured on the check split,
 * 16 right pairs and no wrong one kept apart by the state veto (dev unchanged).
 */
export function twoPeople(f: Features, p: Profile): boolean {
  const names = f.names.filter((n) => p.names.includes(n));
  return names.length >= 2 && names.some((n) => f.roleNames.includes(n) || p.roleNames.includes(n));
}

/** A street (its last word a street suffix: "Salem Avenue", "Main St.") or a numbered address named in both reports. */
export function sameStreet(f: Features, p: Profile): boolean {
  return f.spots.some((x) => p.spots.includes(x) && (/^\d/.test(x) || STREET_SUFFIXES.has(x.split(/\s+/).at(-1)!.replace(/\.$/, ''))));
}

export const VETOES: Veto[] = [
  // only countries the texts told, as for states: a lone town's country is the gazetteer's guess among its namesakes
  { id: 'incidents.veto-country', applies: (f, p) => f.countryTold && differs(f.country, p.countriesTold) },
  // only states the texts told: a lone town's state is the gazetteer's guess among its namesakes ("Germantown"
  // is in Maryland and in Philadelphia), and a guess that differs is no proof of two incidents (measured on the
  // check split: pair F1 +.016, recall +.026 for 1.6 points of precision)
  // (nor where both name the same street: measured on the check split, 8 right pairs more and no wrong one, pair F1
  // .7975 -> .7994; any finer place shared, a hospital or a building too: 7 right and 2 wrong)
  { id: 'incidents.veto-admin1', applies: (f, p) => f.admin1Told && differs(f.admin1, p.admin1sTold) && !twoPeople(f, p) && !sameStreet(f, p) },
  { id: 'incidents.veto-days', applies: (f, p) => (dayGap(f, p, false) > DAY_TOLERANCE || (f.dateFrom === 'text' && spread(f, p) > MAX_SPREAD)) && !followUp(f, p) },
  { id: 'incidents.veto-injured', applies: (f, p) => countsContradict(f.injured, p.injured) },
  // a report a day or two from the incident's day that shares only its place (city, state, street, toll) and
  // no person and no title word: another incident on the same block (measured on the check split: pair
  // precision .9494 -> .9524, 10 right and 7 wrong pairs fewer, F1 .768 -> .767; dev unchanged). Not where both
  // count the same dead, one or more: a death told the next day is the same death (measured on the check split:
  // 6 right pairs more, no wrong one, pair F1 .796 -> .798; dev 1 right pair more, F1 .836 -> .840)
  { id: 'incidents.veto-place-only-off-day', applies: (f, p) => !dayShared(f, p) && !f.names.some((n) => p.names.includes(n)) && !f.words.some((w) => p.words.includes(w)) && !sameDead(f, p) },
];

/**
 * How near (km) another town must lie to one of the incident's places to be no sign of another incident: a
 * suburb or a neighbourhood of the same metropolitan area, as the gazetteer names it ("Alvin" for Houston, 38 km
 * from its centre). Measured on the check split against 30 km: 4 right pairs more, no wrong one, pair F1 .8056 ->
 * .8066 (40 km: 2 right pairs; 60 km: 3 right and 7 wrong pairs fewer).
 */
export const NEAR_KM = 50;

/** incidents.near-city: the record's place lies within NEAR_KM of a place of the incident's. */
export function nearPlace(f: Features, p: Profile): boolean {
  const at = f.place;
  if (!at || at.lat === null || at.lon === null || !p.points) return false;
  return p.points.some(([lat, lon]) => km(at.lat!, at.lon!, lat, lon) <= NEAR_KM);
}

const shared = (xs: string[], list: string[]): string[] => xs.filter((x) => list.includes(x));
/**
 * The commonest surnames (common-surnames.json): one of them shared is half the evidence of a rarer one (measured
 * on the check split: pair precision .939 -> .952, pair F1 .741 -> .744; no follow-up rule change paid).
 */
export const COMMON_SURNAMES: ReadonlySet<string> = wordSet(commonSurnames as LexiconFile);

/** The record's text names one day, and a member's text names it too. */
const sameDay = (f: Features, p: Profile): boolean => f.dateFrom === 'text' && f.dayMin === f.dayMax && dayGap(f, p, true) === 0;

/** The record counts one or more dead, and a member counts as many. */
const sameDead = (f: Features, p: Profile): boolean => f.killed !== null && f.killed >= 1 && p.killed.includes(f.killed);

/**
 * The record's day is one of the incident's: the same day named in both, a publication day that holds a day of
 * the other's, or (neither text telling a day) publication days at most a day apart: two first reports of one
 * night (measured on the check split: 4 right pairs more, no wrong one, pair F1 .8047 -> .8056; the same
 * publication day only, 2 right pairs; two days apart, 1 wrong pair more).
 */
function dayShared(f: Features, p: Profile): boolean {
  if (f.dayMin === null || f.dayMax === null) return false;
  if (sameDay(f, p)) return true;
  const undated = f.dateFrom === 'published';
  return p.ranges.some(([a, b, fromText]) => (fromText === undated && gap(f.dayMin!, f.dayMax!, a, b) === 0) || (!fromText && undated && Math.abs(b - f.dayMax!) <= 1));
}

export const EVIDENCE: Evidence[] = [
  {
    id: 'incidents.same-day',
    score: (f, p) => (sameDay(f, p) ? { points: 2 } : null),
  },
  {
    // a report dated only by its publication day, and a day of the incident's within it (or the other way
    // round): as good as the same day (measured: dev pair F1 +.058, check +.014 at the same precision)
    id: 'incidents.published-day',
    score: (f, p) => (!sameDay(f, p) && dayShared(f, p) ? { points: 2 } : null),
  },
  { id: 'incidents.same-city', score: (f, p) => (f.city !== null && p.cities.includes(f.city) ? { points: 2, detail: f.city } : null) },
  {
    id: 'incidents.same-admin1',
    score: (f, p) => (f.admin1 !== null && p.admin1s.includes(f.admin1) && !(f.city !== null && p.cities.includes(f.city)) ? { points: 1, detail: f.admin1 } : null),
  },
  {
    // a person of the event's roles named in both (their surnames): 4, or 2 when every shared one is among the commonest surnames
    id: 'incidents.shared-role-name',
    score: (f, p) => {
      const names = shared(f.roleNames, p.names).concat(shared(f.names, p.roleNames).filter((n) => !f.roleNames.includes(n)));
      if (names.length === 0) return null;
      return { points: names.every((n) => COMMON_SURNAMES.has(n)) ? 2 : 4, detail: names.join(', ') };
    },
  },
  {
    id: 'incidents.shared-name',
    score: (f, p) => {
      const names = shared(f.names, p.names).filter((n) => !f.roleNames.includes(n) && !p.roleNames.includes(n));
      return names.length > 0 ? { points: 2, detail: names.join(', ') } : null;
    },
  },
  {
    id: 'incidents.shared-spot',
    score: (f, p) => {
      const spots = shared(f.spots, p.spots);
      return spots.length > 0 ? { points: 3, detail: spots.join(', ') } : null;
    },
  },
  {
    id: 'incidents.shared-words',
    score: (f, p) => {
      const words = shared(f.words, p.words);
      const place = (f.city === null && f.admin1 === null) || (f.city !== null && p.cities.includes(f.city)) || (f.admin1 !== null && p.admin1s.includes(f.admin1));
      return words.length > 0 && place ? { points: Math.min(words.length, 2), detail: words.join(', ') } : null;
    },
  },
  {
    // the same death toll, two or more: rare enough on one day in one region to speak for one incident
    id: 'incidents.same-toll',
    // (measured on the check split: pair F1 +.003 at the same precision; 2 points: no more F1, less precision;
    // the same injured count adds nothing)
    score: (f, p) => (f.killed !== null && f.killed >= 2 && p.killed.includes(f.killed) ? { points: 1, detail: String(f.killed) } : null),
  },
  {
    // not a veto: a neighbourhood, a suburb or a mailing town may stand for the same place (measured on
    // the check split: a veto lost a tenth of the right pairs, for 2 points of precision); and no penalty
    // at all for a town within NEAR_KM of one of the incident's places (incidents.near-city), nor where a street,
    // building or neighbourhood of the incident's is named (the town is a mailing town or a namesake read
    // elsewhere; measured on the check split: 3 right pairs more, no wrong one, pair F1 .783 -> .784)
    id: 'incidents.other-city',
    score: (f, p) => (f.city !== null && p.cities.length > 0 && !p.cities.includes(f.city) && !nearPlace(f, p) && !f.spots.some((x) => p.spots.includes(x)) ? { points: -2, detail: f.city } : null),
  },
];

/** The least score that joins a record to an incident. */
export const JOIN_SCORE = 4;

/**
 * The fewest pieces of evidence (rules that give points) that join: a shared name of the event's people
 * alone, with nothing of its day or place in common, joined more wrong records than right ones (measured on
 * the check split: pair precision .936 -> .939 at the same pair F1 .738, B-cubed .903 -> .904).
 */
export const MIN_EVIDENCE = 2;
