// Actor rules as data. RULES: every id the domain puts on a mention (stable; shown by --explain), each with
// what it finds and the fields the passes read (weak, team, descriptive). CHUNK_RULES: what a name chunk is
// (already trimmed, its title split off), tried in order by classify.ts; the first rule whose test holds
// decides. Rules whose outcome is no actor (a place, a misc name, nothing) carry ids too, so that every step
// of the order has a name; they never reach a record.
import type { Term } from '../../analyse/index.js';
import type { ActorKind } from '../../record/schema.js';
import type { ActorRule, Context } from './context.js';
import type { Chunk } from './passes/1-chunks.js';
import { allCaps, CLOSING_SUFFIX, PARTNERSHIP_CLOSE } from './passes/1-chunks.js';
import {
  ARMED_GROUPS, FOREIGN_GROUP_HEADS, DESCRIPTOR_ADJECTIVES, EVENT_HEADS, GOVERNMENT_NOUNS, GROUP_HEADS, GROUP_NOUNS, IDEOLOGY_WORDS, INSTITUTIONS, KIND_HEADS, MEDIA_NAMES, MILITARY_NOUNS, NOT_ORG_ACRONYMS,
  ORG_COMMON_CAPS, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, SURNAME_HEADS,
} from './lexicon.js';
import { isCommonWord, type WordKnowledge } from './names.js';
import { isHometown } from '../hometown.js';
import { FACILITY_NOUNS, SITE_NOUNS } from '../places/lexicon.js';
import { compassWord, isAcronymText, isBelonging, isTitleTerm, tagged } from './util.js';

const rule = <const R extends ActorRule>(r: R): R => r;

