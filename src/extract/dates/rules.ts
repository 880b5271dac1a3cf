// Date rules as data: each has a stable id, a pattern and a pure build step (TimeML/TIMEX3 extents and values).
// Extents follow the TIMEX3 convention: prepositions stay out ("on Friday" -> "Friday"), determiners and
// temporal modifiers stay in ("the past three years", "late November", "the third quarter").
import type { Granularity } from '../../record/schema.js';
import {
  EASTER_HOLIDAYS, FLOATING_HOLIDAYS, HOLIDAYS, HOLIDAY_RE, MONTH_RE, NAME_HEADS, NUMBER_RE, NUMBER_WORDS_RE, PARTS_OF_DAY, PART_OF_DAY_RE, SEASONS, SEASON_RE,
  SPOKEN_YEAR_RE, UNIT_PL_RE, UNIT_RE, UNIT_SG_RE, VAGUE_RE, WEEKDAY_RE, ci, monthNumber, ordinalNumber, parseNumber,
  parseSpokenYear, unitInfo, weekdayNumber,
} from './lexicon.js';
import {
  addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, isoWeekday, quarterOf, resolveWeekday,
  resolveWeekdayShifted, shiftQuarter, yearFor, easterSunday, type Day, type Reference, type Tense,
} from './normalise.js';
import type { DateRule, RuleContext, RuleResult } from './types.js';

const DAYNUM = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR4 = "(?:1[6-9]\\d\\d|20\\d\\d)";
const POINT = `(?:${ci('(?:early|late|mid)')}[- ]|${ci('(?:the )?(?:end|beginning|middle|start|close|turn)')} of )`;
const APPROX = ci('(?:more than|less than|nearly|almost|at least|at most|up to|no more than|no less than|fewer than|over(?= an? )|under(?= an? ))');
const ORD_WORD = ci('(?:first|second|third|fourth|1st|2nd|3rd|4th)');

const date = (value: string | null, relative: boolean, granularity?: Granularity | null): RuleResult => ({ type: 'date', value, relative, granularity });
const duration = (value: string | null, granularity?: Granularity | null): RuleResult => ({ type: 'duration', value, relative: false, granularity });
const set = (value: string | null, granularity?: Granularity | null): RuleResult => ({ type: 'set', value, relative: false, granularity });

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
/** Words that make a holiday's name part of another name. */
const HOLIDAY_NAME_HEADS: ReadonlySet<string> = new Set(['agreement', 'accord', 'accords', 'island', 'islands', 'rising', 'uprising', 'offensive']);
/** A clock time the article gives in GMT or UTC carries the ISO 8601 zone designator Z. */
const utc = (zone: string | undefined): string => (zone === 'GMT' || zone === 'UTC' ? 'Z' : '');

/** TIMEX3 duration value for an amount of a unit ("three years" -> P3Y, "5 1/2 hours" -> PT5H30M). */
export function durationValue(amount: number | null, unitWord: string): { value: string; gran: Granularity } | null {
  const u = unitInfo(unitWord);
  if (!u) return null;
  const gran = u.gran as Granularity;
  if (u.code === 'WE') return { value: amount === null ? 'PXWE' : `P${amount}WE`, gran };
  if (u.code === 'Q') return { value: amount === null ? 'PXQ' : Number.isInteger(amount) ? `P${amount}Q` : `P${amount * 3}M`, gran };
  const t = u.time ? 'T' : '';
  if (amount === null) {
    const code = u.mult === 10 ? 'E' : u.mult === 100 ? 'C' : u.mult === 1000 ? 'L' : u.code;
    return { value: `P${t}X${code}`, gran };
  }
  const n = amount * u.mult;
  if (Number.isInteger(n)) return { value: `P${t}${n}${u.code}`, gran };
  const whole = Math.floor(n);
  const frac = n - whole;
  const sub: Record<string, [string, number, boolean]> = { Y: ['M', 12, false], M: [u.time ? 'S' : 'D', u.time ? 60 : 30, u.time], H: ['M', 60, true], D: ['H', 24, true], W: ['D', 7, false] };
  const s = sub[u.code];
  if (!s) return { value: `P${t}${n}${u.code}`, gran };
  const part = Math.round(frac * s[1]);
  if (u.code === 'D') return { value: `P${whole}DT${part}H`, gran };
  return { value: `P${t}${whole ? `${whole}${u.code}` : ''}${part}${s[0]}`, gran };
}

/** The day shifted by an amount of a unit before (negative) or after the reference. */
function shiftedValue(ref: Reference, amount: number, unitWord: string): string | null {
  const u = unitInfo(unitWord);
  if (!u || !Number.isInteger(amount)) return null;
  const n = amount * u.mult;
  switch (u.code) {
    case 'D': return fmtDay(addDays(ref, n));
    case 'W': return fmtWeek(addDays(ref, 7 * n));
    case 'M': if (!u.time) { const x = addMonths(ref, n); return fmtMonth(x.y, x.m); } return null;
    case 'Q': return shiftQuarter(ref, n);
    case 'Y': return fmtYear(ref.y + n);
    case 'H': return null;
    default: return null;
  }
}

const seasonYear = (ref: Reference, season: string, shift: 'last' | 'this' | 'next' | 'none'): number => {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const s = startMonth[season];
  const endMonth = season === 'WI' ? 2 : s + 2;
  if (shift === 'last') return season === 'WI' ? (ref.m <= 2 ? ref.y - 2 : ref.y - 1) : endMonth < ref.m ? ref.y : ref.y - 1;
  if (shift === 'next') return s > ref.m ? ref.y : ref.y + 1;
  return ref.y;
};

const namesFollow = (ctx: RuleContext): boolean => {
  const next = /^ ([A-Z][a-z]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 30));
  return !!next && NAME_HEADS.has(next[1].toLowerCase());
};

const SET_ADVERB_FOLLOWERS = new Set(['for', 'in', 'and', 'or', 'to', 'since', 'through', 'until', 'at', 'on', 'from', 'with', 'by', 'over', 'during', 'the', 'a', 'an', 'as', 'but', 'after', 'before', 'than', 'instead', 'now', 'since', 'throughout', 'until', 'while', 'when', 'if', 'so']);

const PAST_FOLLOWED_BY_AMOUNT = new RegExp(`^ (?:${NUMBER_RE}|${VAGUE_RE}|${UNIT_RE})(?![\\p{L}\\p{N}])`, 'u');

const NAME_PRE = /(?:Good|Black|Ash|Palm|Easter|Holy|Bloody|Super|Cyber|Maundy|Mardi) $/;

const ABBREV_END = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|Jr|Sr|No|Gen|Gov|Sen|Rep|U\.S|[A-Z]))\.$/;

