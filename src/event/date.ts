// When the main event happened: the day the lead ties to the violence, not the day of what followed.
import { nextId } from '../resolve/ids.js';
import type { Analysis, Sentence } from '../analyse/index.js';
import type { DateItem } from '../record/schema.js';
import type { Trigger } from './trigger.js';
import { leadSentences, sentenceTriggers, triggerIndex, type TriggerIndex } from './trigger.js';
import { VIOLENT_ROOTS, rootOf } from './cameo.js';
import type { LexiconFile } from '../extract/lexicon.js';
import cuesFile from './lexicon/date-cues.json' with { type: 'json' };

type CueList =
  | 'followUp' | 'aftermathDay' | 'violent' | 'otherIncident' | 'dayGranularities' | 'coarseGranularities' | 'boundary' | 'aftermathDeterminers'
  | 'aftermathDayLead' | 'partsOfDay' | 'laterActSubjects' | 'laterActVerbs' | 'future' | 'laterActHeadline';
const CUES = (cuesFile as LexiconFile<Record<CueList, string[]>>).entries;
/** The words as a regular-expression alternation, escaped; a blank in a phrase is any run of blanks. */
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
/** One of the words, as a whole word. */
const anyWord = (words: readonly string[]): string => `\\b(?:${alt(words)})\\b`;

/** Characters at most between a violent trigger and a day told next to it. */
const NEAR_GAP = 80;
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})/;
/** A date that bounds a span ("since Oct. 17", "as of Thursday") is no event's date. */
const BOUNDARY = new RegExp(`\\b(?:${alt(CUES.boundary)}|between\\s+[\\w.,' ]{1,30}\\s+and)\\s+$`, 'i');
/** Words of what happened after the event: a date next to them dates the aftermath. */
const FOLLOW_UP = new RegExp(anyWord(CUES.followUp), 'i');
/** A day told as the day of a later act: "police said Monday", "appeared in court Tuesday", "who died Friday". */
const AFTERMATH_DAY = new RegExp(
  `${anyWord(CUES.aftermathDay)}((?:\\s+(?!${CUES.aftermathDeterminers.map((w) => `${alt([w])}\\b`).join('|')})[\\w'’-]+){0,2})\\s+(?:${CUES.aftermathDayLead.map((w) => `${alt([w])}\\s+`).join('|')})?$`,
  'i',
);
/** "on Wednesday identified", "on Feb. 23, he was charged": the act that follows the day is a later one. */
const AFTERMATH_VERB_AFTER = new RegExp(
  `^\\s*(?:(?:${alt(CUES.partsOfDay)})\\s+)?,?\\s*(?:(?:${alt(CUES.laterActSubjects)})\\s+)?(?:(?:was|were|had\\s+been)\\s+)?(?:${alt(CUES.laterActVerbs)})\\b`,
  'i',
);
const VIOLENT_WORD = new RegExp(anyWord(CUES.violent), 'i');
/** An embedded post's signature, "— Tracy Clemons (@TracyABC13) November 23, 2016": its date is the post's. */
const TWEET_STAMP = /\(@\w{1,30}\)\s{0,3}$/;
/** Words of a sentence that tells of another incident than the one the lead reports. */
const OTHER_INCIDENT = new RegExp(anyWord(CUES.otherIncident), 'i');
const FINE: ReadonlySet<string> = new Set(CUES.dayGranularities);
/** Days before publication past which a holiday not told next to the violence dates no event of the story. */
const FAR_HOLIDAY_DAYS = 31;
/** A day of what is still to come: "turns 6 on Sunday", "is scheduled for Thursday" (read back into the past week, it is no event's day). */
const FUTURE_BEFORE = new RegExp(`${anyWord(CUES.future)}[^.;!?]{0,30}$`, 'i');
/**
 * A bare weekday read back six days: the weekday after the publication's ("Wednesday" in a story out on a
 * Tuesday) is more often the day of a later update or of what is still to come than the same weekday a week
 * before; it names no event day the text makes sure of.
 */