export const RULES = {
  // ---- rules of the chunk table (CHUNK_RULES) ----
  media: rule({ id: 'actor.media', about: 'a news organisation ("Reuters", "Interfax")' }),
  datelineSource: rule({ id: 'actor.dateline-source', about: 'the name in brackets between a dateline\'s place and its dash sent the story: a news outlet ("CHICAGO (WLS) --", "HOUSTON (KTRK) -")' }),
  mediaHeadFirst: rule({ id: 'actor.media-head-first', about: 'a name of two to four words that opens on "Radio" or "Television" is a broadcaster ("Radio Red", "Radio Monte Carlo")' }),
  signoffDesk: rule({ id: 'actor.signoff-desk', about: 'a name right after the dashes of a closing sign-off line and right before a telephone number is the newsroom or desk to call ("-- Bombay Commodities +91-22-265 9000")' }),
  groupName: rule({ id: 'actor.group-name', about: 'a well-known armed group, named without a cue word ("Hamas", "ISIS")' }),
  institution: rule({ id: 'actor.institution', about: 'a one-of-a-kind institution, with its country ("the Pentagon", "the White House")' }),
  institutionWord: rule({ id: 'actor.institution-word', about: 'a common word capitalised as an institution\'s name, inside a sentence ("the Treasury", "the Knesset")' }),
  personAppositive: rule({ id: 'actor.person-appositive', about: 'a name followed by an age ("Wang , 45 ,", "Derrick Church, 19,")' }),
  personMiddleInitial: rule({ id: 'actor.person-middle-initial', about: 'a name with a middle initial ("Tyajah N. Nelson")' }),
  orgSuffix: rule({ id: 'actor.org-suffix', about: 'an organisation by its last word ("... Inc", "... Ministry", "... Party")' }),
  orgFirmPartners: rule({ id: 'actor.org-firm-partners', about: 'partners\' names joined by "and"/"&" (and commas) and closed by a company\'s word are one firm, even when the first reads as a person ("Smith and Nephew Plc", "Baker, Hale & Cole LLP"; passes/1-chunks.ts firmNameEnd)' }),
  orgFirmAndCo: rule({ id: 'actor.org-firm-and-co', about: 'a firm\'s name closed by "and"/"&" and a company\'s abbreviation, kept whole ("Merrill Lynch and Co", "Salomon Brothers & Co Inc")' }),
  groupHead: rule({ id: 'actor.group-head', about: 'an armed group by its last word ("Islamic Resistance", "Islamic Jihad")' }),
  foreignGroupHead: rule({ id: 'actor.foreign-group-head', about: 'a name of two to five words that opens on a Spanish, Portuguese or Italian word for an armed group or movement names a group, head first ("Sendero Rojo", "Frente Popular", "Comando Negro"), not a person' }),
  groupHeadCountry: rule({ id: 'actor.group-head-country', about: 'an armed group by its head word before a country\'s name ("Tehrik-i-Taliban Pakistan")' }),
  orgHead: rule({ id: 'actor.org-head', about: 'an organisation by a head noun with "of"/"for" ("Bank of England")' }),
  orgAcronym: rule({ id: 'actor.org-acronym', about: 'an all-capitals acronym that is not a country ("NATO", "OSCE", "U.N.")' }),
  orgCompromise: rule({ id: 'actor.org-compromise', about: 'an organisation compromise recognises', weak: true }),
  orgArticle: rule({ id: 'actor.org-article', about: 'a name that opens with a definite article of another language names an airline, a paper or a firm, not a person ("El Al", "Il Messaggero", "Die Welt")' }),
  personTitle: rule({ id: 'actor.person-title', about: 'a person named by a capitalised title or a role noun right before the name ("Prime Minister X", "coach X")' }),
  personSurnameHead: rule({ id: 'actor.person-surname-head', about: 'a first name that is no English word before a place or event word that is also a surname ("Anthony Hill", "Stuart Law")' }),
  personInitial: rule({ id: 'actor.person-initial', about: 'an initial and a surname ("M. Waugh")' }),
  personCompromise: rule({ id: 'actor.person-compromise', about: 'a person compromise recognises (first names, last names, name shapes)', weak: true, fromWords: true }),
  personFirstName: rule({ id: 'actor.person-firstname', about: 'a person whose first word is an English first name (@stdlib first-name datasets)', fromWords: true }),
  personShape: rule({ id: 'actor.person-shape', about: 'two to four capitalised words, none a common word, place or organisation word: a person\'s name', weak: true, fromWords: true }),

  // ---- the name pass (passes/2-names.ts), besides the chunk table ----
  personHonorific: rule({ id: 'actor.person-honorific', about: 'a person by an honorific ("Mr X", "Dr. X")' }),
  personCompetitor: rule({ id: 'actor.person-competitor', about: 'a competitor in sports results: a scorer before the minute ("Debbah 39th"), an athlete before a bracketed country' }),
  team: rule({ id: 'actor.sports-team', about: 'a club in sports results and reports, by its slot, a cue or brackets ("beat Somerset", "Surrey captain X", "Ravanelli ( Middlesbrough )")', team: true }),
  teamSubject: rule({ id: 'actor.sports-team-subject', about: 'in team sports, a one-word place, unread name or name only guessed a person\'s, right before a verb of what sides do, alone or coordinated with a second name ("Essex need another 148", "Essex and Kent both face"); not after a locative, not a player\'s surname written in full elsewhere', team: true }),
  teamCareer: rule({ id: 'actor.sports-team-transfer', about: 'in team sports, a name in a player\'s career is a club: after "for" with playing or scoring before it ("played for Nice"), after "to" with a transfer\'s verb ("transferred to Milan"), after "from" with a transfer\'s verb earlier in the clause ("joined Milan from Torino"); not a country', team: true }),
  teamCaps: rule({ id: 'actor.sports-team-caps', about: 'a club in a team slot of an ALL-CAPS line ("SAN FRANCISCO AT NEW YORK")', team: true }),
  teamRow: rule({ id: 'actor.sports-team-row', about: 'a club at the start of a results row or fixture in team sports ("Reading 4 1 1 2 5 10 4", "Walsall v Wrexham")', team: true }),
  teamJoined: rule({ id: 'actor.sports-team-joined', about: 'a club whose name joins words with "of", "\'s", "and" or "de" in a results or standings row of team sports ("Queen of South 3 2 0 1 5 4 6", "Queen \'s Park 1 Forfar 4")', team: true }),
  orgOwnerTitle: rule({ id: 'actor.org-owner-title', about: 'a name no rule reads, right before an officer\'s title and a person\'s name, is the person\'s organisation ("Cofinec CEO Stephen Frater", "Martela Chairman X")' }),
  tableRow: rule({ id: 'actor.table-row', about: 'outside team sports, a name at the start of a row of four figures or more, in a table of three such rows or more, is what the row counts for: a club in standings, a company ("Chicago 70 60 .538 3"); not a country, a month or an ordinary word' }),
  pressTitle: rule({ id: 'actor.press-title', about: 'in a press digest, a name alone on its line: the newspaper whose stories follow ("KOMPAS", "LE TEMPS")' }),
  orgInitialAdjective: rule({ id: 'actor.org-initial-adjective', about: 'a capitalised adjective opening a sentence right before a name its context reads as an organisation opens that name ("Pacific Dunlop said it would", not "Rival Dunlop")' }),
  orgClaim: rule({ id: 'actor.org-claim', about: 'a name no rule reads, right before a claim of responsibility, is an organisation ("the Extraditables claimed responsibility for the kidnapping")' }),
  orgContext: rule({ id: 'actor.org-context', about: 'the words around a name make it an organisation or a medium ("tyre giant Pirelli", "Pirelli shares", "Liberte newspaper")' }),

  // ---- the other passes ----
  descriptive: rule({ id: 'actor.descriptive', about: 'a country or demonym with a group/military/government noun ("Iran-backed militias", "US forces", "Iraqi government")', descriptive: true }),
  prefixedGroup: rule({ id: 'actor.prefixed-group', about: 'a well-known armed group inside a prefixed word ("anti-ISIS", "pro-Hamas")' }),
  prefixedAcronym: rule({ id: 'actor.prefixed-acronym', about: 'an acronym inside a prefixed word ("anti-NATO")' }),

  // ---- the refiners (refine.ts) ----
  orgAlias: rule({ id: 'actor.org-alias', about: 'a name in brackets right after an organisation is its other name ("... Purchasing Management ( NAPM )", "Hizbollah ( Party of God )")' }),
  unify: rule({ id: 'actor.doc-unify', about: 'a weakly read name takes the kind a strong rule gives the same name elsewhere in the document', weak: true }),
  orgNamedUnit: rule({ id: 'actor.org-named-unit', about: 'a name of two to four words that only its words read as a person\'s, opening on the first word of an organisation\'s name in the text, is that organisation\'s unit ("Pirelli Cables" after "Pirelli SpA")' }),
  teamList: rule({ id: 'actor.sports-team-list', about: 'a name joined by "," / "and" / "or" to a club is a club too ("Essex , Derbyshire and Surrey")', team: true }),
  playerList: rule({ id: 'actor.sports-player-list', about: 'in sports, a name nothing read joined by "," / "and" to a person is a player too ("Given , Breen , Staunton , Irwin")' }),
  orgList: rule({ id: 'actor.org-list', about: 'outside sports, a name nothing read joined by "," / "and" / "or" to an organisation not only guessed is an organisation too ("Mobil , Shell and Caltex")' }),
  orgActs: rule({ id: 'actor.org-acts', about: 'a name nothing read that speaks in a statement or announces, reports, issues ("Martela reported a loss")' }),
  clubAfterPlayer: rule({ id: 'actor.club-after-player', about: 'in team sports, a name in brackets right after a person read by any rule is the player\'s club ("Grimandi ( Auxerre )")', team: true }),
  propagate: rule({ id: 'actor.doc-propagate', about: 'a name seen elsewhere in the document as an actor (also its surname, and in ALL-CAPS headlines)', weak: true }),
  propagateLonger: rule({ id: 'actor.doc-propagate-longer', about: 'an organisation\'s name seen elsewhere in the document that opens a longer run of name words (mixed case; none a place, a nationality, a date or a title) is the start of that longer name ("Barclays Bank" after "Barclays")', weak: true }),
  personSurnameKnown: rule({ id: 'actor.person-surname-known', about: 'a one-word name read as an organisation that is the surname of a person the text names in full is that person ("Ford said" after "Gerald Ford"); not in ALL-CAPS lines' }),
  personSurnameCountry: rule({ id: 'actor.person-surname-country', about: 'a one-word name that is a country\'s and the surname of a person the text names in full is that person ("Jordan said" after "Neil Jordan"), unless the place keeps it; not in ALL-CAPS lines' }),
  orgPossessive: rule({ id: 'actor.org-possessive', about: 'a name whose possessive owns nothing (a verb, a stop or the line\'s end follows: "Moody \'s said", "a bid for Boatmen \'s .") names a firm with its "\'s" ("Sotheby\'s"), there and wherever the text repeats it with "\'s"; not a title word ("Lord \'s") nor a person the text names in full' }),
  orgPossessiveCompany: rule({ id: 'actor.org-possessive-company', about: 'a firm named with its possessive (actor.org-possessive) right before an organisation\'s name, or a name ending in a company\'s form, opens that name ("Boatmen \'s Bancshares Inc.")' }),
  orgWordOfOrg: rule({ id: 'actor.org-word-of-org', about: 'outside sports, a one- or two-word name nothing read that is a whole word of a longer organisation\'s name in the document, not a common word, a country, a nationality or a city, is that organisation called short ("Bre-X" after "Bre-X Minerals Ltd")' }),
  orgLeftName: rule({ id: 'actor.org-left-name', about: 'a capitalised word no rule read, right before an organisation\'s name inside a sentence (not its opening word, not a title, a country, a nationality, a common word or a function word), is the first word of that name ("closed N\'Djamena University", "the NSW Treasury")' }),
  personAged: rule({ id: 'actor.person-aged', about: 'a name no rule read, with an age ("Derrick Church , 19 ,", "16-year-old Freland"), its kin ("her son, Tavion", "Kaleb\'s mother"), as the one identified ("identified the boy as Jaylen", "the suspect, Tremaine,") or as the one shot or arrested ("Freland was shot")' }),
} as const;

