// Refiners: pure (context, candidates) -> candidates steps, applied once each, in the order of REFINERS.
import type { RawCandidate } from './extract.js';
import type { Reference } from './normalise.js';

export interface RefineContext {
  text: string;
  /** The publication date, when the document has one. */
  ref?: Reference | null;
}

/** A clock time written with its zone: "10 a.m. EST", "1430 GMT", "3 p.m. local time". */
const ZONED = /(?:\b(?:[ECMP][SD]T|GMT|UTC|BST|CET)\)?|\blocal time)$/i;
const BARE_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * The weekday of a zoned clock time in a news lead ("at 10 a.m. EST Monday") is the one nearest the
 * publication date, within three days either way, whatever the tense of the clause around it.
 */
function nearestWeekday(day: string, ref: Reference): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const r = Date.UTC(ref.y, ref.m - 1, ref.d);
  const week = 7 * 86_400_000;
  const best = [t - week, t, t + week].sort((x, y) => Math.abs(x - r) - Math.abs(y - r))[0];
  const dt = new Date(best);
  return `${String(dt.getUTCFullYear()).padStart(4, '0')}-${String(dt.getUTCMonth() + 1).padStart(2, '0')}-${String(dt.getUTCDate()).padStart(2, '0')}`;
}

export type Refiner = (ctx: RefineContext, xs: RawCandidate[]) => RawCandidate[];

