// Refiners: pure steps over the candidates, in the order of REFINERS: overlapping candidates are
// resolved first; then one name gets one kind across the document; lists of teams grow; names seen
// once label their other occurrences (surnames, headlines); a name with an age is a person.
import type { Analysis } from '../../analyse/index.js';
import type { ActorMention } from '../types.js';
import { labelled, mention, type ActorRule, type Candidate, type Context, type Extraction } from './context.js';
import { isCommonWord } from './names.js';
import { allCaps, CLOSING_SUFFIX, subChunk, type Chunk } from './passes/1-chunks.js';
import { RULES } from './rules.js';
import { initialCommon, isCountryOrDemonym, isTitleTerm, never, tagged } from './util.js';
import { clubWithTown, townInitialAfter } from './teams.js';
import { personNounAfter } from '../hometown.js';
import { DESCRIPTOR_ADJECTIVES } from './lexicon.js';

export type Refiner = (ctx: Context, x: Extraction) => Extraction;

/** Which characters of the text a mention already covers (linear, whatever the number of mentions). */
function coverage(length: number, spans: { start: number; end: number }[]) {
  const covered = new Uint8Array(length + 1);
  const mark = (s: number, e: number): void => {
    covered.fill(1, s, e);
  };
  for (const m of spans) mark(m.start, m.end);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (covered[i]) return false;
    return true;
  };
  return { mark, free };
}

/** Mentions by their end and by their start offsets, for neighbour look-ups. */
function byEdges<T extends { start: number; end: number }>(xs: T[]): { ends: Map<number, T[]>; starts: Map<number, T[]> } {
  const ends = new Map<number, T[]>();
  const starts = new Map<number, T[]>();
  for (const m of xs) {
    (ends.get(m.end) ?? ends.set(m.end, []).get(m.end)!).push(m);
    (starts.get(m.start) ?? starts.set(m.start, []).get(m.start)!).push(m);
  }
  return { ends, starts };
}

/** Some mention satisfying `ok` sits within `gap` characters before or after [start, end), joined by `join`. */
function neighbour<T extends { start: number; end: number }>(
  text: string, edges: { ends: Map<number, T[]>; starts: Map<number, T[]> }, start: number, end: number, gap: number, join: RegExp, ok: (m: T) => boolean,
): boolean {
  for (let d = 1; d <= gap; d++) {
    for (const m of edges.ends.get(start - d) ?? []) if (ok(m) && join.test(text.slice(m.end, start))) return true;
    for (const m of edges.starts.get(end + d) ?? []) if (ok(m) && join.test(text.slice(end, m.start))) return true;
  }
  return false;
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/[’]/g, "'");

/**
 * The names a document gives its actors, by priority: names from strong rules; then people's surnames
 * and first names ("Singh", "Sabrina"); then companies' short names ("Magna"); then people's names from weak rules.
 */
function nameKeys(ctx: Context, mentions: Candidate[], withWeak = true): { known: Map<string, Candidate>; firstNames: Set<string> } {
  const known = new Map<string, Candidate>();
  const firstNames = new Set<string>();
  const put = (k: string, m: Candidate): void => {
    if (k.length >= 2 && !known.has(k)) known.set(k, m);
  };
  const named = mentions.filter((m) => !m.descriptive);
  for (const m of named) if (!m.weak) put(key(m.text), m);
  for (const m of named) {
    if (m.kind !== 'person') continue;
    const parts = m.text.split(/\s+/);
    if (parts.length < 2) continue;
    const at = parts.findIndex((p, i) => i > 0 && /^\p{Lu}/u.test(p) && !/^\p{Lu}\.?$/u.test(p));
    if (at > 0) put(key(parts.slice(at).join(' ')), m);
    const last = key(parts[parts.length - 1]);
    if (last.length >= 3) put(last, m);
    const first = key(parts[0]);
    if (!/^\p{Lu}\.?$/u.test(parts[0]) && first.length >= 3 && !known.has(first)) {
      put(first, m);
      firstNames.add(first);
    }
  }
  for (const m of named) {
    if (m.kind === 'person' || m.weak) continue;
    for (const short of shortNames(ctx, m.text)) if (short.length >= 3) put(short, m);
    const club = m.team ? clubShortName(ctx, m) : null;
    if (club) put(club, m);
  }
  // weakly read people label their other occurrences; a weakly read organisation (the tagger's guess) does not: its
  // other occurrences were mostly events, products or nationalities, rarely the organisation
  if (withWeak) for (const m of named) if (m.weak && m.kind === 'person') put(key(m.text), m);
  return { known, firstNames };
}

/**
 * The span [start, end) is joined by a hyphen to a word right before or right after it ("UWP-Hachette", "NATO-led"),
 * other than a country's name: "Israel-Hamas" pairs two parties (of a conflict, of talks), each named.
 */
function hyphenJoined(ctx: Context, start: number, end: number): boolean {
  const { text } = ctx.a;
  const before = /([\p{L}.]+)-$/u.exec(text.slice(Math.max(0, start - 40), start));
  const after = /^-([\p{L}.]+)/u.exec(text.slice(end, end + 40));
  const joined = (m: RegExpExecArray | null): boolean => !!m && !ctx.k.countries.countryByName(m[1]);
  return joined(before) || joined(after);
}

/**
 * The terms [from, c.to) after a known organisation's name carry that name on: name words, none a place's, a
 * country's or a nationality's, a date's, a title ("U.N. High Commissioner") or a function word.
 */
