// Pass 2: mentions become frames. Mentions of one clause are one frame; a new-event cue ("also",
// "separate", "meanwhile") starts another. A frame takes its clause's most exact place and its date,
// a plural frame over places joined by "and" splits into one frame per place, and each frame gets its
// status: reported, background (an earlier event) or tally (an aggregate).
import type { Analysis, Sentence } from '../../analyse/index.js';
import type { Actor, Count, DateItem, EventStatus, Place } from '../../record/schema.js';
import type { EventMention } from './1-mentions.js';
import { BACKGROUND_RULES, NEW_EVENT, TALLY, TALLY_RULES, type BackgroundContext, type TallyContext } from './lexicon.js';
import { EVENTS_IDS } from './ids.js';
import type { LexiconFile } from '../../extract/lexicon.js';
import codesFile from './lexicon/codes.json' with { type: 'json' };

export interface Frame {
  mentions: EventMention[];
  sentence: Sentence;
  /** The clause the frame reads its place, date and roles from. */
  from: number;
  to: number;
  place: Place | null;
  /** The place mention's start, for the frame's own place (-1 when none). */
  placeAt: number;
  date: DateItem | null;
  status: EventStatus;
  statusRule: string;
  /** Starts with "also", "separate", "another": not a repeat of the event before. */
  fresh: boolean;
  /** Frames split from one clause ("attacks at A and B") share a group and never merge with each other. */
  group: number;
  /** The places a clause was split by: each is a frame's place, none is a target. */
  splitBy: string[];
  rules: Record<string, string>;
  /** A frame of a mention inside a direct quotation (pass 9): the quotation marks in a gap are no break. */
  quoted?: boolean;
}

/** Place kind -> how exact it is (lexicon/codes.json). */
const CODES = (codesFile as LexiconFile<{ placeRank: Record<string, number>; qualifierSuffixes: string[]; qualifiedNouns: string[] }>).entries;
const RANK: Readonly<Record<string, number>> = CODES.placeRank;
const REPORTED = EVENTS_IDS.reported;
export const rankOf = (p: Place | null): number => (p ? RANK[p.kind] ?? 1 : 0);

/** A date that bounds a span ("since Oct. 17", "as of Thursday") dates no event. */
const BOUNDARY = /\b(?:since|as\s+of|until|till|through|by|after|before|between)\s+$/i;
/** A place word that only qualifies: "Iran-backed", "Syria's", "Paris' police", "the Baghdad-based". */
const QUALIFIER_AFTER = new RegExp(`^(?:-(?:${CODES.qualifierSuffixes.join('|')})|['’](?:s\\b|\\s)|\\s+(?:${CODES.qualifiedNouns.join('|')})\\b)`, 'i');

/** A place after "from" is where someone or something comes from ("asylum seekers from Pakistan", "returned from Syria"), not
 * where the clause's event happened; a distance ("30 km from Kabul", "not far from") keeps it. */
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const DISTANCE_BEFORE = /\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|yards?|away|far|north|south|east|west|border)\s+from\s+(?:the\s+)?$/i;
const isOrigin = (before: string): boolean => ORIGIN_BEFORE.test(before) && !DISTANCE_BEFORE.test(before);

export interface FrameInput {
  a: Analysis;
  mentions: EventMention[];
  places: Place[];
  actors: Actor[];
  dates: DateItem[];
  counts: Count[];
}

function dayNumber(value: string | null): number | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 11, m[3] ? Number(m[3]) : m[2] ? 28 : 31) / 86400000;
}

