// Refiners: pure filters over the matches, each with one concern and a stable id (in comments and
// tests): a demonym is not a place, a town name that is an ordinary word needs a locative cue,
// a place inside a longer name belongs to that name, a city in a sports report is a team.
import type { PlaceMention } from '../types.js';
import { isCommonWord } from './words.js';
import { competitorCountryBefore, tableRowName } from '../table-rows.js';
import { careerSlot, slugText, TEAM_SPORTS_SLUG } from '../actors/teams.js';
import { BUSINESS_NOUNS, COMMON_WORD_TOWNS, DIRECTIONS, LOCAL_SERVICES, ORG_HEADS, ORG_SUFFIXES, PORTFOLIOS, PREFIXES, TEAM_CUES, TITLES } from './lexicon.js';
import { isFunctionWord, type Found, type PlaceContext } from './extract.js';
import type { Tok } from './tokens.js';

type Refiner = (ctx: PlaceContext, found: Found[]) => Found[];

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

const isWeak = (f: Found): boolean => f.match.strength !== 'strong';
const cityLike = (f: Found): boolean => f.match.kind === 'city' || f.match.kind === 'admin' || f.match.kind === 'other';

/** place.refine-demonym: "German", "Iraqis" name people, not places. */
const demonyms: Refiner = (ctx, found) =>
  found.filter((f) => !(f.toks.length === 1 && f.match.kind !== 'country' && ctx.gazetteer.countryByDemonym(f.toks[0].text)));

/** place.refine-capitals-line: in a line written in capitals, only well-known places count. */
const capitalsLine: Refiner = (ctx, found) =>
  found.filter((f) => {
    if (f.match.strength === 'strong') return true;
    // a heading read as a dateline ("RESEARCH ALERT -"): an ordinary word there is still a word
    if (ctx.inDateline(f.toks[0])) return !(f.toks.length === 1 && isCommonWord(f.toks[0]) && f.match.population < 100000);
    if (!f.toks[0].shout) return true;
    if (f.toks.length === 1 && (isCommonWord(f.toks[0]) || f.toks[0].term.tags.has('Verb'))) return false;
    if (f.match.kind === 'admin') return f.match.population >= 1e6;
    return f.match.population >= 100000 || (f.toks[0].term.tags.has('Place') && f.match.population >= 15000);
  });

/** place.refine-common-word: a town named like an ordinary word ("Police", "Along", "Nice") needs a locative cue. */
const commonWords: Refiner = (ctx, found) =>
  found.filter((f) => {
    if (!isWeak(f)) return true;
    if (f.toks.length === 1 && (f.toks[0].term.tags.has('Month') || f.toks[0].term.tags.has('WeekDay'))) return false;
    if (f.toks.some((t) => !isCommonWord(t) && !(f.toks.length === 1 && ctx.lowerWords.has(t.key)))) return true;
    // a big city named like a word ("Mobile", "Buffalo"), capitalised inside a sentence, is the city
    if (!f.toks[0].initial && f.match.population >= 150000 && !COMMON_WORD_TOWNS.has(f.toks[0].key)) return true;
    const last = f.toks[f.toks.length - 1];
    const home = ctx.hometown(f.toks[0], last);
    const dateline = ctx.inDateline(f.toks[0]);
    // at a sentence's start only in a dateline, or as a headline's hometown of several words ("Great Falls student injured")
    if (f.toks[0].initial && !dateline && !(home && f.toks.length > 1)) return false;
    return dateline || home || ctx.locativeBefore(f.toks[0], true) || ctx.placeAfter(last);
  });

/** "Marion police said", "Aurora Police Chief X": a town's own service right after the name names the town. */
function localServiceAfter(ctx: PlaceContext, last: Tok): boolean {
  const service = ctx.toks[last.k + 1];
  return !!service && service.sentence === last.sentence && ctx.a.text.slice(last.end, service.start) === ' ' && LOCAL_SERVICES.has(service.key);
}

/** place.refine-person-name: a town named like a person ("Clinton", "Dole") needs a locative cue or to be a big city. */
const personNames: Refiner = (ctx, found) =>
  found.filter((f) => {
    if (!isWeak(f) || !cityLike(f)) return true;
    const person = (t: Tok): boolean => PERSON_TAGS.some((tag) => t.term.tags.has(tag)) && !t.term.tags.has('Place');
    // one word, or every word, like a person's name ("Clinton"; not "Santiago de Cuba")
    const names = f.toks.filter((t) => t.cap);
    const personal = names.length === 1 ? person(names[0]) : names.every(person);
    if (!personal) return true;
    const first = f.toks[0];
    const last = f.toks[f.toks.length - 1];
    // "Marion police said", "Aurora Police Chief X": a town's own service names the town
    return ctx.inDateline(first) || ctx.locativeBefore(first, true) || ctx.placeAfter(last) || ctx.hometown(first, last) || localServiceAfter(ctx, last) || f.match.population >= 1e6;
  });