function longerName(ctx: Context, c: Chunk, from: number): boolean {
  const { a, k } = ctx;
  // a known name that is also a place's ("Jakarta") opens a place's name as often as the longer name
  if (c.to - c.from > 5 || k.cityPopulation(a.text.slice(a.terms[c.from].start, a.terms[from - 1].end)) > 0) return false;
  return a.terms.slice(from, c.to).every((t) => !never(t) && !isTitleTerm(t) && !isCountryOrDemonym(k, t.text) &&
    !tagged(t, 'Place', 'Country', 'City', 'Region', 'Demonym', 'Date', 'Month', 'WeekDay', 'Person', 'FirstName'));
}

/**
 * Document-level consistency: a name labelled once labels its other occurrences, also sentence-initial
 * ones and those in ALL-CAPS lines; a person's surname (and first name) alone is that person.
 */
export const propagateNames: Refiner = (ctx, x) => {
  const { a } = ctx;
  const { known, firstNames } = nameKeys(ctx, x.mentions);
  if (known.size === 0) return x;

  const { mark, free } = coverage(a.text.length, x.mentions);
  const added: Candidate[] = [];
  const remaining: Chunk[] = [];
  for (const c of x.unlabelled) {
    let found = false;
    // longest sub-run of terms whose text is a known name
    for (let i = c.from; i < c.to; i++) {
      for (let j = Math.min(c.to, i + 6); j > i; j--) {
        const sub = subChunk(a, c, i, j);
        const m = known.get(key(sub.text));
        if (!m) continue;
        if (!free(sub.start, sub.end)) continue;
        if (m.kind !== 'person' && m.text.length <= 2) continue;
        // "UWP-Hachette", "NATO-led": a name joined by a hyphen to another word is part of a compound, not the name alone
        if (hyphenJoined(ctx, sub.start, sub.end)) continue;
        // in ALL-CAPS lines only names of two letters or more that the body wrote in capitals or mixed case
        // (a Title Case headline keeps the body's exact spelling)
        if (c.shouting && (!(allCaps(sub.text) || sub.text === m.text) || firstNames.has(key(sub.text)))) continue;
        // a first name that is also a common word counts only inside a sentence ("Will", "Mark")
        if (firstNames.has(key(sub.text)) && i === c.from && c.initial && isCommonWord(ctx.k, sub.text)) continue;
        // "Barclays Bank" where the text named "Barclays": an organisation's name opening a longer run of name words
        // (mixed case) is the start of that longer name, not the name with its own words cut off
        const whole = m.kind !== 'person' && i === c.from && j < c.to && !c.shouting && longerName(ctx, c, j) ? subChunk(a, c, i, c.to) : null;
        if (whole && free(whole.start, whole.end)) {
          added.push({ ...m, text: whole.text, name: whole.text, start: whole.start, end: whole.end, ...labelled(RULES.propagateLonger), title: null });
          mark(whole.start, whole.end);
          found = true;
          i = c.to - 1;
          break;
        }
        added.push({ ...m, text: sub.text, start: sub.start, end: sub.end, ...labelled(RULES.propagate), title: null });
        mark(sub.start, sub.end);
        found = true;
        i = j - 1;
        break;
      }
    }
    if (!found) remaining.push(c);
  }
  return { mentions: [...x.mentions, ...added], unlabelled: remaining };
};

/**
 * One name, one kind within a document: where a name is labelled by a strong rule (a title, a suffix,
 * a team slot, an organisation cue), its weakly labelled occurrences take that kind.
 */
const CORPORATE = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|bv|spa|ab|asa|oyj|group|holdings?|corporation|company|limited|international|industries|s\.a|n\.v)\.?$/i;

/** The short names of a company's full name: without its corporate suffixes, and its first word. */
function shortNames(ctx: Context, name: string): string[] {
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 1 && CORPORATE.test(words[n - 1])) n--;
  if (n === words.length) return [];
  const out = [key(words.slice(0, n).join(' '))];
  if (n > 1 && !isCommonWord(ctx.k, words[0]) && /^\p{Lu}\p{Ll}/u.test(words[0])) out.push(key(words[0]));
  return out;
}

/** A club named with its town is also called by its first word ("Rotor" of "Rotor Volgograd", "Real" of "Real Madrid"). */
function clubShortName(ctx: Context, m: Candidate): string | null {
  const { terms } = ctx.a;
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].start < m.start) lo = mid + 1;
    else hi = mid;
  }
  if (terms[lo]?.start !== m.start) return null;
  let to = lo;
  while (to < terms.length && terms[to].end <= m.end) to++;
  if (to - lo < 2 || to - lo > 3) return null;
  const chunk: Chunk = ctx.chunks.find((c) => c.from === lo && c.to === to) ??
    { from: lo, to, start: m.start, end: m.end, text: m.text, possessive: false, sentence: terms[lo].sentence, shouting: false, initial: false };
  return clubWithTown(ctx, chunk) ? key(terms[lo].text) : null;
}

export const unifyKinds: Refiner = (ctx, x) => {
  const strong = nameKeys(ctx, x.mentions, false).known;
  if (strong.size === 0) return x;
  const mentions = x.mentions.map((m) => {
    if (!m.weak) return m;
    const s = strong.get(key(m.text));
    if (!s || (s.kind === 'person') === (m.kind === 'person')) return m;
    return { ...m, kind: s.kind, name: m.text, title: s.kind === 'person' ? m.title : null, ...labelled(RULES.unify) };
  });
  return { mentions, unlabelled: x.unlabelled };
};

/**
 * "Pirelli Cables" where the text names "Pirelli SpA": a name of two to four words that only its words made a person's,
 * opening on the first word of an organisation's name in the text (not a club's, not a common word), is that
 * organisation's unit or another name of it.
 */