const AHEAD_WEEKDAY_DAYS = 6;
const WEEKDAY_WORD = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** What makes a weekday's week explicit: "last Friday", "Friday, Jan. 5", "a week ago Friday". */
const WEEK_TOLD = /\b(?:last|past|previous|this|ago|week|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\d{1,2}(?:st|nd|rd|th)?\s*(?:,|$)|\//i;

/** Whole days from a day (YYYY-MM-DD) back to the publication day (YYYY-MM-DD). */
const daysBefore = (published: string, day: string): number => Math.round((Date.parse(published) - Date.parse(day)) / 864e5);

function inSentence(x: { start: number }, s: Sentence): boolean {
  return x.start >= s.start && x.start < s.end;
}

/** The event's date: the id of a date item, and the item to add to the record when it is not one of the text's. */
export interface EventDateChoice {
  id: string;
  rule: string;
  added?: DateItem;
}

/**
 * The event's date: the day the text ties to it; else, when the document has a publication date, that day
 * (news reports what happened on the day it went out unless it says otherwise), as an added item with an empty span.
 */
export function eventDate(a: Analysis, dates: DateItem[], trigger: Trigger | null): EventDateChoice | null {
  const found = dateFromText(a, dates, trigger);
  return dayInLeadMonth(a, dates, found) ?? found ?? publishedDay(a, dates);
}

/** A month ("2016-08") or a year ("2015"): the incident told coarsely. */
const COARSE_VALUE = /^\d{4}(?:-\d{2})?$/;
const COARSE: ReadonlySet<string> = new Set(CUES.coarseGranularities);
/** A month or year at most ten years before publication ("1600 hours", "the 1900 block" are no incident's year). */
const recent = (value: string, published: string | null): boolean => !published || (+value.slice(0, 4) <= +published.slice(0, 4) && +value.slice(0, 4) >= +published.slice(0, 4) - 10);

/**
 * "the quadruple murder that happened in June", "killed the girl in August", "at an Ohio home in 2015": when the
 * lead puts the violence in a month or a year and the day picked lies outside it (a follow-up's court day), the
 * day of that month the text names is the event's; when the text names no such day, the month (or year) itself
 * is: the day is unknown, and the record says only what the text does.
 */
function dayInLeadMonth(a: Analysis, dates: DateItem[], found: EventDateChoice | null): EventDateChoice | null {
  if (!dates.some((d) => COARSE.has(d.granularity ?? ''))) return null;
  const published = a.reference ? a.reference.slice(0, 10) : null;
  const index = triggerIndex();
  let coarse: DateItem | null = null;
  for (const s of a.sentences.filter((x) => a.isContent(x.start, x.end)).slice(0, 3)) {
    const violent = sentenceTriggers(a, s, index).filter((t) => VIOLENT_ROOTS.has(rootOf(t.code)));
    const m = dates.find((d) => d.type === 'date' && COARSE.has(d.granularity ?? '') && d.value && COARSE_VALUE.test(d.value) && recent(d.value, published) && inSentence(d, s) && violent.some((t) => {
      const [from, to] = t.end <= d.start ? [t.end, d.start] : [d.end, t.start];
      return to - from <= 80 && !FOLLOW_UP.test(a.text.slice(from, to)) && !BOUNDARY.test(a.text.slice(Math.max(s.start, d.start - 45), d.start));
    }));
    if (m?.value) { coarse = m; break; }
  }
  if (!coarse?.value) return null;
  const span = coarse.value;
  const chosen = found ? dates.find((d) => d.id === found.id)?.value ?? '' : '';
  if (chosen.startsWith(`${span}-`)) return null;
  const d = dates.find((x) => (x.type === 'date' || x.type === 'time') && x.value?.startsWith(`${span}-`) && DAY_VALUE.test(x.value) && (!published || x.value.slice(0, 10) <= published) && a.isContent(x.start, x.end));
  if (d) return { id: d.id, rule: DATE_IDS.inLeadMonth };
  // a day the text ties to the violence itself ("were shot and killed inside the home on August 8th") outranks a month
  // or year the lead names in another sentence ("last month's murders"): the month alone is kept only when no day is told
  // next to the violence, or when that day is told in the month's own sentence ("pleaded guilty Tuesday to shooting ... in 2015")
  const foundItem = found ? dates.find((x) => x.id === found.id) : undefined;
  const sameSentence = !!foundItem && a.sentences.some((s) => inSentence(foundItem, s) && inSentence(coarse!, s));
  if (found && NEAR_VIOLENCE_RULES.has(found.rule) && !sameSentence) return null;
  // no day of it named: the month or year alone, when it lies before the publication's
  return published && span < published.slice(0, span.length) ? { id: coarse.id, rule: DATE_IDS.leadCoarse } : null;
}

/** The rules of DATE_RULES whose day is told next to the violence itself: such a day outranks a month the lead names. */
const NEAR_VIOLENCE_RULES: ReadonlySet<string> = new Set(['event.date-after-midnight', 'event.date-day-before-told-first', 'event.date-near-trigger', 'event.date-near-trigger-late']);

/** A headline of a later act of the police or the courts: "Man arrested in shooting", "Coroner identifies victim", "Man found guilty". */
const LATER_ACT_HEADLINE = new RegExp(anyWord(CUES.laterActHeadline), 'i');

/**
 * The publication day as a date item of its own: not read from the text, so its span is empty and `source` says where it
 * comes from. When the headline tells a later act of the police or the courts, the news of the day is that act and the
 * violence came before it: the day before publication, the nearest such day.
 */
export function publishedDay(a: Analysis, dates: DateItem[]): EventDateChoice | null {
  const published = a.reference ? DAY_VALUE.exec(a.reference)?.[1] : undefined;
  if (!published) return null;
  const later = LATER_ACT_HEADLINE.test(a.title?.text ?? a.doc.title ?? '');
  const day = later ? prevDay(published) : published;
  const rule = later ? DATE_IDS.publishedLaterAct : DATE_IDS.published;
  const id = nextId('d', dates);
  const added: DateItem = { id, text: '', start: 0, end: 0, type: 'date', value: day, granularity: 'day', relative: false, source: 'published', rule };
  return { id, rule, added };
}

/** What the date rules read: the dates that may be the event's, and the sentences around the trigger. */
export interface DateContext {
  a: Analysis;
  trigger: Trigger | null;
  /** The publication day (YYYY-MM-DD), or null. */
  published: string | null;
  /** A date's day (YYYY-MM-DD) when it names a day or a finer unit, else null. */
  day(d: DateItem): string | null;
  /** Days at or before publication, in the content. */
  usable: DateItem[];
  /** The usable days of the story (no byline stamp, no bare clock time), without the days of a later act when any remain. */
  pool: DateItem[];
  /** Days told next to a violent trigger in the first ten content sentences. */
  near: DateItem[];
  /** Of `near`, the ones not told of another incident. */
  trusted: DateItem[];
  /** When `near` is empty: days told next to a violent trigger after the first ten content sentences, not of another incident. */
  late: DateItem[];
  /** When `near` and `late` are empty: days told anywhere in a sentence of the first ten with a violent trigger, with no word of what followed between, not of another incident. */
  wide: DateItem[];
  lead: Sentence[];
  index: TriggerIndex;
}

/** A rule of the event's date: the first of DATE_RULES that picks a date gives it. */
export interface DateRule {
  id: string;
  what: string;
  pick(ctx: DateContext): DateItem | null | undefined;
}

/** The earliest day of the items, the first told among equals; null when there is none. */
const earliest = (items: DateItem[], day: (d: DateItem) => string | null): DateItem | null =>
  [...items].sort((x, y) => (day(x) ?? '').localeCompare(day(y) ?? '') || x.start - y.start)[0] ?? null;

/** A time told as late in the day: "late Sunday night", "Sunday night", "11 p.m. Sunday". */
const LATE_IN_DAY = /\bnight\b|\blate\b|\b(?:9|10|11)(?::\d{2})?\s*p\.?m/i;
/** A time told as the small hours: "early Monday", "overnight", "after midnight", "1:30 a.m. Monday". */
const SMALL_HOURS = /\bearly\b|\bovernight\b|\bafter\s+midnight\b|\b(?:12|[1-4])(?::\d{2})?\s*a\.?m/i;
/** The day after a day (YYYY-MM-DD). */
const nextDay = (d: string): string => new Date(Date.parse(d) + 864e5).toISOString().slice(0, 10);
/** The day before a day (YYYY-MM-DD). */
const prevDay = (d: string): string => new Date(Date.parse(d) - 864e5).toISOString().slice(0, 10);

export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'event.date-after-midnight',
    what: 'the earliest day told next to the violence is told late at night ("late Sunday night") and an earlier sentence tells the next day\'s small hours next to it ("early Monday"): the night crossed midnight, and the lead\'s day is the incident\'s',
    pick: ({ near, trusted, day }) => {
      const first = near.length ? earliest(trusted, day) : null;
      if (!first || !LATE_IN_DAY.test(first.text)) return null;
      const after = nextDay(day(first)!);
      return trusted.find((d) => d.start < first.start && day(d) === after && SMALL_HOURS.test(d.text)) ?? null;
    },
  },
  {
    id: 'event.date-day-before-told-first',
    what: 'the violence is told with one day only, and the story names the day before it earlier than that ("Police were called Friday night ... the man was shot Saturday"): the story tells the incident from its start, on the day before',
    pick: ({ near, trusted, pool, day }) => {
      if (!near.length || new Set(trusted.map(day)).size !== 1) return null;
      const first = trusted.reduce((x, y) => (y.start < x.start ? y : x));
      const before = prevDay(day(first)!);
      return pool.find((d) => d.start < first.start && day(d) === before) ?? null;
    },
  },
  {
    id: 'event.date-near-trigger',
    what: 'the earliest day told next to the violence itself ("was shot Friday") in the first sentences, not of another incident',
    // `trusted` holds near[0] (the first sentence's), so it is not empty when `near` is not
    pick: ({ near, trusted, day }) => (near.length ? earliest(trusted, day) : null),
  },
  {
    id: 'event.date-near-trigger-late',
    what: 'when the first sentences tie no day to the violence, the earliest day told next to it later in the story ("a 5-year-old fired that weapon ... Saturday"), not of another incident',
    pick: ({ late, day }) => earliest(late, day),
  },
  {
    id: 'event.date-violent-sentence',
    what: 'when no day is told next to the violence, the earliest day told farther from it in a sentence of the first ten that tells it ("was shot in his abdomen at the apartments in the 5700 block of Port Drive around 7:15 p.m. Friday")',
    pick: ({ wide, day }) => earliest(wide, day),
  },
  { id: 'event.date-trigger-sentence', what: "a day in the trigger's sentence", pick: ({ trigger, pool }) => (trigger ? pool.find((x) => inSentence(x, trigger.sentence)) : null) },
  {
    id: 'event.date-trigger-lead',
    what: 'a day in a lead sentence with a trigger of weight 5 or more',
    pick: ({ a, lead, pool, index }) => {
      for (const s of lead) {
        const d = pool.find((x) => inSentence(x, s));
        if (d && sentenceTriggers(a, s, index).some((t) => t.weight >= 5)) return d;
      }
      return null;
    },
  },
  {
    id: 'event.date-lead',
    what: 'a day in the lead',
    pick: ({ lead, pool }) => {
      for (const s of lead) {
        const d = pool.find((x) => inSentence(x, s));
        if (d) return d;
      }
      return null;
    },
  },
  { id: 'event.date-first', what: 'the first day of the story, told in its first 13 sentences', pick: ({ a, pool }) => (pool[0] && a.sentences.findIndex((s) => inSentence(pool[0], s)) <= 12 ? pool[0] : null) },
  { id: 'event.date-publication', what: 'the publication day, when the text names it', pick: ({ published, usable, day }) => (published ? usable.find((d) => day(d) === published) : null) },
  { id: 'event.date-first-late', what: 'the first day of the story, told after its first 13 sentences, when the text does not name the publication day', pick: ({ pool }) => pool[0] },
];