/** A day, or a day with its part ("Wednesday night": 2013-03-13TNI), which a clock time makes exact. */
const isDayValue = (v: string | null): boolean => v === null || /^(?:(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|XXXX-WXX-\d)(?:T(?:MO|AF|EV|NI|DT|MI))?$/.test(v);
const dayOf = (v: string): string => v.replace(/T[A-Z]{2}$/, '');

/**
 * "10:30 Sunday night": a clock written without a.m. or p.m. (1 to 11) on a day's afternoon, evening or night
 * is that half of the day's hour (22:30).
 */
function afternoonClock(clock: RawCandidate, day: RawCandidate, time: string): string {
  const m = /^T(\d{2})(:\d{2}.*)$/.exec(time);
  if (!m || /[ap]\.?m\b|o'clock/i.test(clock.text) || !/T(?:AF|EV|NI)$/.test(day.value ?? '')) return time;
  const h = +m[1];
  return h >= 1 && h <= 11 ? `T${String(h + 12)}${m[2]}` : time;
}

/**
 * A clock time next to its day is one time: "4:15 a.m. Friday", "Friday at 4 p.m.", "3 p.m. EST Tuesday".
 * The text between the two decides ("June 5" + " at " + "3pm" merges, "June 5" + ". " + "3pm" does not).
 */
export const mergeClockWithDay: Refiner = (ctx, xs) => {
  const sorted = [...xs].sort((p, q) => p.start - q.start || q.end - p.end);
  const clocks = sorted.filter((x) => x.form === 'clock');
  const days = sorted.filter((x) => (x.form === 'weekday' || x.form === 'day') && x.type === 'date' && isDayValue(x.value));
  const used = new Set<RawCandidate>();
  const merged: RawCandidate[] = [];
  for (const c of clocks) {
    const after = days.find((d) => d.start >= c.end && /^(?:,? ?(?:on )?)$/.test(ctx.text.slice(c.end, d.start)) && !used.has(d));
    const before = after ? undefined : days.find((d) => d.end <= c.start && /^(?:,? ?(?:at|around|about|by|from|until)? ?)$/.test(ctx.text.slice(d.end, c.start)) && ctx.text.slice(d.end, c.start).length > 0 && !used.has(d));
    const day = after ?? before;
    if (!day) continue;
    used.add(day);
    used.add(c);
    const start = Math.min(c.start, day.start);
    const end = Math.max(c.end, day.end);
    const time = afternoonClock(c, day, c.value ? /T.*$/.exec(c.value)?.[0] ?? '' : '');
    merged.push({
      text: ctx.text.slice(start, end),
      start,
      end,
      type: 'time',
      // "8:50 p.m. Wednesday night": the clock is exact, the part of day it falls in goes
      value: day.value && time ? `${zonedDay(ctx, c, day, dayOf(day.value))}${time}` : null,
      granularity: 'minute',
      // the day decides: "4:15 a.m. Friday" depends on the publication date, "3 p.m. Oct. 17, 1998" does not
      relative: day.relative,
      rule: 'time.clock-with-day',
      priority: Math.min(c.priority, day.priority),
    });
  }
  // a clock time that stands apart from its day still belongs to the day named in the same sentence
  // ("at about 10:35 a.m. (0735 GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)")
  const dated = [...days.filter((d) => !used.has(d)), ...merged];
  const rest = xs.filter((x) => !used.has(x)).map((x) => {
    if (!(x.form === 'clock' || x.form === 'clock-in-the') || !x.value) return x;
    const near =
      dated
        .filter((d) => Math.abs(d.start - x.end) <= 60 || Math.abs(x.start - d.end) <= 60)
        .filter((d) => !sentenceBreak(ctx.text, Math.min(x.end, d.end), Math.max(x.start, d.start)))
        .sort((p, q) => Math.abs(p.start - x.start) - Math.abs(q.start - x.start))[0] ??
      // none in its sentence: the day the story last named before it, close before ("late Saturday ... at about 11:45 p.m.")
      dated.filter((d) => d.end <= x.start && x.start - d.end <= CLOCK_ANCHOR_CHARS && d.value !== null && /^\d{4}-\d{2}-\d{2}/.test(d.value)).sort((p, q) => q.end - p.end)[0];
    const day = near?.value ? /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)|^XXXX-WXX-\d/.exec(near.value)?.[0] : undefined;
    const time = /T\d{2}:\d{2}Z?$/.exec(x.value)?.[0];
    return day && time ? { ...x, value: `${day}${time}`, relative: near!.relative } : x;
  });
  return [...rest, ...merged];
};

/** How far before a lone clock time the day it belongs to may have been named (a paragraph or two). */
export const CLOCK_ANCHOR_CHARS = 400;

/** The day of a merged clock time: a bare weekday after a zoned clock is the one nearest publication. */
function zonedDay(ctx: RefineContext, clock: RawCandidate, day: RawCandidate, value: string): string {
  if (!ctx.ref || day.form !== 'weekday' || !BARE_WEEKDAY.test(day.text) || day.start < clock.end || !ZONED.test(clock.text)) return value;
  return nearestWeekday(value, ctx.ref);
}

/**
 * "the day before last Tuesday", "the day after Christmas": one date, the named day shifted by one.
 * The text before the day decides; "three days after Oct. 12" stays a duration and a date.
 */
export const mergeDayOffset: Refiner = (ctx, xs) => {
  const out: RawCandidate[] = [];
  for (const x of xs) {
    const m = x.type === 'date' && x.value && /^\d{4}-\d{2}-\d{2}$/.test(x.value) ? /(?:\b[Tt]he )?\b[Dd]ay (before|after) $/.exec(ctx.text.slice(Math.max(0, x.start - 20), x.start)) : null;
    if (!m || !x.value) { out.push(x); continue; }
    const start = x.start - m[0].length;
    const [y, mo, d] = x.value.split('-').map(Number);
    const dt = new Date(Date.UTC(y, mo - 1, d + (m[1] === 'before' ? -1 : 1)));
    const value = `${String(dt.getUTCFullYear()).padStart(4, '0')}-${String(dt.getUTCMonth() + 1).padStart(2, '0')}-${String(dt.getUTCDate()).padStart(2, '0')}`;
    out.push({ ...x, text: ctx.text.slice(start, x.end), start, value, granularity: 'day', rule: 'date.day-offset', form: undefined });
  }
  return out;
};


/**
 * A sentence ends between two extents: a full stop (also the one of an abbreviation that ends the first extent,
 * "just after 4:20 p.m.\n\nThe boy ...") followed by space and a capital, or a line break.
 */
function sentenceBreak(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  if (/[.!?]["')\]]*\s/.test(between) || /\n\s*\n/.test(between)) return true;
  return text[from - 1] === '.' && /^["')\]]*\s+["“'(]?[A-Z]/.test(between);
}

const CALENDAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q(\d))?/;

/**
 * "that year", "the following month", "earlier that day": resolved against the latest calendar date
 * named before them in the text (their anchor), not against the publication date.
 */
export const resolveAnchors: Refiner = (_ctx, xs) => {
  const sorted = [...xs].sort((p, q) => p.start - q.start);
  let last: { y: number; m: number | null; d: number | null; q: number | null } | null = null;
  return sorted.map((x) => {
    if (x.anchor && x.value === null && last) {
      const { unit, shift } = x.anchor;
      let value: string | null = null;
      const pad = (n: number): string => String(n).padStart(2, '0');
      if (unit === 'year') value = String(last.y + shift).padStart(4, '0');
      else if (unit === 'month' && last.m) {
        const t = last.y * 12 + last.m - 1 + shift;
        value = `${String(Math.floor(t / 12)).padStart(4, '0')}-${pad((t % 12) + 1)}`;
      } else if (unit === 'day' && last.m && last.d && x.anchor.weekday) {
        // the nearest such weekday strictly before (shift < 0) or after the anchor
        const from = new Date(Date.UTC(last.y, last.m - 1, last.d));
        const dow = from.getUTCDay() || 7;
        const step = shift < 0 ? -(((dow - x.anchor.weekday + 7) % 7) || 7) : ((x.anchor.weekday - dow + 7) % 7) || 7;
        const dt = new Date(Date.UTC(last.y, last.m - 1, last.d + step));
        value = `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
      } else if (unit === 'day' && last.m && last.d) {
        const dt = new Date(Date.UTC(last.y, last.m - 1, last.d + shift));
        value = `${String(dt.getUTCFullYear()).padStart(4, '0')}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
      } else if (unit === 'quarter' && (last.q || last.m)) {
        const q0 = last.q ?? Math.floor(((last.m ?? 1) - 1) / 3) + 1;
        const t = last.y * 4 + q0 - 1 + shift;
        value = `${String(Math.floor(t / 4)).padStart(4, '0')}-Q${(t % 4) + 1}`;
      }
      if (value && x.anchor.part) value = `${value}T${x.anchor.part}`;
      return value ? { ...x, value } : x;
    }
    const c = x.value ? CALENDAR.exec(x.value) : null;
    if (c && x.type !== 'duration' && x.type !== 'set') last = { y: Number(c[1]), m: c[2] ? Number(c[2]) : null, d: c[3] ? Number(c[3]) : null, q: c[4] ? Number(c[4]) : null };
    return x;
  });
};

/**
 * chrono-node's results only fill gaps: one that cuts across a candidate of our own rules goes; one that
 * covers ours whole ("2023-12-15 at 14:30" over our "14:30") competes with them on length.
 */
export const preferOwnRules: Refiner = (_ctx, xs) => {
  const own = xs.filter((x) => !x.chrono);
  const crosses = (x: RawCandidate, o: RawCandidate): boolean => o.start < x.end && x.start < o.end && (o.start < x.start || o.end > x.end);
  return xs.filter((x) => !x.chrono || !own.some((o) => crosses(x, o)));
};

/** Overlapping candidates: the longest wins; on equal length, the rule listed first. */
export const removeOverlaps: Refiner = (_ctx, xs) => {
  const order = [...xs].sort((p, q) => (q.end - q.start) - (p.end - p.start) || p.priority - q.priority || p.start - q.start);
  const kept: RawCandidate[] = [];
  for (const x of order) {
    if (kept.some((k) => k.start < x.end && x.start < k.end)) continue;
    kept.push(x);
  }
  return kept;
};

/** An article that says its clock times are in UTC (GMT): "All times are UTC", "times given in GMT". */
const ARTICLE_IN_UTC = /(?<!\blocal )\b(?:all )?times? (?:(?:are|is|given|quoted|listed|shown) )?(?:in )?(?:UTC|GMT)\b(?! ?[-+−] ?\d)/i;
const CLOCK_VALUE = /T\d{2}:\d{2}$/;
const OWN_ZONE = /\b(?:[ECMP][SD]T|BST|CET|local time|local)\b/i;

/** In such an article a clock time written without a zone is a UTC time: its value carries Z ("14:30" -> T14:30Z). */
export const articleZone: Refiner = (ctx, xs) => {
  if (!ARTICLE_IN_UTC.test(ctx.text)) return xs;
  return xs.map((x) => (x.type === 'time' && x.value && CLOCK_VALUE.test(x.value) && !OWN_ZONE.test(x.text) ? { ...x, value: `${x.value}Z` } : x));
};

/** Trailing punctuation never belongs to an extent, except the full stop of an abbreviation ("a.m.", "Oct."). */
export const trimTrailing: Refiner = (ctx, xs) =>
  xs.map((x) => {
    let end = x.end;
    while (end > x.start && /[\s,;:]/.test(ctx.text[end - 1])) end--;
    // "10 p.m." at the end of a sentence: the full stop ends the sentence (TimeML tokenisation)
    if (/[ap]\.m\.$/i.test(ctx.text.slice(x.start, end)) && /^(?:\s*$|\s*\n|\s+["“'`A-Z])/.test(ctx.text.slice(end, end + 3))) end--;
    return end === x.end ? x : { ...x, end, text: ctx.text.slice(x.start, end) };
  });

export const sortByStart: Refiner = (_ctx, xs) => [...xs].sort((p, q) => p.start - q.start || p.end - q.end);

/** The refiners, in the order they run. */
export const REFINERS: Refiner[] = [preferOwnRules, mergeClockWithDay, mergeDayOffset, removeOverlaps, articleZone, trimTrailing, resolveAnchors, sortByStart];