export const orgNamedUnits: Refiner = (ctx, x) => {
  // an acronym opens no given name's person ("IRA" and "Ira Glass")
  const orgs = new Set(x.mentions.filter((m) => m.kind !== 'person' && !m.descriptive && !m.team).map((m) => m.text.split(/\s+/)[0]).filter((w) => !(allCaps(w) && ctx.k.firstNames.has(key(w))))
    .map(key).filter((w) => w.length >= 3 && !isCommonWord(ctx.k, w)));
  if (orgs.size === 0) return x;
  const mentions = x.mentions.map((m) => {
    if (m.kind !== 'person' || !m.weak || m.title) return m;
    const parts = m.text.split(/\s+/);
    if (parts.length < 2 || parts.length > 4 || !orgs.has(key(parts[0])) || allCaps(m.text)) return m;
    return { ...m, kind: 'organization' as const, name: m.text, title: null, ...labelled(RULES.orgNamedUnit) };
  });
  return { mentions, unlabelled: x.unlabelled };
};

/**
 * Spreads a label along lists: an unlabelled chunk joined by `join` to a mention that `seed` accepts
 * takes a mention made by `make`. Two sweeps (forwards, then backwards) follow chains in linear time.
 */
function spreadAlongLists(
  ctx: Context, x: Extraction, join: RegExp, seed: (m: Candidate) => boolean, accept: (c: Chunk) => boolean, make: (c: Chunk) => Candidate,
): Extraction {
  const { a } = ctx;
  const mentions = [...x.mentions];
  const edges = byEdges(mentions.filter(seed));
  const { mark, free } = coverage(a.text.length, mentions);
  const done = new Set<Chunk>();
  const sorted = [...x.unlabelled].sort((p, q) => p.start - q.start);
  for (const order of [sorted, [...sorted].reverse()]) {
    for (const c of order) {
      if (done.has(c) || !accept(c) || !free(c.start, c.end)) continue;
      if (!neighbour(a.text, edges, c.start, c.end, 8, join, () => true)) continue;
      const m = make(c);
      mentions.push(m);
      (edges.ends.get(m.end) ?? edges.ends.set(m.end, []).get(m.end)!).push(m);
      (edges.starts.get(m.start) ?? edges.starts.set(m.start, []).get(m.start)!).push(m);
      mark(m.start, m.end);
      done.add(c);
    }
  }
  return { mentions, unlabelled: x.unlabelled.filter((c) => !done.has(c)) };
}

const plain = (c: Chunk, rule: ActorRule, kind: ActorMention['kind']): Candidate =>
  ({ text: c.text, start: c.start, end: c.end, ...labelled(rule), name: c.text, kind, title: null, country: null, affiliation: null });

/** Teams come in lists: a name joined by "," / "and" / "or" to a team is a team too ("Essex , Derbyshire and Surrey"). */
export const coordinatedTeams: Refiner = (ctx, x) => {
  if (!ctx.teamSports) return x;
  const { a } = ctx;
  const accept = (c: Chunk): boolean => {
    const prev = a.terms[c.from - 1];
    const placeWord = !!prev && prev.sentence === c.sentence && /^(?:the|at|in|near|from|to|of)$/.test(prev.normal); // "At the Oval , Surrey ..."
    return !placeWord && !c.shouting && c.to - c.from <= 3 && !a.terms.slice(c.from, c.to).some((t) => t.tags.has('Demonym') || t.tags.has('Date'));
  };
  return spreadAlongLists(ctx, x, /^\s*(?:,|and|or|,\s*and)\s*$/, (m) => !!m.team, accept, (c) => plain(c, RULES.teamList, 'organization'));
};

/**
 * Sports: a squad or a field comes as a list of players: a name nothing read, joined by "," / "and" to a person, is a
 * player too ("Given , Breen , Staunton , Irwin , McAteer"). Not a place's or a date's word, nor a common word.
 */