/** place.refine-longer-name: "Bank of England", "Japan Airlines", "Real Madrid": the place is part of another name. */
const longerNames: Refiner = (ctx, found) => {
  const text = ctx.a.text;
  const covered = new Set<Tok>();
  for (const f of found) for (const t of f.toks) covered.add(t);
  const neutral = (t: Tok): boolean =>
    !t.cap ||
    covered.has(t) ||
    isFunctionWord(t) ||
    TITLES.has(t.key) ||
    DIRECTIONS.has(t.key) ||
    // "shot in Hialeah Monday night": a weekday after the town is no part of a longer name
    t.term.tags.has('WeekDay') ||
    (t.initial && isCommonWord(t)) ||
    ctx.gazetteer.countryByDemonym(t.text) !== null ||
    (PORTFOLIOS.has(t.key) && TITLES.has(ctx.toks[t.k + 1]?.key ?? '')) ||
    // an acronym beside a place: "Chicago NAPM", "OSCE Chechnya mission"
    (/^[A-Z]{2,5}$/.test(t.text) && !t.shout);
  return found.filter((f) => {
    // "Douglas & Lomason", "Procter & Gamble": joined by an ampersand, a firm's name
    if (/^ ?& ?\p{Lu}/u.test(text.slice(f.end, f.end + 4)) || /\p{Lu}[\p{L}.]* ?& ?$/u.test(text.slice(Math.max(0, f.start - 30), f.start))) return false;
    if (f.toks[0].shout) {
      const next = f.run[f.to];
      return !(next && f.match.kind === 'country' && ORG_SUFFIXES.has(next.key));
    }
    // a firm's name after the place, also past a title-like word: "Michigan National Bank"
    const tail: Tok[] = [];
    for (let k = f.to; k < f.run.length && f.run[k].cap && !f.run[k].hyphenBefore; k++) tail.push(f.run[k]);
    // "Fort Wayne Police Department": a town's police, sheriff or fire service is named after its place
    const localService = tail.length > 0 && LOCAL_SERVICES.has(tail[0].key);
    if (!localService && tail.some((t) => ORG_SUFFIXES.has(t.key))) return false;
    // a first name: "Chad Ogea", "Dominique Baratelli"
    const right0 = tail[0];
    const named = f.toks.length === 1 && ['FirstName', 'MaleName', 'FemaleName'].some((tag) => f.toks[0].term.tags.has(tag));
    if (named && right0 && !neutral(right0) && !localService) return false;
    const right = f.run[f.to];
    if (right && !right.hyphenBefore && !neutral(right) && !localService) {
      // a country before a name ("U.S. Senate", "Japan Airlines"): the place stays unless the name is a firm's or an event's
      if (f.match.kind !== 'country') return false;
      const tail = f.run.slice(f.to).filter((t) => t.cap);
      // "Fort Wayne Police Department": a town's police, sheriff or fire service is named after its place
    const localService = tail.length > 0 && LOCAL_SERVICES.has(tail[0].key);
    if (!localService && tail.some((t) => ORG_SUFFIXES.has(t.key))) return false;
    }
    const left = f.run[f.from - 1];
    if (left && !f.toks[0].hyphenBefore && !neutral(left)) {
      // "of" between: "Bank of England" belongs to the bank, "Republic of X" was matched whole already
      return false;
    }
    if (left && !left.cap && left.key === 'of' && f.from >= 2) {
      // "Bank of England" belongs to the bank; "Peter Nicol of Scotland", "Benetton of Italy" name a place
      const head = f.run[f.from - 2];
      if (head && head.cap && ORG_HEADS.has(head.key)) return false;
    }
    return true;
  });
};

