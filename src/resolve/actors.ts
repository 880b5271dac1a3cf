// Actor mentions -> actors, one per referent (coreference by name), linked to places by country.
// - a mention whose span is a place mention's is dropped (countries and cities are places);
// - people: the same name, or a surname / first name of exactly one fuller name, is one person;
// - organisations: the same name (case aside, "the" aside), or an acronym of a name in the text (by its initials,
//   or given in brackets right after the name);
// - the actor's name is its longest mention's name; title, country, affiliation the first given.
import type { Analysis } from '../analyse/index.js';
import type { ActorMention } from '../extract/types.js';
import type { Actor, ActorKind, Mention, Place } from '../record/schema.js';

/** A record mention of an actor; `descriptive` (internal, not in the record) marks a description ("US forces"), not a name. */
export type ActorNameMention = Mention & { descriptive?: true };

export type ResolvedActor = Omit<Actor, 'id' | 'mentions'> & { mentions: ActorNameMention[]; rule: string };

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

const words = (s: string): string[] => norm(s).split(/[\s-]+/).filter(Boolean);

const CORPORATE = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|bv|spa|ab|asa|oyj|group|holdings?|corporation|company|limited|international|industries|s\.a|n\.v)\.?$/;

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'der', 'al', 'el']);

/** "OSCE" for "Organisation for Security and Cooperation in Europe"; "U.N." for "United Nations". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

const acronymKey = (s: string): string | null => {
  const letters = s.replace(/\./g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : null;
};

interface Group {
  mentions: ActorMention[];
  kind: ActorKind;
  /** Its longest name (by words). */
  name: string;
  key: string;
}

const isPerson = (m: { kind: ActorKind }): boolean => m.kind === 'person';

/**
 * "Magna" after "Magna International Inc": an organisation's mention that is the first words of a fuller name of an
 * organisation in the same text, the rest of it corporate words, is that company, though a town has the name too:
 * the company keeps the span, and the place gives it up (resolve/overlaps.ts).
 */
export function shortCompanyName(m: ActorMention, mentions: readonly ActorMention[], text: string): boolean {
  if (isPerson(m) || m.descriptive) return false;
  const w = words(m.text);
  // "a plant in Wuxi" (after "Wuxi Pirelli Co"): after a preposition of place, the town is meant
  const placed = PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 10), m.start));
  return w.length > 0 && mentions.some((o) => {
    if (isPerson(o) || o.descriptive || o.start === m.start) return false;
    const ow = words(o.text);
    if (ow.length <= w.length || ow.slice(0, w.length).join(' ') !== w.join(' ')) return false;
    // the rest only corporate words ("Magna International Inc"), or, not after a preposition of place, a company's name ending on one ("Wuxi Pirelli Co")
    return ow.slice(w.length).every((x) => CORPORATE.test(x)) || (!placed && CORPORATE.test(ow[ow.length - 1]));
  });
}

const PLACE_PREPOSITION = /\b(?:in|at|near|outside|into|from)\s+$/i;

/** Places whose names may hold a person's or an organisation's name without being them, and regions whose
 * written forms hold an abbreviation the name tagger may take for an organisation ("Kan" in "Kan.", "D.C."). */
const SITE_KINDS: ReadonlySet<string> = new Set(['facility', 'address']);
/** A state's abbreviation read as a name: two to four letters, dots aside ("Kan", "D.C."). */
const ABBREVIATION = /^(?:\p{Lu}\.?){1,2}(?:\p{L}\.?){0,2}$/u;