export type RuleKey = keyof typeof RULES;

/** The kind an organisation's head or cue word makes. */
export function kindOfHead(word: string): ActorKind {
  const w = word.toLowerCase();
  if (MEDIA_NAMES.has(w)) return 'media';
  if (KIND_HEADS.media.has(w)) return 'media';
  if (GROUP_NOUNS.has(w) || (GROUP_HEADS.has(w) && w !== 'army' && w !== 'front')) return 'group';
  if (MILITARY_NOUNS.has(w) || KIND_HEADS.military.has(w)) return 'military';
  if (GOVERNMENT_NOUNS.has(w) || KIND_HEADS.government.has(w)) return 'government';
  return 'organization';
}

/** What the chunk table says of a chunk: an actor, with its rule, kind and country. */
export interface Verdict {
  rule: ActorRule;
  kind: ActorKind;
  country: string | null;
}

/** An actor, a place, some other name (an event, a nationality: 'misc'), or nothing. */
export type Outcome = Verdict | 'place' | 'misc' | null;

/** What the chunk rules look at: the chunk, its terms and words, computed once per chunk. */
export interface Facts {
  ctx: Context;
  k: WordKnowledge;
  c: Chunk;
  /** A title or an honorific stands before the name. */
  hasTitle: boolean;
  terms: Term[];
  /** Lower-case words, without a final dot. */
  words: string[];
  lower: string;
  first: string;
  last: string;
}

