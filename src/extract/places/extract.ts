// The runner: cuts the text into runs of capitalised tokens, tries the place rules on their
// sub-runs (longest first, left to right), and hands each match with its context to the refiners.
import { isHeadlineHometown, isHometown } from '../hometown.js';
import type { Analysis } from '../../analyse/index.js';
import type { Gazetteer } from '../../gazetteer/index.js';
import type { PlaceMention } from '../types.js';
import {
  ABBREV_BEFORE_PERIOD,
  CONNECTORS,
  DIRECTIONS,
  LOCATIVE,
  LOWER_FACILITY,
  NAME_ARTICLES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_NOUNS_BEFORE_OF,
  SETTLEMENT_NOUNS,
  SETTLEMENT_NOUNS_AFTER,
  SKIP_BEFORE_CUE,
  STRONG_LOCATIVE,
  TEAM_SPORTS,
  THE_NAMES,
  TITLES,
  US_STATE_ABBREV,
  USPS_CODES,
} from './lexicon.js';
import { isCommonWord } from './words.js';
import { BELONGING } from '../actors/lexicon.js';
import { matchPlace, type PlaceMatch } from './rules.js';
import type { Tok } from './tokens.js';
import type { EnglishWords } from '../../analyse/truecase.js';

export interface Found {
  toks: Tok[];
  /** the run the match was found in, and the match's place in it */
  run: Tok[];
  from: number;
  to: number;
  match: PlaceMatch;
  start: number;
  end: number;
}

export interface PlaceContext {
  a: Analysis;
  /** the pipeline's gazetteer */
  gazetteer: Gazetteer;
  toks: Tok[];
  runs: Tok[][];
  /** the article is a sports report ("SOCCER - ...") */
  sports: boolean;
  inDateline(tok: Tok): boolean;
  /** a locative word before the token ("in", "near", "town of"); `strong`: only "in", "near", "outside" ... */
  locativeBefore(tok: Tok, strong?: boolean): boolean;
  /** words the text also writes in lower case ("center", "media"): ordinary words here */
  lowerWords: ReadonlySet<string>;
  /** ", Iraq" / ", Calif." after the token */
  placeAfter(tok: Tok): boolean;
  /** the tokens name a person's hometown: "a Garland woman", or a headline's "Tennille man injured" */
  hometown(first: Tok, last: Tok): boolean;
}

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary'];
export const isFunctionWord = (t: Tok): boolean =>
  FUNCTION_TAGS.some((tag) => t.term.tags.has(tag)) && !t.term.tags.has('Place') && !t.text.includes('.');

function isArticle(text: string, t: Tok, next: Tok | undefined): boolean {
  return NAME_ARTICLES.has(t.key) && next !== undefined && next.cap && text.slice(t.end, next.start) === '-';
}

/** Runs of capitalised tokens (with connectors and name articles inside), never across a sentence or punctuation. */
export function buildRuns(text: string, toks: Tok[]): Tok[][] {
  const runs: Tok[][] = [];
  let run: Tok[] = [];
  const flush = (): void => {
    while (run.length > 0 && !run[run.length - 1].cap) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const next = toks[k + 1];
    const nameLike = (t.cap && !/^\d/.test(t.text)) || isArticle(text, t, next);
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, t.start);
      const joins =
        prev.sentence === t.sentence &&
        (gap === ' ' || gap === '-' || ((gap === '. ' || gap === '.') && ABBREV_BEFORE_PERIOD.has(prev.key)));
      const connector = !t.cap && CONNECTORS.has(t.key) && gap === ' ' && next !== undefined && next.cap && text.slice(t.end, next.start) === ' ';
      if (joins && (nameLike || connector)) {
        run.push(t);
        continue;
      }
      flush();
    }
    if (nameLike) run.push(t);
  }
  flush();
  return runs;
}

function sportsReport(a: Analysis): boolean {
  const first = a.lines.find((l) => !l.blank);
  if (!first) return false;
  const m = /^\s*([A-Za-z][A-Za-z .]{1,30}?)\s+-\s/.exec(first.text);
  return m !== null && TEAM_SPORTS.has(m[1].toLowerCase().trim());
}

