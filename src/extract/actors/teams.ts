// Sports teams: in results, fixtures and reports of team sports, clubs stand in typical slots
// ("Lotte 6 Hyundai 2", "beat Somerset", "Surrey captain Chris Lewis"). Countries are not teams here
// (national sides are their countries, which are places).
import type { Term } from '../../analyse/index.js';
import { subChunk, type Chunk } from './passes/1-chunks.js';
import type { Context } from './context.js';
import { CLUB_SLOTS, COMPASS_WORDS, HOME_NATIONS, ROLE_NOUNS, SPORTS_SLUGS, TEAM_AUXILIARIES, TEAM_VERBS, TITLE_MODIFIERS } from './lexicon.js';
import { never, tagged } from './util.js';

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A headline that opens on a sport's slug ("SOCCER - ...", "RUGBY UNION - ..."): lexicon/sports-slugs.json. */
const slug = (words: readonly string[]): RegExp => new RegExp(`^\\s*(?:${words.map(esc).join('|')})\\b`, 'i');
export const TEAM_SPORTS_SLUG = slug(SPORTS_SLUGS['team-sports']);

/** The text a report's sports slug is read from: its headline, or the opening of a text without one. */
export const slugText = (a: { title?: { text: string } | null; text: string }): string => a.title?.text ?? a.text.slice(0, 200);
export const SPORTS_SLUG = slug(SPORTS_SLUGS.sports);
const CRICKET_SLUG = /^\s*CRICKET\b/i;

/** Five figures or more after a name, to the line's end: a row of standings ("3 2 0 1 5 2 6"). */
const STANDINGS_ROW = /^[ \t]+\d{1,3}(?:[ \t]+\d{1,3}){4,}[ \t]*(?:\n|$)/;

/**
 * A name stands where a team stands in sports results: at the head of a results or standings row
 * ("Hanwha 58 1 49 .542"), between scores ("Lotte 6 Hyundai 2"), around "AT" / "v" in fixtures, after
 * "beat" / "against", before "beat" / "won".
 */