export function buildFrames({ a, mentions, places, actors, dates, counts }: FrameInput): Frame[] {
  const text = a.text;
  const actorSpans = actors.flatMap((x) => x.mentions);
  const placeMentions = places
    .flatMap((p) => p.mentions.map((m) => ({ p, m })))
    .filter(({ m }) => !actorSpans.some((s) => s.start < m.end && m.start < s.end) && !QUALIFIER_AFTER.test(text.slice(m.end, m.end + 14)))
    .filter(({ m }) => !isOrigin(text.slice(Math.max(0, m.start - 30), m.start)))
    .sort((x, y) => x.m.start - y.m.start);
  const eventDates = dates.filter((d) => (d.type === 'date' || d.type === 'time') && d.source !== 'published' && d.value && /^\d{4}/.test(d.value));
  const reference = dayNumber(a.reference);
  const frames: Frame[] = [];
  let group = 0;

  // mentions of one sentence, cut into clauses where a new-event cue stands between two of them
  const bySentence = new Map<number, EventMention[]>();
  for (const m of mentions) bySentence.set(m.sentence.i, [...(bySentence.get(m.sentence.i) ?? []), m]);
  for (const list of bySentence.values()) {
    const s = list[0].sentence;
    const tallyCued = (m: EventMention): boolean => TALLY.some((c) => c.re.test(text.slice(Math.max(s.start, m.start - 40), m.start)));
    const clauses: { ms: EventMention[]; from: number; fresh: boolean }[] = [];
    let prevEnd = s.start;
    for (const m of list) {
      const between = text.slice(prevEnd, m.start);
      const cue = NEW_EVENT.re.exec(between);
      const isTally = tallyCued(m);
      const last = clauses[clauses.length - 1];
      const lastTally = last ? tallyCued(last.ms[last.ms.length - 1]) : false;
      if (!last || cue || isTally !== lastTally) clauses.push({ ms: [m], from: last ? (cue ? prevEnd + cue.index : m.start) : s.start, fresh: cue !== null });
      else last.ms.push(m);
      prevEnd = m.end;
    }
    // a clause that no new-event cue opens ("..., killing 168 people and injuring 500 others") continues the clause
    // before it: without a date or place of its own it takes that clause's
    let prevNear: DateItem | null = null;
    let prevPlace: (typeof placeMentions)[number] | null = null;
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k];
      const from = c.from;
      const to = k + 1 < clauses.length ? clauses[k + 1].from : s.end;
      const inClause = placeMentions.filter(({ m }) => m.start >= from && m.end <= to);
      const head = c.ms[0];
      // its date: the one nearest the trigger in the clause, unless it bounds a span ("since Oct. 17")
      const own = eventDates
        .filter((d) => d.start >= from && d.end <= to && !BOUNDARY.test(text.slice(Math.max(s.start, d.start - 12), d.start)))
        .sort((x, y) => Math.abs(x.start - head.start) - Math.abs(y.start - head.start))[0] ?? null;
      const continues = k > 0 && !c.fresh;
      const near: DateItem | null = own ?? (continues ? prevNear : null);
      prevNear = near;
      // its status: a tally when a plural noun mention is an aggregate, else background when a rule sets it before the news
      let status: EventStatus = 'reported';
      let statusRule: string = REPORTED;
      for (const m of c.ms) {
        if (m.voice !== 'noun' || !m.plural) continue;
        const ctx: TallyContext = { start: m.start, end: m.end, before: text.slice(Math.max(s.start, m.start - 40), m.start), after: text.slice(m.end, Math.min(to, m.end + 80)), counts };
        const rule = TALLY_RULES.find((r) => r.test(ctx));
        if (rule) {
          status = 'tally';
          statusRule = rule.id;
          break;
        }
      }
      if (status === 'reported') {
        const ctx: BackgroundContext = { day: dayNumber(near?.value ?? null), reference, clause: text.slice(from, to) };
        const rule = BACKGROUND_RULES.find((r) => r.test(ctx));
        if (rule) {
          status = 'background';
          statusRule = rule.id;
        }
      }
      const base = { mentions: c.ms, sentence: s, from, to, date: near, status, statusRule, fresh: c.fresh, rules: {} as Record<string, string>, splitBy: [] as string[] };
      // its place: the most exact in the clause; a plural frame over several such places joined by "and" is one frame per place
      const best = Math.max(0, ...inClause.map(({ p }) => rankOf(p)));
      const top = inClause.filter(({ p }) => rankOf(p) === best);
      const distinct = [...new Map(top.map((x) => [x.p.id, x])).values()];
      const plural = c.ms.some((m) => m.plural);
      const joined = distinct.length >= 2 && distinct.every((x, i) => i === 0 || /^(?:[^.;]{0,60}?)\b(?:and|or)\b|^\s*,\s*$/.test(text.slice(distinct[i - 1].m.end, x.m.start)));
      group++;
      if (plural && joined && status === 'reported') {
        const splitBy = distinct.map((x) => x.p.id);
        for (const x of distinct) frames.push({ ...base, place: x.p, placeAt: x.m.start, group, splitBy, rules: { location: EVENTS_IDS.splitPlaces } });
      } else {
        const after: (typeof placeMentions)[number] | undefined = top.find(({ m }) => m.start >= head.end) ?? top[0] ?? (continues ? prevPlace : null) ?? undefined;
        frames.push({ ...base, place: after?.p ?? null, placeAt: after?.m.start ?? -1, group });
        prevPlace = after ?? null;
      }
    }
  }
  return frames.sort((x, y) => x.mentions[0].start - y.mentions[0].start || x.placeAt - y.placeAt);
}
