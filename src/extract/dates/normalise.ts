// Calendar arithmetic against the reference (publication) date, and TIMEX3 value formatting.
// Pure functions; dates are plain {y, m, d} in the proleptic Gregorian calendar (UTC, no clock).

export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface Reference extends Day {
  /** ISO weekday, Monday = 1. */
  dow: number;
  /** Hour and minute when the reference is a date-time. */
  time: string | null;
}

export type Tense = 'past' | 'future' | 'none';

const pad = (n: number, w = 2): string => String(Math.trunc(n)).padStart(w, '0');

export function parseReference(value: string | null): Reference | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > 31) return null;
  return { ...day, dow: isoWeekday(day), time: m[4] ? `${m[4]}:${m[5]}` : null };
}

const toTime = (x: Day): number => Date.UTC(x.y, x.m - 1, x.d);
const fromTime = (t: number): Day => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

export function isoWeekday(x: Day): number {
  const w = new Date(toTime(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function addDays(x: Day, n: number): Day {
  return fromTime(toTime(x) + n * 86_400_000);
}

export function addMonths(x: { y: number; m: number }, n: number): { y: number; m: number } {
  const total = x.y * 12 + (x.m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function compareDays(a: Day, b: Day): number {
  return toTime(a) - toTime(b);
}

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (x: Day): string => `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;

/** ISO 8601 week of a day: "2023-W49". */
export function fmtWeek(x: Day): string {
  const dow = isoWeekday(x);
  const thursday = addDays(x, 4 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toTime(thursday) - toTime(jan1)) / (7 * 86_400_000)) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
export const fmtQuarter = (y: number, q: number): string => `${pad(y, 4)}-Q${q}`;

/** The quarter `n` quarters after the reference's own quarter. */
export function shiftQuarter(ref: Day, n: number): string {
  const total = ref.y * 4 + (quarterOf(ref.m) - 1) + n;
  return fmtQuarter(Math.floor(total / 4), (total % 4) + 1);
}

/** A weekday named without a date: the latest on or before the reference in past context, the next one in future context. */
export function resolveWeekday(ref: Reference, dow: number, tense: Tense): Day {
  if (tense === 'future') {
    // news style names even the day of publication by its weekday
    return addDays(ref, (dow - ref.dow + 7) % 7);
  }
  const back = (ref.dow - dow + 7) % 7;
  return addDays(ref, -back);
}

/** "last Friday" = the Friday of the previous week when close to the reference, else the latest before it. */
export function resolveWeekdayShifted(ref: Reference, dow: number, shift: 'last' | 'next' | 'this', tense: Tense): Day {
  if (shift === 'last') {
    const back = (ref.dow - dow + 7) % 7 || 7;
    return addDays(ref, -back);
  }
  if (shift === 'next') {
    const ahead = (dow - ref.dow + 7) % 7 || 7;
    return addDays(ref, ahead);
  }
  return resolveWeekday(ref, dow, tense === 'none' ? (dow >= ref.dow ? 'future' : 'past') : tense);
}

/**
 * The year of a month (and day) written without one: the reference year, unless that puts a past event
 * in the future (then the year before) or a future event more than a few months in the past (the year after).
 */
export function yearFor(ref: Reference, m: number, d: number | null, tense: Tense, slack = 60): number {
  const candidate: Day = { y: ref.y, m, d: d ?? (m === ref.m ? ref.d : 1) };
  const diffDays = compareDays(candidate, ref) / 86_400_000;
  // a past event a few weeks "ahead" is still this year (a deadline, a reporting lag); far ahead it is last year's
  if (tense === 'past') return diffDays > slack ? ref.y - 1 : ref.y;
  if (tense === 'future') return diffDays < -slack ? ref.y + 1 : ref.y;
  if (diffDays > 120) return ref.y - 1;
  if (diffDays < -300) return ref.y + 1;
  return ref.y;
}

/** Granularity of a TIMEX3 value as the schema names it. */
export function granularityOf(value: string | null): string | null {
  if (value === null) return null;
  if (/^P/.test(value)) {
    const u = /([A-Z]+)$/.exec(value)?.[1] ?? '';
    const time = value.includes('T');
    if (time) return u === 'H' ? 'hour' : u === 'M' ? 'minute' : u === 'S' ? 'second' : null;
    return (
      { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', DE: 'decade', CE: 'century', WE: 'day', L: 'millennium', E: 'decade', C: 'century' } as Record<string, string>
    )[u] ?? null;
  }
  if (/_REF$/.test(value)) return null;
  if (/T\d{2}:\d{2}:\d{2}/.test(value)) return 'second';
  if (/T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/T\d{2}$/.test(value)) return 'hour';
  if (/T(?:MO|AF|EV|NI|MI|DT)$/.test(value)) return 'part-of-day';
  if (/-W[\dX]{2}-WE$/.test(value)) return 'day';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) || /-W[\dX]{2}-\d$/.test(value)) return 'day';
  if (/-W[\dX]{2}$/.test(value)) return 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/-Q[\dX]$/.test(value)) return 'quarter';
  if (/-H[\dX]$/.test(value)) return 'half';
  if (/-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{3}X?$/.test(value)) return 'decade';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^\d{2}$/.test(value)) return 'century';
  return null;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}
