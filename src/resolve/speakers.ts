// Quote candidates -> quotes whose speaker is linked to an actor (by name, title or pronoun).
// Link rules, tried in order for each speaker mention:
//   speaker.actor-mention        the mention overlaps a mention of the actor ("Mohammed Shia al-Sudani said")
//   speaker.actor-surname        its last word is the actor's surname or a word of one of its mentions ("Singh said")
//   speaker.actor-title          a description whose head noun is in exactly one person's title ("the defense spokesperson")
//   speaker.actor-name-head      an organisation description named by its head noun ("the ministry" -> "Ministry of Defence")
//   speaker.actor-apposition     a description whose head noun heads one person's apposition ("X, a former strategist,")
//   speaker.pronoun-recent-person he/she -> the person opening its own sentence, else the closest person before it, with no clashing gender
//   speaker.pronoun-recent-organization  it -> the closest organisation before it
//   speaker.relative-antecedent  who/which -> the actor named right before it ("an architect, who said")
//   speaker.relative-description who/which with no actor before it -> the noun phrase before it names the speaker
//                                ("said one former campaign staffer, who said"): `actor` stays null
// When nothing links, the speaker keeps its own words as its name and `actor` is null.
import type { Analysis } from '../analyse/index.js';
import type { FirstNames } from '../extract/actors/names.js';
import type { QuoteCandidate, SpeakerMention } from '../extract/types.js';
import type { Actor, Quote, Speaker } from '../record/schema.js';

export type ResolvedQuote = Omit<Quote, 'id'> & { rule: string };

export const SPEAKER_LINK_RULES = {
  mention: 'speaker.actor-mention',
  surname: 'speaker.actor-surname',
  title: 'speaker.actor-title',
  nameHead: 'speaker.actor-name-head',
  pronoun: 'speaker.pronoun-recent-person',
  pronounOrg: 'speaker.pronoun-recent-organization',
  antecedent: 'speaker.relative-antecedent',
  relativeDescription: 'speaker.relative-description',
  apposition: 'speaker.actor-apposition',
} as const;

const RELATIVE = new Set(['who', 'which']);

type Gender = 'male' | 'female' | null;

const MALE_WORDS = /\b(?:mr|sir|lord|king|prince|father|brother|son|husband|spokesman|congressman|chairman|businessman|councilman|uncle|he|him|his)\b/i;
const FEMALE_WORDS = /\b(?:mrs|ms|miss|madam|dame|lady|queen|princess|mother|sister|daughter|wife|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|aunt|she|her)\b/i;