export interface ChunkRule {
  readonly id: string;
  /** Why the rule applies. */
  test(f: Facts): boolean;
  /** What the chunk then is. */
  build(f: Facts): Outcome;
}

const actor = (r: ActorRule, test: (f: Facts) => boolean, kind: ActorKind | ((f: Facts) => ActorKind), country: (f: Facts) => string | null = () => null): ChunkRule =>
  ({ id: r.id, test, build: (f) => ({ rule: r, kind: typeof kind === 'function' ? kind(f) : kind, country: country(f) }) });
const no = (id: string, outcome: 'place' | 'misc' | null | ((f: Facts) => 'place' | 'misc' | null), test: (f: Facts) => boolean): ChunkRule =>
  ({ id, test, build: (f) => (typeof outcome === 'function' ? outcome(f) : outcome) });

/**
 * Definite articles of Spanish, Italian, German and Dutch, capitalised at the head of a name. Not "La" and "Le": they
 * open American given names too (measured on the events check split: with them, participants .5503 -> .5501).
 */
const FOREIGN_ARTICLES = /^(?:El|Los|Las|Il|Lo|Der|Die|Das|Het)$/;

/** A name of two to four words that opens on the word of a broadcast medium ("Radio Red", "Television Broadcasts"). */
export const MEDIUM_FIRST = /^(?:radio|television)$/;
const mediaHeadFirst = (f: Facts): boolean => f.terms.length >= 2 && f.terms.length <= 4 && MEDIUM_FIRST.test(f.words[0]) && !f.c.shouting && !allCaps(f.terms[0].text);