export function teamSlot(ctx: Context, c: Chunk): boolean {
  const { a } = ctx;
  const { terms, text } = a;
  const place = a.dateline.place;
  if (place && c.start < place.end && place.start < c.end) return false;
  if (rowLabel(ctx, c) || sentenceLabel(ctx, c) || scorerInBrackets(ctx, c)) return false;
  const prev = terms[c.from - 1];
  const sameSentence = (t: Term | undefined): t is Term => !!t && t.sentence === c.sentence;
  // "Benetton ( Italy ) 92": the club's country in brackets stands between the club and its score
  const bracketed = bracketedCountryAfter(ctx, c) || (ctx.teamSports && townInitialAfter(ctx.a.text, c.end) ? 1 : 0);
  const next = terms[c.to + bracketed];
  const gapOk = bracketed ? /^[\s)]+$/.test(text.slice(terms[c.to].end, next?.start ?? 0)) : !!next && /^\s+$/.test(text.slice(c.end, next.start));
  // a score or a standings figure right after the name, not a date, a time or bowling figures
  const nextNumber = sameSentence(next) && gapOk && /^\d{1,3}(?:-\d{1,3})?$|^\.\d+$/.test(next.text);
  let prevNumber = (sameSentence(prev) && /^\d{1,3}$/.test(prev.text) && /^\s+$/.test(text.slice(prev.end, c.start))) || (ctx.teamSports && afterScorers(text, c.start));
  // "Warwickshire 195 , Surrey 429-7": the previous team's score, a comma, then this team ("133-5" leaves empty
  // terms of the range behind it, which are skipped)
  let b = c.from - 2;
  while (b > 0 && terms[b].text === '' && terms[b].sentence === c.sentence) b--;
  const before = terms[b];
  if (!prevNumber && sameSentence(prev) && prev.text === ',' && sameSentence(before) && /^[\d-]+$|\)$/.test(before.text + before.post.trim())) prevNumber = true;
  // people in score lines: "( P. Simmons 4-38 )", "Phil Simmons 69"
  if (/^\p{Lu}$/u.test(terms[c.from].text) && terms[c.from].post.startsWith('.')) return false;
  const between = prevNumber && nextNumber; // "Wigan 42 Bradford Bulls 36"
  // "Greenock Morton 3 2 0 1 5 2 6": a row of standings (five figures or more to the line's end) at a line's start, in a
  // team sport other than cricket (whose rows of two words are a bowler's figures), is a club's whatever its words read as
  // (a heading line without a full stop, "Division one", runs into the first row's sentence: the line break starts the row)
  const lineStart = !sameSentence(prev) || /:\s*$/.test(text.slice(prev.start, terms[c.from].start)) || /\n[ \t]*$/.test(text.slice(prev.end, c.start));
  // (a whole country's name is no club: the callers read it first, and a club may carry one: "Dinamo Georgia")
  if (ctx.teamSports && lineStart && STANDINGS_ROW.test(text.slice(c.end, c.end + 60)) && !CRICKET_SLUG.test(a.title?.text ?? a.text.slice(0, 40))) return true;
  if (terms.slice(c.from, c.to).some((t) => t.tags.has('Country'))) return false; // national sides are their countries
  if (!between && c.to - c.from > 1 && terms.slice(c.from, c.to).some((t) => t.tags.has('FirstName') || t.tags.has('Person'))) return false;
  if (nextNumber && prevNumber) return true;
  if (!ctx.teamSports) return false;
  // "Wasim Akram 10 1 45 2": in cricket a row of two words or more is a bowler's figures (its counties are one word)
  if (nextNumber && lineStart) return !(c.to - c.from > 1 && CRICKET_SLUG.test(a.title?.text ?? a.text.slice(0, 40)));
  const pw = sameSentence(prev) ? prev.normal : '';
  const nw = sameSentence(next) ? next.normal : '';
  if (/^(?:v|vs|joined|joins|join|over)$/.test(pw)) return true;
  // "champions Bath", "leaders Alania", "visitors Saracens": a plural word for a side right before the name
  if (/^(?:champions|leaders|holders|hosts|visitors|rivals|contenders|strugglers|outsiders|favourites|favorites|newcomers|opponents|neighbours|neighbors)$/.test(pw)) return true;
  // fixtures: "Birmingham v Barnsley" (the home side stands before the "v")
  if (/^(?:v|vs)$/.test(nw)) return true;
  if (/^(?:beat|beats|defeated|edged|thrashed|routed|crushed|drew)$/.test(nw)) return true;
  if (/^(?:beat|beats|against|versus|defeated|edged|thrashed|routed|crushed)$/.test(pw)) return true;
  // "Rotor would play Lada Togliatti": the opponent of a fixture
  if (/^(?:play|plays|face|faces|host|hosts|meet|meets|visit|visits)$/.test(pw)) return true;
  return false;
}

/**
 * In team sports, a club stands before its people ("Surrey captain Chris Lewis", "Baltimore 's Eddie
 * Murray") and plural club names follow "the" ("the Giants").
 */
