// Pass 2, names: each name chunk is trimmed, its title and owner split off ("Iraqi Prime Minister Mohammed X"),
// and read by the chunk rules (rules.ts, run by classify.ts); in sports, clubs and competitors stand in their
// slots; a name no rule reads may still be an organisation by the words around it. Chunks left unread go to
// the refiners, which may label them from elsewhere in the document.
import type { Analysis, Term } from '../../../analyse/index.js';
import type { ActorKind } from '../../../record/schema.js';
import { classify } from '../classify.js';
import { mention, type Candidate, type Context, type Extraction } from '../context.js';
import { ARMED_GROUPS, DESCRIPTOR_ADJECTIVES, HOME_NATIONS, HONORIFICS, INSTITUTIONS, NAME_PARTICLES, ORG_CUES, ORG_SUFFIXES, PLACE_HEADS, ROLE_NOUNS, TITLE_MODIFIERS } from '../lexicon.js';
import { MEDIUM_FIRST, RULES, type Outcome } from '../rules.js';
import { afterCountryInParens, clubWithTown, competitor, scoreRow, scorerInBrackets, shoutingPieces, clubInCareer, teamActs, teamCue, teamSlot, teamSubject, townNotWhere } from '../teams.js';
import { backedBefore, clean, groupNounAfter, initialCommon, isCountryOrDemonym, isTitleTerm, never, tagged } from '../util.js';
import { isCommonWord } from '../names.js';
import { isCap, subChunk, type Chunk } from './1-chunks.js';
import { competitorCountryBefore, tableRowName } from '../../table-rows.js';

/** The lower-case role words right before a chunk ("Pentagon deputy spokesperson" -> "deputy spokesperson"). */
function roleBefore(a: Analysis, from: number): { title: string | null; from: number } {
  const { terms, text } = a;
  // words of hyphen-joined terms ("all-rounder"), read backwards from the name
  const words: { from: number; to: number; word: string }[] = [];
  let i = from - 1;
  while (i >= 0 && words.length < 4) {
    const t = terms[i];
    if (t.sentence !== terms[from].sentence) break;
    let j = i;
    while (j - 1 >= 0 && terms[j - 1].sentence === t.sentence && text.slice(terms[j - 1].end, terms[j].start) === '-') j--;
    const w = text.slice(terms[j].start, t.end);
    if (w !== w.toLowerCase() || !/^\s+$/.test(text.slice(t.end, terms[i + 1].start))) break;
    words.push({ from: j, to: i + 1, word: w });
    i = j - 1;
  }
  if (!words.length || !ROLE_NOUNS.has(words[0].word)) return { title: null, from };
  let n = 1;
  while (n < words.length && (ROLE_NOUNS.has(words[n].word) || TITLE_MODIFIERS.has(words[n].word))) n++;
  // modifiers before the role belong to the title ("deputy spokesperson", "former captain")
  const first = words[n - 1];
  return { title: text.slice(terms[first.from].start, terms[from - 1].end), from: first.from };
}

/** What stands right before a title: a possessive country ("Iraq's"), a demonym ("Iraqi"), an org ("Pentagon"). */
function ownerBefore(ctx: Context, from: number): { country: string | null; affiliation: string | null } {
  const { a } = ctx;
  const prev = a.terms[from - 1];
  if (!prev || prev.sentence !== a.terms[from].sentence) return { country: null, affiliation: null };
  const chunk = ctx.chunkEndingAt.get(from);
  if (!chunk) return { country: null, affiliation: null };
  const country = isCountryOrDemonym(ctx.k, chunk.text);
  if (country) return { country: country.code, affiliation: null };
  const inst = INSTITUTIONS.get(chunk.text.toLowerCase());
  if (inst) return { country: inst.country, affiliation: chunk.text };
  return { country: null, affiliation: null };
}

interface Split {
  title: string | null;
  owner: Chunk | null;
  name: Chunk;
  honorific: boolean;
}