/** Ids put on the event's date by the steps after the rules: a day of the month the lead names, that month itself, the publication day. */
export const DATE_IDS = { inLeadMonth: 'event.date-in-lead-month', leadCoarse: 'event.date-lead-coarse', published: 'event.date-published', publishedLaterAct: 'event.date-published-later-act', none: 'event.date-none' } as const;

/** A day (or finer) at or before publication, in the trigger's sentence, then the lead, then any: the first rule of DATE_RULES that picks one. */
function dateFromText(a: Analysis, dates: DateItem[], trigger: Trigger | null): EventDateChoice | null {
  const published = a.reference ? a.reference.slice(0, 10) : null;
  const day = (d: DateItem): string | null => (d.value && (d.type === 'date' || d.type === 'time') && FINE.has(d.granularity ?? '') ? (DAY_VALUE.exec(d.value)?.[1] ?? null) : null);
  const usable = dates.filter((d) => {
    const v = day(d);
    return v !== null && (!published || v <= published) && a.isContent(d.start, d.end);
  });
  // a date alone on a line is a byline stamp: it dates the article, not the event
  const stamp = (d: DateItem): boolean => {
    const line = a.lines.find((l) => d.start >= l.start && d.start < l.end);
    if (!line) return false;
    const before = a.text.slice(line.start, d.start);
    return line.text.replace(/[^\p{L}\p{N}]/gu, '').length - d.text.replace(/[^\p{L}\p{N}]/gu, '').length < 25 || /^\s*(?:posted|published|updated)\b/i.test(line.text) || /\b(?:posted|published|updated)\s*:?\s*(?:on\s+)?$/i.test(before) || /\(\s*published\s+$/i.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(a.text.slice(d.end, d.end + 3))) || TWEET_STAMP.test(before);
  };
  // a bare clock time ("8:50 p.m.") names no day: the day is only implied
  const namesDay = (d: DateItem): boolean => !/^\s*(?:at\s+|about\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*$/i.test(d.text);
  // a day of what is still to come ("turns 6 on Sunday") names no past event's day
  const future = (d: DateItem): boolean => FUTURE_BEFORE.test(a.text.slice(Math.max(0, d.start - 45), d.start));
  const aheadWeekday = (d: DateItem): boolean => !!published && WEEKDAY_WORD.test(d.text) && !WEEK_TOLD.test(d.text) && daysBefore(published, day(d)!) === AHEAD_WEEKDAY_DAYS;
  const story = usable.filter((d) => !stamp(d) && namesDay(d) && !future(d) && !aheadWeekday(d));
  // a day told as that of a later act: "police said Monday", "appeared in court Tuesday", "on Wednesday identified"
  const aftermath = (d: DateItem): boolean => {
    const later = AFTERMATH_DAY.exec(a.text.slice(Math.max(0, d.start - 40), d.start));
    return (!!later && !VIOLENT_WORD.test(later[1])) || (/\bon\s+$/i.test(a.text.slice(Math.max(0, d.start - 4), d.start)) && AFTERMATH_VERB_AFTER.test(a.text.slice(d.end, d.end + 30)));
  };
  // a holiday named long before publication and not next to the violence ("a proper St. Patrick's Day" in a teaser,
  // "last Christmas") dates something else: it is left to the rule of days told next to the violence
  const farHoliday = (d: DateItem): boolean => d.rule === 'date.holiday' && !!published && daysBefore(published, d.value!.slice(0, 10)) > FAR_HOLIDAY_DAYS;
  const plain = story.filter((d) => !farHoliday(d));
  const told = plain.filter((d) => !aftermath(d));
  const pool = told.length ? told : plain;
  const lead = leadSentences(a, 3);
  const index = triggerIndex();
  // the day told next to the violence itself ("was shot Friday"), not next to what followed ("died Tuesday", "was charged Monday");
  // in a follow-up story the earliest such day is the incident's
  const nextToViolence = (sentences: Sentence[], gap = NEAR_GAP): DateItem[] => {
    const out: DateItem[] = [];
    for (const s of sentences) {
      const violent = sentenceTriggers(a, s, index).filter((t) => VIOLENT_ROOTS.has(rootOf(t.code)));
      if (!violent.length) continue;
      for (const d of story) {
        if (!inSentence(d, s) || BOUNDARY.test(a.text.slice(Math.max(s.start, d.start - 45), d.start))) continue;
        if (aftermath(d)) continue;
        const close = violent.some((t) => {
          const [from, to] = t.end <= d.start ? [t.end, d.start] : [d.end, t.start];
          return to - from <= gap && !FOLLOW_UP.test(a.text.slice(from, to));
        });
        if (close) out.push(d);
      }
    }
    return out;
  };
  const content = a.sentences.filter((s) => a.isContent(s.start, s.end));
  const near = nextToViolence(content.slice(0, 10));
  // an earlier day told in a later sentence about another incident ("two other teens, who were also slain ... on
  // May 3, 2011", "in retaliation for the killing of ... on Thursday, Jan. 5") is that incident's, not this one's
  const firstSentence = near.length ? a.sentences.find((s) => inSentence(near[0], s)) : undefined;
  const toldWith = (d: DateItem): string => {
    const k = a.sentences.findIndex((s) => inSentence(d, s));
    return k < 0 ? '' : `${a.sentences[k - 1]?.text ?? ''} ${a.sentences[k].text}`;
  };
  const trusted = near.filter((d) => (firstSentence && inSentence(d, firstSentence)) || !OTHER_INCIDENT.test(toldWith(d)));
  // when the first sentences tie no day to the violence, a later sentence may ("say a 5 year old fired that weapon ... Saturday")
  const late = near.length ? [] : nextToViolence(content.slice(10)).filter((d) => !OTHER_INCIDENT.test(toldWith(d)));
  // when no day lies next to the violence anywhere: a day told further from it in one of the first sentences ("was shot in his abdomen at ... around 7:15 p.m. Friday")
  const wide = near.length || late.length ? [] : nextToViolence(content.slice(0, 10), Infinity).filter((d) => !OTHER_INCIDENT.test(toldWith(d)));
  const ctx: DateContext = { a, trigger, published, day, usable, pool, near, trusted, late, wide, index, lead };
  for (const rule of DATE_RULES) {
    const d = rule.pick(ctx);
    if (d) return { id: d.id, rule: rule.id };
  }
  return null;
}