export function makeContext(a: Analysis, gazetteer: Gazetteer, toks: Tok[], runs: Tok[][]): PlaceContext {
  const dl = a.dateline.place;
  const text = a.text;
  const prevTok = (t: Tok): Tok | undefined => {
    const p = toks[t.k - 1];
    return p && p.sentence === t.sentence ? p : undefined;
  };
  return {
    a,
    gazetteer,
    toks,
    runs,
    sports: sportsReport(a),
    inDateline: (t) => dl !== null && t.start >= dl.start && t.end <= dl.end,
    lowerWords: new Set(toks.filter((t) => !t.cap && t.key.length > 2).map((t) => t.key)),
    locativeBefore(t, strong = false) {
      let p = prevTok(t);
      for (let n = 0; p && n < 2 && SKIP_BEFORE_CUE.has(p.key); n++) p = prevTok(p);
      // a headline in title case capitalises its prepositions too: "Teenager Shot In Duquesne"
      const titleCased = (x: Tok): boolean => {
        const before = prevTok(x);
        return before !== undefined && before.cap && a.zoneAt(x.start) === 'title';
      };
      if (!p || (p.cap && !p.initial && !p.shout && !titleCased(p))) return false;
      if (strong) return STRONG_LOCATIVE.has(p.key);
      if (p.key === 'of') {
        const pp = prevTok(p);
        return pp !== undefined && PLACE_NOUNS_BEFORE_OF.has(pp.key);
      }
      return LOCATIVE.has(p.key);
    },
    hometown: (first, last) =>
      isHometown(text, first.start, last.end) || (a.zoneAt(first.start) === 'title' && isHeadlineHometown(text, first.start, last.end)),
    placeAfter(t) {
      const m = /^ ?, ?/.exec(text.slice(t.end, t.end + 3));
      if (!m) return false;
      const n1 = toks[t.k + 1];
      if (!n1 || !n1.cap || n1.start !== t.end + m[0].length) return false;
      if (US_STATE_ABBREV[n1.key]) return true;
      for (let len = 3; len >= 1; len--) {
        const last = toks[t.k + len];
        if (!last || last.sentence !== n1.sentence) continue;
        const name = text.slice(n1.start, last.end);
        if (gazetteer.countryByName(name) || gazetteer.adminsByName(name).some((x) => x.country === 'US' || x.population > 1e6)) return true;
      }
      return false;
    },
  };
}

/** Greedy longest match of the place rules over each run. */
export function findInRuns(ctx: PlaceContext, runs: Tok[][]): Found[] {
  const text = ctx.a.text;
  const out: Found[] = [];
  for (const run of runs) {
    let i = 0;
    while (i < run.length) {
      let found: Found | null = null;
      for (let j = Math.min(run.length, i + 6); j > i; j--) {
        const sub = run.slice(i, j);
        const first = sub[0];
        const last = sub[sub.length - 1];
        if (!last.cap || (!first.cap && !isArticle(text, first, sub[1]))) continue;
        // an article belongs to the name after it: not "AL" of "AL-RAM", nor "Ram" alone
        if (isArticle(text, last, run[j]) || (first.hyphenBefore && i > 0 && isArticle(text, run[i - 1], first))) continue;
        // "The Netherlands", "The Hague": the article is part of a few names
        if (isFunctionWord(first) && !(first.key === 'the' && sub.length === 2 && THE_NAMES.has(sub[1].key))) continue;
        // a month, a weekday or a title alone is never looked up ("in October", "Vice")
        if (sub.length === 1 && (first.term.tags.has('Month') || first.term.tags.has('WeekDay') || TITLES.has(first.key))) continue;
        // nor an institution's word ("Congress", "University"), nor an acronym other than a country's ("NATO")
        if (sub.length === 1 && (ORG_HEADS.has(first.key) || ORG_SUFFIXES.has(first.key))) continue;
        const acronym = sub.length === 1 && !first.shout && /^[A-Z]{2,5}$/.test(first.text) && !first.term.tags.has('Place') && !ctx.inDateline(first);
        const name = text.slice(first.start, last.end);
        const locative = ctx.locativeBefore(first);
        const allowMinor = ctx.inDateline(first) || locative || ctx.placeAfter(last) || ctx.hometown(first, last);
        const match = matchPlace({ text, toks: sub, name, allowMinor, locative, gazetteer: ctx.gazetteer });
        if (match && acronym && match.strength !== 'strong') continue;
        // "Nowadays Libby Lake Park": an ordinary word opening the sentence is not part of the name
        if (match && match.pattern && first.initial && !DIRECTIONS.has(first.key) && isCommonWord(first)) break;
        if (match) {
          found = { toks: sub, run, from: i, to: j, match, start: first.start, end: last.end };
          break;
        }
      }
      if (found) {
        out.push(found);
        i = found.to;
      } else i++;
    }
  }
  return out;
}