/** Splits "Iraqi Prime Minister Mohammed X" into owner "Iraqi", title "Prime Minister", name "Mohammed X". */
function splitTitle(a: Analysis, c: Chunk): Split | null {
  const { terms } = a;
  const lastWord = clean(terms[c.to - 1].text);
  if (ORG_SUFFIXES.has(lastWord)) return { title: null, owner: null, name: c, honorific: false };
  // the rightmost title word that leaves a name after it
  let k = -1;
  for (let i = c.to - 2; i >= c.from; i--) {
    if (isTitleTerm(terms[i]) || (i === c.from && c.initial && ROLE_NOUNS.has(terms[i].normal) && c.to - c.from >= 3)) {
      k = i;
      break;
    }
  }
  if (k < 0) return { title: null, owner: null, name: c, honorific: false };
  if (c.possessive && k === c.to - 1) return null;
  let t0 = k;
  while (t0 - 1 >= c.from && (isTitleTerm(terms[t0 - 1]) || TITLE_MODIFIERS.has(clean(terms[t0 - 1].text)))) t0--;
  const name = subChunk(a, c, k + 1, c.to);
  const titleText = a.text.slice(terms[t0].start, terms[k].end).replace(/\.$/, '');
  const honorific = t0 === k && HONORIFICS.has(clean(terms[k].text));
  const owner = t0 > c.from ? subChunk(a, c, c.from, t0) : null;
  return { title: honorific ? null : titleText, owner, name, honorific };
}

/** Titles of an organisation's officers: the name right before them is their organisation ("Cofinec CEO X"). */
const OFFICER_TITLES = /^(?:ceo|cfo|coo|md|chairman|chairwoman|chair|director|spokesman|spokeswoman|spokesperson|president|vice-president|chief|executive|manager|secretary|general-secretary|deputy-director|leader)$/;

/** The title split off a name is an officer's, and nothing but the owner stands before it. */
function ownerTitle(split: Split): boolean {
  const words = (split.title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/);
  return words.length > 0 && OFFICER_TITLES.test(words[words.length - 1]) && !!split.owner && split.owner.to - split.owner.from <= 4;
}

/** The last word of a state's department ("Foreign Ministry", "Justice Department", "Foreign Office"). */
const DEPARTMENT_HEADS = /^(?:ministry|department|office)$/;

/** A telephone or fax label, with or without the number's start: "Tel", "Fax", "Tel+44". */
const PHONE_LABEL = /^(?:Tel|Fax|Phone|Telex)(?:\+\d{1,4})?$/i;

/**
 * "Western Mining said ...": a common word opening a sentence is the name's own when the document writes the same
 * two opening words, capitalised as here, inside a sentence too ("Shares in Western Mining rose"); the case there
 * tells what the sentence's start cannot. Shouting lines (headlines, tables) tell nothing.
 */
function writtenInside(ctx: Context, c: Chunk, i: number): boolean {
  const { terms } = ctx.a;
  if (i + 1 >= c.to) return false;
  const w0 = terms[i].text;
  const w1 = terms[i + 1].text;
  return ctx.chunks.some((d) => {
    if (d.shouting || d.sentence === c.sentence) return false;
    for (let j = d.initial ? d.from + 1 : d.from; j + 1 < d.to; j++) if (terms[j].text === w0 && terms[j + 1].text === w1) return true;
    return false;
  });
}