export function teamCue(ctx: Context, c: Chunk, placeName = false): boolean {
  const { a } = ctx;
  const { terms } = a;
  let i = c.to;
  if (terms[i] && terms[i].text === 's' && /['’]$/.test(terms[i].pre)) i++;
  const possessive = c.possessive || i > c.to;
  // skip role words ("Australian captain", "former coach") up to a capitalised name
  let j = i;
  let role = false;
  while (terms[j] && terms[j].sentence === c.sentence && j - i < 4) {
    const t = terms[j];
    // a hyphenated role ("all-rounder", "centre-forward"): its parts are terms of their own
    const u = terms[j + 1];
    if (u && u.sentence === c.sentence && a.text.slice(t.end, u.start) === '-' && ROLE_NOUNS.has(`${t.normal}-${u.normal}`)) {
      role = true;
      j += 2;
      continue;
    }
    const adjective = t.text === t.text.toLowerCase() && t.tags.has('Adjective') && !t.tags.has('Verb');
    if (ROLE_NOUNS.has(t.normal) || TITLE_MODIFIERS.has(t.normal) || ctx.k.countries.countryByDemonym(t.text) || adjective) {
      role ||= ROLE_NOUNS.has(t.normal);
      j++;
      continue;
    }
    break;
  }
  const after = terms[j];
  const capAfter = !!after && after.sentence === c.sentence && /^\p{Lu}/u.test(after.text);
  if (capAfter && role) return true;
  if (capAfter && possessive && j === i && tagged(after, 'FirstName', 'MaleName', 'FemaleName')) return true;
  // a town's name before a player's role is the player's club ("the former Southampton skipper")
  if ((possessive || placeName) && role) return true;
  const prev = terms[c.from - 1];
  const last = terms[c.to - 1];
  if (prev && prev.sentence === c.sentence && prev.normal === 'the' && c.to - c.from <= 2 && /s$/.test(last.text) && !tagged(last, 'Demonym')) return true;
  return false;
}

/**
 * "Halftime 1-0", "Attendance 32,000": an ordinary English word alone at a line start, followed by one or two figures
 * and nothing else, labels the line; a club's row has its standings (three figures or more) or its opponent.
 */
export function rowLabel(ctx: Context, c: Chunk): boolean {
  const { terms, text } = ctx.a;
  if (c.to - c.from !== 1 || !ctx.k.englishWords.has(terms[c.from].normal)) return false;
  if (!/^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start))) return false;
  const nl = text.indexOf('\n', c.end);
  return /^(?:[ \t]+[-+]?\d[\d.,:/-]*){1,2}(?:[ \t]*\.)?[ \t]*$/.test(text.slice(c.end, nl < 0 ? text.length : nl));
}

/** A results row "Cruz Azul 2 Leon 2": a name between scores, or at a line start before a score and another name. */
/** 1 when the chunk is followed by a country or a home nation in brackets ("Benetton ( Italy )", "Celtic ( Scotland )"), else 0. */
export function bracketedCountryAfter(ctx: Context, c: Chunk): number {
  const t = ctx.a.terms[c.to];
  if (!t || t.sentence !== c.sentence || !/\(\s*$/.test(ctx.a.text.slice(c.end, t.start)) || !/^\s*\)/.test(t.post)) return 0;
  // (a home nation stands there as a country does: "Celtic ( Scotland ) 3")
  return ctx.k.countries.countryByName(t.text) || HOME_NATIONS.has(t.normal) ? 1 : 0;
}

/** A club's town initial in brackets right after its name, which tells namesakes apart ("Mladost ( BJ )", "Rad ( B )"): its length, else 0. */
export function townInitialAfter(text: string, end: number): number {
  const m = /^ ?\( ?\p{Lu}{1,2} ?\)/u.exec(text.slice(end, end + 8));
  return m ? m[0].length : 0;
}

export function scoreRow(ctx: Context, c: Chunk): boolean {
  if (!ctx.teamSports) return false;
  const { terms, text } = ctx.a;
  const same = (t: Term | undefined): t is Term => !!t && t.sentence === c.sentence;
  const score = (t: Term | undefined): boolean => same(t) && /^\d{1,3}$/.test(t.text);
  const prev = terms[c.from - 1];
  const next = terms[c.to];
  if (!score(next) || !/^\s+$/.test(text.slice(c.end, next.start))) return false;
  if (score(prev) && /^\s+$/.test(text.slice(prev.end, c.start))) return true;
  const after = terms[c.to + 1];
  return !same(prev) && same(after) && /^\p{Lu}/u.test(after.text) && !/^\p{Lu}$/u.test(after.text);
}