/** The sentence up to the match (a full stop after an abbreviation such as "Sept." does not end it). */
function sentenceBefore(ctx: RuleContext, max = 400): string {
  const before = ctx.text.slice(Math.max(0, ctx.start - max), ctx.start);
  const re = /[.!?]["'”]?\s+(?=["'“]?[A-Z])|\n\s*\n/g;
  let cut = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(before)) !== null) {
    if (m[0].startsWith('.') && ABBREV_END.test(before.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    cut = m.index + m[0].length;
  }
  return before.slice(cut);
}

/**
 * The reporting period a comparison ("a year earlier", "the year-ago period") refers to: the period the sentence
 * is about ("for the nine months ... a year earlier" is the year before; "third-quarter net ... a year earlier" the
 * quarter), else a quarter when the report around it is about one.
 */
function reportingPeriod(ctx: RuleContext): 'year' | 'quarter' | null {
  const sentence = sentenceBefore(ctx);
  const last = (re: RegExp): number => { let i = -1; let m: RegExpExecArray | null; while ((m = re.exec(sentence)) !== null) i = m.index; return i; };
  const months = last(/\b(?:nine|six|9|6) months\b|\bfirst half\b|\b(?:fiscal|full) year\b/gi);
  const quarter = last(/\bquarter/gi);
  if (months > quarter) return 'year';
  if (quarter >= 0) return 'quarter';
  return /\bquarter/i.test(ctx.window(600, 200)) ? 'quarter' : null;
}

/** A weekday, with its modifier and part of day: "Friday", "last Tuesday night", "the previous Friday". */
function weekday(m: RegExpExecArray, ctx: RuleContext): RuleResult | null {
  const dow = weekdayNumber(m.groups?.wd ?? '');
  if (!dow) return null;
  if (NAME_PRE.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start))) return null;
  if (!m.groups?.p && namesFollow(ctx)) return null;
  const pre = lower(m.groups?.pre);
  const p = m.groups?.p ? PARTS_OF_DAY[lower(m.groups.p)] : null;
  const type = 'date'; // "Friday morning" too: TimeBank types a day with its part of day as a date
  if (!ctx.ref) return { type, value: `XXXX-WXX-${dow}${p ? `T${p}` : ''}`, relative: true, granularity: p ? 'part-of-day' : 'day' };
  // "down from the previous Friday": the Friday before the day in focus, resolved by the anchoring refiner
  if (/previous|following|the next/.test(pre)) {
    return { type, value: null, relative: false, granularity: p ? 'part-of-day' : 'day', anchor: { unit: 'day', shift: /previous/.test(pre) ? -1 : 1, weekday: dow, ...(p ? { part: p } : {}) } };
  }
  const shift = /last|past/.test(pre) ? 'last' : /next|coming/.test(pre) ? 'next' : pre === 'this' ? 'this' : null;
  const day = shift ? resolveWeekdayShifted(ctx.ref, dow, shift, ctx.tense()) : resolveWeekday(ctx.ref, dow, ctx.tense());
  return { type, value: fmtDay(day) + (p ? `T${p}` : ''), relative: true, granularity: p ? 'part-of-day' : 'day' };
}