export function resolveActors(mentions: ActorMention[], places: Place[], a: Analysis): ResolvedActor[] {
  const placeSpans = new Set(places.flatMap((p) => p.mentions.map((m) => `${m.start}:${m.end}`)));
  // a name inside a street's or a building's name is no actor: "Martin Luther" in "Martin Luther King Avenue"; nor is a state's abbreviation
  const sites = places.filter((p) => SITE_KINDS.has(p.kind)).flatMap((p) => p.mentions);
  const regions = places.filter((p) => p.kind === 'admin').flatMap((p) => p.mentions);
  const within = (m: { start: number; end: number }, x: { start: number; end: number }): boolean => x.start <= m.start && m.end <= x.end && x.end - x.start > m.end - m.start;
  const inSite = (m: ActorMention): boolean => sites.some((x) => within(m, x)) || (ABBREVIATION.test(m.text) && regions.some((x) => within(m, x)));
  const kept = mentions.filter((m) => (!placeSpans.has(`${m.start}:${m.end}`) || shortCompanyName(m, mentions, a.text)) && m.start < m.end && !inSite(m));
  // full names first, so that short mentions find them
  const order = [...kept].sort((p, q) => words(q.name).length - words(p.name).length || p.start - q.start);

  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  // indexes: people by each word of their names, organisations by initials and by acronym
  const peopleByWord = new Map<string, Group[]>();
  const orgsByInitials = new Map<string, Group[]>();
  const orgsByAcronym = new Map<string, Group[]>();
  const orgsByFirstWord = new Map<string, Group[]>();
  const push = (m: Map<string, Group[]>, k: string, g: Group): void => {
    const list = m.get(k);
    if (!list) m.set(k, [g]);
    else if (!list.includes(g)) list.push(g);
  };
  const index = (g: Group): void => {
    if (isPerson(g)) for (const w of words(g.name)) push(peopleByWord, w, g);
    else {
      if (words(g.name).length > 1) push(orgsByInitials, initials(g.name), g);
      const ak = acronymKey(g.name);
      if (ak) push(orgsByAcronym, ak, g);
      const first = words(g.name)[0];
      if (first) push(orgsByFirstWord, first, g);
    }
  };
  // "the Farabundo Marti National Liberation Front (FMLN)", "the Kurdistan Workers' Party (PKK)": an acronym in
  // brackets right after an organisation's name is that name's, whatever the order of its letters (the name's own
  // language orders them), when every letter of it is an initial of the name
  const defined = new Map<string, ActorMention>();
  for (const m of kept) {
    if (isPerson(m)) continue;
    const d = /^\s{0,2}\(\s?([\p{Lu}.]{2,12})\s?\)/u.exec(a.text.slice(m.end, m.end + 20));
    const ak = d ? acronymKey(d[1]) : null;
    const letters = initials(m.name);
    if (ak && ak !== acronymKey(m.name) && [...ak].every((c) => letters.includes(c)) && !defined.has(ak)) defined.set(ak, m);
  }
  for (const m of order) {
    // a country has one military and one government: "US forces", "the US military", "US troops" are one actor
    const national = m.descriptive && m.country && (m.kind === 'military' || m.kind === 'government');
    const k = national ? `n:${m.kind}:${m.country}` : `${isPerson(m) ? 'p' : 'o'}:${norm(m.name)}`;
    const same = byKey.get(k);
    if (same) {
      same.mentions.push(m);
      continue;
    }
    let target: Group | undefined;
    const w = words(m.name);
    if (isPerson(m) && w.length <= 2) {
      // "Singh" -> "Sabrina Singh"; "Alan" -> "Alan Shearer": exactly one fuller person
      const fuller = (peopleByWord.get(w[w.length - 1]) ?? []).filter((g) => words(g.name).length > w.length && isPart(w, words(g.name)));
      if (fuller.length === 1) target = fuller[0];
    }
    if (!target && !isPerson(m)) {
      const ak = acronymKey(m.name);
      if (ak) {
        const exp = orgsByInitials.get(ak) ?? [];
        if (exp.length === 1) target = exp[0];
        const def = defined.get(ak);
        if (!target && def) target = byKey.get(`o:${norm(def.name)}`);
      } else if (w.length > 1) {
        // the expansion comes after its acronym was seen first (rare): join it too
        const acr = initials(m.name).length >= 2 ? (orgsByAcronym.get(initials(m.name)) ?? []) : [];
        if (acr.length === 1) target = acr[0];
      }
    }
    if (!target && !isPerson(m)) {
      // "Magna" -> "Magna International Inc": the company's name without its corporate suffixes
      const fuller = (orgsByFirstWord.get(w[0]) ?? []).filter((g) => {
        const gw = words(g.name);
        if (gw.length <= w.length || gw.slice(0, w.length).join(' ') !== w.join(' ')) return false;
        return gw.slice(w.length).every((x) => CORPORATE.test(x));
      });
      if (fuller.length === 1) target = fuller[0];
    }
    if (target) {
      target.mentions.push(m);
      byKey.set(k, target);
      continue;
    }
    const g: Group = { mentions: [m], kind: m.kind, name: m.name, key: k };
    groups.push(g);
    byKey.set(k, g);
    index(g);
  }

  return groups.map((g) => {
    const ms = [...g.mentions].sort((p, q) => p.start - q.start);
    const longest = g.key.startsWith('n:') ? mostFrequent(ms) : [...ms].sort((p, q) => words(q.name).length - words(p.name).length || q.name.length - p.name.length || p.start - q.start)[0];
    const first = <K extends 'title' | 'country' | 'affiliation'>(f: K): string | null => ms.find((m) => m[f])?.[f] ?? null;
    const seen = new Set<string>();
    const uniq = ms.filter((m) => {
      const s = `${m.start}:${m.end}`;
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    });
    return {
      name: longest.name,
      kind: longest.kind,
      title: first('title'),
      country: first('country'),
      affiliation: first('affiliation'),
      mentions: uniq.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule, ...(m.descriptive ? { descriptive: m.descriptive } : {}) })),
      rule: longest.rule,
    };
  });
}

/** The name used most often (the first of equals): "US forces" for US forces x4, US military, US troops x2. */
function mostFrequent(ms: ActorMention[]): ActorMention {
  const count = new Map<string, number>();
  for (const m of ms) count.set(norm(m.name), (count.get(norm(m.name)) ?? 0) + 1);
  return ms.reduce((best, m) => ((count.get(norm(m.name)) ?? 0) > (count.get(norm(best.name)) ?? 0) ? m : best), ms[0]);
}

/** The short name's words are the fuller name's surname, first name, its last words ("al-Sudani") or, of a longer name, its first ones. */
function isPart(short: string[], full: string[]): boolean {
  if (short.length === 1) return full.includes(short[0]) && short[0].length > 1;
  const tail = full.slice(full.length - short.length).join(' ');
  // or, of a name of three words or more, its first two or more ("Antonio Roldan" of "Antonio Roldan Betancur": a
  // Spanish name told without its second surname)
  const head = full.length >= 3 && short.length < full.length ? full.slice(0, short.length).join(' ') : '';
  return tail === short.join(' ') || head === short.join(' ');
}