/** "al-Asaf airbase", "Conoco gas field": an unknown name before a lower-case facility noun. */
/** The lower-case facility phrases by their first word, split once ("gas field" -> ["gas", "field"]). */
const LOWER_FACILITY_BY_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of LOWER_FACILITY) {
    const words = phrase.split(' ');
    byFirst.set(words[0], [...(byFirst.get(words[0]) ?? []), words]);
  }
  return byFirst;
})();

export function findLowerFacilities(ctx: PlaceContext, runs: Tok[][], found: Found[]): PlaceMention[] {
  const text = ctx.a.text;
  const covered = new Set(found.flatMap((f) => f.toks));
  const out: PlaceMention[] = [];
  for (const whole of runs) {
    // the run's tail after its last place: "Iraq and Conoco" -> "Conoco"
    let from = whole.length;
    while (from > 0 && !covered.has(whole[from - 1])) from--;
    const run = whole.slice(from);
    while (run.length > 0 && !run[0].cap && !isArticle(text, run[0], run[1])) run.shift();
    if (run.length === 0 || run[0].shout) continue;
    const last = run[run.length - 1];
    if (!run.some((t) => t.cap && !isFunctionWord(t)) || (run.length === 1 && (isCommonWord(run[0]) || TITLES.has(run[0].key)))) continue;
    const after = ctx.toks[last.k + 1];
    for (const words of (after && LOWER_FACILITY_BY_FIRST.get(after.key)) || []) {
      let ok = true;
      let end = last.end;
      for (let n = 0; n < words.length; n++) {
        const t = ctx.toks[last.k + 1 + n];
        const before = n === 0 ? last : ctx.toks[last.k + n];
        if (!t || t.cap || t.key !== words[n] || text.slice(before.end, t.start) !== ' ') {
          ok = false;
          break;
        }
        end = t.end;
      }
      if (!ok) continue;
      let first = 0;
      while (first < run.length - 1 && isFunctionWord(run[first])) first++;
      const start = run[first].start;
      // the mention is the name as written; the place's name keeps the noun ("al-Asaf airbase")
      out.push({ text: text.slice(start, last.end), start, end: last.end, rule: 'place.facility-lowercase', kind: 'facility', lookup: text.slice(start, end) });
      break;
    }
  }
  return out;
}

/** "St. Louis, Mo.", "Concord, N.H.": a US state abbreviation after a comma. */
export function findStateAbbreviations(ctx: PlaceContext): PlaceMention[] {
  const text = ctx.a.text;
  const out: PlaceMention[] = [];
  for (const t of ctx.toks) {
    const postal = /^[A-Z]{2}$/.test(t.text) ? USPS_CODES[t.text] : undefined;
    const state = postal ?? US_STATE_ABBREV[t.key];
    if (!state || !t.cap || t.shout) continue;
    const prev = ctx.toks[t.k - 1];
    if (!prev || !prev.cap || prev.sentence !== t.sentence || !/^ ?, ?$/.test(text.slice(prev.end, t.start))) continue;
    const after = text.slice(t.end, t.end + 2);
    if (/^[\p{L}\d]/u.test(after)) continue;
    // the short forms that are also words ("La", "Pa", "Ill") need their period
    // (or the period as a token of its own: "Jacksonville , Fla .")
    if (!postal && t.key.length <= 3 && !t.text.includes('.') && after[0] !== '.' && !t.text.includes(' ') && after !== ' .') continue;
    const end = postal || t.text.endsWith('.') || after[0] !== '.' ? t.end : t.end + 1;
    out.push({ text: text.slice(t.start, end), start: t.start, end, rule: 'place.us-state-abbrev', kind: 'admin', lookup: state });
  }
  return out;
}