// shared tests
const orgLastWord = (f: Facts): boolean => {
  const compass = f.words.slice(0, -1).every(compassWord);
  return (ORG_SUFFIXES.has(f.last) || (f.terms.length > 1 && !!f.k.orgWords[f.last])) && !(compass && f.terms.length > 1);
};
const acronym = (f: Facts): boolean => f.terms.length === 1 && isAcronymText(f.c.text) && !f.c.shouting;
const fewWords = (f: Facts): boolean => f.terms.length >= 2 && f.terms.length <= 4 && !allCaps(f.c.text);
const placeTagged = (f: Facts): boolean => f.terms.some((t) => tagged(t, 'Place', 'Country', 'City', 'Region'));
const after = (f: Facts, n: number): string => f.ctx.a.text.slice(f.c.end, f.c.end + n);
/** A name told as a person's by its age: "Dajon Rice, 24,", "a 19-year-old Tavon Hill". */
const agedName = (f: Facts): boolean => /^\s*,\s*\d{1,3}\s*[,)]/.test(after(f, 8)) || /\b\d{1,3}-year-old\s+$/.test(f.ctx.a.text.slice(Math.max(0, f.c.start - 14), f.c.start));

/** The one word, written other than in capitals, is a given name that opens a longer name chunk elsewhere in the document. */
const givenNameHere = (f: Facts): boolean => f.terms.length === 1 && !allCaps(f.c.text) && f.k.firstNames.has(f.lower) &&
  f.ctx.chunks.some((c) => c.to - c.from >= 2 && !c.shouting && c.text.slice(0, f.c.text.length + 1) === `${f.c.text} `);

/** The first head word of an organisation's name: a head ("Bank"), or an organisation's last word before "of"/"for" ("School of"). */
const orgHeadAt = (f: Facts): number =>
  f.words.findIndex((w, i) => ORG_HEADS.has(w) || (ORG_SUFFIXES.has(w) && /^(?:of|for)$/.test(f.words[i + 1] ?? '') && !CLOSING_SUFFIX.test(w)));