export const coordinatedPlayers: Refiner = (ctx, x) => {
  if (!ctx.sports) return x;
  const { a, k } = ctx;
  const accept = (c: Chunk): boolean => {
    if (c.shouting || c.to - c.from > 3 || never(a.terms[c.from]) || (c.to - c.from === 1 && isCommonWord(k, a.terms[c.from].text))) return false;
    if ((c.initial && initialCommon(k, a.terms[c.from])) || k.countries.countryByName(c.text) || k.countries.countryByDemonym(c.text)) return false;
    // "his former coach at Torino , Emiliano Mondonico": a name after a preposition is where or whom, not a list's item
    const prev = a.terms[c.from - 1];
    if (prev && prev.sentence === c.sentence && /^(?:at|in|from|for|with|to|of|by|on|against|near)$/.test(prev.normal)) return false;
    return !a.terms.slice(c.from, c.to).some((t) => t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Demonym') || t.tags.has('Date') || t.tags.has('Month') || t.tags.has('WeekDay'));
  };
  const player = (m: Candidate): boolean => m.kind === 'person' && !m.descriptive;
  return spreadAlongLists(ctx, x, /^\s*(?:,|and|,\s*and)\s*$/, player, accept, (c) => plain(c, RULES.playerList, 'person'));
};

/** Capitalised names joined by commas up to an ampersand (", Longely & Dahling"). */
const PARTNERS_AFTER = /^(?:[ ,]+\p{Lu}[\p{L}'’.-]*)*[ ,]*&/u;

/**
 * Outside sports, firms, banks and papers come in lists: a name nothing read, joined by "," / "and" / "or" to an
 * organisation read by a rule other than the tagger's guess (a suffix, an acronym, a lexicon entry, a cue, or a name
 * so read elsewhere in the text), is an organisation too ("Mobil , Shell and Caltex", "Mercantile or Commerce"); the
 * list is followed along, so the two names after a known firm both join. Not a name after a preposition ("based in X ,
 * Y Corp"), not a sentence's opening common word; never a word the gazetteer, the tagger or a first-name list types
 * as a place, a person, a nationality or a date.
 */
export const coordinatedOrgs: Refiner = (ctx, x) => {
  if (ctx.sports) return x;
  const { a, k } = ctx;
  // a firm named with an ampersand lists its partners ("Fenner & Smith"): the names around it are its own
  const org = (m: Candidate): boolean => m.kind !== 'person' && !m.team && !m.descriptive && m.rule !== RULES.orgCompromise.id && !m.text.includes('&');
  const surnames = new Set([...ctx.chunks.filter((c) => c.to - c.from >= 2 && !c.shouting).map((c) => a.terms[c.to - 1].text),
    ...x.mentions.filter((m) => m.kind === 'person').map((m) => m.text.split(/\s+/)).filter((w) => w.length >= 2).map((w) => w[w.length - 1])]);
  const headed = x.mentions.filter((m) => m.rule === RULES.orgSuffix.id || m.rule === RULES.orgHead.id);
  const headedBefore = (start: number): boolean => headed.some((m) => m.end < start && start - m.end <= 8 && /^\s*(?:,|and|or|,\s*and)\s*$/.test(a.text.slice(m.end, start)));
  const accept = (c: Chunk): boolean => {
    if (c.shouting || c.to - c.from > 4 || never(a.terms[c.from]) || k.countries.countryByName(c.text) || k.countries.countryByDemonym(c.text)) return false;
    if (c.initial && initialCommon(k, a.terms[c.from])) return false;
    const prev = a.terms[c.from - 1];
    if (prev && prev.sentence === c.sentence && /^(?:at|in|from|for|with|to|of|by|on|against|near|between)$/.test(prev.normal)) return false;
    // "Bodman , Longely & Dahling": names listed up to an ampersand are the partners of one firm's name
    if (PARTNERS_AFTER.test(a.text.slice(c.end, c.end + 80))) return false;
    // "Ministry of Agriculture , Fisheries and Food", "Federal Savings and Loan": a common word right after a name its
    // own last word made an organisation's carries that name on
    if (c.to - c.from === 1 && k.englishWords.has(a.terms[c.from].normal) && headedBefore(c.start)) return false;
    // "Clinton , Smith Corp" where the text names "John Clinton": a word that ends a longer name elsewhere is a surname
    if (c.to - c.from === 1 && surnames.has(c.text)) return false;
    return !a.terms.slice(c.from, c.to).some((t) => k.firstNames.has(t.normal) ||
      tagged(t, 'Place', 'Country', 'City', 'Region', 'Person', 'FirstName', 'MaleName', 'FemaleName', 'Demonym', 'Date', 'Month', 'WeekDay'));
  };
  return spreadAlongLists(ctx, x, /^\s*(?:,|and|or|,\s*and)\s*$/, org, accept, (c) => plain(c, RULES.orgList, 'organization'));
};

/** What an organisation does right after its name: speaks in a statement, announces or reports something (the verb takes its object: not "the struggle the Gama'a launched in 1992"). */
const ORG_ACTS = /^\s+(?:(?:said|says)\s+(?:(?:on|late|early|last)\s+\w+\s+)?in\s+a\s+statement|(?:announced|reported|posted|issued|unveiled|launched|listed|merged)\s+(?!(?:in|on|at|by|for|to|with|from|during|last|this|after|before)\b)[\w$"])/;

/** A name nothing read that speaks in a statement or announces ("Commerce said in a statement", "Martela reported") is an organisation. */
export const actingOrgs: Refiner = (ctx, x) => {
  const { a } = ctx;
  const { mark, free } = coverage(a.text.length, x.mentions);
  const added: Candidate[] = [];
  for (const c of x.unlabelled) {
    if (c.shouting || c.to - c.from > 4 || !free(c.start, c.end) || !ORG_ACTS.test(a.text.slice(c.end, c.end + 50))) continue;
    if (ctx.k.countries.countryByName(c.text) || ctx.k.countries.countryByDemonym(c.text) || (c.initial && initialCommon(ctx.k, a.terms[c.from]))) continue;
    if (a.terms.slice(c.from, c.to).some((t) => t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month'))) continue;
    added.push(plain(c, RULES.orgActs, 'organization'));
    mark(c.start, c.end);
  }
  const done = new Set(added.map((m) => m.start));
  return added.length ? { mentions: [...x.mentions, ...added], unlabelled: x.unlabelled.filter((c) => !done.has(c.start)) } : x;
};

/** "16-year-old Freland", "her son, Freland", "identified the boy as Jaylen": an age, a kin noun or an identification right before a name. */
const AGE_OR_KIN_BEFORE = /\b(?:\d{1,2}-year-old|identified\s+(?:\w+\s+){0,2}as|(?:son|daughter|brother|sister|cousin|nephew|niece|husband|wife|boyfriend|girlfriend|grandson|granddaughter|victim|suspect|shooter|gunman|named),?)\s+$/;

/** "Kaleb's mother", "Tavion's family": a name whose kin are told of. */
const KIN_AFTER_NAME = /^['’]s?\s+(?:mother|father|mom|dad|parents|family|grandmother|grandfather|aunt|uncle|sister|brother|cousin|girlfriend|boyfriend|wife|husband|widow|fianc[ée]e?)\b/;

/** "Freland was shot", "Tremaine was arrested": a name as the subject of a passive of harm or arrest. */
const HARMED_AFTER_NAME = /^\s+(?:was|had\s+been|has\s+been)\s+(?:(?:fatally|critically|seriously|later)\s+)?(?:shot|killed|wounded|injured|stabbed|arrested|charged)\b/;

/**
 * A name followed by ", 45 ," (an age) or by its kin ("Kaleb's mother"), or after an age, a kin noun, "identified as"
 * or "the suspect,", or the subject of a passive of harm or arrest ("Freland was shot"), is a person ("Derrick Church , 19 ,",
 * "16-year-old Freland", "her son, Freland").
 */
export const agedPeople: Refiner = (ctx, x) => {
  const { a } = ctx;
  const isName = (c: Chunk): boolean =>
    !c.shouting && !(c.initial && initialCommon(ctx.k, a.terms[c.from])) && !never(a.terms[c.from]) && c.to - c.from <= 3 &&
    !a.terms.slice(c.from, c.to).some((t) => t.tags.has('Demonym') || t.tags.has('Date') || t.tags.has('Place') || t.tags.has('Organization'));
  // ", 45 ," after the name, or "16-year-old" right before it ("her son, 16-year-old Freland,")
  // (not a hometown before a word for a person: "13-year-old Pollok boy", "a 21-year-old Southside man")
  const aged = (c: Chunk): boolean => /^\s*,\s*\d{1,2}\s*,/.test(a.text.slice(c.end, c.end + 8)) ||
    (AGE_OR_KIN_BEFORE.test(a.text.slice(Math.max(0, c.start - 30), c.start)) && !personNounAfter(a.text, c.end)) ||
    KIN_AFTER_NAME.test(a.text.slice(c.end, c.end + 24)) ||
    // (not a title alone: "Deputy was shot")
    (HARMED_AFTER_NAME.test(a.text.slice(c.end, c.end + 40)) && !(c.to - c.from === 1 && isTitleTerm(a.terms[c.from])));
  const { mark, free } = coverage(a.text.length, x.mentions);
  const withAges: Candidate[] = [];
  for (const c of x.unlabelled) {
    if (isName(c) && aged(c) && free(c.start, c.end)) {
      withAges.push(plain(c, RULES.personAged, 'person'));
      mark(c.start, c.end);
    }
  }
  const aging = new Set(withAges.map((m) => m.start));
  return { mentions: [...x.mentions, ...withAges], unlabelled: x.unlabelled.filter((c) => !aging.has(c.start)) };
};

/**
 * An organisation's other name in brackets right after it: an acronym or a translation
 * ("National Association of Purchasing Management ( NAPM )", "Hizbollah ( Party of God )"). The bracket
 * decides, whatever the name alone would read as (an index's name, a disease's acronym).
 */
export const bracketedAliases: Refiner = (ctx, x) => {
  const { a } = ctx;
  const chunkAt = new Map(ctx.chunks.map((c) => [c.start, c]));
  const { mark, free } = coverage(a.text.length, x.mentions);
  const added: Candidate[] = [];
  for (const m of x.mentions) {
    if (m.kind === 'person' || m.descriptive || m.team) continue;
    const open = /^\s*\(\s*/.exec(a.text.slice(m.end, m.end + 4));
    if (!open) continue;
    const c = chunkAt.get(m.end + open[0].length);
    if (!c || c.shouting || c.text.replace(/[^\p{L}]/gu, '').length < 2 || !/^\s*\)/.test(a.text.slice(c.end, c.end + 3)) || c.to - c.from > 6) continue;
    if (ctx.k.countries.countryByName(c.text) || ctx.k.countries.countryByDemonym(c.text) || !free(c.start, c.end)) continue;
    // the alias names the same actor: it keeps the full name, so that resolution joins them
    added.push({ ...m, text: c.text, start: c.start, end: c.end, ...labelled(RULES.orgAlias), title: null });
    mark(c.start, c.end);
  }
  return added.length ? { mentions: [...x.mentions, ...added], unlabelled: x.unlabelled.filter((c) => free(c.start, c.end)) } : x;
};

/** In team sports, a club's name takes its town initial in brackets ("Mladost ( BJ )", "Radnicki ( N )"). */
export const clubTownInitials: Refiner = (ctx, x) => {
  if (!ctx.teamSports) return x;
  const { a } = ctx;
  const mentions = x.mentions.map((m) => {
    if (m.kind === 'person' || m.descriptive) return m;
    const n = townInitialAfter(a.text, m.end);
    if (!n) return m;
    const end = m.end + n;
    return { ...m, end, text: a.text.slice(m.start, end), name: a.text.slice(m.start, end) };
  });
  return { mentions, unlabelled: x.unlabelled };
};

/**
 * Team sports: "Stephane Grimandi ( Auxerre )": a name alone in brackets right after a person (read by any rule,
 * not only by the tagger's person tag as in the name pass) is that player's club. Countries and places stay
 * places ("Igor Potapovich ( Kazakstan )"), and so do other people in brackets ("Saddam ( Hussein )").
 */
export const clubsAfterPlayers: Refiner = (ctx, x) => {
  if (!ctx.teamSports) return x;
  const { a, k } = ctx;
  const people = byEdges(x.mentions.filter((m) => m.kind === 'person' && !m.descriptive));
  const { mark, free } = coverage(a.text.length, x.mentions);
  const added: Candidate[] = [];
  for (const c of x.unlabelled) {
    if (c.shouting || c.to - c.from > 3 || !free(c.start, c.end) || !/^\s*\)/.test(a.text.slice(c.end, c.end + 3))) continue;
    const open = /\(\s*$/.exec(a.text.slice(Math.max(0, c.start - 3), c.start));
    if (!open) continue;
    const at = c.start - open[0].length;
    let person = false;
    for (let d = 0; d <= 2 && !person; d++) person = (people.ends.get(at - d) ?? []).length > 0 && /^\s*$/.test(a.text.slice(at - d, at));
    if (!person) continue;
    const terms = a.terms.slice(c.from, c.to);
    if (k.countries.countryByName(c.text) || k.countries.countryByDemonym(c.text)) continue;
    if (terms.some((t) => t.tags.has('Country') || t.tags.has('Demonym') || t.tags.has('Date') || t.tags.has('FirstName') || t.tags.has('Person'))) continue;
    added.push(plain(c, RULES.clubAfterPlayer, 'organization'));
    mark(c.start, c.end);
  }
  const done = new Set(added.map((m) => m.start));
  return added.length ? { mentions: [...x.mentions, ...added], unlabelled: x.unlabelled.filter((c) => !done.has(c.start)) } : x;
};

/**
 * Organisations that only the late refiners read (an organisation's act: "Zorvex said in a statement"; a club after
 * its player) label their other occurrences as well, as the names of the rules did before them. Only organisations:
 * a person labelled late (by an age) spreading to other mentions changed who the events' victims were.
 */
export const propagateLateOrgs: Refiner = (ctx, x) => {
  const orgs = x.mentions.filter((m) => m.kind !== 'person');
  const spread = propagateNames(ctx, { mentions: orgs, unlabelled: x.unlabelled });
  const added = spread.mentions.slice(orgs.length);
  return added.length ? { mentions: [...x.mentions, ...added], unlabelled: spread.unlabelled } : x;
};

/** The rules that read a person's full name from the name itself or its title, not from another mention. */
const FULL_NAME_RULES: ReadonlySet<string> = new Set([
  RULES.personTitle, RULES.personCompromise, RULES.personFirstName, RULES.personHonorific, RULES.personInitial, RULES.personShape,
  RULES.personAppositive, RULES.personMiddleInitial, RULES.personSurnameHead,
].map((r) => r.id));

/** The surnames (keys) of the people the text names in full, by a full-name rule; not in ALL-CAPS lines. */
function fullNameSurnames(mentions: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.descriptive || !FULL_NAME_RULES.has(m.rule) || allCaps(m.text)) continue;
    const parts = m.text.split(/\s+/);
    if (parts.length >= 2) surnames.add(key(parts[parts.length - 1]));
  }
  return surnames;
}

/**
 * "Gerald Ford ... Ford said": a one-word name read as an organisation (a medium's or a club's word, an organisation's
 * cue, another mention) that is the surname of a person the text names in full is that person. Not in ALL-CAPS lines.
 */
export const surnamesOfPeople: Refiner = (ctx, x) => {
  const surnames = fullNameSurnames(x.mentions);
  if (surnames.size === 0) return x;
  let changed = false;
  const mentions = x.mentions.map((m) => {
    if (m.kind === 'person' || m.descriptive || /\s/.test(m.text.trim()) || allCaps(m.text) || !surnames.has(key(m.text))) return m;
    changed = true;
    return { ...m, kind: 'person' as const, name: m.text, title: null, country: null, affiliation: null, ...labelled(RULES.personSurnameKnown) };
  });
  return changed ? { mentions, unlabelled: x.unlabelled } : x;
};

/**
 * "Neil Jordan ... Jordan said", "Trevor Holland ... recognised Holland": a one-word name that is a country's and the
 * surname of a person the text names in full is that person (the places refiner place.refine-person-surname gives the
 * word up unless a place's cue stands by it; where it keeps the place, the place keeps the span: resolve/actors.ts).
 * Not in ALL-CAPS lines; only chunks no mention covers.
 */
export const countrySurnames: Refiner = (ctx, x) => {
  const surnames = fullNameSurnames(x.mentions);
  if (surnames.size === 0) return x;
  const { mark, free } = coverage(ctx.a.text.length, x.mentions);
  const added: Candidate[] = [];
  for (const c of ctx.chunks) {
    if (c.to - c.from !== 1 || c.shouting || !surnames.has(key(c.text)) || !ctx.k.countries.countryByName(c.text) || !free(c.start, c.end)) continue;
    added.push(mention(ctx.a, c, RULES.personSurnameCountry, 'person'));
    mark(c.start, c.end);
  }
  return added.length ? { mentions: [...x.mentions, ...added], unlabelled: x.unlabelled } : x;
};

/**
 * A possessive that owns nothing: a stop, a bracket, the line's end or a finite verb that no contracted "is" or "has"
 * could stand before follows the "'s" ("after Boatmen 's .", "Christie 's was higher"). After a name already read as an
 * organisation, a verb that could follow "has" too ("Moody 's said", not "Smith's said" for "Smith has said").
 */
const OWNS_NOTHING = String.raw`^ ?['’]s(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:was|is|has|says|will|would|could|can|may|might|did|does|rose|fell|expects%s)\b)`;
const POSSESSIVE_OWNS_NOTHING = new RegExp(OWNS_NOTHING.replace('%s', ''));
const ORG_POSSESSIVE_OWNS_NOTHING = new RegExp(OWNS_NOTHING.replace('%s', '|had|said|also|gained|lost|agreed|announced|reported|declined|added|expected'));
const POSSESSIVE = /^ ?['’]s\b/;

/**
 * A firm named after its founder keeps the possessive ("Moody's", "Sotheby's"): a name whose "'s" owns nothing ("Moody 's
 * said", "a bid for Boatmen 's .") is such a firm, with its "'s", there and wherever the text repeats the name with "'s".
 * Not a title word ("Lord 's", a ground; "Queen 's"), not a person the text names in full, not in ALL-CAPS lines.
 */
export const possessiveOrgs: Refiner = (ctx, x) => {
  const { a } = ctx;
  const surnames = new Set<string>();
  for (const m of x.mentions) {
    const parts = m.text.split(/\s+/);
    if (m.kind === 'person' && !m.descriptive && parts.length >= 2) surnames.add(key(parts[parts.length - 1]));
  }
  const eligible = (text: string, start: number, end: number, person: boolean, words: number, shouting: boolean): boolean => {
    if (shouting || words > 3 || allCaps(text) || (person && words > 1) || surnames.has(key(text))) return false;
    if (!POSSESSIVE.test(a.text.slice(end, end + 4))) return false;
    // only names followed by "'s" pay for the look-up of their first term
    const first = a.terms.find((t) => t.start >= start && t.start < end);
    return !(first && isTitleTerm(first));
  };
  const firms = new Set<string>();
  // a person only its words read (a guess), not one a title, an honorific or a first name names
  const guessed = (m: Candidate): boolean => m.kind !== 'person' || (m.weak === true && m.title === null);
  const isMention = (m: Candidate): boolean => !m.descriptive && !m.team && guessed(m) && eligible(m.text, m.start, m.end, m.kind === 'person', m.text.split(/\s+/).length, false);
  const isChunk = (c: Chunk): boolean => eligible(c.text, c.start, c.end, false, c.to - c.from, c.shouting);
  for (const m of x.mentions) {
    const owns = m.kind === 'person' ? POSSESSIVE_OWNS_NOTHING : ORG_POSSESSIVE_OWNS_NOTHING;
    if (isMention(m) && owns.test(a.text.slice(m.end, m.end + 16))) firms.add(key(m.text));
  }
  for (const c of x.unlabelled) if (isChunk(c) && POSSESSIVE_OWNS_NOTHING.test(a.text.slice(c.end, c.end + 16))) firms.add(key(c.text));
  if (firms.size === 0) return x;
  const grown = (s: { start: number; end: number }): { end: number; text: string } => {
    const end = s.end + (POSSESSIVE.exec(a.text.slice(s.end, s.end + 4))?.[0].length ?? 0);
    return { end, text: a.text.slice(s.start, end) };
  };
  const firm = (text: string): boolean => firms.has(key(text));
  const mentions = x.mentions.map((m) => {
    if (!isMention(m) || !firm(m.text)) return m;
    const g = grown(m);
    return { ...m, ...g, name: g.text, kind: 'organization' as const, title: null, ...labelled(RULES.orgPossessive) };
  });
  const added = x.unlabelled.filter((c) => isChunk(c) && firm(c.text)).map((c) => {
    const g = grown(c);
    return { ...plain(c, RULES.orgPossessive, 'organization'), ...g, name: g.text };
  });
  const done = new Set(added.map((m) => m.start));
  return { mentions: [...mentions, ...added], unlabelled: x.unlabelled.filter((c) => !done.has(c.start)) };
};

/**
 * "Boatmen 's Bancshares Inc.": a firm named with its possessive (actor.org-possessive) right before an organisation's
 * name, on the same line with only a space between, opens that name: one organisation. Also before a name no rule read
 * that ends in a company's form ("Halvering 's Trust Co").
 */
export const possessiveFirmCompanies: Refiner = (ctx, x) => {
  const { a } = ctx;
  const firms = x.mentions.filter((m) => m.rule === RULES.orgPossessive.id);
  if (firms.length === 0) return x;
  const drop = new Set<Candidate>();
  const used = new Set<number>();
  const joined: Candidate[] = [];
  for (const f of firms) {
    const gap = /^[ \t]+/.exec(a.text.slice(f.end, f.end + 4));
    if (!gap) continue;
    const at = f.end + gap[0].length;
    const next = x.mentions.find((m) => m.start === at && m.kind !== 'person' && !m.descriptive && !m.team);
    const chunk = next ? undefined : x.unlabelled.find((c) => c.start === at && !c.shouting && CLOSING_SUFFIX.test(a.terms[c.to - 1].normal));
    const end = next?.end ?? chunk?.end;
    if (end === undefined) continue;
    const text = a.text.slice(f.start, end);
    if (next) drop.add(next);
    if (chunk) used.add(chunk.start);
    drop.add(f);
    joined.push({ ...(next ?? f), start: f.start, end, text, name: text, kind: 'organization', title: null, ...labelled(RULES.orgPossessiveCompany) });
  }
  if (joined.length === 0) return x;
  const mentions = [...x.mentions.filter((m) => !drop.has(m)), ...joined].sort((p, q) => p.start - q.start);
  return { mentions, unlabelled: x.unlabelled.filter((c) => !used.has(c.start)) };
};

/**
 * An organisation's name whose first word was left out (actor.org-left-name): the capitalised word right
 * before it, after one space in the same sentence, that no candidate covers, opens the name, unless it is the
 * sentence's or line's first word, a title, a country or nationality, a describing adjective ("the Castroite
 * ELN", lexicon/descriptor-adjectives.json), a common word or a word never in a name.
 */
export const orgLeftNames: Refiner = (ctx, x) => {
  const { a, k } = ctx;
  const covered = coverage(a.text.length, x.mentions);
  const termAt = new Map(a.terms.map((t) => [t.start, t]));
  let changed = false;
  const mentions = x.mentions.map((m) => {
    if (m.kind === 'person' || m.descriptive || m.team) return m;
    const first = termAt.get(m.start);
    const back = (i: number): number => {
      let j = i - 1;
      while (j >= 0 && a.terms[j].start === a.terms[j].end) j--; // compromise leaves empty terms ("N'Djamena")
      return j;
    };
    const wi = first ? back(first.i) : -1;
    if (!first || wi < 0) return m;
    const w = a.terms[wi];
    const bi = back(wi);
    const before = bi >= 0 && a.terms[bi].sentence === w.sentence && !/\n/.test(a.text.slice(a.terms[bi].end, w.start)) ? a.terms[bi] : null;
    if (w.sentence !== first.sentence || a.text.slice(w.end, first.start) !== ' ') return m;
    if (!/^\p{Lu}/u.test(w.text) || !/\p{Ll}|^\p{Lu}{2,}$/u.test(w.text) || (before && /^\p{Lu}/u.test(before.text))) return m;
    if (!covered.free(w.start, w.end) || allCaps(a.text.slice(a.text.lastIndexOf('\n', m.start) + 1, m.end))) return m;
    if (never(w) || isTitleTerm(w) || isCountryOrDemonym(k, w.text) || tagged(w, 'Demonym', 'Country') || DESCRIPTOR_ADJECTIVES.has(w.normal)) return m;
    if (!before && (isCommonWord(k, w.normal) || tagged(w, 'Adjective', 'Verb', 'Adverb'))) return m; // a sentence's opening word is capitalised anyway
    changed = true;
    const text = a.text.slice(w.start, m.end);
    return { ...m, start: w.start, text, name: text, ...labelled(RULES.orgLeftName) };
  });
  return changed ? { mentions, unlabelled: x.unlabelled } : x;
};

/**
 * actor.org-word-of-org: outside sports, a one- or two-word name no rule read that is a whole word (or two words) of a
 * longer organisation's name in the same document is that organisation called short ("Shares in Varnokia Telecom fell
 * ... Varnokia was hit", "Jasper Kovalt Capital ... Kovalt"), unless it is a common English word, a country, a
 * nationality or a city (a town in a firm's name names the town elsewhere), or an acronym's plural ("GDRs"). A person's
 * name taken for an organisation's lends no surname. In sports documents a club's town is a word of its name ("Dynamo
 * Moscow ... the Moscow side") and other rules read clubs.
 */
export const orgWordsOfOrgs: Refiner = (ctx, x) => {
  if (ctx.sports) return x;
  const { a, k } = ctx;
  const longer: string[][] = [];
  for (const m of x.mentions) {
    if (m.kind === 'person' || m.descriptive) continue;
    const words = m.text.split(/\s+/);
    // a person's name taken for an organisation's ("the carrier Carl Vinson"): its surname alone is no organisation's word
    if (words.length === 2 && k.firstNames.has(words[0].toLowerCase()) && !k.englishWords.has(words[0].toLowerCase())) continue;
    if (words.length >= 2) longer.push(words);
  }
  if (longer.length === 0) return x;
  const inside = (words: string[]): boolean => longer.some((ws) => ws.length > words.length && ws.some((_, i) => words.every((w, j) => ws[i + j] === w)));
  const added: Candidate[] = [];
  for (const c of x.unlabelled) {
    const n = c.to - c.from;
    if (n > 2 || c.shouting) continue;
    const words = c.text.split(/\s+/);
    if (words.length !== n) continue;
    const w = words[n - 1];
    if (n === 1 && (k.englishWords.has(w.toLowerCase()) || isCommonWord(k, w) || /^\p{Lu}{2,}s$/u.test(w))) continue;
    if (words.some((v) => isCountryOrDemonym(k, v) || k.cityPopulation(v) > 0) || a.terms.slice(c.from, c.to).some((t) => never(t) || tagged(t, 'Demonym', 'Country'))) continue;
    if (!inside(words)) continue;
    added.push(plain(c, RULES.orgWordOfOrg, 'organization'));
  }
  if (added.length === 0) return x;
  const done = new Set(added.map((m) => m.start));
  return { mentions: [...x.mentions, ...added], unlabelled: x.unlabelled.filter((c) => !done.has(c.start)) };
};

/** Overlapping candidates: the longer wins, then the earlier. */
export const removeOverlaps: Refiner = (_ctx, x) => {
  const sorted = [...x.mentions].sort((p, q) => (q.end - q.start) - (p.end - p.start) || p.start - q.start);
  const kept: Candidate[] = [];
  const { mark, free } = coverage(_ctx.a.text.length, []);
  for (const m of sorted) {
    if (m.start >= m.end || !free(m.start, m.end)) continue;
    mark(m.start, m.end);
    kept.push(m);
  }
  kept.sort((p, q) => p.start - q.start);
  return { mentions: kept, unlabelled: x.unlabelled };
};

/** Spans are exact and never empty. */
export const checkSpans = (a: Analysis, mentions: ActorMention[]): ActorMention[] =>
  mentions.filter((m) => m.start < m.end && a.text.slice(m.start, m.end) === m.text && m.name.trim().length > 0);

/** Each refiner adds only on free spans, so the result has no overlapping mentions. */
export const REFINERS: Refiner[] = [clubTownInitials, removeOverlaps, bracketedAliases, unifyKinds, orgNamedUnits, coordinatedTeams, propagateNames, coordinatedPlayers, agedPeople, actingOrgs, coordinatedOrgs, clubsAfterPlayers, propagateLateOrgs, surnamesOfPeople, countrySurnames, possessiveOrgs, possessiveFirmCompanies, orgLeftNames, orgWordsOfOrgs];