export const DATE_RULES: DateRule[] = [
  // ---- times of day ----
  {
    id: 'time.clock',
    form: 'clock',
    pattern: `(?<h>[01]?\\d|2[0-3])(?::(?<min>[0-5]\\d))?(?: ?(?<ap>[ap]\\.m\\.|[AP]\\.M\\.|[ap]\\.m|[ap]m|[AP]M)|(?<=\\d) ${ci('(?:o\'clock)')})(?: (?<z>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|${ci('local time')})| \\((?<zp>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET)\\))?|${ci('(?:noon|midnight)')}`,
    build(m, ctx) {
      let h: number;
      let min = 0;
      if (m.groups?.h === undefined) {
        h = /^m/i.test(m[0]) ? 0 : 12;
        if (/^midnight$/i.test(m[0]) && !/\b(?:at|by|until|before|after|past)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 7), ctx.start))) return null;
        if (/^noon$/i.test(m[0]) && !/\b(?:at|by|until|before|after|about|around|from|till)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 7), ctx.start))) return null;
      } else {
        h = Number(m.groups.h);
        min = m.groups.min ? Number(m.groups.min) : 0;
        const ap = lower(m.groups.ap);
        if (ap) {
          if (h < 1 || h > 12) return null;
          if (ap.startsWith('p') && h < 12) h += 12;
          if (ap.startsWith('a') && h === 12) h = 0;
        }
      }
      const t = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}${utc(m.groups?.z ?? m.groups?.zp)}`;
      return { type: 'time', value: ctx.ref ? fmtDay(ctx.ref) + t : `XXXX-XX-XX${t}`, relative: true, granularity: 'minute' };
    },
  },
  {
    id: 'time.clock-24h',
    form: 'clock',
    pattern: `(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Aa]round|[Aa]bout|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince) )(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?: (?<z>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|${ci('local time')})| \\((?<zp>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET)\\))?|(?<![\\d:.])(?<h4>[01]\\d|2[0-3])(?<min4>[0-5]\\d) (?<z4>GMT|UTC)(?![-\\w])`,
    build(m, ctx) {
      if (/^[:.,]?\d/.test(ctx.text.slice(ctx.end, ctx.end + 2))) return null; // "2:1:0", a ratio or a score
      const g = m.groups ?? {};
      const t = g.h4 ? `T${g.h4}:${g.min4}Z` : `T${g.h?.padStart(2, '0')}:${g.min}${utc(g.z ?? g.zp)}`;
      return { type: 'time', value: ctx.ref ? fmtDay(ctx.ref) + t : `XXXX-XX-XX${t}`, relative: true, granularity: 'minute' };
    },
  },
  {
    id: 'time.clock-in-the',
    form: 'clock-in-the',
    pattern: `(?<h>1[0-2]|0?[1-9]|${ci('(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)')})(?: ${ci("o'clock")})? ${ci('in the')} (?<p>${ci('(?:morning|afternoon|evening)')})`,
    build(m, ctx) {
      let h = /^\d/.test(m.groups?.h ?? '') ? Number(m.groups?.h) : parseNumber(m.groups?.h ?? '') ?? 0;
      const p = lower(m.groups?.p);
      if (p !== 'morning' && h < 12) h += 12;
      if (p === 'morning' && h === 12) h = 0;
      const t = `T${String(h).padStart(2, '0')}:00`;
      return { type: 'time', value: ctx.ref ? fmtDay(ctx.ref) + t : `XXXX-XX-XX${t}`, relative: true, granularity: 'hour' };
    },
  },
  {
    id: 'time.midday',
    pattern: `(?<w>${ci('(?:midday|mid-?afternoon|mid-?morning|mid afternoon|mid morning)')})(?: (?<d>${ci('(?:yesterday|today|tomorrow)')}|${WEEKDAY_RE}))?`,
    build(m, ctx) {
      const w = lower(m.groups?.w);
      const part = w.includes('afternoon') ? 'AF' : w.includes('morning') ? 'MO' : '12:00'; // midday is noon
      const d = lower(m.groups?.d);
      if (!ctx.ref) return { type: 'time', value: null, relative: true, granularity: 'part-of-day' };
      const dow = d ? weekdayNumber(d) : null;
      const day = dow ? resolveWeekday(ctx.ref, dow, ctx.tense()) : addDays(ctx.ref, d === 'yesterday' ? -1 : d === 'tomorrow' ? 1 : 0);
      return { type: 'time', value: `${fmtDay(day)}T${part}`, relative: true, granularity: part === '12:00' ? 'minute' : 'part-of-day' };
    },
  },
  {
    id: 'time.part-of-day-deictic',
    pattern: `(?<w>${ci('(?:this|last|tomorrow|yesterday|early this|late last|late yesterday|early yesterday|earlier this|later this)')}) (?<p>${PART_OF_DAY_RE})|(?<tn>${ci('tonight')})`,
    build(m, ctx) {
      const w = lower(m.groups?.w);
      const p = m.groups?.tn ? 'NI' : PARTS_OF_DAY[lower(m.groups?.p)];
      if (w === 'this' && lower(m.groups?.p) === 'night') return null;
      const shift = /last|yesterday/.test(w) ? -1 : /tomorrow/.test(w) ? 1 : 0;
      return { type: 'time', value: ctx.ref ? `${fmtDay(addDays(ctx.ref, shift))}T${p}` : null, relative: true, granularity: 'part-of-day' };
    },
  },

  // ---- calendar dates ----
  {
    id: 'date.month-day-year',
    form: 'day',
    pattern: `(?:(?<wd>${WEEKDAY_RE}),? )?(?:(?<mo>${MONTH_RE}) ?(?<d>${DAYNUM})|(?<d2>${DAYNUM}) (?:${ci('of')} )?(?<mo2>${MONTH_RE}))(?:,? (?<y>${YEAR4}))?`,
    build(m, ctx) {
      const mo = monthNumber(m.groups?.mo ?? m.groups?.mo2 ?? '');
      const d = ordinalNumber(m.groups?.d ?? m.groups?.d2 ?? '') ?? Number(m.groups?.d ?? m.groups?.d2);
      if (!mo || !d) return null;
      const y = m.groups?.y ? Number(m.groups.y) : null;
      if (y !== null && d > daysInMonth(y, mo)) return null;
      if (d > daysInMonth(2000, mo)) return null;
      // "3:28 January 1997 Northern California flood": the minutes of a clock (a video's length), not a day
      if (m.groups?.d2 && /\d[:.]$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return null;
      // at the start of a sentence the capital says nothing: "March 14 rockets", "May 5 people" are counts
      if (!y && (mo === 3 || mo === 5) && !m.groups?.wd && (ctx.start === 0 || /[.!?]\s+$|\n\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) && /^ [a-z]+s\b/.test(ctx.text.slice(ctx.end, ctx.end + 20))) return null;
      if (y === null && namesFollow(ctx)) return null; // "the March 23 Movement"
      if (y !== null) return date(fmtDay({ y, m: mo, d }), false, 'day');
      if (!ctx.ref) return date(`XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, true, 'day');
      return date(fmtDay({ y: yearFor(ctx.ref, mo, d, ctx.tense()), m: mo, d }), true, 'day');
    },
  },
  {
    // "April 24 and 25", "March 3 or 4": the second day shares the month (and year) of the first
    id: 'date.coordinated-day',
    pattern: `(?<=(?<mo>${MONTH_RE}) ?${DAYNUM}(?: and | or | to | through | & ))(?<d>${DAYNUM})(?:,? (?<y>${YEAR4}))?`,
    build(m, ctx) {
      const mo = monthNumber(m.groups?.mo ?? '');
      const d = ordinalNumber(m.groups?.d ?? '') ?? Number(m.groups?.d);
      if (!mo || !d || d > daysInMonth(2000, mo)) return null;
      const after = ctx.text.slice(ctx.end, ctx.end + 20);
      // "May 5 and 6 people": a count; a coordinated day is followed by punctuation or a function word
      if (/^(?:[-/.,:]?\d|%)/.test(after) || /^ (?![Ii]n\b|[Aa]t\b|[Oo]n\b|[Aa]nd\b|[Oo]r\b|[Tt]o\b|[Ff]or\b|[Ff]rom\b|[Ww]hen\b|[Ww]hile\b|[Aa]s\b|[Ww]ith\b|[Oo]f\b|[Bb]y\b|[Aa]fter\b|[Bb]efore\b|[Dd]uring\b|[Uu]ntil\b|[Tt]hrough\b|[Rr]espectively\b|[A-Z])/.test(after)) return null;
      const y = m.groups?.y ? Number(m.groups.y) : null;
      if (y !== null) return d > daysInMonth(y, mo) ? null : date(fmtDay({ y, m: mo, d }), false, 'day');
      if (!ctx.ref) return date(`XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, true, 'day');
      return date(fmtDay({ y: yearFor(ctx.ref, mo, d, ctx.tense()), m: mo, d }), true, 'day');
    },
  },
  {
    id: 'date.month-year',
    pattern: `(?<pt>${POINT})?(?<mo>${MONTH_RE}),? (?:${ci('of')} )?(?:(?<y>${YEAR4})|(?<sy>${SPOKEN_YEAR_RE}))`,
    build(m) {
      const mo = monthNumber(m.groups?.mo ?? '');
      const y = m.groups?.y ? Number(m.groups.y) : parseSpokenYear(m.groups?.sy ?? '');
      if (!mo || y === null) return null;
      return date(fmtMonth(y, mo), false, 'month');
    },
  },
  {
    id: 'date.month-relative-year',
    pattern: `(?<pt>${POINT})?(?<mo>${MONTH_RE}) (?:${ci('of')} )?(?<rel>${ci('(?:this|last|next)')}) ${ci('year')}`,
    build(m, ctx) {
      const mo = monthNumber(m.groups?.mo ?? '');
      if (!mo) return null;
      const shift = { this: 0, last: -1, next: 1 }[lower(m.groups?.rel)] ?? 0;
      return date(ctx.ref ? fmtMonth(ctx.ref.y + shift, mo) : null, true, 'month');
    },
  },
  {
    id: 'date.month',
    pattern: `(?:(?<prep>${ci('(?:since|in|during|until|by|before|after|through|from|to|of|on|the)')}) )?(?<x>(?<pre>${ci('(?:last|next|this|past|coming|early|late|mid|earlier|later)')}[- ]|${POINT})?(?<mo>January|February|March|April|May|June|July|August|September|October|November|December|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|Jan\\.|Feb\\.|Aug\\.))`,
    build(m, ctx) {
      const mo = monthNumber(m.groups?.mo ?? '');
      if (!mo) return null;
      const pre = lower(m.groups?.pre).replace(/[- ]$/, '');
      if ((mo === 5 || mo === 3) && !pre && !m.groups?.prep) return null;
      // after "the", March and May must modify a common noun ("the March accession"): "the March on Washington" is an
      // event, "the May government" a prime minister's
      if ((mo === 5 || mo === 3) && !pre && /^the$/i.test(m.groups?.prep ?? '')) {
        const next = /^ ([a-z]+)\b/.exec(ctx.text.slice(ctx.end, ctx.end + 24))?.[1];
        if (!next || /^(?:on|of|for|against|to|and|or|government|administration|cabinet|ministry|premiership|deal|era|team|years)$/.test(next)) return null;
      }
      if (/^(?:the )?(?:end|beginning|middle|start|close|turn) of$/.test(pre) && /^ (?:\d|next|this|last)/.test(ctx.text.slice(ctx.end, ctx.end + 6))) return null;
      if (/^,? ?\d/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return null; // the month of a full date
      if (namesFollow(ctx) || /^ [A-Z][a-z]+ (?:[A-Z]|said|says)/.test(ctx.text.slice(ctx.end, ctx.end + 40))) return null;
      const shift = pre === 'last' || pre === 'past' ? 'last' : pre === 'next' || pre === 'coming' ? 'next' : pre === 'this' ? 'this' : null;
      if (!ctx.ref) return date(`XXXX-${String(mo).padStart(2, '0')}`, true, 'month');
      let y: number;
      if (shift === 'last') y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
      else if (shift === 'next') y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
      else if (shift === 'this') y = ctx.ref.y;
      else y = yearFor(ctx.ref, mo, null, ctx.tense());
      return date(fmtMonth(y, mo), true, 'month');
    },
  },
  {
    id: 'date.weekday',
    form: 'weekday',
    pattern: `(?:${ci('(?:earlier|later)')} )?(?<x>(?<pre>${ci('(?:early|late|last|next|this|this past|this coming|past|coming|the previous|the following|the next)')} )?(?<wd>${WEEKDAY_RE})(?: (?<p>${PART_OF_DAY_RE}))?)`,
    build: weekday,
  },
  {
    // scraped text that lost a space ("on Research Forest DriveTuesday night"): a capitalised weekday glued to the
    // end of a lower-case word; the word stays out of the extent
    id: 'date.weekday-glued',
    form: 'day',
    pattern: `\\p{Lu}?\\p{Ll}{1,20}(?<x>(?<wd>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?: (?<p>${PART_OF_DAY_RE}))?)`,
    build: weekday,
  },
  {
    id: 'date.deictic-day',
    form: 'day',
    pattern: `(?:${ci('(?:earlier|later)')} )?(?<x>(?<pre>${ci('(?:early|late)')} )?(?<w>${ci('(?:yesterday|today|tomorrow)')})(?: (?<p>${PART_OF_DAY_RE}))?)`,
    build(m, ctx) {
      // "VOA Today", "USA Today": a capitalised "Today" inside a sentence is a name
      if (/^Today$/.test(m.groups?.w ?? '') && !m.groups?.pre && /[A-Za-z,] $/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return null;
      const w = lower(m.groups?.w);
      const p = m.groups?.p ? PARTS_OF_DAY[lower(m.groups.p)] : null;
      const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const gran = p ? 'part-of-day' : 'day';
      return { type: p ? 'time' : 'date', value: ctx.ref ? fmtDay(addDays(ctx.ref, shift)) + (p ? `T${p}` : '') : null, relative: true, granularity: gran };
    },
  },
  {
    id: 'date.holiday',
    pattern: `(?<pre>${ci('(?:last|next|this)')} )?(?<h>${HOLIDAY_RE})`,
    build(m, ctx) {
      // "the Good Friday Agreement", "Easter Island", "the Easter Rising": a holiday's name inside another name
      const next = /^ ([A-Z][a-z]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 20))?.[1]?.toLowerCase();
      if (next && HOLIDAY_NAME_HEADS.has(next)) return null;
      const name = lower(m.groups?.h).replace(/’/g, "'").replace(/^the /, '');
      const pre = lower(m.groups?.pre);
      const tense = (): Tense => (pre === 'last' ? 'past' : pre === 'next' ? 'future' : ctx.tense());
      const easter = EASTER_HOLIDAYS[name];
      if (easter !== undefined) {
        if (!ctx.ref) return date(null, true, 'day');
        const dayOf = (y: number): Day => addDays({ y, ...easterSunday(y) }, easter);
        const here = dayOf(ctx.ref.y);
        const y = yearFor(ctx.ref, here.m, here.d, tense(), 0);
        return date(fmtDay(y === here.y ? here : dayOf(y)), true, 'day');
      }
      const floating = FLOATING_HOLIDAYS[name];
      if (floating) {
        if (!ctx.ref) return date(null, true, 'day');
        const [mo, dow, n, plus] = floating;
        const dayIn = (y: number): number => {
          if (n > 0) return 1 + ((dow - isoWeekday({ y, m: mo, d: 1 }) + 7) % 7) + 7 * (n - 1) + plus;
          const last = daysInMonth(y, mo);
          return last - ((isoWeekday({ y, m: mo, d: last }) - dow + 7) % 7) + plus;
        };
        const y = yearFor(ctx.ref, mo, dayIn(ctx.ref.y), tense(), 0);
        return date(fmtDay({ y, m: mo, d: dayIn(y) }), true, 'day');
      }
      const fixed = HOLIDAYS[name];
      if (!fixed) return date(null, true, 'day');
      if (!ctx.ref) return date(`XXXX-${String(fixed[0]).padStart(2, '0')}-${String(fixed[1]).padStart(2, '0')}`, true, 'day');
      return date(fmtDay({ y: yearFor(ctx.ref, fixed[0], fixed[1], tense(), 0), m: fixed[0], d: fixed[1] }), true, 'day');
    },
  },

  // ---- years, decades, centuries, seasons, quarters ----
  {
    id: 'date.year',
    pattern: `(?<![$#£€]|\\d[,.]|[Nn]o\\. |[-/])(?<pt>${POINT})?(?:${ci('(?:the )?(?:fiscal|calendar|financial|model|school|academic)(?: year)?')} |${ci('the year')} |FY ?)?(?<y>${YEAR4})(?![-/]\\d|,\\d|\\.\\d|%| ${ci('(?:percent|per cent|troops|people|soldiers|pounds|dollars|euros|tons|feet|meters|metres|miles|km|kilometers|kilometres|hours)')}\\b)`,
    build(m, ctx) {
      const y = Number(m.groups?.y);
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      if (/^-year-old/.test(after)) return null;
      return date(fmtYear(y), false, 'year');
    },
  },
  {
    // TIMEX3 keeps an open end in the extent and marks it with mod ON_OR_AFTER / ON_OR_BEFORE ("until 1994 or later",
    // "for 1990 and beyond"); the value stays the year
    id: 'date.year-open',
    pattern: `(?<![$#£€]|\\d[,.]|[-/])(?<y>${YEAR4}) ${ci('(?:or later|or earlier|and beyond|or after|or before)')}(?! ${ci('(?:than|that|this|the)')}\\b)`,
    build(m) {
      return date(fmtYear(Number(m.groups?.y)), false, 'year');
    },
  },
  {
    id: 'date.spoken-year',
    pattern: `(?:${ci('the year')} )?(?<y>${SPOKEN_YEAR_RE})`,
    build(m) {
      const y = parseSpokenYear(m.groups?.y ?? '');
      return y === null ? null : date(fmtYear(y), false, 'year');
    },
  },
  {
    id: 'date.decade',
    // a point of the decade keeps its determiner ("the late 1970s", as "the past three years"); a bare "the 1990s" does not
    pattern: `(?:${ci('the')} (?=(?:\\d|')))?(?<x>(?:${ci('the')} )?(?:(?<pt>${ci('(?:early|late|mid)')})[- ])?(?:(?<d>1[6-9]\\d0|20\\d0)'?s|'(?<d2>\\d0)s|(?<w>${ci('(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)')})))`,
    build(m, ctx) {
      // TIMEX3 writes a decade as its first three digits ("198", with early/late as a modifier); a plain "1990s"
      // keeps the older X-filled form ("199X") that news corpora use
      if (m.groups?.d) return date(`${m.groups.d.slice(0, 3)}${m.groups?.pt ? '' : 'X'}`, false, 'decade');
      const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
      const tens = m.groups?.d2 ? Number(m.groups.d2[0]) : words[lower(m.groups?.w)];
      // "in his 90s", "in their forties": ages, not decades
      if (/\b(?:his|her|their|its|my|your|our)\s(?:(?:early|late|mid)[- ])?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return null;
      if (!/^the/i.test(ctx.text.slice(ctx.start, ctx.end)) && m.groups?.w) return null;
      return date(`19${tens}${m.groups?.pt || m.groups?.w ? '' : 'X'}`, false, 'decade');
    },
  },
  {
    id: 'date.century',
    pattern: `(?:${ci('the')} )?(?:(?<pt>${ci('(?:early|late|mid)')})[- ])?(?<n>\\d{1,2}(?:st|nd|rd|th)|${ci('(?:nineteenth|twentieth|twenty-first|eighteenth)')})[- ]${ci('century')}|(?<rel>${ci('(?:this|last|next|the last|the past|the next)')}) ${ci('century')}`,
    build(m, ctx) {
      if (m.groups?.rel) {
        if (/^the /i.test(m.groups.rel)) return duration('P100Y', 'century'); // "the past century": the last hundred years
        const shift = /last|past/i.test(m.groups.rel) ? -1 : /next/i.test(m.groups.rel) ? 1 : 0;
        return date(ctx.ref ? String(Math.floor(ctx.ref.y / 100) + shift).padStart(2, '0') : null, true, 'century');
      }
      const words: Record<string, number> = { eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 };
      const n = ordinalNumber(m.groups?.n ?? '') ?? words[lower(m.groups?.n)];
      if (!n) return null;
      return date(String(n - 1).padStart(2, '0'), false, 'century');
    },
  },
  {
    id: 'date.season',
    pattern: `(?<pre>${ci('(?:last|next|this|this past|this coming|the coming|the past|early|late|mid|earlier this|later this)')}[- ])?(?:${ci('the')} )?(?<s>${SEASON_RE})(?:(?: ${ci('of')})? (?:(?<y>${YEAR4})|(?<sy>${SPOKEN_YEAR_RE})))?`,
    build(m, ctx) {
      const s = SEASONS[lower(m.groups?.s)];
      const pre = lower(m.groups?.pre).replace(/[- ]$/, '');
      const sy = m.groups?.sy ? parseSpokenYear(m.groups.sy) : null;
      if (sy !== null) return date(`${fmtYear(sy)}-${s}`, false, 'season');
      if (m.groups?.y) return date(`${m.groups.y}-${s}`, false, 'season');
      if (!pre && !/^the /i.test(m[0])) return null;
      if (!pre && /^(?:fall|spring)$/i.test(m.groups?.s ?? '') ) return null;
      if (!ctx.ref) return date(null, true, 'season');
      const shift = /last|past/.test(pre) ? 'last' : /next|coming/.test(pre) ? 'next' : /this/.test(pre) ? 'this' : 'none';
      if (shift === 'none') {
        const tense = ctx.tense();
        const y = tense === 'past' ? seasonYear(ctx.ref, s, 'last') : tense === 'future' ? seasonYear(ctx.ref, s, 'next') : ctx.ref.y;
        return date(`${fmtYear(y)}-${s}`, true, 'season');
      }
      return date(`${fmtYear(seasonYear(ctx.ref, s, shift))}-${s}`, true, 'season');
    },
  },
  {
    id: 'date.quarter',
    pattern: `(?:${ci('(?:its|their|the|this|last|next|a)')} (?=${ORD_WORD}-${ci('quarter')}))?(?:(?<poss>${ci('(?:its|their)')}) )?(?<x>(?:(?<yp>${YEAR4})'s |(?<ryp>${ci('(?:this|last|next) year')})'s )?(?<det>${ci('(?:the|this|last|next|a)')} )?(?:(?<yd>${YEAR4}) )?(?<mods>(?:${ci('(?:fiscal|calendar|latest|current|past|previous|same|year-ago|year-earlier|prior-year|comparable|recent|just-ended|just-completed|most recent)')}[- ]){0,3})(?<ord>${ORD_WORD}[- ])?(?<fm>${ci('(?:fiscal )')})?${ci('quarter')}(?:,? (?<y>${YEAR4})| ${ci('of')} (?:${ci('fiscal')} )?(?<y2>${YEAR4})| ${ci('of')} (?<rel>${ci('(?:this|last|next) year')}))?)`,
    build(m, ctx) {
      const det = lower(m.groups?.det).trim() || (m.groups?.poss ? 'its' : '');
      const mods = lower(m.groups?.mods);
      const q = m.groups?.ord ? ordinalNumber(m.groups.ord.slice(0, -1)) : null;
      const y = m.groups?.y ?? m.groups?.y2 ?? m.groups?.yp ?? m.groups?.yd;
      const rel = lower(m.groups?.rel ?? m.groups?.ryp);
      if (!q && !det) return null;
      if (det === 'a' || (!q && !mods && det === 'its')) return null;
      const after = ctx.text.slice(ctx.end, ctx.end + 20);
      if (!q && /^ (?:of (?:a|an|the|all|its|their|his|her)|century|mile|inch|pound|point|percent|hour)\b/i.test(after)) return null;
      if (!q && /^-(?:point|century|mile)/i.test(after)) return null;
      if (q && y) return date(fmtQuarter(Number(y), q), false, 'quarter');
      if (y && ctx.ref) return date(fmtQuarter(Number(y), quarterOf(addMonths(ctx.ref, -3).m)), false, 'quarter');
      if (!ctx.ref) return date(q ? `XXXX-Q${q}` : null, true, 'quarter');
      const ref = ctx.ref;
      if (q && rel) {
        const shift = rel.includes('last') ? -1 : rel.includes('next') ? 1 : 0;
        return date(fmtQuarter(ref.y + shift, q), true, 'quarter');
      }
      if (q) {
        const current = quarterOf(ref.m);
        // the quarter of the reference year once it has begun, else the year before
        const latest = q <= current ? ref.y : ref.y - 1;
        if (mods.includes('year-ago') || mods.includes('year-earlier') || mods.includes('prior-year')) return date(fmtQuarter(latest - 1, q), true, 'quarter');
        if (det === 'last') return date(fmtQuarter(q < current ? ref.y : ref.y - 1, q), true, 'quarter');
        if (det === 'next') return date(fmtQuarter(q > current ? ref.y : ref.y + 1, q), true, 'quarter');
        return date(fmtQuarter(latest, q), true, 'quarter');
      }
      if (mods.includes('year-ago') || mods.includes('year-earlier') || mods.includes('prior-year') || mods.includes('same')) return date(shiftQuarter(ref, -5), true, 'quarter');
      if (det === 'next') return date(shiftQuarter(ref, 1), true, 'quarter');
      if (det === 'this' || mods.includes('current')) return date(shiftQuarter(ref, 0), true, 'quarter');
      return date(shiftQuarter(ref, -1), true, 'quarter');
    },
  },
  {
    id: 'date.half',
    pattern: `(?:${ci('the')} )?(?:(?<h>${ci('(?:first|second|last)')})[- ]${ci('half')}|(?<hq>${ci('(?:first|last) two quarters')}))(?: ${ci('of')} (?:(?<y>${YEAR4})|(?<rel>${ci('(?:this|last|next|the) year')})))?`,
    build(m, ctx) {
      const h = lower(m.groups?.h ?? m.groups?.hq).startsWith('first') ? 1 : 2;
      const after = ctx.text.slice(ctx.end, ctx.end + 16);
      if (m.groups?.y) return date(`${m.groups.y}-H${h}`, false, 'half');
      const adjectival = /^-?(?:half)?\s?(?:profit|earnings|results|loss|net|sales|revenue|growth)/i.test(after) || /-half$/i.test(m[0]);
      if (!m.groups?.rel && !adjectival) return null;
      if (!ctx.ref) return date(null, true, 'half');
      const shift = /last/i.test(m.groups?.rel ?? '') ? -1 : /next/i.test(m.groups?.rel ?? '') ? 1 : 0;
      return date(`${fmtYear(ctx.ref.y + shift)}-H${h}`, true, 'half');
    },
  },

  // ---- dates relative to the publication date ----
  {
    id: 'date.relative-unit',
    pattern: `(?<pre>${POINT}|${ci('(?:earlier|later|early|late)')} )?(?<rel>${ci('(?:this|last|next|the past|the coming|the previous|the following|the current|the same|the next|the last|that|the|the latest|the full|the current fiscal|the latest fiscal|the fiscal|the new|this fiscal|last fiscal|next fiscal)')}) (?<u>${ci('(?:week|month|year|weekend|decade)')})(?!-)`,
    build(m, ctx) {
      const rel = lower(m.groups?.rel).replace(/ fiscal$/, '').replace(/^the fiscal$/, 'the');
      const u = lower(m.groups?.u);
      const pre = lower(m.groups?.pre).trim();
      const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
      const after = ctx.text.slice(ctx.end, ctx.end + 16);
      const g: Granularity = u === 'weekend' ? 'day' : (u as Granularity);
      const ref = ctx.ref;
      // "This Week" (a programme): capitalised inside a sentence
      if (/^[A-Z]/.test(m.groups?.u ?? '') && /^[A-Z]/.test(m[0]) && /[A-Za-z,"'] ?$/.test(ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start))) return null;
      if (rel === 'that' || rel === 'the same' || rel === 'the following' || rel === 'the previous') {
        if (u === 'weekend' || u === 'decade') return date(null, true, g);
        return { ...date(null, false, g), anchor: { unit: u as 'year' | 'month' | 'week', shift: rel === 'the following' ? 1 : rel === 'the previous' ? -1 : 0 } };
      }
      // "the year ended March 31", "the fiscal year ending June 30": a twelve-month period
      if (rel === 'the' && u === 'year' && /^ (?:ended|ending)\b/.test(after)) return duration('P1Y', 'year');

      const thisOne = (): RuleResult => {
        if (!ref) return date(null, true, g);
        switch (u) {
          case 'week': return date(fmtWeek(ref), true, 'week');
          case 'weekend': { const back = ref.dow >= 6 ? 0 : ref.dow; return date(`${fmtWeek(addDays(ref, -back))}-WE`, true, 'day'); }
          case 'month': return date(fmtMonth(ref.y, ref.m), true, 'month');
          case 'decade': return date(String(Math.floor(ref.y / 10)), true, 'decade');
          default: return date(fmtYear(ref.y), true, 'year');
        }
      };
      if (rel === 'the' || rel === 'the full' || rel === 'the latest' || rel === 'the new' || rel === 'the current') {
        if (pre || rel !== 'the' || u === 'weekend') return thisOne();
        if (/\b(?:during|over|throughout|through)\s$/i.test(before)) return u === 'year' ? duration('P1Y', 'year') : thisOne();
        if (/\b[Ff]or\s$/.test(before) && /^,/.test(after)) return thisOne(); // "For the week, the index dropped 3.8%"
        if (/\b(?:of|in|from)\s$/i.test(before) && !/\b(?:earlier|later|end|rest|start|beginning|half|part|middle|remainder|months)\s+(?:of|in)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))) return null;
        if (u !== 'year' && !/^'s\b/.test(after)) return null;
        if (/^ (?:before|earlier|after|later|ago)\b/.test(after)) return null;
        return thisOne();
      }
      // "the last week of the campaign": a stretch of time inside another
      if (/^the (?:past|last|next|coming)$/.test(rel) && u !== 'weekend' && /^ of\b/.test(after)) {
        const d = durationValue(1, u);
        return d ? duration(d.value, d.gran) : null;
      }
      // "over the past year", "in the last decade", "the coming year": the calendar unit before (after) the reference,
      // as "last year" and "next year" are (TimeBank and HeidelTime read them as dates)
      const shift = /^(?:the )?(?:last|past)$/.test(rel) ? -1 : /^(?:the )?(?:next|coming)$/.test(rel) ? 1 : 0;
      if (!ref) return date(null, true, g);
      switch (u) {
        case 'week': return date(fmtWeek(addDays(ref, 7 * shift)), true, 'week');
        case 'weekend': return date(`${fmtWeek(addDays(ref, 7 * shift))}-WE`, true, 'day');
        case 'month': { const x = addMonths(ref, shift); return date(fmtMonth(x.y, x.m), true, 'month'); }
        case 'year': return date(fmtYear(ref.y + shift), true, 'year');
        case 'decade': return date(String(Math.floor(ref.y / 10) + shift), true, 'decade');
        default: return null;
      }
    },
  },
  {
    id: 'date.anchored-day',
    pattern: `(?:${ci('(?:earlier|later)')} (?:${ci('(?:in|on)')} )?)?(?<x>(?:(?<pre>${ci('(?:earlier|later)')}) )?(?<rel>${ci('(?:that|that same|the same|the next|the following|the previous|the)')}) (?<u>${ci('(?:day|morning|afternoon|evening|night)')}))`,
    build(m, ctx) {
      const rel = lower(m.groups?.rel);
      const u = lower(m.groups?.u);
      const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      const p = u === 'day' ? null : PARTS_OF_DAY[u];
      const type = p ? 'time' : 'date';
      const g: Granularity = p ? 'part-of-day' : 'day';
      if (rel === 'the') {
        // "buy orders came in the morning": the part of the day in focus (the latest day named before it)
        if (p && /\b(?:[Ii]n|[Dd]uring)\s$/.test(before) && !/^ (?:of|hours|after|before|and|or)\b/i.test(after)) {
          return { type, value: null, relative: false, granularity: g, anchor: { unit: 'day', shift: 0, part: p } };
        }
        // "later in the day": the day of the story, the publication day
        if (!/\b(?:earlier|later)\s+in\s$/i.test(before) || p) return null;
        return { type, value: ctx.ref ? fmtDay(ctx.ref) : null, relative: true, granularity: g };
      }
      if (/^ (?:of|when|that|to|in which)\b/i.test(after) && rel !== 'that') return null;
      const shift = /next|following/.test(rel) ? 1 : /previous/.test(rel) ? -1 : 0;
      return { type, value: null, relative: false, granularity: g, anchor: { unit: 'day', shift, ...(p ? { part: p } : {}) } };
    },
  },
  {
    id: 'date.year-end',
    pattern: `(?:${ci('(?:by|at|around|until|before|after|since)')} )?(?<x>(?:${ci('the')} )?${ci('year')}[- ]${ci('end')}|${ci('year')}'s ${ci('end')})`,
    build(_m, ctx) {
      return date(ctx.ref ? fmtYear(ctx.ref.y) : null, true, 'year');
    },
  },
  {
    id: 'date.comparison-period',
    pattern: `(?:${ci('the')} (?=(?:year-ago|year-earlier|prior-year|year-before) (?!period|quarter|fiscal)))?(?<x>(?:(?<det>${ci('the')}) )?(?:(?<adj>${ci('(?:year-ago|year-earlier|prior-year|year-before|latest|comparable|same)')})|(?<y>${YEAR4}))(?: (?<u>${ci('(?:period|quarter|fiscal quarter|nine months|six months|three months)')}))?)`,
    build(m, ctx) {
      const adj = lower(m.groups?.adj);
      const u = lower(m.groups?.u);
      if (!u && !/^(?:year-ago|year-earlier|prior-year|year-before)$/.test(adj)) return null;
      if (!u && !/^ [a-z]/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return null; // the adjective before its noun
      if (m.groups?.y && (!m.groups?.det || !u)) return null;
      if (u && /months$/.test(u) && !adj) return null;
      const ref = ctx.ref;
      if (u && /months$/.test(u)) { const d = durationValue(parseNumber(u.split(' ')[0]), 'months'); return d ? duration(d.value, d.gran) : null; }
      if (!ref) return date(null, true, 'quarter');
      const quarterly = u.includes('quarter') || reportingPeriod(ctx) === 'quarter';
      const back = /year/.test(adj) ? -5 : -1;
      if (m.groups?.y) return date(quarterly ? `${m.groups.y}-Q${quarterOf(addMonths(ref, -3).m)}` : m.groups.y, false, quarterly ? 'quarter' : 'year');
      if (!quarterly && back === -5) return date(fmtYear(ref.y - 1), true, 'year');
      return date(shiftQuarter(ref, back), true, 'quarter');
    },
  },
  {
    id: 'date.ago',
    pattern: `(?:(?<ap>${APPROX}) )?(?:(?<n>${NUMBER_RE})|(?<v>${VAGUE_RE})) (?<u>${UNIT_RE})(?<so> ${ci('or so')})? (?<dir>${ci('(?:ago|earlier|before|later|from now|previously|hence)')})`,
    build(m, ctx) {
      const amount = m.groups?.n ? parseNumber(m.groups.n) : null;
      const u = m.groups?.u ?? '';
      const dir = lower(m.groups?.dir);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' ? -1 : 1;
      const info = unitInfo(u);
      const gran = (info?.gran ?? null) as Granularity | null;
      // "three days later", "a day earlier": an amount of time from another event (a duration, see duration.number-unit);
      // only "a year earlier" keeps the comparative reading of financial news (the year before the reference)
      const yearComparative = info?.code === 'Y' && info.mult === 1 && amount === 1 && (dir === 'earlier' || dir === 'before');
      if (!/^(?:ago|from now|hence)$/.test(dir) && !yearComparative) return null;
      if (amount === null) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', true, null);
      if (!ctx.ref) return date(null, true, gran);
      // "a year earlier" in a report of quarterly results points at the same quarter a year before
      if ((dir === 'earlier' || dir === 'ago') && info?.code === 'Y' && info.mult === 1 && amount === 1 && reportingPeriod(ctx) === 'quarter') {
        return date(shiftQuarter(ctx.ref, -5), true, 'quarter');
      }
      return date(shiftedValue(ctx.ref, sign * amount, u), true, gran);
    },
  },
  // ---- sets ----
  {
    id: 'set.adverb',
    pattern: ci('(?:daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|bimonthly|semiannually)'),
    build(m, ctx) {
      const w = m[0].toLowerCase();
      if (/^[A-Z]/.test(m[0]) && ctx.start > 0 && !/[.!?"“]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.start))) return null;
      // "quarterly" before its noun names a reporting period ("its quarterly dividend"), not a recurrence in the story
      const next = /^ ([A-Za-z]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 20))?.[1];
      if (w === 'quarterly' && next && !SET_ADVERB_FOLLOWERS.has(next.toLowerCase())) return null;
      if (w === 'quarterly' && /\b(?:the|a|an|its|their|his|her|our|initial|regular|first)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 9), ctx.start))) return null;
      const v: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D', quarterly: 'P3M', biweekly: 'P2W', bimonthly: 'P2M', semiannually: 'P6M' };
      return set(v[w] ?? null);
    },
  },
  {
    id: 'set.every',
    pattern: `(?<q>${ci('(?:every|each)')}) (?:(?<o>${ci('other')}) |(?<n>${NUMBER_RE}) )?(?:(?<u>${UNIT_RE})|(?<wd>${WEEKDAY_RE})|(?<mo>${MONTH_RE})|(?<p>${PART_OF_DAY_RE})|(?<s>${SEASON_RE}))`,
    build(m) {
      const n = m.groups?.o ? 2 : m.groups?.n ? parseNumber(m.groups.n) : 1;
      if (m.groups?.wd) return set(`XXXX-WXX-${weekdayNumber(m.groups.wd)}`, 'day');
      if (m.groups?.mo) return set(`XXXX-${String(monthNumber(m.groups.mo)).padStart(2, '0')}`, 'month');
      if (m.groups?.p) return set(`XXXX-XX-XXT${PARTS_OF_DAY[lower(m.groups.p)]}`, 'part-of-day');
      if (m.groups?.s) return set(`XXXX-${SEASONS[lower(m.groups.s)]}`, 'season');
      const d = durationValue(n, m.groups?.u ?? '');
      return d ? set(d.value, d.gran) : null;
    },
  },
  {
    id: 'set.per-unit',
    pattern: `(?<=(?:(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion))(?:[ -][A-Za-z-]{1,20}){0,2}|%|\\b(?:times|twice|once|dollars?|cents?|percent|million|billion)) )(?:${ci('(?:a|an|per)')}) (?<u>${UNIT_SG_RE})`,
    build(m) {
      const d = durationValue(1, m.groups?.u ?? '');
      return d ? set(d.value, d.gran) : null;
    },
  },
  {
    id: 'set.weekday-plural',
    pattern: `(?<=\\b(?:[Oo]n|[Ee]very) )(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)`,
    build(m) {
      return set(`XXXX-WXX-${weekdayNumber((m.groups?.wd ?? '').slice(0, -1))}`, 'day');
    },
  },

  // ---- durations ----
  {
    id: 'duration.number-unit',
    pattern: `(?:${ci('(?:a|an)')} (?=\\d|${NUMBER_WORDS_RE}))?(?<x>(?<det>${ci('(?:the|a|an|another|this|that|its|their|his|her)')} )?(?<lead>${ci('(?:past|last|next|first|coming|previous|following|final|initial|remaining|full|entire|whole|same|latest|preceding|succeeding|ensuing|last few|past few|next few|first few)')} )?(?:(?<ap>${APPROX}) )?(?:(?<lo>${NUMBER_RE}) (?:${ci('(?:to|or)')}) )?(?:(?<n>${NUMBER_RE})|(?<v>${VAGUE_RE})) (?:(?:${ci('(?:more|additional|full|straight|consecutive|long|whole|short|extra|successive)')}) )?(?:(?:${ci('(?:trading|business|working|school)')}) (?=${ci('days?')}))?(?<u>${UNIT_RE})(?<half> ${ci('and a half')})?(?<or> ${ci('or (?:two|so|more|three)')})?)`,
    build(m, ctx) {
      let amount = m.groups?.n ? parseNumber(m.groups.n) : null;
      const u = m.groups?.u ?? '';
      const det = lower(m.groups?.det).trim();
      const lead = lower(m.groups?.lead).trim();
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      if (/^(?:-old|-long|\s+old\b)/i.test(after)) return null;
      if (/^ (?:ago|from now|hence)\b/i.test(after)) return null;
      const plural = /(?:s|millennia)$/i.test(u);
      const n = m.groups?.n ? lower(m.groups.n) : '';
      if ((n === 'a' || n === 'an') && plural) return null;
      if (m.groups?.n && amount === 1 && plural && !/^\d/.test(n)) return null;
      if (det && !lead && !['the', 'a', 'an', 'another'].includes(det)) return null;
      if (m.groups?.or && !/^ or (?:two|three)$/i.test(m.groups.or)) amount = null;
      if (m.groups?.lo) amount = parseNumber(m.groups.lo);
      if (m.groups?.half && amount !== null) amount += 0.5; // "a minute and a half"
      if (/^[A-Z][a-z]/.test(u) && /^\d/.test(n)) return null; // "60 Minutes"
      if (n === 'one' && /^day$/i.test(u) && /\b(?:will|would|may|might|could|can|shall)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 7), ctx.start))) return null; // "will one day": someday
      if (!det && !lead && (n === 'a' || n === 'an') && /^(?:quarter|second)$/i.test(u)) return null; // a fraction, an ordinal
      if (/^quarters?$/i.test(u) && /^ of\b/.test(after) && /^(?:a|an|one|three)$/.test(n)) return null; // "three quarters of the vote"
      if (/^couple of$/.test(lower(m.groups?.v).replace(/^a /, ''))) amount = 2;
      // "a year" after a rate ("$5 a year") is a set, handled by set.per-unit
      if ((n === 'a' || n === 'an' || n === 'one') && !det && !lead && !m.groups?.ap) {
        if (/(?:\d|%|\btimes|\btwice|\bonce|\bdollars?|\bcents?|\bpercent|\bmillion|\bbillion|\bmiles|\bhours)\s*$/i.test(ctx.text.slice(Math.max(0, ctx.start - 14), ctx.start))) return null;
      }
      const d = durationValue(amount, u);
      if (!d) return null;
      return duration(d.value, d.gran);
    },
  },
  {
    id: 'duration.vague',
    pattern: `(?<=\\b(?:[Ff]or|[Ii]n|[Aa]fter|[Ww]ithin|[Tt]ook|[Tt]akes?|[Ll]ast(?:ed|s)?) )(?<x>${ci('(?:some time|a while|a long time|a short time|quite some time|a long while|a (?:long|short|brief|lengthy|fairly lengthy) period)')})`,
    build(_m, ctx) {
      if (/^ (?:ago|before|after|later|of)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 8))) return null;
      return duration('PXX', null);
    },
  },
  {
    id: 'duration.adjectival',
    pattern: `(?:(?<ap>${APPROX}) )?(?<n>\\d{1,4}(?:\\.\\d)?|${NUMBER_WORDS_RE})-(?<u>${UNIT_SG_RE})(?<p> ${ci('period')})?`,
    build(m, ctx) {
      const after = ctx.text.slice(ctx.end, ctx.end + 8);
      if (/^(?:-old|-olds)/i.test(after)) return null;
      const amount = parseNumber(m.groups?.n ?? '');
      if (amount === null) return null;
      const d = durationValue(amount, m.groups?.u ?? '');
      return d ? duration(d.value, d.gran) : null;
    },
  },
  {
    // an adjectival duration with a vague amount ("a several-year tenure", "a multiyear contract") is still a duration: PXY
    id: 'duration.adjectival-vague',
    pattern: `(?:${ci('(?:several|many)')}-|${ci('multi')}-?)(?<u>${UNIT_SG_RE})`,
    build(m, ctx) {
      if (/^-old/i.test(ctx.text.slice(ctx.end, ctx.end + 4))) return null;
      const d = durationValue(null, m.groups?.u ?? '');
      return d ? duration(d.value, d.gran) : null;
    },
  },
  {
    id: 'duration.unit-long',
    pattern: `(?<u>${UNIT_RE})-long`,
    build(m) {
      const u = m.groups?.u ?? '';
      const d = durationValue(/s$/i.test(u) ? null : 1, u);
      return d ? duration(d.value, d.gran) : null;
    },
  },
  {
    id: 'duration.bare-plural',
    pattern: `(?:(?<prep>${ci('(?:for|in|over|within|after|took|last|lasted|takes|the|just|only)')}) )(?<x>(?<u>${UNIT_PL_RE})(?<or> ${ci('or')} (?<u2>${UNIT_PL_RE}))?(?: (?<ago>${ci('ago')}))?)`,
    build(m, ctx) {
      const after = ctx.text.slice(ctx.end, ctx.end + 24);
      const prep = lower(m.groups?.prep);
      if (m.groups?.ago) return date('PAST_REF', true, null);
      if (/^ (?:of|old)\b/i.test(after)) return null;
      if (prep === 'the' && !/^ (?:before|after|ahead|that followed|since|following|leading up|preceding|prior)\b/i.test(after)) return null;
      if ((prep === 'just' || prep === 'only') && !/^ (?:after|before|later|earlier)\b/i.test(after)) return null;
      const d = durationValue(null, m.groups?.u ?? '');
      return d ? duration(d.value, d.gran) : null;
    },
  },
  // ---- PRESENT_REF, PAST_REF, FUTURE_REF ----
  {
    id: 'ref.present',
    pattern: ci('(?:now|currently|current|presently|at present|these days|nowadays|the moment|the present)'),
    build(m, ctx) {
      const w = m[0].toLowerCase();
      const after = ctx.text.slice(ctx.end, ctx.end + 12);
      if (w === 'now' && /^-/.test(after)) return null;
      // "Now, ..." and "Now for ..." opening a sentence turn to a new point (a discourse marker, not a time)
      if (m[0] === 'Now' && /^(?:,| for\b)/.test(after) && (ctx.start === 0 || /(?:[.!?]["'\u201d]?\s+["'\u201c]?|\n\s*)$/.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)))) return null;
      if (w === 'the moment' && !/\b(?:at|for)\s$/i.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start))) return null;
      if (w === 'the present' && /^ (?:day|time|situation|system|government|crisis|case)\b/i.test(after)) return null;
      if (w === 'current' && /^ (?:account|accounts|affairs|events|issue|issues|rate|rates|price|prices|events)\b/i.test(after)) return null;
      return date('PRESENT_REF', true, null);
    },
  },
  {
    id: 'ref.past',
    pattern: `${ci('(?:more recently|recently|lately|the past|recent (?:years|months|weeks|days|decades|quarters)|past (?:years|decades)|the recent past)')}`,
    build(m, ctx) {
      const w = m[0].toLowerCase();
      const after = ctx.text.slice(ctx.end, ctx.end + 20);
      if (w === 'the past' && PAST_FOLLOWED_BY_AMOUNT.test(after)) return null;
      return date('PAST_REF', true, null);
    },
  },
  {
    // TIMEX3: a bare "at the time" / "at that time" (no event named after it, as in "at the time of the vote") points at
    // the story's own past (or, in a future clause, its future): the extent is the noun phrase, the preposition stays out
    id: 'ref.at-the-time',
    pattern: `(?<=\\b[Aa]t )${ci('(?:the|that) time')}`,
    build(_m, ctx) {
      // a clause after it makes it a time defined by an event ("at the time the bridge fell"): only a bare one counts
      if (!/^\s*(?:[,.;:!?)\u2014]|--|$)/.test(ctx.text.slice(ctx.end, ctx.end + 3))) return null;
      return date(ctx.tense() === 'future' ? 'FUTURE_REF' : 'PAST_REF', true, null);
    },
  },
  {
    id: 'ref.future',
    pattern: ci('(?:the near future|the future|the foreseeable future|soon|someday|(?<=\\b(?:will|would|may|might|could|can|shall) )one day|the (?:near|short|long) term|a later date|coming (?:days|weeks|months|years|quarters|decades)|future (?:quarters|years))'),
    build(m, ctx) {
      const w = m[0].toLowerCase();
      const unit = /^(?:the )?coming (\w+)$/.exec(w)?.[1];
      if (unit) { const d = durationValue(null, unit); if (d) return duration(d.value, d.gran); }
      if (w === 'soon' && /^ (?:after|before|as|afterward|thereafter)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 14))) return null;
      // "he was soon released", "that soon became a flood": shortly after, in the story's past
      if (w === 'soon' && (ctx.tense() === 'past' || /^ (?:[a-z]+ed|became|began|came|went|took|made|got|grew|fell|rose|left|found|was|were|had)\b/.test(ctx.text.slice(ctx.end, ctx.end + 14)))) return null;
      if (w === 'future' && /^[A-Z]/.test(m[0])) return null;
      if (w === 'future' && /^ (?:of|contracts?|trading|prices?|markets?|exchange)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 12))) return null;
      return date('FUTURE_REF', true, null);
    },
  },
];