/** Strips leading and trailing words that cannot be part of a name. */
function trim(ctx: Context, c: Chunk): Chunk | null {
  const { a, k } = ctx;
  let from = c.from;
  let to = c.to;
  const initialLetter = (t: Term): boolean => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.');
  // a telephone label after a name ends it ("Air Cargo Newsroom Tel+44 171 ...")
  while (to - from > 1 && PHONE_LABEL.test(a.terms[to - 1].text)) to--;
  const lastWord = clean(a.terms[to - 1].text);
  const orgEnd = to - c.from >= 2 && (ORG_SUFFIXES.has(lastWord) || !!k.orgWords[lastWord]);
  // "Jan Kroslak": a first name that is also a month's abbreviation, before a name
  const nameNotMonth = (i: number): boolean => i + 1 < to && /^(?:Jan|Jun|Jul|Sep|Dec)$/.test(a.terms[i].text) && k.firstNames.has(a.terms[i].normal);
  // "Radio Red quoted ...": a broadcast medium's word opening a name at a sentence's start stays
  const medium = (i: number): boolean => i + 1 < to && MEDIUM_FIRST.test(a.terms[i].normal) && isCap(a.terms[i + 1]);
  // "Shining Path guerrillas attacked", '"Shining Path" claimed': an armed group's name of common words (lexicon/armed-groups.json),
  // or a name of two words or more right before an armed group's noun (lexicon/group-nouns.json: "Red Dawn guerrillas"), keeps
  // its opening word at a sentence's start or after an opening quote: it is read as it is inside a sentence
  const groupAhead = to - c.from >= 2 && (ARMED_GROUPS.has(c.text.toLowerCase()) || groupNounAfter(a, c));
  // "Herfried Sabitzer", "Apic Yamada": a word no English word list knows is read as common from its tags alone (a guess
  // from its ending); opening a name of two words or more, it is the name's own
  const foreignFirst = (i: number): boolean => to - i >= 2 && isCap(a.terms[i + 1]) && !k.englishWords.has(a.terms[i].normal) && !isCommonWord(k, a.terms[i].normal);
  while (from < to && ((never(a.terms[from]) && !nameNotMonth(from)) || (from === c.from && c.initial && !orgEnd && !groupAhead && !initialLetter(a.terms[from]) && !medium(from) && initialCommon(k, a.terms[from]) && !writtenInside(ctx, c, from) && !foreignFirst(from)))) from++;
  // trailing verbs are not names ("... Anne Makovic Reports")
  // "Merrill Lynch & Co": an organisation's last word right after "&"/"and" closes the name, it is no verb
  const firmEnd = (i: number): boolean => i - from >= 2 && /^(?:&|and)$/.test(a.terms[i - 1].text) && ORG_SUFFIXES.has(clean(a.terms[i].text));
  while (to > from && !firmEnd(to - 1) && (never(a.terms[to - 1]) || (to - from > 2 && tagged(a.terms[to - 1], 'Verb') && !tagged(a.terms[to - 1], 'Noun', 'ProperNoun', 'Person')))) to--;
  // "the Maoist Shining Path group", "the Outlawed Red Dawn Front": a describing adjective (lexicon/descriptor-adjectives.json)
  // opens no name, alone (actor.no-descriptor-alone) or before one: the name starts after it
  while (to - from > 1 && DESCRIPTOR_ADJECTIVES.has(a.terms[from].normal) && isCap(a.terms[from + 1])) from++;
  // a chunk never starts with a lower-case word left over from trimming ("Blue-chip" -> "chip")
  while (from < to && !isCap(a.terms[from]) && !NAME_PARTICLES.has(a.terms[from].text)) from++;
  if (from >= to) return null;
  if (from === c.from && to === c.to) return c;
  return subChunk(a, c, from, to);
}