/** place.refine-sports-team: in a team-sports report, a city or county that is not where something happens is a club. */
const sportsTeams: Refiner = (ctx, found) => {
  const teamSports = TEAM_SPORTS_SLUG.test(slugText(ctx.a));
  return found.filter((f) => {
    const town = f.match.kind === 'city' || f.match.kind === 'admin' || f.match.form === 'tagger';
    // "North Sydney", "East Stirling": a direction before a town
    const directedTown = f.match.form === 'direction' && f.match.population < 1e7;
    if (!town && !directedTown) return true;
    // "transferred to Milan", "joined Milan from Torino": a town in a player's career is the club (actor.sports-team-transfer)
    if (teamSports && !f.toks[0].shout && careerSlot(ctx.a.terms, ctx.a.text, f.toks[0].term.i, f.end)) return false;
    if (ctx.inDateline(f.toks[0]) || ctx.locativeBefore(f.toks[0])) return true;
    // a venue heading a result line: "Leicester : Leicestershire beat Somerset"
    if (/^ ?[:(]/.test(ctx.a.text.slice(f.end, f.end + 2)) && f.toks[0].initial) return true;
    if (ctx.sports) return false;
    // a row of a table of figures: "Chicago 70 60 .538 3" (countries are read above: they are no towns)
    if (tableRowName(ctx.a.text, f.start, f.end)) return false;
    // a score after the name on a results line: "Arequipa 2 Cristal 1"
    if (/^ \d{1,3}(?: |$)/.test(ctx.a.text.slice(f.end, f.end + 5)) && !/^ \d{1,3} (?:km|miles|kilometres|people|percent|%)/.test(ctx.a.text.slice(f.end, f.end + 16))) {
      const line = ctx.a.text.slice(f.end, ctx.a.text.indexOf('\n', f.end) < 0 ? undefined : ctx.a.text.indexOf('\n', f.end));
      // (a score, then the scorers in brackets or the sentence's end: "Groningen 1 ( Gorre 45 ) .", "Utrecht 0 . Halftime 2-0")
      if (/^ \d{1,3} ,? ?\p{Lu}/u.test(line) || /^ \d{1,3}\s*$/.test(line) || /^ \d{1,3} (?:\( \p{Lu}|\.(?: |$))/u.test(line)) return false;
    }
    const next = ctx.toks[f.toks[f.toks.length - 1].k + 1];
    const prev = ctx.toks[f.toks[0].k - 1];
    if (next && !next.cap && TEAM_CUES.has(next.key)) return false;
    if (prev && !prev.cap && (prev.key === 'beat' || prev.key === 'v' || prev.key === 'vs' || prev.key === 'against')) return false;
    return true;
  });
};

/**
 * place.refine-competitor-team: a results line opening on a rank names a competitor, the country in brackets, then the
 * team or make ("3. Akira Ryo ( Japan ) Kawasaki 43:01.1"): a town's or a country's name there is the team's, not a place
 * ("( Britain ) Jordan").
 */
const competitorTeams: Refiner = (ctx, found) =>
  found.filter((f) => {
    const m = competitorCountryBefore(ctx.a.text, f.start);
    return !m || !ctx.gazetteer.countryByName(m);
  });

/** Surnames of the people the text names in full ("MaliVai Washington", "Yasser Arafat"). */
function surnames(ctx: PlaceContext): Set<string> {
  const out = new Set<string>();
  for (const whole of ctx.runs) {
    // the name before any connector: "Peter Nicol" of "Peter Nicol of Scotland"
    const cut = whole.findIndex((t) => !t.cap);
    const run = cut < 0 ? whole : whole.slice(0, cut);
    if (run.length < 2 || run[0].shout) continue;
    const first = run[0].term.tags;
    // "Barack Obama", or a title before a name: "President Obama", "Sen. Clinton"
    const firstName = first.has('FirstName') || first.has('MaleName') || first.has('FemaleName') || (run.length === 2 && (first.has('Honorific') || TITLES.has(run[0].key)));
    const allPerson = run.every((t) => t.term.tags.has('Person') && !t.term.tags.has('Place'));
    if (!firstName && !allPerson) continue;
    const last = run[run.length - 1];
    if (last.cap) out.add(last.key);
  }
  return out;
}

/** Town names the text also uses right after another, unknown capitalised word ("Yasser Arafat", "MaliVai Washington"). */
function nameParts(ctx: PlaceContext, found: Found[]): Set<string> {
  const unknown = (t: Tok): boolean =>
    t.cap && !t.shout && !t.term.tags.has('Place') && !isFunctionWord(t) && !TITLES.has(t.key) && !DIRECTIONS.has(t.key) && !ctx.gazetteer.countryByDemonym(t.text) && !(t.initial && isCommonWord(t));
  const out = new Set<string>();
  for (const f of found) {
    if (f.toks.length !== 1 || f.match.strength === 'strong' || f.toks[0].hyphenBefore) continue;
    const left = f.run[f.from - 1];
    if (left && unknown(left) && !found.some((g) => g.toks.includes(left))) out.add(f.toks[0].key);
  }
  return out;
}

/** place.refine-person-surname: "Washington" after "MaliVai Washington", "Jordan" after "Michael Jordan". */
const personSurnames: Refiner = (ctx, found) => {
  const names = surnames(ctx);
  for (const n of nameParts(ctx, found)) names.add(n);
  if (names.size === 0) return found;
  return found.filter((f) => {
    if (f.toks.length !== 1 || !names.has(f.toks[0].key)) return true;
    if (f.run.length > 1) return false;
    // "Clinton's", like "to Clinton", is the person's
    if (/^['’]s\b/.test(ctx.a.text.slice(f.end, f.end + 3))) return false;
    // a town's cues as for a town named like a person: ", Ohio", "a Tracy man", "Tracy police"
    const last = f.toks[f.toks.length - 1];
    return ctx.inDateline(f.toks[0]) || ctx.locativeBefore(f.toks[0], true) || ctx.placeAfter(last) || ctx.hometown(f.toks[0], last) || localServiceAfter(ctx, last);
  });
};

/** place.refine-prefixed: "ex-England", "pro-Moscow", "anti-Kabul": a stance or a past, not a place. */
const prefixed: Refiner = (ctx, found) =>
  found.filter((f) => {
    const prev = ctx.toks[f.toks[0].k - 1];
    return !(f.toks[0].hyphenBefore && prev && PREFIXES.has(prev.key));
  });

/**
 * place.refine-compound-modifier: "London-based", "Amman-bound", "Hong Kong-listed": a place joined by a hyphen to
 * a word of seat, origin or destination makes one modifier word, not a mention of the place (CoNLL reads the word
 * as MISC). Words of sides ("Iran-backed", "U.S.-led") keep their country: a descriptive actor's country is named.
 */
const SEAT_WORDS = /^-(?:based|born|bred|bound|registered|listed|headquartered|domiciled|incorporated|made|built|grown|produced|raised|educated|trained)\b/;
const compoundModifiers: Refiner = (ctx, found) => found.filter((f) => !SEAT_WORDS.test(ctx.a.text.slice(f.end, f.end + 16)));

/** Nouns of businesses and buildings that take a proper name: "the Bonanza nightclub", "the Aspen apartments". */

/** place.refine-business-name: "outside the Bonanza nightclub": a town's name between "the" and a business noun names the business. */
const businessNames: Refiner = (ctx, found) =>
  found.filter((f) => {
    if (!isWeak(f) || f.match.population >= 100000) return true;
    const prev = ctx.toks[f.toks[0].k - 1];
    const next = ctx.toks[f.toks[f.toks.length - 1].k + 1];
    return !(prev?.key === 'the' && next && !next.cap && next.sentence === f.toks[0].sentence && BUSINESS_NOUNS.has(next.key));
  });

/** place.refine-cross-street: "on Baldwin near Greenwood", "on Main at Elm": a town's name after a street names the cross street. */
const crossStreets: Refiner = (ctx, found) =>
  found.filter((f) => {
    if (!isWeak(f) || f.toks.length > 2) return true;
    const k = f.toks[0].k;
    const [on, street, link] = [ctx.toks[k - 3], ctx.toks[k - 2], ctx.toks[k - 1]];
    const same = (t: Tok | undefined): t is Tok => t !== undefined && t.sentence === f.toks[0].sentence;
    return !(same(on) && same(street) && same(link) && on.key === 'on' && street.cap && !street.initial && (link.key === 'near' || link.key === 'at' || link.key === 'and'));
  });

/** A refiner of place candidates, with its id; `context` ones speak against a name's being a place at all (the others only ask for more evidence) and also judge a name's repeats. */
export interface PlaceRefiner {
  id: string;
  run: Refiner;
  context?: boolean;
}

/** The refiners, in order. */
export const PLACE_REFINERS: readonly PlaceRefiner[] = [
  { id: 'place.refine-demonym', run: demonyms, context: true },
  { id: 'place.refine-prefixed', run: prefixed, context: true },
  { id: 'place.refine-compound-modifier', run: compoundModifiers, context: true },
  { id: 'place.refine-capitals-line', run: capitalsLine },
  { id: 'place.refine-common-word', run: commonWords },
  { id: 'place.refine-person-name', run: personNames },
  { id: 'place.refine-person-surname', run: personSurnames, context: true },
  { id: 'place.refine-longer-name', run: longerNames, context: true },
  { id: 'place.refine-sports-team', run: sportsTeams, context: true },
  { id: 'place.refine-competitor-team', run: competitorTeams, context: true },
  { id: 'place.refine-business-name', run: businessNames, context: true },
  { id: 'place.refine-cross-street', run: crossStreets, context: true },
];

export function refine(ctx: PlaceContext, found: Found[], only?: 'context'): Found[] {
  return PLACE_REFINERS.filter((r) => !only || r.context).reduce((xs, r) => r.run(ctx, xs), found);
}

/** place.refine-overlap: one mention per stretch of text, the longer and earlier first. */
export function removeOverlaps(mentions: PlaceMention[]): PlaceMention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const out: PlaceMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