/** The gender an actor's own words give it: honorifics, gendered titles, then the first name. */
export function genderOf(actor: Actor, names: FirstNames): Gender {
  const own = [actor.title ?? '', ...actor.mentions.map((m) => m.text)].join(' ');
  const male = MALE_WORDS.test(own);
  const female = FEMALE_WORDS.test(own);
  if (male !== female) return male ? 'male' : 'female';
  const first = actor.name.split(/\s+/).find((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  if (!first) return null;
  const { female: fs, male: ms } = names.gendered();
  const f = fs.has(first.toLowerCase());
  const m = ms.has(first.toLowerCase());
  if (f !== m) return f ? 'female' : 'male';
  return null;
}

const words = (s: string): string[] =>
  (s.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));

const singular = (w: string): string => (w.endsWith('people') ? w : w.replace(/(?:men)$/, 'man').replace(/(?<=[^s])s$/, ''));

const PERSON_PRONOUNS: Record<string, Gender | 'any'> = { he: 'male', she: 'female', him: 'male', her: 'female', his: 'male' };
const ORG_PRONOUNS = new Set(['it', 'its']);
const ORG_KINDS = new Set(['organization', 'government', 'military', 'media', 'group']);
const LINKING_PREPS = /\b(?:for|of|to|at|with|from|by)\s*$/i;
/** How far back (characters) a pronoun looks for its person. */
const PRONOUN_WINDOW = 2500;

interface Link {
  actor: Actor;
  rule: string;
}

/** Every actor mention, by start, to find those overlapping a span without a pass over all of them per quote. */
interface MentionIndex {
  items: { actor: Actor; am: Actor['mentions'][number] }[];
  /** the longest mention's length: a mention overlapping [s, e) starts at or after s - longest */
  longest: number;
}

function indexMentions(actors: Actor[]): MentionIndex {
  const items = actors.flatMap((actor) => actor.mentions.map((am) => ({ actor, am }))).sort((x, y) => x.am.start - y.am.start);
  return { items, longest: items.reduce((mx, x) => Math.max(mx, x.am.end - x.am.start), 0) };
}

function overlapping(ix: MentionIndex, start: number, end: number): MentionIndex['items'] {
  let lo = 0;
  let hi = ix.items.length;
  const from = start - ix.longest;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.items[mid].am.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionIndex['items'] = [];
  for (let i = lo; i < ix.items.length && ix.items[i].am.start < end; i++) if (ix.items[i].am.end > start) out.push(ix.items[i]);
  return out;
}

/** Actors with a mention inside the speaker phrase; the head person wins over one it is "for" or "of". */
function byMention(m: SpeakerMention, ix: MentionIndex, text: string): Link | null {
  let best: { actor: Actor; start: number; score: number } | null = null;
  // by start; equal starts in actor order (a stable sort), so ties go as a pass over all actors would have them
  for (const { actor, am } of overlapping(ix, m.start, m.end)) {
    const before = text.slice(m.start, am.start);
    let score = actor.kind === 'person' ? 2 : 1;
    if (LINKING_PREPS.test(before)) score -= 2; // "an attorney for Pagliano"
    if (/['’]s$/.test(am.text) || /^['’]s\b/.test(text.slice(am.end, am.end + 2))) score -= 2; // "Iraq's Prime Minister ..."
    // equal scores: the earlier name only modifies the later one when nothing sets them apart
    // ("Stein spokeswoman Melezia Figueroa": the head of the phrase is the name that ends it)
    const premodifier = best && score === best.score && am.start > best.start && actor.kind === 'person' && !/[,;(]/.test(text.slice(best.start, am.start));
    if (!best || score > best.score || premodifier) best = { actor, start: am.start, score };
  }
  // an actor named only inside a description ("the superintendent at Sto-Rox") is not the speaker
  return best && best.score > 0 ? { actor: best.actor, rule: SPEAKER_LINK_RULES.mention } : null;
}

function bySurname(m: SpeakerMention, actors: Actor[]): Link | null {
  const ws = words(m.text.replace(/\([^)]*\)?/g, ' '));
  const last = ws[ws.length - 1];
  if (!last || !/^\p{Lu}/u.test(m.text.trim())) return null;
  const hits = actors.filter((a) => {
    const nameWords = words(a.name);
    if (nameWords[nameWords.length - 1] === last) return true;
    return a.kind === 'person' && a.mentions.some((am) => words(am.text).slice(-1)[0] === last);
  });
  if (hits.length === 0) return null;
  // prefer a person, then the one mentioned last before the quote's speaker
  const persons = hits.filter((a) => a.kind === 'person');
  const pool = persons.length ? persons : hits;
  const lastBefore = (a: Actor): number => Math.max(-1, ...a.mentions.filter((am) => am.start <= m.start).map((am) => am.start));
  pool.sort((x, y) => lastBefore(y) - lastBefore(x));
  return { actor: pool[0], rule: SPEAKER_LINK_RULES.surname };
}

/** "the defense spokesperson" -> the one person whose title has "spokesperson"; "the ministry" -> the organisation named so. */
function byDescription(m: SpeakerMention, actors: Actor[], text: string): Link | null {
  // the head noun comes before any "of", "for", "at" ...: "the superintendent at Sto-Rox"
  const all = words(m.text);
  const prep = all.findIndex((w, i) => i > 0 && ['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on'].includes(w));
  const ws = prep > 0 ? all.slice(0, prep) : all;
  const head = ws[ws.length - 1];
  if (!head) return null;
  if (head !== singular(head) && !head.endsWith('people')) return null; // plural: "officials" name no one person
  const titled = actors.filter((a) => a.kind === 'person' && a.title && words(a.title).map(singular).includes(head));
  if (titled.length === 1) return { actor: titled[0], rule: SPEAKER_LINK_RULES.title };
  if (titled.length > 1) {
    // several: the one whose title shares most words with the description, then the one mentioned last before it
    const score = (a: Actor): number => words(a.title ?? '').filter((w) => ws.includes(w)).length;
    const lastBefore = (a: Actor): number => Math.max(-1, ...a.mentions.filter((am) => am.start <= m.start).map((am) => am.start));
    titled.sort((x, y) => score(y) - score(x) || lastBefore(y) - lastBefore(x));
    if (score(titled[0]) > score(titled[1]) || lastBefore(titled[0]) > lastBefore(titled[1])) return { actor: titled[0], rule: SPEAKER_LINK_RULES.title };
    return null;
  }
  const named = actors.filter((a) => a.kind !== 'person' && words(a.name).includes(head));
  if (named.length === 1) return { actor: named[0], rule: SPEAKER_LINK_RULES.nameHead };
  return byApposition(m, head, actors, text);
}

/** ", a former campaign strategist for ...": a noun phrase with its determiner right after a person's mention (not "who lost ..."), up to its first comma or full stop. */
const APPOSITION = /^,\s+(?:a|an|the|his|her|their)\s+([^,.;:()"“”]{1,80})/;

/**
 * "the former campaign strategist" -> the one person introduced earlier by an apposition whose head is
 * the same noun ("Steve Schmidt, a former campaign strategist for John McCain,").
 */
function byApposition(m: SpeakerMention, head: string, actors: Actor[], text: string): Link | null {
  const hits = actors.filter((a) => a.kind === 'person' && a.mentions.some((am) => {
    if (am.end > m.start) return false;
    const ap = APPOSITION.exec(text.slice(am.end, am.end + 90));
    if (!ap) return false;
    const ws = words(ap[1]);
    const prep = ws.findIndex((w, i) => i > 0 && ['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on', 'who', 'which', 'and'].includes(w));
    const own = prep > 0 ? ws.slice(0, prep) : ws;
    return own.length > 0 && singular(own[own.length - 1]) === head;
  }));
  return hits.length === 1 ? { actor: hits[0], rule: SPEAKER_LINK_RULES.apposition } : null;
}

/**
 * he/she: the person that opens the pronoun's own sentence before it, else the closest person mentioned before the
 * pronoun (outside the quote itself); either with a gender that does not clash.
 */
function byPronoun(m: SpeakerMention, q: QuoteCandidate, actors: Actor[], earlier: Map<Actor, number>, names: FirstNames, text: string): Link | null {
  const p = m.text.toLowerCase().replace(/['’](?:s|d|ve)$/, ''); // "He's said"
  const inQuote = (s: number): boolean => s >= q.start && s < q.end;
  const lastBefore = (a: Actor): number => {
    let best = -1;
    for (const am of a.mentions) if (am.start < m.start && !inQuote(am.start) && am.start > best) best = am.start;
    const spoke = earlier.get(a);
    if (spoke !== undefined && spoke < m.start && spoke > best) best = spoke;
    return best;
  };
  if (ORG_PRONOUNS.has(p)) {
    const orgs = actors.filter((a) => ORG_KINDS.has(a.kind)).map((a) => ({ a, at: lastBefore(a) })).filter((x) => x.at >= 0 && m.start - x.at < PRONOUN_WINDOW);
    orgs.sort((x, y) => y.at - x.at);
    return orgs.length ? { actor: orgs[0].a, rule: SPEAKER_LINK_RULES.pronounOrg } : null;
  }
  const want = PERSON_PRONOUNS[p];
  if (!want) return null;
  // "Trump took to Twitter to accuse Clinton's campaign ... of what he called": a person that opens the pronoun's
  // own sentence as its subject, with a gender that does not clash, is the one it stands for
  const sentStart = Math.max(text.lastIndexOf('\n', m.start), ...['. ', '? ', '! ', '." ', '.” '].map((e) => text.lastIndexOf(e, m.start) + e.length - 1)) + 1;
  const opener = (p === 'he' || p === 'she') && actors.find((a) => a.kind === 'person' && a.mentions.some((am) => am.start >= sentStart && am.start <= sentStart + 1 && am.end < m.start && !inQuote(am.start) && !/^['’]s?\b/.test(text.slice(am.end, am.end + 2))));
  if (opener && (genderOf(opener, names) ?? want) === want) return { actor: opener, rule: SPEAKER_LINK_RULES.pronoun };
  const persons = actors
    .filter((a) => a.kind === 'person')
    .map((a) => ({ a, at: lastBefore(a), g: genderOf(a, names) }))
    .filter((x) => x.at >= 0 && m.start - x.at < PRONOUN_WINDOW && (x.g === null || x.g === want));
  persons.sort((x, y) => y.at - x.at || (x.g === want ? -1 : 1));
  // a person whose gender is known to match beats a closer one of unknown gender only within the same stretch
  const known = persons.find((x) => x.g === want);
  if (known && persons[0].g === null && persons[0].at - known.at < 200) return { actor: known.a, rule: SPEAKER_LINK_RULES.pronoun };
  return persons.length ? { actor: persons[0].a, rule: SPEAKER_LINK_RULES.pronoun } : null;
}

/** ", the chief executive of the National Urban League, ", " (R-Tenn.) ": an apposition between a name and its relative pronoun. */
const RELATIVE_APPOSITION = /^\s*(?:,\s*(?:a|an|the|his|her|its|their|who\s+is|now|then|formerly|former|[a-z]+-?[a-z]*\s+(?:of|for|at)\b)\b[^,;:.!?"“”()]{1,100}|\s*\([^()]{1,60}\))\s*,\s*$/;

/** "an architect who said": the actor named right before the relative pronoun; or before an apposition ("Marc Morial, the chief executive of ..., who"). */
function byAntecedent(m: SpeakerMention, actors: Actor[], text: string): Link | null {
  let apposed: { actor: Actor; end: number } | null = null;
  for (const actor of actors) {
    for (const am of actor.mentions) {
      if (am.end > m.start) continue;
      if (/^[\s,]*$/.test(text.slice(am.end, m.start)) && m.start - am.end <= 3) return { actor, rule: SPEAKER_LINK_RULES.antecedent };
      if (m.start - am.end <= 120 && (!apposed || am.end > apposed.end) && RELATIVE_APPOSITION.test(text.slice(am.end, m.start))) apposed = { actor, end: am.end };
    }
  }
  return apposed ? { actor: apposed.actor, rule: SPEAKER_LINK_RULES.antecedent } : null;
}

const NP_WORD = new Set(['Noun', 'Adjective', 'Determiner', 'Value', 'Possessive', 'Acronym']);
const NP_STOP = new Set(['Pronoun', 'Verb', 'Gerund', 'Preposition', 'Conjunction', 'QuestionWord']);
const NP_STOP_WORDS = /^(?:against|of|for|to|at|with|from|by|in|on|about|among|and|or|but|than|as|like)$/;

/** "one former campaign staffer, who": the noun phrase right before a relative pronoun (up to its determiner, at most six words), or null. */
function nounPhraseBefore(a: Analysis, start: number): string | null {
  let k = a.terms.findIndex((t) => t.start >= start) - 1;
  if (k < 0) return null;
  const last = a.terms[k];
  if (!/^[\s,]*$/.test(a.text.slice(last.end, start)) || !last.tags.has('Noun') || last.tags.has('Pronoun')) return null;
  let from = k;
  for (let j = k - 1; j >= 0 && k - j < 6; j--) {
    const t = a.terms[j];
    if (t.sentence !== last.sentence || /[,;:()"“”—]/.test(t.post) || ![...t.tags].some((x) => NP_WORD.has(x)) || [...t.tags].some((x) => NP_STOP.has(x)) || NP_STOP_WORDS.test(t.normal) || /ing$/.test(t.normal)) break;
    from = j;
    if (t.tags.has('Determiner')) break;
  }
  return a.text.slice(a.terms[from].start, last.end);
}

function link(m: SpeakerMention, q: QuoteCandidate, actors: Actor[], ix: MentionIndex, text: string, earlier: Map<Actor, number>, names: FirstNames): Link | null {
  if (RELATIVE.has(m.text.toLowerCase())) return byAntecedent(m, actors, text);
  // "his statement that ...", "its report that ...": a possessive pronoun refers back as its subject form does
  if (m.kind === 'pronoun' || /^(?:his|its)$/i.test(m.text)) return byPronoun(m, q, actors, earlier, names, text);
  return byMention(m, ix, text) ?? (m.kind === 'name' ? bySurname(m, actors) : null) ?? (m.kind === 'description' || m.kind === 'organization' ? byDescription(m, actors, text) : null);
}

export function resolveSpeakers(quotes: QuoteCandidate[], actors: Actor[], a: Analysis, names: FirstNames): ResolvedQuote[] {
  const ordered = [...quotes].sort((x, y) => x.start - y.start);
  // where each actor last spoke: a pronoun also refers back to the last linked speaker
  const spoke = new Map<Actor, number>();
  const ix = indexMentions(actors);
  const out: ResolvedQuote[] = [];
  for (const q of ordered) {
    let speaker: Speaker | null = null;
    if (q.speaker) {
      const m = q.speaker;
      const l = link(m, q, actors, ix, a.text, spoke, names);
      if (l) spoke.set(l.actor, m.start);
      const described = !l && RELATIVE.has(m.text.toLowerCase()) ? nounPhraseBefore(a, m.start) : null;
      speaker = { name: l ? l.actor.name : (described ?? m.text), actor: l ? l.actor.id : null, text: m.text, start: m.start, end: m.end, rule: l ? l.rule : described ? SPEAKER_LINK_RULES.relativeDescription : m.rule };
    }
    out.push({ text: q.text, start: q.start, end: q.end, type: q.type, speaker, verb: q.verb, rule: q.rule });
  }
  return out;
}