/** The words around a name make it an organisation ("tyre giant Pirelli", "Pirelli shares", "Magna 's board"). */
function orgContext(a: Analysis, c: Chunk, unknown = false, sports = false): ActorKind | null {
  const { terms } = a;
  const prev = terms[c.from - 1];
  if (prev && prev.sentence === c.sentence && prev.text === prev.text.toLowerCase() && !/[,.;:]/.test(prev.post)) {
    if (ORG_CUES.mediaBefore.has(prev.normal)) return 'media';
    if (ORG_CUES.orgBefore.has(prev.normal)) return 'organization';
  }
  let i = c.to;
  if (terms[i] && terms[i].text === 's' && /['’]$/.test(terms[i].pre)) i++;
  const next = terms[i];
  if (next && next.sentence === c.sentence && ORG_CUES.mediaAfter.has(next.normal) && next.text === next.text.toLowerCase() && /^\s+$/.test(a.text.slice(c.end, next.start))) return 'media';
  // "Cofinec , the first foreign company to ...", "Comelf , a Romanian engineering group"
  // (the comma is in the text between the terms, or a term of its own in space-tokenised text)
  const comma = next && next.text === ',' ? 1 : 0;
  const det = terms[i + comma];
  if (unknown && det && det.sentence === c.sentence && /^\s*,\s*$/.test(a.text.slice(c.end, det.start)) && /^(?:a|an|the)$/.test(det.normal)) {
    for (let j = i + comma + 1; j < Math.min(terms.length, i + 7) && terms[j].sentence === c.sentence; j++) {
      const w = terms[j];
      if (/[,.;:]/.test(terms[j - 1].post) || /^[,.;:]$/.test(w.text)) break;
      if (ORG_CUES.mediaBefore.has(w.normal)) return 'media';
      if (ORG_CUES.orgBefore.has(w.normal) && w.normal !== 'shares' && w.normal !== 'stake') return 'organization';
    }
  }
  if (next && next.sentence === c.sentence && next.text === next.text.toLowerCase() && (ORG_CUES.orgAfter.has(next.normal) || (unknown && ORG_CUES.staffAfter.has(next.normal))) && /^\s*(?:['’]s\s*)?$/u.test(a.text.slice(c.end, next.start))) {
    return 'organization';
  }
  if (corporateCue(a, c, sports)) return 'organization';
  return null;
}

/** A claim of responsibility right after a name: a group claims an attack ("the Extraditables claimed responsibility"). */
const CLAIM_AFTER = /^\s+(?:(?:has|have|had|also|later|today|yesterday)\s+){0,2}(?:claimed|claims|accepted)\s+(?:responsibility|credit)\b/;

/** Last words of traded instruments, not companies ("Eurodollars", "Treasuries", "T-bills"). */
const INSTRUMENT = /(?:dollars?|bills|bonds|notes|futures|treasuries|gilts|bunds|yields|stocks|shares|options|swaps|index)$/i;
/** The name speaks of itself as "it": "X said it ...", "X said on Friday its ...", "X says it". */
const SAID_IT = /^\s+(?:said|says|announced|reported|added|expects|expected|plans|hopes)\s+(?:(?:on|late|early|last|this)\s+\w+\s+)?(?:that\s+)?(?:its\b|it\s+(?:(?:also|almost|had|has|would|will)\s+)?(?:expects|expected|plans|planned|intends|intended|agreed|posted|sold|bought|acquired|signed|received|recorded|reported|achieved|doubled|tripled|increased|raised|cut|lost|earned|won|filed|completed|launched|opened|closed|produced|exported|shipped|bought|sell|buy|acquire)\b)/;
/** A share price move right after the name, in business news: "Magna was up 1/8", "Pirelli fell 20 lire to 3,950". */
const PRICE_MOVE = /^\s+(?:shares\s+)?(?:(?:was|were|closed|ended|finished|traded|stood)\s+(?:up|down|off|higher|lower)\s+\d|(?:rose|fell|gained|lost|added|shed|dropped|slipped|climbed|jumped|eased|firmed|slid|tumbled|surged|soared|plunged|dipped)\s+(?:\d[\d.,]*(?:\s+\d+\/\d+|\/\d+)?\s*(?:cents?|pence|percent|pct|points?|to|at|yen|lire|francs|marks|pesos|rupees|baht|ringgit|crowns|\/)\b|\d+\/\d+))/;

/**
 * News structure that names a company or an institution: an owner word with "of"/"in"/"at" before the name
 * ("a stake in Pirelli", "analyst at Indosuez", "chairman of Comelf"), a place "-based" before it
 * ("Ontario-based Magna"), a share price move after it ("Magna was up 1/8"), its CEO right after it.
 */
function corporateCue(a: Analysis, c: Chunk, sports: boolean): boolean {
  const { terms, text } = a;
  const same = (t: Term | undefined): t is Term => !!t && t.sentence === c.sentence;
  const p1 = terms[c.from - 1];
  const p2 = terms[c.from - 2];
  if (same(p1) && same(p2) && ORG_CUES.ownedJoin.has(p1.normal) && ORG_CUES.ownedBefore.has(p2.normal) && /^\s+$/.test(text.slice(p2.end, p1.start)) && /^\s+$/.test(text.slice(p1.end, c.start))) return true;
  // "Comelf said it almost doubled output", "Cofinec said on Friday its net profit ...": a company speaks of itself as "it"
  if (SAID_IT.test(text.slice(c.end, c.end + 60))) return true;
  // instruments move too ("December Eurodollars were down 11 bps", "T-bills"): only a singular name is a company
  const last = terms[c.to - 1];
  return !sports && !last.tags.has('Plural') && !INSTRUMENT.test(last.text) && !/-\p{Ll}/u.test(c.text) && PRICE_MOVE.test(text.slice(c.end, c.end + 60));
}

/**
 * Sports: is this name a club? Weakly read people and unread names in result slots, club cues and
 * lists are clubs; countries never are (national sides are their countries).
 */
function isTeam(ctx: Context, name: Chunk, verdict: Outcome, weakPerson: boolean): boolean {
  if (!ctx.sports || scorerInBrackets(ctx, name)) return false;
  // a country's name is no club, but for a team after a competitor's country on a rank line ("( Britain ) Jordan")
  if (ctx.k.countries.countryByName(name.text) || ctx.k.countries.countryByDemonym(name.text)) {
    const bracketed = competitorCountryBefore(ctx.a.text, name.start);
    return name.to - name.from === 1 && !!bracketed && !!ctx.k.countries.countryByName(bracketed) && !ctx.k.countries.countryByDemonym(name.text);
  }
  const { a } = ctx;
  // a name read as a place by its last word ("Bristol City", "Ross County") is a town's name: in a slot, its club
  const placeHeaded = verdict === 'misc' && name.to - name.from > 1 && PLACE_HEADS.has(clean(a.terms[name.to - 1].text));
  const unread = verdict === null || verdict === 'place' || placeHeaded;
  if (weakPerson && (scoreRow(ctx, name) || afterCountryInParens(ctx, name))) return true;
  if (!ctx.teamSports) return unread && (teamSlot(ctx, name) || afterCountryInParens(ctx, name));
  if (weakPerson && teamCue(ctx, name)) return true;
  const person = verdict !== null && typeof verdict === 'object' && verdict.kind === 'person';
  // a one-word person, or a name read as a person from its words alone, in a club's slot ("Alba ( Germany ) 75 Red Star ( Yugoslavia ) 70")
  if (person && (name.to - name.from === 1 || weakPerson) && teamSlot(ctx, name)) return true;
  if ((unread || weakPerson) && clubWithTown(ctx, name)) return true;
  if (unread && (teamCue(ctx, name, true) || (verdict === 'place' && (teamSubject(ctx, name) || townNotWhere(ctx, name))))) return true;
  if ((unread || weakPerson) && clubInBrackets(a, name)) return true;
  return unread && (teamSlot(ctx, name) || afterCountryInParens(ctx, name));
}

/** Team sports: "Fabrizio Ravanelli ( Middlesbrough )": a player's club in brackets right after the player's name. */
function clubInBrackets(a: Analysis, c: Chunk): boolean {
  const before = a.text.slice(Math.max(0, c.start - 4), c.start);
  if (!/\p{Ll}\s*\(\s*$/u.test(before) || !/^\s*\)/.test(a.text.slice(c.end, c.end + 3))) return false;
  const prev = a.terms[c.from - 1];
  return !!prev && prev.sentence === c.sentence && prev.tags.has('Person') === true && !prev.tags.has('Place');
}

/** A club's name of capitalised words joined by "of", "'s", "and", "de" ("Queen of South", "Queen 's Park"), right before a figure. */
const JOINED_CLUB = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3}(?:(?: (?:of(?: the)?|and|&|de|del|la)| ?['’]s) \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}){1,2}(?= \d{1,3}(?:[ \t]|$))/u;

/**
 * Team sports, a results or standings row: a club whose name joins words with "of", "'s", "and" or "de" (which end a
 * name chunk elsewhere) stands at the line's start before its standings or its score and opponent ("Queen of South 3 2
 * 0 1 5 4 6", "Queen 's Park 1 Forfar 4"), or between two scores ("Clyde 0 Queen of South 2"). The terms the name
 * spans (one past its last), else -1.
 */
function joinedClub(ctx: Context, c: Chunk): number {
  if (!ctx.teamSports || c.shouting) return -1;
  const { terms, text } = ctx.a;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const nl = text.indexOf('\n', c.start);
  const lineEnd = nl < 0 ? text.length : nl;
  const m = JOINED_CLUB.exec(text.slice(c.start, Math.min(lineEnd, c.start + 80)));
  if (!m) return -1;
  const end = c.start + m[0].length;
  const rest = text.slice(end, lineEnd);
  const before = text.slice(lineStart, c.start);
  const atStart = /^[ \t]*$/.test(before);
  const afterScore = /\d[ \t]+$/.test(before) && /(?:^|[ \t])\d{1,3}[ \t]+$/.test(before);
  const row = atStart && (/^ \d{1,3}(?:[ \t]+[-+]?[\d.]+){2,}[ \t]*$/.test(rest) || /^ \d{1,3}[ \t]+\p{Lu}/u.test(rest));
  const result = afterScore && /^ \d{1,3}[ \t]*(?:$|\()/.test(rest);
  if (!row && !result) return -1;
  let to = c.from;
  while (to < terms.length && terms[to].end < end) to++;
  if (to >= terms.length || terms[to].end !== end || terms[to].sentence !== c.sentence) return -1;
  if (terms.slice(c.from, to + 1).some((t) => ctx.k.countries.countryByName(t.text))) return -1;
  return to + 1;
}

/** In a press digest, a name alone on its line heads the stories of a newspaper ("KOMPAS", "LE TEMPS"). */
function pressTitle(ctx: Context, c: Chunk): boolean {
  if (!ctx.pressDigest || c.to - c.from > 5 || ctx.k.countries.countryByName(c.text)) return false;
  const { text } = ctx.a;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const nl = text.indexOf('\n', c.end);
  const lineEnd = nl < 0 ? text.length : nl;
  return lineStart > 0 && /^[\s-]*$/.test(text.slice(lineStart, c.start)) && /^\s*[.:]?\s*$/.test(text.slice(c.end, lineEnd));
}

/** The chunk opens its line, after a heading line that has no full stop ("Division one\nGreenock Morton 3 2 0 1 5 2 6"). */
const atLineStart = (a: Analysis, c: Chunk): boolean => c.from > 0 && /\n[ \t]*$/.test(a.text.slice(a.terms[c.from - 1].end, c.start));

/** Named actors from the capitalised chunks of the text. */
export function names(ctx: Context): Extraction {
  const { a } = ctx;
  const mentions: Candidate[] = [];
  const unlabelled: Chunk[] = [];
  let skipTo = -1;
  for (const raw of ctx.chunks) {
    if (raw.start < skipTo) continue;
    const joined = joinedClub(ctx, raw);
    if (joined > 0) {
      const { terms, text } = a;
      const end = terms[joined - 1].end;
      mentions.push(mention(a, { ...raw, to: joined, end, text: text.slice(raw.start, end), possessive: false }, RULES.teamJoined, 'organization'));
      skipTo = end;
      continue;
    }
    if (pressTitle(ctx, raw)) {
      mentions.push(mention(a, raw, RULES.pressTitle, 'media'));
      continue;
    }
    // a table of figures outside team sports: "Chicago 70 60 .538 3", "Toyota 1,240 1,180 +60 5.1"
    if (!ctx.teamSports && tableRowName(a.text, raw.start, raw.end) && !ctx.k.countries.countryByName(raw.text) && !ctx.k.countries.countryByDemonym(raw.text) &&
      !(raw.to - raw.from === 1 && ctx.k.englishWords.has(a.terms[raw.from].normal)) && !tagged(a.terms[raw.from], 'FirstName', 'MaleName', 'FemaleName', 'Honorific', 'Month', 'WeekDay')) {
      mentions.push(mention(a, raw, RULES.tableRow, 'organization'));
      continue;
    }
    if (raw.shouting) {
      for (const piece of shoutingPieces(ctx, raw)) {
        if (ctx.sports && teamSlot(ctx, piece) && !ctx.k.countries.countryByName(piece.text) && !ctx.k.countries.countryByDemonym(piece.text)) mentions.push(mention(a, piece, RULES.teamCaps, 'organization'));
        else unlabelled.push(piece);
      }
      continue;
    }
    // a results row in a team sport: "Reading 4 1 1 2 5 10 4" (a word that reads as common at a line start)
    if (ctx.teamSports && (raw.initial || atLineStart(a, raw)) && !never(a.terms[raw.from]) && teamSlot(ctx, raw) && !ctx.k.countries.countryByName(raw.text) && !ctx.k.countries.countryByDemonym(raw.text)) {
      mentions.push(mention(a, raw, RULES.teamRow, 'organization'));
      continue;
    }
    const c = trim(ctx, raw);
    if (!c) {
      // "( Bremmers 12 , ...": a scorer opening the bracket, which reads as a sentence's start ("Bremmers" looks plural)
      if (raw.to - raw.from <= 3 && !ctx.k.englishWords.has(a.terms[raw.from].normal) && scorerInBrackets(ctx, raw)) mentions.push(mention(a, raw, RULES.personCompetitor, 'person'));
      else unlabelled.push(raw);
      continue;
    }
    const split = splitTitle(a, c);
    if (!split) continue;
    let name = trim(ctx, split.name) ?? split.name;
    let demonymCountry: string | null = null;
    if (!split.owner && name.to - name.from > 1 && !ORG_SUFFIXES.has(clean(a.terms[name.to - 1].text))) {
      // "Australian Tom Moody": the demonym says the country, the name starts after it
      const d = ctx.k.countries.countryByDemonym(a.terms[name.from].text);
      const next = a.terms[name.from + 1];
      if (d && (tagged(next, 'Person', 'FirstName', 'MaleName', 'FemaleName') || (ctx.k.firstNames.has(next.normal) && !ctx.k.englishWords.has(next.normal)))) {
        demonymCountry = d.code;
        name = subChunk(a, name, name.from + 1, name.to);
      }
    }
    if (!split.owner && name.to - name.from > 2 && DEPARTMENT_HEADS.test(clean(a.terms[name.to - 1].text))) {
      // "German Foreign Ministry": a state's department is named without its nationality, which says its country
      const d = ctx.k.countries.countryByDemonym(a.terms[name.from].text);
      if (d) {
        demonymCountry = d.code;
        name = subChunk(a, name, name.from + 1, name.to);
      }
    }
    const role = split.title ? { title: null, from: name.from } : roleBefore(a, name.from);
    const title = split.title ?? role.title;
    let country: string | null = demonymCountry;
    let affiliation: string | null = null;
    if (split.owner) {
      const owner = isCountryOrDemonym(ctx.k, split.owner.text);
      if (owner) country = owner.code;
      else {
        const verdict = classify(ctx, split.owner, false);
        if (verdict && typeof verdict === 'object') {
          mentions.push(mention(a, split.owner, verdict.rule, verdict.kind, { country: verdict.country }));
          affiliation = split.owner.text;
          country = verdict.country;
        } else if (verdict === null && ownerTitle(split)) {
          // "Cofinec CEO Stephen Frater": a name no rule reads, before an officer's title and a person, is the person's organisation
          mentions.push(mention(a, split.owner, RULES.orgOwnerTitle, 'organization'));
          affiliation = split.owner.text;
        }
      }
    } else if (title) {
      const o = ownerBefore(ctx, split.title ? c.from : role.from);
      country = o.country;
      affiliation = o.affiliation;
    }
    const verdict = classify(ctx, name, !!title || split.honorific);
    const weakPerson = verdict !== null && typeof verdict === 'object' && verdict.kind === 'person' && !title && !split.honorific &&
      !!verdict.rule.fromWords;
    if (!title && !split.honorific && isTeam(ctx, name, verdict, weakPerson)) {
      mentions.push(mention(a, name, RULES.team, 'organization'));
      continue;
    }
    // "Essex need another 148", "Kent stepped up": a one-word place, an unread name or a name only guessed a person's from its words acts as a side
    // "played for Nice", "transferred to Milan", "joined Milan from Torino": a name in a player's career
    if (!title && !split.honorific && (verdict === null || verdict === 'place' || verdict === 'misc' || weakPerson) && !isCountryOrDemonym(ctx.k, name.text) &&
      !HOME_NATIONS.has(name.text.toLowerCase()) && clubInCareer(ctx, name)) {
      mentions.push(mention(a, name, RULES.teamCareer, 'organization'));
      continue;
    }
    // (a name only guessed a person's, that is also a town of 20,000 people or more, reads as a place: "Kent")
    const townLike = verdict === 'place' || (weakPerson && ctx.k.cityPopulation(name.text) >= 20000);
    if (!title && !split.honorific && (verdict === null || townLike) && !ctx.k.countries.countryByName(name.text) &&
      !ctx.k.countries.countryByDemonym(name.text) && !HOME_NATIONS.has(name.text.toLowerCase()) && teamActs(ctx, name, townLike)) {
      mentions.push(mention(a, name, RULES.teamSubject, 'organization'));
      continue;
    }
    if ((verdict === null || verdict === 'place') && !ctx.k.countries.countryByName(name.text) && competitor(ctx, name)) {
      mentions.push(mention(a, name, RULES.personCompetitor, 'person'));
      continue;
    }
    // "Pacific Dunlop said": an adjective trimmed off a sentence's start opens the organisation its context reads
    const opened = (org: ActorKind): Chunk | null => {
      if (org !== 'organization' || split.owner || title || name.from !== raw.from + 1 || c.from !== raw.from + 1) return null;
      const t = a.terms[raw.from];
      if (!isCap(t) || never(t) || isTitleTerm(t) || DESCRIPTOR_ADJECTIVES.has(t.normal) || !tagged(t, 'Adjective') || tagged(t, 'Adverb', 'Verb', 'Plural', 'Gerund', 'Value')) return null;
      return subChunk(a, raw, raw.from, name.to);
    };
    if (verdict === null) {
      const org = orgContext(a, name, !(name.initial && name.to - name.from === 1), ctx.sports);
      const wide = org ? opened(org) : null;
      if (org && wide) mentions.push(mention(a, wide, RULES.orgInitialAdjective, org));
      else if (org) mentions.push(mention(a, name, RULES.orgContext, org));
      else if (CLAIM_AFTER.test(a.text.slice(name.end, name.end + 60))) mentions.push(mention(a, name, RULES.orgClaim, 'organization'));
      else unlabelled.push(name);
      continue;
    }
    if (verdict === 'place' || verdict === 'misc') {
      // a place-like name may still be a person's surname or a club seen elsewhere in the document
      if (verdict === 'place' && !ctx.k.countries.countryByName(name.text)) unlabelled.push(name);
      continue;
    }
    const rule = verdict.kind === 'person' && split.honorific ? RULES.personHonorific : verdict.rule;
    if (verdict.kind === 'person' && !title && !split.honorific && verdict.rule.weak) {
      const org = orgContext(a, name, false, ctx.sports);
      if (org) {
        const wide = opened(org);
        mentions.push(wide ? mention(a, wide, RULES.orgInitialAdjective, org) : mention(a, name, RULES.orgContext, org));
        continue;
      }
    }
    const isPerson = verdict.kind === 'person';
    const backer = isPerson ? null : backedBefore(ctx.k, a, name.from);
    mentions.push(
      mention(a, name, rule, verdict.kind, {
        title: isPerson ? title : null,
        country: verdict.country ?? (isPerson ? country : demonymCountry),
        affiliation: isPerson ? affiliation : backer,
      }),
    );
  }
  return { mentions, unlabelled };
}
