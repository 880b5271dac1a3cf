// Actor candidates from name chunks and from descriptive noun phrases. Each candidate carries the
// id of the rule that made it. Refiners (refine.ts) then propagate names and remove overlaps.
import type { Analysis, Term } from '../../analyse/index.js';
import type { ActorKind } from '../../record/schema.js';
import { countryByDemonym, countryByName } from '../../gazetteer/countries.js';
import type { ActorMention } from '../types.js';
import { allCaps, findChunks, isCap, subChunk, type Chunk } from './chunks.js';
import {
  ARMED_GROUPS, NAME_PARTICLES, NOT_ORG_ACRONYMS, EVENT_HEADS, GOVERNMENT_NOUNS, GROUP_HEADS, GROUP_NOUNS, HONORIFICS, INSTITUTIONS, MEDIA_NAMES, MILITARY_NOUNS,
  ORG_COMMON_CAPS, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon.js';
import { isCommonWord, wordKnowledge, type WordKnowledge } from './names.js';
import { kindOfHead, RULES } from './rules.js';
import { afterCountryInParens, competitor, scoreRow, shoutingPieces, SPORTS_SLUG, teamCue, teamSlot, teamSubject, TEAM_SPORTS_SLUG } from './teams.js';
import { clean, never, tagged } from './util.js';

export interface Context {
  a: Analysis;
  k: WordKnowledge;
  chunks: Chunk[];
  /** The document reads as sports results (a sports slug in the headline). */
  sports: boolean;
  /** Chunks by the index one past their last term. */
  chunkEndingAt: Map<number, Chunk>;
  /** Team sports: names in result slots are teams, not competitors. */
  teamSports: boolean;
}

/** What the rules hand to the refiners: labelled mentions, and name chunks no rule could label yet. */
export interface Extraction {
  mentions: ActorMention[];
  unlabelled: Chunk[];
}

function mention(
  a: Analysis, c: Chunk, rule: string, kind: ActorKind, extra: Partial<Pick<ActorMention, 'title' | 'country' | 'affiliation' | 'name'>> = {},
): ActorMention {
  return {
    text: a.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    rule,
    name: extra.name ?? a.text.slice(c.start, c.end),
    kind,
    title: extra.title ?? null,
    country: extra.country ?? null,
    affiliation: extra.affiliation ?? null,
  };
}

/** A sentence-initial capitalised word that is an ordinary word ("After", "Results", "Trailing"). */
export function initialCommon(k: WordKnowledge, t: Term): boolean {
  if (MEDIA_NAMES.has(t.normal) || ARMED_GROUPS.has(t.normal) || INSTITUTIONS.has(t.normal)) return false;
  if (NAME_PARTICLES.has(t.normal) && t.text !== t.text.toUpperCase()) return false;
  if (tagged(t, 'Demonym') || countryByDemonym(t.text)) return false;
  if (tagged(t, 'Person', 'FirstName', 'LastName', 'Organization', 'Place', 'Country', 'City', 'Region', 'Acronym', 'SportsTeam')) return false;
  if (isCommonWord(k, t.normal)) return true;
  return tagged(t, 'Verb', 'Adverb', 'Adjective', 'Plural', 'Value', 'Gerund', 'Modal', 'Copula', 'Negative', 'Expression');
}

function isTitleTerm(t: Term): boolean {
  const w = clean(t.text);
  return TITLE_WORDS.has(w) || HONORIFICS.has(w);
}

function isCountryOrDemonym(s: string): { code: string } | null {
  return countryByName(s) ?? countryByDemonym(s);
}

/** Ethnic groups, faiths and their adjectives (general vocabulary; nationalities come from the gazetteer's demonyms). */
const BELONGING = /^(?:islamic|moslem|muslim|christian|jewish|catholic|protestant|orthodox|kurdish|kurd|serb|croat|bosnian|arab|hindu|sikh|buddhist|shi'ite|shiite|sunni|tamil|pashtun|hutu|tutsi|basque|catalan|flemish|walloon)$/;

const compassWord = (w: string): boolean => /^(?:north|south|east|west|northern|southern|eastern|western|upper|lower|central|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast)$/.test(w);

const isAcronymText = (s: string): boolean => /^(?:\p{Lu}\.){2,5}$|^\p{Lu}[\p{Lu}&]{1,5}$/u.test(s) && !/^[IVXLCDM]+$/.test(s);

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
  const country = isCountryOrDemonym(chunk.text);
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

/** Strips leading and trailing words that cannot be part of a name. */
function trim(ctx: Context, c: Chunk): Chunk | null {
  const { a, k } = ctx;
  let from = c.from;
  let to = c.to;
  const initialLetter = (t: Term): boolean => /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.');
  const lastWord = clean(a.terms[c.to - 1].text);
  const orgEnd = c.to - c.from >= 2 && (ORG_SUFFIXES.has(lastWord) || !!k.orgWords[lastWord]);
  // "Jan Kroslak": a first name that is also a month's abbreviation, before a name
  const nameNotMonth = (i: number): boolean => i + 1 < to && /^(?:Jan|Jun|Jul|Sep|Dec)$/.test(a.terms[i].text) && k.firstNames.has(a.terms[i].normal);
  while (from < to && ((never(a.terms[from]) && !nameNotMonth(from)) || (from === c.from && c.initial && !orgEnd && !initialLetter(a.terms[from]) && initialCommon(k, a.terms[from])))) from++;
  // trailing verbs are not names ("... Anne Makovic Reports")
  while (to > from && (never(a.terms[to - 1]) || (to - from > 2 && tagged(a.terms[to - 1], 'Verb') && !tagged(a.terms[to - 1], 'Noun', 'ProperNoun', 'Person')))) to--;
  // a chunk never starts with a lower-case word left over from trimming ("Blue-chip" -> "chip")
  while (from < to && !isCap(a.terms[from]) && !NAME_PARTICLES.has(a.terms[from].text)) from++;
  if (from >= to) return null;
  if (from === c.from && to === c.to) return c;
  return subChunk(a, c, from, to);
}

type Verdict = Omit<ActorMention, 'text' | 'start' | 'end' | 'name'> & { name?: string };

/** Classifies a name chunk (already trimmed, title split off). */
function classify(ctx: Context, c: Chunk, hasTitle: boolean): Verdict | 'place' | 'misc' | null {
  const { a, k } = ctx;
  const terms = a.terms.slice(c.from, c.to);
  const words = terms.map((t) => clean(t.text));
  const lower = c.text.toLowerCase();
  const last = words[words.length - 1];
  const first = words[0];
  const base = { title: null, country: null, affiliation: null } as const;

  if (terms.length === 1 && isTitleTerm(terms[0])) return null;
  // "Re-education", "Blue-chip", "Iran-backed": the word is the first half of a compound modifier
  if (/^-\p{Ll}/u.test(a.text.slice(c.end, c.end + 2))) return 'misc';
  // "the Dow Jones industrial average", "the Nasdaq composite index": the name of a market index
  if (/^\s+(?:(?:industrial|composite|all-share|share|stock|blue-chip)\s+)?(?:index|indices|average|composite)\b/.test(a.text.slice(c.end, c.end + 30))) return 'misc';
  if (MEDIA_NAMES.has(lower)) return { ...base, rule: RULES.media, kind: 'media' };
  if (ARMED_GROUPS.has(lower)) return { ...base, rule: RULES.groupName, kind: 'group' };
  const inst = INSTITUTIONS.get(lower);
  if (inst) return { ...base, rule: RULES.institution, kind: inst.kind, country: inst.country };
  if (terms.length === 1 && ORG_COMMON_CAPS.has(lower) && !c.initial) return { ...base, rule: RULES.institution, kind: 'government' };

  const country = countryByName(c.text);
  if (country) return 'place';
  // "Derrick Church , 19 ,", "Tyajah N. Nelson": an age after the name, or a middle initial, makes a person
  if (terms.length >= 2 && terms.length <= 4 && !allCaps(c.text)) {
    if (/^\s*,\s*(?:age\s+|aged\s+)?\d{1,2}\s*,/.test(a.text.slice(c.end, c.end + 12))) return { ...base, rule: RULES.personAppositive, kind: 'person' };
    if (terms.length === 3 && /^\p{Lu}$/u.test(terms[1].text) && terms[1].post.startsWith('.') && /^\p{Lu}\p{Ll}/u.test(terms[0].text) && /^\p{Lu}\p{Ll}/u.test(terms[2].text)) {
      return { ...base, rule: RULES.personInitial, kind: 'person' };
    }
  }
  if (terms.length === 1 && (countryByDemonym(c.text) || tagged(terms[0], 'Demonym'))) return 'misc';

  // organisations by their last word
  const compass = words.slice(0, -1).every(compassWord);
  if ((ORG_SUFFIXES.has(last) || (terms.length > 1 && k.orgWords[last])) && !(compass && terms.length > 1)) {
    if (terms.length === 1 && (c.initial || !ORG_HEADS.has(last))) return null;
    const demonym = countryByDemonym(terms[0].text) ?? countryByName(terms[0].text);
    return { ...base, rule: RULES.orgSuffix, kind: kindOfHead(last), country: demonym?.code ?? null };
  }
  if (words.length > 1 && GROUP_HEADS.has(last) && !tagged(terms[terms.length - 1], 'Person')) {
    return { ...base, rule: RULES.groupName, kind: 'group' };
  }
  // "Bank of England", "Organisation for Security and Cooperation in Europe"
  const headAt = words.findIndex((w) => ORG_HEADS.has(w));
  if (headAt >= 0 && terms.length > 1 && words.some((w, i) => i > headAt && /^(?:of|for|and|&|on|in)$/.test(w))) {
    return { ...base, rule: RULES.orgHead, kind: kindOfHead(words[headAt]) };
  }
  if (EVENT_HEADS.has(last) || PLACE_HEADS.has(last)) return terms.length > 1 ? 'misc' : null;

  // acronyms
  if (terms.length === 1 && isAcronymText(c.text) && !c.shouting) {
    if (NOT_ORG_ACRONYMS.has(lower)) return 'misc';
    // "EU-wide", "BSE-infected", "CNB-120", "the DAX index": the acronym modifies, or names an index
    if (/^-[\p{Ll}\d]/u.test(a.text.slice(c.end, c.end + 2))) return 'misc';
    const after = a.terms[c.to];
    if (after && after.sentence === c.sentence && /^(?:index|indices|composite|average|futures|rate|rates)$/.test(after.normal)) return 'misc';
    if (isCommonWord(k, c.text) || /(?:Place|City|Country|Region)/.test(k.lexicon[lower] ?? '')) return null;
    const place = a.dateline.place;
    if (place && c.start < place.end && place.start < c.end) return 'place';
    if (tagged(terms[0], 'Place', 'Country', 'City', 'Region') && !tagged(terms[0], 'Organization')) return 'place';
    return { ...base, rule: RULES.orgAcronym, kind: 'organization' };
  }
  const adjectiveLike = terms.length === 1 && (/^(?:Demonym|Adjective)$/.test(k.lexicon[lower] ?? '') || /(?:ean|ian|ese|ine)$/.test(lower) || c.text.length < 2);
  // a nationality, an ethnic group or a faith is no organisation by itself ("Serb police", "Iraqi Kurdish group", "Islamic state")
  const belonging = terms.some((t) => BELONGING.test(t.normal) || !!countryByDemonym(t.text));
  if (!adjectiveLike && !belonging && terms.some((t) => tagged(t, 'Organization', 'SportsTeam')) && !terms.some((t) => tagged(t, 'Person', 'Place', 'Region', 'Country', 'City'))) {
    return { ...base, rule: RULES.orgCompromise, kind: 'organization' };
  }
  if (terms.every((t) => tagged(t, 'Place', 'Country', 'City', 'Region')) && !terms.some((t) => tagged(t, 'Person'))) return 'place';
  if (terms.some((t) => tagged(t, 'Demonym'))) return 'misc';

  // people: not a street ("South Stewart", "Avenue E", "Port Lillian Dr"), not a plural ("Crime Stoppers")
  if (compassWord(words[0]) || words.some((w) => PLACE_HEADS.has(w)) || (terms.length > 1 && tagged(terms[terms.length - 1], 'Plural') && isCommonWord(k, last) && !k.firstNames.has(first))) return null;
  const nameLike = words.every((w, i) => !ORG_HEADS.has(w) && !ORG_SUFFIXES.has(w) && !EVENT_HEADS.has(w) && !PLACE_HEADS.has(w) && !(allCaps(terms[i].text) && terms[i].text.length > 1));
  if (hasTitle && nameLike) return { ...base, rule: RULES.personTitle, kind: 'person' };
  if (terms.length >= 2 && /^\p{Lu}\.?$/u.test(terms[0].text) && !isAcronymText(terms[1].text)) return { ...base, rule: RULES.personInitial, kind: 'person' };
  const personTagged = terms.some((t) => tagged(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'));
  const placeTagged = terms.some((t) => tagged(t, 'Place', 'Country', 'City', 'Region'));
  if (personTagged && !placeTagged && (terms.length > 1 || !c.initial)) return { ...base, rule: RULES.personCompromise, kind: 'person' };
  if (terms.length >= 2 && k.firstNames.has(first) && !placeTagged) return { ...base, rule: RULES.personFirstName, kind: 'person' };
  if (terms.length >= 2 && terms.length <= 4 && !placeTagged && !compassWord(words[0]) && words.every((w, i) => !isCommonWord(k, w) && !allCaps(terms[i].text) && !ORG_HEADS.has(w))) {
    return { ...base, rule: RULES.personShape, kind: 'person' };
  }
  return null;
}


const ORG_CUE_BEFORE = /^(?:company|companies|firm|group|giant|maker|makers|manufacturer|carrier|airline|bank|insurer|retailer|unit|subsidiary|conglomerate|operator|producer|distributor|chain|club|side|brokerage|broker|exporter|importer|supplier|utility|concern|outfit|label|developer|contractor|partner|shares|stake)$/;
const MEDIA_CUE_BEFORE = /^(?:daily|newspaper|weekly|paper|agency|magazine|tabloid|broadcaster|station|channel|network|television|radio)$/;
const ORG_CUE_AFTER = /^(?:party|firm|company|movement|faction|shares|stock|stocks|shareholders|stake|subsidiary|subsidiaries|unit|units|division|board|directors|management|executives|plant|plants|factory|factories|profit|profits|revenue|revenues|sales|earnings|merger|takeover|headquarters)$/;
const MEDIA_CUE_AFTER = /^(?:newspaper|daily|weekly|magazine|tabloid|broadsheet)$/;
/** People of an organisation: a cue only for names nothing else says are people ("Ericsson spokesman"). */
const STAFF_CUE_AFTER = /^(?:spokesman|spokeswoman|spokesperson|chairman|officials|employees|workers|staff|executive|executives)$/;

/** The words around a name make it an organisation ("tyre giant Pirelli", "Pirelli shares", "Magna 's board"). */
function orgContext(a: Analysis, c: Chunk, unknown = false, sports = false): ActorKind | null {
  const { terms } = a;
  const prev = terms[c.from - 1];
  if (prev && prev.sentence === c.sentence && prev.text === prev.text.toLowerCase() && !/[,.;:]/.test(prev.post)) {
    if (MEDIA_CUE_BEFORE.test(prev.normal)) return 'media';
    if (ORG_CUE_BEFORE.test(prev.normal)) return 'organization';
  }
  let i = c.to;
  if (terms[i] && terms[i].text === 's' && /['’]$/.test(terms[i].pre)) i++;
  const next = terms[i];
  if (next && next.sentence === c.sentence && MEDIA_CUE_AFTER.test(next.normal) && next.text === next.text.toLowerCase() && /^\s+$/.test(a.text.slice(c.end, next.start))) return 'media';
  // "Cofinec , the first foreign company to ...", "Comelf , a Romanian engineering group"
  // (the comma is in the text between the terms, or a term of its own in space-tokenised text)
  const comma = next && next.text === ',' ? 1 : 0;
  const det = terms[i + comma];
  if (unknown && det && det.sentence === c.sentence && /^\s*,\s*$/.test(a.text.slice(c.end, det.start)) && /^(?:a|an|the)$/.test(det.normal)) {
    for (let j = i + comma + 1; j < Math.min(terms.length, i + 7) && terms[j].sentence === c.sentence; j++) {
      const w = terms[j];
      if (/[,.;:]/.test(terms[j - 1].post) || /^[,.;:]$/.test(w.text)) break;
      if (MEDIA_CUE_BEFORE.test(w.normal)) return 'media';
      if (ORG_CUE_BEFORE.test(w.normal) && w.normal !== 'shares' && w.normal !== 'stake') return 'organization';
    }
  }
  if (next && next.sentence === c.sentence && next.text === next.text.toLowerCase() && (ORG_CUE_AFTER.test(next.normal) || (unknown && STAFF_CUE_AFTER.test(next.normal))) && /^\s*(?:['’]s\s*)?$/u.test(a.text.slice(c.end, next.start))) {
    return 'organization';
  }
  if (corporateCue(a, c, sports)) return 'organization';
  return null;
}

/** Words before "of"/"in"/"at"/"with"/"for" that make the following name a company or an institution. */
const OWNED_BEFORE = /^(?:shares|stake|stakes|holding|holdings|shareholders|subsidiary|subsidiaries|unit|division|arm|affiliate|takeover|acquisition|purchase|privatisation|privatization|merger|bid|offer|chairman|chairwoman|ceo|board|directors|executives|employees|workers|staff|analyst|analysts|economist|economists|strategist|strategists|dealer|dealers|trader|traders|broker|brokers|spokesman|spokeswoman|spokesperson)$/;
const OWNED_JOIN = /^(?:of|in|at|with|for|from)$/;
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
  if (same(p1) && same(p2) && OWNED_JOIN.test(p1.normal) && OWNED_BEFORE.test(p2.normal) && /^\s+$/.test(text.slice(p2.end, p1.start)) && /^\s+$/.test(text.slice(p1.end, c.start))) return true;
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
function isTeam(ctx: Context, name: Chunk, verdict: Verdict | 'place' | 'misc' | null, weakPerson: boolean): boolean {
  if (!ctx.sports || countryByName(name.text) || countryByDemonym(name.text)) return false;
  const { a } = ctx;
  const unread = verdict === null || verdict === 'place';
  if (weakPerson && (scoreRow(ctx, name) || afterCountryInParens(a, name))) return true;
  if (!ctx.teamSports) return unread && (teamSlot(ctx, name) || afterCountryInParens(a, name));
  if (weakPerson && teamCue(ctx, name)) return true;
  const person = verdict !== null && typeof verdict === 'object' && verdict.kind === 'person';
  if (person && name.to - name.from === 1 && teamSlot(ctx, name)) return true;
  if (unread && (teamCue(ctx, name) || (verdict === 'place' && teamSubject(ctx, name)))) return true;
  if ((unread || weakPerson) && clubInBrackets(a, name)) return true;
  return unread && (teamSlot(ctx, name) || afterCountryInParens(a, name));
}

/** Team sports: "Fabrizio Ravanelli ( Middlesbrough )": a player's club in brackets right after the player's name. */
function clubInBrackets(a: Analysis, c: Chunk): boolean {
  const before = a.text.slice(Math.max(0, c.start - 4), c.start);
  if (!/\p{Ll}\s*\(\s*$/u.test(before) || !/^\s*\)/.test(a.text.slice(c.end, c.end + 3))) return false;
  const prev = a.terms[c.from - 1];
  return !!prev && prev.sentence === c.sentence && prev.tags.has('Person') === true && !prev.tags.has('Place');
}

/** Named actors from the capitalised chunks of the text. */
function fromChunks(ctx: Context): Extraction {
  const { a } = ctx;
  const mentions: ActorMention[] = [];
  const unlabelled: Chunk[] = [];
  for (const raw of ctx.chunks) {
    if (raw.shouting) {
      for (const piece of shoutingPieces(ctx, raw)) {
        if (ctx.sports && teamSlot(ctx, piece) && !countryByName(piece.text) && !countryByDemonym(piece.text)) mentions.push(mention(a, piece, RULES.team, 'organization'));
        else unlabelled.push(piece);
      }
      continue;
    }
    // a results row in a team sport: "Reading 4 1 1 2 5 10 4" (a word that reads as common at a line start)
    if (ctx.teamSports && raw.initial && !never(a.terms[raw.from]) && teamSlot(ctx, raw) && !countryByName(raw.text) && !countryByDemonym(raw.text)) {
      mentions.push(mention(a, raw, RULES.team, 'organization'));
      continue;
    }
    const c = trim(ctx, raw);
    if (!c) {
      unlabelled.push(raw);
      continue;
    }
    const split = splitTitle(a, c);
    if (!split) continue;
    let name = trim(ctx, split.name) ?? split.name;
    let demonymCountry: string | null = null;
    if (!split.owner && name.to - name.from > 1 && !ORG_SUFFIXES.has(clean(a.terms[name.to - 1].text))) {
      // "Australian Tom Moody": the demonym says the country, the name starts after it
      const d = countryByDemonym(a.terms[name.from].text);
      if (d && tagged(a.terms[name.from + 1], 'Person', 'FirstName', 'MaleName', 'FemaleName')) {
        demonymCountry = d.code;
        name = subChunk(a, name, name.from + 1, name.to);
      }
    }
    const role = split.title ? { title: null, from: name.from } : roleBefore(a, name.from);
    const title = split.title ?? role.title;
    let country: string | null = demonymCountry;
    let affiliation: string | null = null;
    if (split.owner) {
      const owner = isCountryOrDemonym(split.owner.text);
      if (owner) country = owner.code;
      else {
        const verdict = classify(ctx, split.owner, false);
        if (verdict && typeof verdict === 'object') {
          mentions.push(mention(a, split.owner, verdict.rule, verdict.kind, verdict));
          affiliation = split.owner.text;
          country = verdict.country;
        }
      }
    } else if (title) {
      const o = ownerBefore(ctx, split.title ? c.from : role.from);
      country = o.country;
      affiliation = o.affiliation;
    }
    const verdict = classify(ctx, name, !!title || split.honorific);
    const weakPerson = verdict !== null && typeof verdict === 'object' && verdict.kind === 'person' && !title && !split.honorific &&
      (verdict.rule === RULES.personCompromise || verdict.rule === RULES.personShape || verdict.rule === RULES.personFirstName);
    if (!title && !split.honorific && isTeam(ctx, name, verdict, weakPerson)) {
      mentions.push(mention(a, name, RULES.team, 'organization'));
      continue;
    }
    if ((verdict === null || verdict === 'place') && !countryByName(name.text) && competitor(ctx, name)) {
      mentions.push(mention(a, name, RULES.personCompetitor, 'person'));
      continue;
    }
    if (verdict === null) {
      const org = orgContext(a, name, !(name.initial && name.to - name.from === 1), ctx.sports);
      if (org) mentions.push(mention(a, name, RULES.orgContext, org));
      else unlabelled.push(name);
      continue;
    }
    if (verdict === 'place' || verdict === 'misc') {
      // a place-like name may still be a person's surname or a club seen elsewhere in the document
      if (verdict === 'place' && !countryByName(name.text)) unlabelled.push(name);
      continue;
    }
    const rule = verdict.kind === 'person' && split.honorific ? RULES.personHonorific : verdict.rule;
    if (verdict.kind === 'person' && !title && !split.honorific && (verdict.rule === RULES.personCompromise || verdict.rule === RULES.personShape)) {
      const org = orgContext(a, name, false, ctx.sports);
      if (org) {
        mentions.push(mention(a, name, RULES.orgContext, org));
        continue;
      }
    }
    const isPerson = verdict.kind === 'person';
    const backer = isPerson ? null : backedBefore(a, name.from);
    mentions.push(
      mention(a, name, rule, verdict.kind, {
        title: isPerson ? title : null,
        country: verdict.country ?? (isPerson ? country : null),
        affiliation: isPerson ? affiliation : (verdict.affiliation ?? backer),
      }),
    );
  }
  return { mentions, unlabelled };
}

const BACKED = /^(?:backed|aligned|allied|supported|sponsored|linked|funded|led)$/;

/** The country code of an "Iran-backed" right before term `from`, else null. */
function backedBefore(a: Analysis, from: number): string | null {
  const { terms, text } = a;
  const verb = terms[from - 1];
  const who = terms[from - 2];
  if (!verb || !who || verb.sentence !== terms[from].sentence || who.sentence !== verb.sentence) return null;
  if (!BACKED.test(verb.normal) || text.slice(who.end, verb.start) !== '-') return null;
  return (countryByName(who.text) ?? countryByDemonym(who.text))?.code ?? null;
}

/** Names inside a prefixed word: "anti-ISIS", "pro-Hamas". */
function prefixed(ctx: Context): ActorMention[] {
  const { a } = ctx;
  const out: ActorMention[] = [];
  for (const t of a.terms) {
    const m = /^(?:anti|pro|non|ex|post|pre)-(\p{Lu}[\p{L}.-]*)$/u.exec(t.text);
    if (!m) continue;
    const name = m[1];
    const start = t.start + t.text.length - name.length;
    const end = t.start + t.text.length;
    if (a.text.slice(start, end) !== name) continue;
    const lower = name.toLowerCase();
    const kind: ActorKind | null = ARMED_GROUPS.has(lower) ? 'group' : isAcronymText(name) && !countryByName(name) ? 'organization' : null;
    if (!kind) continue;
    out.push({ text: name, start, end, rule: kind === 'group' ? RULES.groupName : RULES.orgAcronym, name, kind, title: null, country: null, affiliation: null });
  }
  return out;
}

/** "Iran-backed militias", "US forces", "the US military", "Iraqi government", "an Iran-aligned group". */
function descriptive(ctx: Context): ActorMention[] {
  const { a } = ctx;
  const { terms, text } = a;
  const out: ActorMention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!/^\p{Lu}/u.test(t.text)) continue;
    // X-backed / X-aligned / X-supported: "Iran" + "-" + "backed"
    const n = terms[i + 1];
    let j = i + 1;
    let country: string | null = null;
    let affiliation: string | null = null;
    if (n && n.sentence === t.sentence && text.slice(t.end, n.start) === '-' && BACKED.test(n.normal)) {
      const c = countryByName(t.text) ?? countryByDemonym(t.text);
      if (!c) continue;
      affiliation = c.code;
      j = i + 2;
    } else {
      const c = countryByName(t.text.replace(/['’]s$/u, '')) ?? countryByDemonym(t.text);
      if (!c) continue;
      country = c.code;
    }
    const head = terms[j];
    if (!head || head.sentence !== t.sentence) continue;
    if (/[,.;:!?]/.test(terms[j - 1].post)) continue;
    const w = head.normal;
    const kind: ActorKind | null = GROUP_NOUNS.has(w) || (affiliation && /^(?:groups?|proxies|forces)$/.test(w))
      ? 'group'
      : MILITARY_NOUNS.has(w) || /^(?:troops|soldiers|marines)$/.test(w)
        ? 'military'
        : GOVERNMENT_NOUNS.has(w)
          ? 'government'
          : null;
    if (!kind) continue;
    if (head.text !== head.text.toLowerCase()) continue; // capitalised heads are names, handled by chunks
    const after = terms[j + 1];
    // "government radio", "cabinet minister": the noun is a modifier, not the actor
    if (after && after.sentence === head.sentence && !/[,.;:!?]/.test(head.post) && after.text === after.text.toLowerCase() && after.tags.has('Noun') && !after.tags.has('Pronoun')) continue;
    const end = head.end;
    const start = t.start;
    const span = text.slice(start, end);
    out.push({
      text: span,
      start,
      end,
      rule: RULES.descriptive,
      name: span,
      kind: affiliation && kind === 'military' ? 'group' : kind,
      title: null,
      country,
      affiliation,
    });
  }
  return out;
}

export function buildContext(a: Analysis): Context {
  const headline = a.title?.text ?? a.text.slice(0, 200);
  const chunks = findChunks(a);
  return { a, k: wordKnowledge(a), chunks, chunkEndingAt: new Map(chunks.map((c) => [c.to, c])), sports: SPORTS_SLUG.test(headline), teamSports: TEAM_SPORTS_SLUG.test(headline) };
}

export function extractCandidates(ctx: Context): Extraction {
  const named = fromChunks(ctx);
  return { mentions: [...named.mentions, ...descriptive(ctx), ...prefixed(ctx)], unlabelled: named.unlabelled };
}

export { allCaps };