/** "the village of Layron", "east of Tavildara", "20 km (12 miles) north of Kabul": an unknown name in a place slot. */
export function findSettlements(ctx: PlaceContext, found: Found[]): Found[] {
  const covered = new Set(found.flatMap((f) => f.toks));
  const out: Found[] = [];
  for (const run of ctx.runs) {
    if (run.some((t) => covered.has(t)) || run[0].shout || run.length > 4) continue;
    const first = run[0];
    const of = ctx.toks[first.k - 1];
    if (!of || of.key !== 'of' || of.cap || of.sentence !== first.sentence) continue;
    const head = ctx.toks[first.k - 2];
    if (!head || head.cap || head.sentence !== first.sentence) continue;
    const settlement = SETTLEMENT_NOUNS.has(head.key);
    // "east of X", "20 km north of X"
    const direction = DIRECTIONS.has(head.key);
    if (!settlement && !direction) continue;
    if (run.some((t) => t.term.tags.has('Person') && !t.term.tags.has('Place')) || run.some((t) => isFunctionWord(t))) continue;
    const kind = ['village', 'town', 'city', 'hamlet', 'suburb', 'outskirts', 'port'].includes(head.key) || direction ? 'city' : head.key === 'island' || head.key === 'islands' ? 'other' : 'region';
    const last = run[run.length - 1];
    out.push({
      toks: run,
      run,
      from: 0,
      to: run.length,
      match: { kind, rule: 'place.settlement-of', strength: 'weak', population: 0 },
      start: first.start,
      end: last.end,
    });
  }
  return out;
}

/**
 * "in al-Daih village", "Huize county", "the mountainous Jebel al-Akhdar region": an unknown name before a
 * lower-case settlement or district noun names that place (the mention is the name; CoNLL marks it so).
 */
export function findSettlementsNamed(ctx: PlaceContext, found: Found[]): Found[] {
  const text = ctx.a.text;
  const covered = new Set(found.flatMap((f) => f.toks));
  const out: Found[] = [];
  for (const run of ctx.runs) {
    if (run.some((t) => covered.has(t)) || run[0].shout || run.length > 4) continue;
    const first = run[0];
    const last = run[run.length - 1];
    const noun = ctx.toks[last.k + 1];
    if (!noun || noun.cap || noun.sentence !== last.sentence || text.slice(last.end, noun.start) !== ' ') continue;
    const kind = SETTLEMENT_NOUNS_AFTER[noun.key];
    if (!kind) continue;
    // a word that opens the sentence, an ordinary word, a person, an acronym or a title is no settlement's name
    if (run.length === 1 && (isCommonWord(first) || TITLES.has(first.key) || /^[A-Z]{2,5}$/.test(first.text))) continue;
    if (run.some((t) => (t.term.tags.has('Person') && !t.term.tags.has('Place')) || isFunctionWord(t) || t.term.tags.has('Month') || t.term.tags.has('WeekDay'))) continue;
    // a people's or a faith's adjective ("a Kurdish village", "a Transylvanian town") is no name
    if (ctx.gazetteer.countryByDemonym(last.text) || (run.length === 1 && (BELONGING.has(first.key) || /(?:ish|ian|ese)$/.test(first.key)))) continue;
    out.push({ toks: run, run, from: 0, to: run.length, match: { kind, rule: 'place.settlement-named', strength: 'weak', population: 0 }, start: first.start, end: last.end });
  }
  return out;
}

/**
 * "at Edgbaston on Saturday", "at The Oval , London": an unknown name after "at" and before a day ("on") or a
 * known place after a comma or in brackets names the venue, a place (CoNLL marks it LOC).
 */