export const CHUNK_RULES: readonly ChunkRule[] = [
  // "Democratic President Clinton", "Republican leaders", "the Socialists": a political ideology's word alone tells what
  // a person or a vote is, it names no organisation (a party's full name is read by its other words: "Democratic Party")
  no('actor.no-ideology-word', 'misc', (f) => f.terms.length === 1 && (IDEOLOGY_WORDS.has(f.lower) || (/s$/.test(f.lower) && IDEOLOGY_WORDS.has(f.lower.slice(0, -1))))),
  no('actor.no-title-alone', null, (f) => f.terms.length === 1 && isTitleTerm(f.terms[0])),
  // "Serb police", "rival Kurds", "the Moslems": a name made only of ethnic groups or faiths names no one actor
  no('actor.no-belonging-only', 'misc', (f) => f.words.length > 0 && f.words.every((w) => isBelonging(w) || (/s$/.test(w) && isBelonging(w.slice(0, -1))))),
  // "Re-education", "Blue-chip", "Iran-backed", "Woodlands-area": the word is the first half of a compound modifier
  no('actor.no-compound-modifier', 'misc', (f) => /^-\p{Ll}/u.test(after(f, 2)) || /-(?:area|based|born|bred|backed|led|raised|run|owned|linked|made|style|wide)$/.test(f.c.text)),
  // "a Garland woman", "an Effie man": the name before a word for a person is where the person is from
  no('actor.no-hometown', 'place', (f) => f.terms.length > 0 && isHometown(f.ctx.a.text, f.terms[0].start, f.terms[f.terms.length - 1].end)),
  // "the Dow Jones industrial average", "the Nasdaq composite index": the name of a market index
  no('actor.no-market-index', 'misc', (f) => /^\s+(?:(?:industrial|composite|all-share|share|stock|blue-chip)\s+)?(?:index|indices|average|composite)\b/.test(after(f, 30))),
  actor(RULES.media, (f) => MEDIA_NAMES.has(f.lower), 'media'),
  actor(RULES.datelineSource, (f) => {
    const place = f.ctx.a.dateline.place;
    return !!place && f.c.start > place.end && /^\s{0,3}\(\s?$/.test(f.ctx.a.text.slice(place.end, f.c.start)) && /^\s?\)\s{0,3}[–—-]/.test(after(f, 6));
  }, 'media'),
  // "Radio Red", "Radio Monte Carlo", "Television Broadcasts": a broadcaster's name opens on its medium
  actor(RULES.mediaHeadFirst, mediaHeadFirst, 'media'),
  // "-- Bombay Commodities +91-22-265 9000": a closing sign-off names the desk to call, right before its number
  actor(RULES.signoffDesk, (f) => !f.k.firstNames.has(f.first) && /(?:^|\n)[ \t]*--[ \t]*$/.test(f.ctx.a.text.slice(Math.max(0, f.c.start - 8), f.c.start)) && /^[ \t]*(?:\+?\(?\d|(?:Tel|Fax|Phone)\b)/i.test(after(f, 8)), 'media'),
  // "Ira Jones ... Ira said": a group's word that is also a given name is that given name where it opens a person's name in the document
  no('actor.no-group-given-name', null, (f) => ARMED_GROUPS.has(f.lower) && givenNameHere(f)),
  actor(RULES.groupName, (f) => ARMED_GROUPS.has(f.lower) && (!isCommonWord(f.k, f.lower) || (allCaps(f.c.text) && !f.c.shouting)), 'group'),
  actor(RULES.institution, (f) => INSTITUTIONS.has(f.lower), (f) => INSTITUTIONS.get(f.lower)!.kind, (f) => INSTITUTIONS.get(f.lower)!.country),
  actor(RULES.institutionWord, (f) => f.terms.length === 1 && ORG_COMMON_CAPS.has(f.lower) && !f.c.initial, 'government'),
  no('actor.no-country', 'place', (f) => !!f.k.countries.countryByName(f.c.text)),
  // "Derrick Church , 19 ,", "Tyajah N. Nelson": an age after the name, or a middle initial, makes a person
  actor(RULES.personAppositive, (f) => fewWords(f) && /^\s*,\s*(?:age\s+|aged\s+)?\d{1,2}\s*,/.test(after(f, 12)), 'person'),
  actor(RULES.personMiddleInitial, (f) => {
    const [t0, t1, t2] = f.terms;
    return fewWords(f) && f.terms.length === 3 && /^\p{Lu}$/u.test(t1.text) && t1.post.startsWith('.') && /^\p{Lu}\p{Ll}/u.test(t0.text) && /^\p{Lu}\p{Ll}/u.test(t2.text);
  }, 'person'),
  // "the Maoist \"Shining Path\" group", "the Guevarist MRTA": a describing adjective alone (lexicon/descriptor-adjectives.json) names no one; opening a longer name it is trimmed off it (passes/2-names.ts, trim)
  no('actor.no-descriptor-alone', 'misc', (f) => f.terms.length === 1 && DESCRIPTOR_ADJECTIVES.has(f.lower)),
  no('actor.no-demonym', 'misc', (f) => f.terms.length === 1 && (!!f.k.countries.countryByDemonym(f.c.text) || tagged(f.terms[0], 'Demonym'))),
  // organisations by their last word
  no('actor.no-league', 'misc', (f) => f.ctx.sports && f.last === 'league' && f.terms.length > 1),
  // "at the National Tennis Centre", "in Central Clinical Hospital": a name ending in a facility's noun right after a
  // locative is the site, a place (places/lexicon/facility-nouns.json, site-nouns.json), not the organisation that runs it
  no('actor.no-site-after-locative', 'place', (f) => f.terms.length > 1 && (FACILITY_NOUNS.has(f.last) || SITE_NOUNS.has(f.last)) && !f.c.shouting &&
    /(?:^|\s)(?:at|in|inside|outside|near)\s+(?:the\s+)?$/i.test(f.ctx.a.text.slice(Math.max(0, f.c.start - 16), f.c.start))),
  no('actor.no-suffix-alone', null, (f) => orgLastWord(f) && f.terms.length === 1 && (f.c.initial || !ORG_HEADS.has(f.last))),
  // "Merrill Lynch & Co": the chunk kept "and"/"&" before a company's closing word (passes/1-chunks.ts, 2-names.ts trim)
  actor(RULES.orgFirmAndCo, (f) => f.words.length > 2 && f.words.some((w, i) => i > 0 && (w === 'and' || w === '&') && CLOSING_SUFFIX.test(f.words[i + 1] ?? '')), 'organization'),
  actor(RULES.orgFirmPartners, (f) => f.words.length > 2 && PARTNERSHIP_CLOSE.test(f.last) && f.words.some((w, i) => i > 0 && (w === 'and' || w === '&')), 'organization'),
  actor(RULES.orgSuffix, orgLastWord, (f) => kindOfHead(f.last), (f) => (f.k.countries.countryByDemonym(f.terms[0].text) ?? f.k.countries.countryByName(f.terms[0].text))?.code ?? null),
  actor(RULES.groupHead, (f) => f.words.length > 1 && GROUP_HEADS.has(f.last) && !tagged(f.terms[f.terms.length - 1], 'Person'), 'group'),
  // "Tehrik-i-Taliban Pakistan", "Hezbollah Lebanon": a group's head word, then the country it fights in
  actor(RULES.groupHeadCountry, (f) => f.words.length > 2 && GROUP_HEADS.has(f.words[f.words.length - 2]) && !!f.k.countries.countryByName(f.terms[f.terms.length - 1].text), 'group'),
  // "Sendero Rojo", "Frente Popular de Liberación": a group's name in Spanish, Portuguese or Italian opens on its head word
  actor(RULES.foreignGroupHead, (f) => f.terms.length >= 2 && f.terms.length <= 5 && !f.c.shouting && FOREIGN_GROUP_HEADS.has(f.words[0]) && /^\p{Lu}\p{Ll}/u.test(f.terms[0].text), 'group'),
  // "Bank of England", "Organisation for Security and Cooperation in Europe"
  // "School of Economics", "Centre for Policy Studies": an organisation's last word right before "of"/"for" heads it too
  actor(RULES.orgHead, (f) => {
    const headAt = orgHeadAt(f);
    return headAt >= 0 && f.terms.length > 1 && f.words.some((w, i) => i > headAt && /^(?:of|for|and|&|on|in)$/.test(w));
  }, (f) => kindOfHead(f.words[orgHeadAt(f)])),
  // "Anthony Hill", "Stuart Law": a surname that is also a head word, after a first name that is no English word ("Forest Hill" is a place)
  actor(RULES.personSurnameHead, (f) => f.terms.length === 2 && !f.c.shouting && SURNAME_HEADS.has(f.last) && f.k.firstNames.has(f.first) && !f.k.englishWords.has(f.first) &&
    /^\p{Lu}\p{Ll}/u.test(f.terms[0].text), 'person'),
  no('actor.no-event-or-place-head', (f) => (f.terms.length > 1 ? 'misc' : null), (f) => EVENT_HEADS.has(f.last) || PLACE_HEADS.has(f.last)),
  // acronyms
  no('actor.no-acronym-of-thing', 'misc', (f) => acronym(f) && NOT_ORG_ACRONYMS.has(f.lower)),
  // "EU-wide", "BSE-infected", "CNB-120", "the DAX index": the acronym modifies, or names an index
  no('actor.no-acronym-modifier', 'misc', (f) => acronym(f) && /^-[\p{Ll}\d]/u.test(after(f, 2))),
  no('actor.no-acronym-index', 'misc', (f) => {
    const next = f.ctx.a.terms[f.c.to];
    return acronym(f) && !!next && next.sentence === f.c.sentence && /^(?:index|indices|composite|average|futures|rate|rates)$/.test(next.normal);
  }),
  // "L.O. : Bodman , Longely & Dahling", "1ST CPN : 11/01/96": an acronym before a colon names a field of a form or a table
  // "Revenue N / A", "Shrs offered by company N / A": the N of "N / A" (not available) fills a table's cell, it ends no name
  no('actor.no-not-available', 'misc', (f) => f.terms.length > 0 && f.terms[f.terms.length - 1].text === 'N' && /^ ?\/ ?A(?![\p{L}\d])/u.test(after(f, 5))),
  no('actor.no-acronym-field', null, (f) => acronym(f) && /^ ?:(?:\s|$)/.test(after(f, 3))),
  no('actor.no-acronym-word', null, (f) => acronym(f) && (isCommonWord(f.k, f.c.text) || /(?:Place|City|Country|Region)/.test(f.k.lexicon[f.lower] ?? ''))),
  no('actor.no-acronym-dateline', 'place', (f) => {
    const place = f.ctx.a.dateline.place;
    return acronym(f) && !!place && f.c.start < place.end && place.start < f.c.end;
  }),
  no('actor.no-acronym-place', 'place', (f) => acronym(f) && tagged(f.terms[0], 'Place', 'Country', 'City', 'Region') && !tagged(f.terms[0], 'Organization')),
  actor(RULES.orgAcronym, acronym, 'organization'),
  // a nationality, an ethnic group or a faith is no organisation by itself ("Serb police", "Iraqi Kurdish group", "Islamic state")
  actor(RULES.orgCompromise, (f) => {
    const adjectiveLike = f.terms.length === 1 && (/^(?:Demonym|Adjective)$/.test(f.k.lexicon[f.lower] ?? '') || /(?:ean|ian|ese|ine)$/.test(f.lower) || f.c.text.length < 2);
    const belonging = f.terms.some((t) => isBelonging(t.normal) || !!f.k.countries.countryByDemonym(t.text));
    // "Fire department officials", "Opposition group says": an English word alone at a sentence's start is that word
    const initialWord = f.terms.length === 1 && f.c.initial && f.k.englishWords.has(f.lower) && isCommonWord(f.k, f.lower);
    return !adjectiveLike && !belonging && !initialWord && f.terms.some((t) => tagged(t, 'Organization', 'SportsTeam')) && !f.terms.some((t) => tagged(t, 'Person', 'Place', 'Region', 'Country', 'City'));
  }, 'organization'),
  no('actor.no-place-words', 'place', (f) => f.terms.every((t) => tagged(t, 'Place', 'Country', 'City', 'Region')) && !f.terms.some((t) => tagged(t, 'Person'))),
  no('actor.no-demonym-words', 'misc', (f) => f.terms.some((t) => tagged(t, 'Demonym'))),
  // people: not a street ("South Stewart", "Avenue E", "Port Lillian Dr"), not a plural ("Crime Stoppers")
  no('actor.no-street-or-plural', null, (f) =>
    compassWord(f.words[0]) || f.words.some((w) => PLACE_HEADS.has(w)) ||
    (f.terms.length > 1 && tagged(f.terms[f.terms.length - 1], 'Plural') && isCommonWord(f.k, f.last) && !f.k.firstNames.has(f.first))),
  // "El Al", "Il Messaggero", "Der Spiegel": a person's name never opens with such an article (places that do are read above)
  actor(RULES.orgArticle, (f) => !f.hasTitle && f.terms.length >= 2 && FOREIGN_ARTICLES.test(f.terms[0].text) && /^\p{Lu}/u.test(f.terms[1].text) && !agedName(f), 'organization'),
  actor(RULES.personTitle, (f) => f.hasTitle && f.words.every((w, i) =>
    !ORG_HEADS.has(w) && !ORG_SUFFIXES.has(w) && !EVENT_HEADS.has(w) && !PLACE_HEADS.has(w) && !(allCaps(f.terms[i].text) && f.terms[i].text.length > 1)), 'person'),
  actor(RULES.personInitial, (f) => f.terms.length >= 2 && /^\p{Lu}\.?$/u.test(f.terms[0].text) && !isAcronymText(f.terms[1].text), 'person'),
  actor(RULES.personCompromise, (f) =>
    f.terms.some((t) => tagged(t, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName')) && !placeTagged(f) && (f.terms.length > 1 || !f.c.initial), 'person'),
  actor(RULES.personFirstName, (f) => f.terms.length >= 2 && f.k.firstNames.has(f.first) && !placeTagged(f), 'person'),
  // "Cultural Revolution", "Crime Stoppers", "Life Flight": a name of common English words at both ends, without a first
  // name or an age, is a thing, an event or a service, hardly a person (a surname that is a word comes with a first name
  // that is not: "Senora Ware"; measured on the events check split, a last word alone took people out of the roles)
  no('actor.no-shape-common-end', null, (f) => f.terms.length >= 2 && !f.hasTitle && f.k.englishWords.has(f.last) && f.k.englishWords.has(f.first) && !agedName(f)),
  actor(RULES.personShape, (f) =>
    f.terms.length >= 2 && f.terms.length <= 4 && !placeTagged(f) && !compassWord(f.words[0]) &&
    f.words.every((w, i) => !isCommonWord(f.k, w) && !allCaps(f.terms[i].text) && !ORG_HEADS.has(w)), 'person'),
];