/** "Erik Breukink ( Netherlands ) Rabobank 8 seconds": the team after a competitor's country. */
export function afterCountryInParens(ctx: Context, c: Chunk): boolean {
  const { a } = ctx;
  const before = a.text.slice(Math.max(0, c.start - 40), c.start);
  const m = /\(\s*([\p{L} .'-]{2,30}?)\s*\)\s*$/u.exec(before);
  return !!m && !!ctx.k.countries.countryByName(m[1]) && !a.terms.slice(c.from, c.to).some((t) => t.tags.has('FirstName'));
}

/**
 * "Feyenoord 2 ( Larsson 12 , Van Gastel 67 ) Groningen 1": the home side's scorers in brackets, with their minutes,
 * stand between its score and the visitors; a name right after that bracket follows a score.
 */
function afterScorers(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const open = line.lastIndexOf('(');
  const close = line.lastIndexOf(')');
  return open >= 0 && close > open && /^\s+$/.test(line.slice(close + 1)) && /\d\s*$/.test(line.slice(open + 1, close));
}

/**
 * "( Larsson 12 , Van Gastel 67 )", "( Nilis 5 , 40 , Jonk 60 )": in team sports, a name opening a bracket or after a
 * comma inside one, before a minute and a comma or the bracket's end, is a scorer, not a club.
 */
export function scorerInBrackets(ctx: Context, c: Chunk): boolean {
  if (!ctx.teamSports) return false;
  const { text } = ctx.a;
  const line = text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start);
  const open = line.lastIndexOf('(');
  if (open < 0 || line.lastIndexOf(')') > open || !/[(,]\s*$/.test(line)) return false;
  return /^\s+\d{1,3}(?:st|nd|rd|th)?(?:\s+(?:pen|penalty|og))?\s*[,)]/.test(text.slice(c.end, c.end + 24));
}

/**
 * "Halftime 1-1 .", "Attendance 22,000": in a results line, an ordinary English word opening a sentence, followed by
 * one or two figures and the sentence's end, labels what follows; it is no club.
 */
function sentenceLabel(ctx: Context, c: Chunk): boolean {
  const { terms, text } = ctx.a;
  if (c.to - c.from !== 1 || !c.initial || !ctx.k.englishWords.has(terms[c.from].normal)) return false;
  return /^(?:[ \t]+[-+]?\d[\d.,:/-]*){1,2}[ \t]*(?:\.(?=[ \t]|$)|$)/.test(text.slice(c.end, c.end + 40).split('\n')[0]);
}

/** In team sports, a town or county name that acts (subject of a verb, not after "at"/"in") is its club. */
export function teamSubject(ctx: Context, c: Chunk): boolean {
  const { a } = ctx;
  const { terms } = a;
  if (c.to - c.from > 2 || c.shouting) return false;
  const prev = terms[c.from - 1];
  if (prev && prev.sentence === c.sentence && /^(?:at|in|near|from|of|outside|to|into|around|across|the)$/.test(prev.normal)) return false;
  let i = c.to;
  if (terms[i] && terms[i].text === 's' && /['’]$/.test(terms[i].pre)) return false;
  const next = terms[i];
  if (!next || next.sentence !== c.sentence) return false;
  // "Kent made up", "Essex reached 372", "Rotor are well placed"
  return next.text === next.text.toLowerCase() && next.tags.has('Verb') && !next.tags.has('Gerund') && /^\s+$/.test(a.text.slice(c.end, next.start));
}

/**
 * In team sports, a one-word name acts as a side: right before a verb of what sides do (lexicon/team-verbs.json,
 * read as a list because the tagger reads "need", "face", "lead" as nouns), alone or coordinated with a second
 * such name ("Essex need another 148", "Essex and Kent both face", "Kent stepped up"): not after a locative or a
 * preposition ("at Chelmsford"), not in a list after a comma, not a possessive, and not a word the document also writes inside a
 * longer name (a player introduced in full, "Tom Moody ... Moody took"; a club named in full).
 */
const NOT_BEFORE_SIDE = /^(?:at|in|near|from|of|outside|to|into|around|across|the|on|for|with|by|against|v|vs|beat|over|under|via|through|between|toward|towards)$/;

export function teamActs(ctx: Context, c: Chunk, place: boolean): boolean {
  const { a } = ctx;
  const { terms, text } = a;
  if (!ctx.teamSports || c.to - c.from !== 1 || c.shouting) return false;
  const same = (t: Term | undefined): t is Term => !!t && t.sentence === c.sentence;
  const cap = (t: Term | undefined): boolean => same(t) && /^\p{Lu}\p{Ll}/u.test(t.text);
  const spaced = (x: Term, y: Term): boolean => /^\s+$/.test(text.slice(x.end, y.start));
  const prev = terms[c.from - 1];
  // not a place told ("at Chelmsford", "in Leeds"), not an object ("beat Kent": the slots read those), not in a list after a
  // comma ("Essex , Sussex and Derbyshire drew": the lists of clubs read those)
  // (the comma is a term of its own in space-tokenised text, else in the text after the name before it)
  const listComma = (at: number): boolean => {
    const t = terms[at];
    if (!same(t)) return false;
    if (t.text === ',') return cap(terms[at - 1]);
    return cap(t) && /,\s*$/.test(text.slice(t.start, terms[at + 1].start));
  };
  if (same(prev) && (NOT_BEFORE_SIDE.test(prev.normal) || listComma(c.from - 1))) return false;
  const second = same(prev) && prev.normal === 'and' && spaced(prev, terms[c.from]);
  let coordinated = false;
  if (second) {
    // the second of two coordinated names: "Essex and Kent both face"
    const first = terms[c.from - 2];
    const before = terms[c.from - 3];
    if (!cap(first) || !spaced(first, prev) || (same(before) && (NOT_BEFORE_SIDE.test(before.normal) || /,\s*$/.test(text.slice(before.start, first.start))))) return false;
    coordinated = true;
  }
  let i = c.to;
  const nextWord = terms[i];
  if (same(nextWord) && nextWord.text === 's' && /['’]$/.test(nextWord.pre)) return false;
  // the first of two coordinated names: the verb follows the second
  if (!coordinated && same(nextWord) && nextWord.normal === 'and' && spaced(terms[i - 1], nextWord) && cap(terms[i + 1]) && spaced(nextWord, terms[i + 1])) {
    i += 2;
    coordinated = true;
  }
  // "both" or "all" may stand between coordinated sides and their verb
  if (coordinated && same(terms[i]) && /^(?:both|all)$/.test(terms[i].normal)) i++;
  const next = terms[i];
  if (!same(next) || next.text !== next.text.toLowerCase() || !(TEAM_VERBS.has(next.normal) || (place && TEAM_AUXILIARIES.has(next.normal))) || !spaced(terms[i - 1], next)) return false;
  // a word the document also writes inside a longer name is read there (a player named in full, a club's full name)
  const word = terms[c.from].text;
  return !ctx.chunks.some((d) => d.to - d.from > 1 && terms.slice(d.from, d.to).some((t) => t.text === word));
}

/**
 * In team sports, a name in a player's career is a club: after "for" with playing or scoring before it ("played for
 * Nice"), after "to" with a transfer's verb before it ("transferred to Milan"), after "from" with a transfer's verb
 * earlier in the clause ("joined Milan from Torino"): lexicon/club-slots.json.
 */
export function clubInCareer(ctx: Context, c: Chunk): boolean {
  if (!ctx.teamSports || c.shouting || c.to - c.from > 4) return false;
  return careerSlot(ctx.a.terms, ctx.a.text, c.from, c.end);
}

/** The name whose first term is `from` stands in a player's career (clubInCareer); the places of team sports read it too. */
export function careerSlot(terms: readonly Term[], text: string, from: number, end: number): boolean {
  const first = terms[from];
  // a town before a hyphen modifies what follows ("the move to Bergamo-based Atalanta")
  if (text[end] === '-') return false;
  const same = (t: Term | undefined): t is Term => !!t && t.sentence === first.sentence;
  const prep = terms[from - 1];
  if (!same(prep) || !/^\s+$/.test(text.slice(prep.end, first.start))) return false;
  const verb = terms[from - 2];
  if (prep.normal === 'for' || prep.normal === 'to') return same(verb) && /^\s+$/.test(text.slice(verb.end, prep.start)) && CLUB_SLOTS[prep.normal].has(verb.normal);
  if (prep.normal !== 'from') return false;
  // the transfer's verb within the clause before "from" (no stop or semicolon between)
  for (let j = from - 2; j >= Math.max(0, from - 8) && same(terms[j]); j--) {
    if (/[.;:]/.test(terms[j].post) || /^[.;:]$/.test(terms[j].text)) return false;
    if (CLUB_SLOTS.from.has(terms[j].normal)) return true;
  }
  return false;
}

/**
 * In team sports, a town or county named where no place is told (not after "at", "in", "from" ..., not the
 * dateline) is its club ("homered for Cleveland", "reducing Worcestershire to 133").
 */
export function townNotWhere(ctx: Context, c: Chunk): boolean {
  const { a } = ctx;
  if (c.to - c.from > 2 || c.shouting) return false;
  if (a.terms.slice(c.from, c.to).some((t) => tagged(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'))) return false;
  const place = a.dateline.place;
  if (place && c.start < place.end && place.start < c.end) return false;
  const prev = a.terms[c.from - 1];
  if (!prev || prev.sentence !== c.sentence) return false;
  // scorecards' abbreviations ("st Kaluwitharana", "c Healy b Warne") stand before players
  if (prev.normal.length <= 2 && prev.normal !== 'by') return false;
  return !/^(?:at|in|near|from|of|outside|to|into|around|across|the|on|off|toward|towards|between|through|via|north|south|east|west)$/.test(prev.normal) && !/[(,]\s*$/.test(a.text.slice(prev.start, c.start));
}

/**
 * In team sports, a name of two or three words that ends in a city's name and starts with no first name or
 * place is a club named with its town ("Rotor Volgograd", "Deportivo Coruna", "Lada Togliatti").
 */
export function clubWithTown(ctx: Context, c: Chunk): boolean {
  const n = c.to - c.from;
  if (!ctx.teamSports || n < 2 || n > 3 || c.shouting) return false;
  const { a, k } = ctx;
  const terms = a.terms.slice(c.from, c.to);
  const first = terms[0];
  const last = terms[n - 1];
  // the town: a city by the tagger, or a city of 100,000 people or more by the gazetteer ("Deportivo Coruna")
  if (!(tagged(last, 'City') || k.cityPopulation(last.text) >= 100000) || !/^\p{Lu}\p{Ll}/u.test(first.text)) return false;
  if (tagged(first, 'FirstName', 'MaleName', 'FemaleName', 'Place', 'City', 'Country', 'Region', 'Demonym', 'Honorific') || k.firstNames.has(first.normal)) return false;
  return !k.countries.countryByDemonym(first.text) && !terms.slice(0, -1).some((t) => COMPASS_WORDS.has(t.normal));
}

/** An ALL-CAPS chunk split at function words and numbers ("SAN FRANCISCO AT NEW YORK" -> two pieces). */
export function shoutingPieces(ctx: Context, c: Chunk): Chunk[] {
  const { a } = ctx;
  const out: Chunk[] = [];
  let from = c.from;
  for (let i = c.from; i <= c.to; i++) {
    const t = a.terms[i];
    const stop = i === c.to || never(t) || /^(?:at|v|vs|and|of|in|on|to|for|the|a|an|beat|beats|win|wins|won|lose|lost|draw|drew|after|over|as|with|by|from)$/.test(t.normal);
    if (!stop) continue;
    if (i > from) out.push(subChunk(a, c, from, i));
    from = i + 1;
  }
  return out;
}

/**
 * Competitors in results: "( Debbah 39th )" (a scorer and the minute), and in individual sports a name
 * before its country in brackets ("Kimiko Date ( Japan ) beat ...").
 */
export function competitor(ctx: Context, c: Chunk): boolean {
  if (!ctx.sports || c.shouting) return false;
  if (scorerInBrackets(ctx, c)) return true;
  const { terms, text } = ctx.a;
  const next = terms[c.to];
  if (!next || next.sentence !== c.sentence) return false;
  if (/^\d{1,3}(?:st|nd|rd|th)$/.test(next.text) && /^\s+$/.test(text.slice(c.end, next.start))) return true;
  return !ctx.teamSports && bracketedCountryAfter(ctx, c) === 1;
}