export function findVenues(ctx: PlaceContext, found: Found[]): Found[] {
  const text = ctx.a.text;
  const covered = new Set(found.flatMap((f) => f.toks));
  const startsPlace = new Set(found.filter((f) => f.match.kind === 'city' || f.match.kind === 'admin' || f.match.kind === 'country').map((f) => f.toks[0]));
  const out: Found[] = [];
  for (const run of ctx.runs) {
    if (run.some((t) => covered.has(t)) || run.length > 4 || run.some((t) => t.shout)) continue;
    // the run starts at "at" + its first capitalised word ("at The Oval": the article is part of the name)
    const first = run[0];
    const at = ctx.toks[first.k - 1];
    if (!at || at.key !== 'at' || at.cap || at.sentence !== first.sentence) continue;
    const last = run[run.length - 1];
    const n1 = ctx.toks[last.k + 1];
    const n2 = ctx.toks[last.k + 2];
    if (!n1 || n1.sentence !== last.sentence) continue;
    const gap = text.slice(last.end, n1.start);
    const onDay = n1.key === 'on' && !n1.cap && n2 !== undefined && (n2.term.tags.has('WeekDay') || n2.term.tags.has('Month'));
    const placeNext = (gap === ' , ' || gap === ', ' || gap === ' ( ' || gap === ' (') && startsPlace.has(n1);
    if (!onDay && !placeNext) continue;
    if (run.length === 1 && (isCommonWord(first) || TITLES.has(first.key) || ORG_HEADS.has(first.key) || /^[A-Z]{2,5}$/.test(first.text))) continue;
    if (run.some((t) => t.term.tags.has('Month') || t.term.tags.has('WeekDay'))) continue;
    out.push({ toks: run, run, from: 0, to: run.length, match: { kind: 'facility', rule: 'place.venue-at', strength: 'weak', population: 0 }, start: run[0].start, end: last.end });
  }
  return out;
}

/** The tags of a word that may follow a place's name in a sentence: "in Arbil in northern Iraq", "in Chuman , ...". */
const AFTER_PLACE_TAGS = ['Preposition', 'Conjunction', 'Verb', 'Adverb', 'Determiner', 'Copula', 'Date'];

/** The cues right before an unknown word that make it a place. */
const CUES_BEFORE_UNKNOWN = new Set(['in', 'near', 'outside', 'inside']);
/** Languages that are no demonym of the gazetteer's (hand-written; "speaks in Hebrew"). */
const LANGUAGES = /^(?:arabic|hebrew|urdu|hindi|farsi|persian|pashto|dari|swahili|latin|greek|dutch|zulu|xhosa|tagalog|yiddish|esperanto|sanskrit|creole|gaelic)$/;
/**
 * "fighting in Arbil in northern Iraq", "a headquarters in Chuman ,", "people who live in Barentsburg ,": one
 * capitalised word inside a mixed-case sentence, right after a strong locative ("in", "near", "outside"; not "at",
 * which opens firms and clubs too: "analyst at Indosuez"), that no word list, gazetteer or name list knows, and that
 * ends its clause or goes on with a function word or a verb, names a place (CoNLL marks it LOC).
 */
export function findLocativeUnknown(ctx: PlaceContext, found: Found[], words: EnglishWords): Found[] {
  const text = ctx.a.text;
  const covered = new Set(found.flatMap((f) => f.toks));
  const out: Found[] = [];
  for (const run of ctx.runs) {
    if (run.length !== 1) continue;
    const t = run[0];
    if (covered.has(t) || t.shout || t.initial || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.text) || !ctx.locativeBefore(t, true)) continue;
    const prev = ctx.toks[t.k - 1];
    // the cue stands right before the word ("in Arbil"), not two words back ("in neighbouring X" is left to the other rules)
    if (!prev || prev.cap || prev.sentence !== t.sentence || !CUES_BEFORE_UNKNOWN.has(prev.key) || !/^\s+$/.test(text.slice(prev.end, t.start))) continue;
    const tags = t.term.tags;
    // nor is an English word ("in Treasuries", "in Constructor") or a language ("in Hebrew")
    if (words.has(t.key) || LANGUAGES.test(t.key)) continue;
    if (isCommonWord(t) || TITLES.has(t.key) || ORG_HEADS.has(t.key) || ctx.lowerWords.has(t.key)) continue;
    if (['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'SportsTeam', 'Month', 'WeekDay', 'Demonym', 'Plural'].some((x) => tags.has(x))) continue;
    // a people's or a faith's adjective is no place ("in Chechen villages", "in Transylvanian towns")
    if (ctx.gazetteer.countryByDemonym(t.text) || BELONGING.has(t.key) || /(?:ish|ian|ese|ans|ists?)$/.test(t.key)) continue;
    // a possessive is a person's or an owner's ("in Hardy 's yard"); a capitalised word next is a longer name
    const rest = text.slice(t.end, t.end + 4);
    if (/^\s?['’]s\b/.test(rest) || /^-/.test(rest)) continue;
    // every other time the text writes the word it opens a sentence or follows a locative too ("to Xyz", "an attack
    // on Xyz"): a club or a firm named once "in Xyz" is named elsewhere as one ("beat Xyz", "the Xyz side")
    const afterPreposition = (u: Tok): boolean => {
      const p = ctx.toks[u.k - 1];
      return ctx.locativeBefore(u) || (!!p && p.sentence === u.sentence && p.key === 'on' && !p.cap);
    };
    if (ctx.toks.some((u) => u !== t && u.key === t.key && !u.initial && !afterPreposition(u))) continue;
    const next = ctx.toks[t.k + 1];
    const gap = next ? text.slice(t.end, next.start) : '';
    const ends = !next || next.sentence !== t.sentence || /[,.;:)(]/.test(gap);
    if (!ends && (next.cap || !AFTER_PLACE_TAGS.some((x) => next.term.tags.has(x)) || next.term.tags.has('Noun') || next.term.tags.has('Plural') || (next.term.tags.has('PresentTense') && !next.term.tags.has('Copula')))) continue;
    out.push({ toks: run, run, from: 0, to: 1, match: { kind: 'other', rule: 'place.locative-unknown', strength: 'weak', population: 0 }, start: t.start, end: t.end });
  }
  return out;
}

/** Another mention of a name the text already uses as a place ("Tavildara is now ..."). */
export function findRepeats(ctx: PlaceContext, accepted: Found[], rejected: Found[]): Found[] {
  const byName = new Map<string, Found>();
  for (const f of accepted) {
    const name = ctx.a.text.slice(f.start, f.end);
    if (name.length < 3 || !f.toks[0].cap || (f.toks.length === 1 && DIRECTIONS.has(f.toks[0].key))) continue;
    byName.set(name.toLowerCase(), f);
  }
  const covered = new Set(accepted.flatMap((f) => f.toks));
  // a run where a longer name was found and refused is that name, not a place ("Santiago de Cuba" the person)
  const refused = new Set(rejected.map((f) => f.run));
  const out: Found[] = [];
  for (const run of ctx.runs) {
    if (refused.has(run)) continue;
    for (let i = 0; i < run.length; i++) {
      for (let j = Math.min(run.length, i + 4); j > i; j--) {
        const sub = run.slice(i, j);
        if (sub.some((t) => covered.has(t)) || !sub[0].cap || (sub.length === 1 && isCommonWord(sub[0]))) continue;
        if (sub[0].hyphenBefore || (run[j] && run[j].hyphenBefore)) continue;
        const name = ctx.a.text.slice(sub[0].start, sub[sub.length - 1].end).toLowerCase();
        const prior = byName.get(name);
        if (!prior) continue;
        // a repeat is resolved by its name alone, not by the first mention's pattern (README: left alone)
        out.push({ toks: sub, run, from: i, to: j, match: { ...prior.match, rule: 'place.repeat-name', form: undefined }, start: sub[0].start, end: sub[sub.length - 1].end });
        for (const t of sub) covered.add(t);
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * "TOFTIR , Faroe Islands 1996-08-31", "LA CORUNA , Spain": in a dateline, the capitalised words before the comma
 * that leads to a known country or region name the town the story is filed from, even when the gazetteer lacks it.
 */
export function findDatelineTowns(ctx: PlaceContext, found: Found[]): Found[] {
  const dl = ctx.a.dateline.place;
  if (!dl) return [];
  const text = ctx.a.text;
  const comma = text.indexOf(',', dl.start);
  if (comma < 0 || comma >= dl.end) return [];
  const covered = new Set(found.flatMap((f) => f.toks));
  const head = ctx.toks.filter((t) => t.start >= dl.start && t.end <= comma);
  if (head.length === 0 || head.length > 4 || head.some((t) => covered.has(t) || !t.cap)) return [];
  // the part after the comma must be a country or a first-level region the rules found
  const after = found.find((f) => f.start > comma && f.end <= dl.end && (f.match.kind === 'country' || f.match.kind === 'admin' || f.match.kind === 'region'));
  if (!after || !/^\s*$/.test(text.slice(comma + 1, after.start))) return [];
  const first = head[0];
  const last = head[head.length - 1];
  if (!/^\s*$/.test(text.slice(last.end, comma))) return [];
  return [{ toks: head, run: head, from: 0, to: head.length, match: { kind: 'city', rule: 'place.dateline-town', strength: 'weak', population: 0 }, start: first.start, end: last.end }];
}
