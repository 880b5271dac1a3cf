// A drop-in replacement for compromise's `bulkMatch` (the sweep that runs its ~570 post-tagger patterns),
// with the same result in the same order. compromise's own version tests every one of the net's ~730 hook
// words against every sentence and comma-separated fragment, so a text of many tiny fragments ("A, A, A",
// one word a line, "x\r" runs) paid ~730 lookups per fragment: up to half of the whole run. Here each
// fragment's own cached words (a handful) are looked up among the hooks instead, and the hits are put back
// in the hooks' order, so the patterns tried, and their order, are exactly compromise's. compromise's cacheDoc
// (a Set of every word and #tag of a fragment) is not built: its entries that are hook or ifNo words are
// marked present by rank instead. Each pattern is then run only at the starts where it can match (`plan`).
import nlp from 'compromise';

/** compromise's own bulkMatch, kept for the test that compares the two. */
export const compromiseBulkMatch = (nlp.methods() as unknown as { one: { bulkMatch: BulkMatch } }).one.bulkMatch;

interface Match extends Todo {
  match: unknown;
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
interface Found extends Match {
  pointer: unknown[];
}
/** The parts of a compromise term that its matcher reads for a pattern's first token. */
interface Term {
  id: unknown;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  tags: Set<string>;
  switch?: string;
  [field: string]: unknown;
}
/** A parsed match token (compromise's parseMatch), the fields read here. */
interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: Reg[][];
  operator?: string;
  switch?: string;
  id?: unknown;
  word?: string;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  [field: string]: unknown;
}
interface Todo {
  regs?: Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: unknown;
}
type MatchResult = { ptrs: unknown[][]; byGroup: Record<string, unknown[][]> };
type Methods = { one: { cacheDoc(document: unknown[][]): Set<string>[]; match(docs: unknown[][], m: Todo): MatchResult } };

/** One pattern of a net, with what trimDown asks of a fragment as hook ranks (every need and want is a hook word). */
interface Entry {
  m: Match;
  /** Its match text's id: compromise keeps one pattern per distinct match text. */
  id: number;
  needs: Int32Array;
  wants: Int32Array;
  /** Its ifNo words' ranks. */
  noes: Int32Array;
  /** How the pattern is run on a fragment: see `plan`. */
  how: How;
  /** `how !== PLAIN`: whether a match may start at a term of the fragment (see `startsTest`). */
  starts: ((terms: Term[], c: number) => boolean) | null;
  /** compromise's minLength: the tokens neither optional nor negative (no match starts nearer the end). */
  minLength: number;
  /** `how === EACH`: the pattern anchored to its first term (`^`), without group, to run at one start. */
  single: Todo | null;
  /** `how === EACH`: the capture group the pattern returns, as compromise's getGroup reads it ('' for none). */
  group: string;
  /** `how === EACH`: its notIf, run on a match's terms (any match of it rejects the match). */
  not: Todo | null;
}

/** compromise's matcher tries every start; these let it skip the starts where the first token cannot match. */
type How = 0 | 1 | 2;
/** Run as compromise does, every start tried. */
const PLAIN = 0;
/** Run from the first term the first token can match (the terms before it are no start). */
const FROM_FIRST = 1;
/** Run once at each term the first token can match, as compromise's own loop would (skipping over a match). */
const EACH = 2;

/** Some token, or a token inside a choice, is anchored to the start (`^`), which reads a term's index in the fragment. */
function anchoredAnywhere(regs: Reg[]): boolean {
  return regs.some((r) => r.start === true || (r.choices !== undefined && r.choices.some(anchoredAnywhere)));
}

/** compromise's minLength: the tokens neither optional nor negative (its matcher starts no nearer the end). */
const minLengthOf = (regs: Reg[]): number => regs.filter((r) => r.optional !== true && r.negative !== true).length;

/**
 * How a pattern can be run. At each start compromise's tryHere tests the first token on the start term
 * first, and a first token that is neither optional, negative, `.` nor `$`, and fails there, ends that
 * start with no match and no other effect; `mayStart` is a test that never fails where that one passes.
 * Shifting a fragment's start changes only the index a term is tested at, and that matters only to `^`
 * tokens (`$` compares index and length, shifted alike). A start at one term is run as the pattern
 * anchored there (`^` on the first token, on the fragment from that term: an anchored first token is
 * tested at index 0 only, and its anchor is read nowhere else), without its group or notIf, which are
 * applied here as compromise's runMatch does, so that every match found skips over its terms. That needs
 * compromise's `$` filter to drop nothing (a last `$` token neither optional, negative nor `.` makes every
 * match end at the fragment's end), and a notIf that compromise's match answers alike (not anchored, no
 * `$` at its end, at most one token needed); other patterns are run from the first possible start.
 */
function plan(m: Match & Todo): Pick<Entry, 'how' | 'starts' | 'minLength' | 'single' | 'group' | 'not'> {
  const regs = m.regs;
  const plain = { how: PLAIN, starts: null, minLength: 0, single: null, group: '', not: null } as const;
  if (regs === undefined || regs.length === 0 || m.justOne === true) return plain;
  const f = regs[0];
  if (f.optional === true || f.negative === true || f.anything === true || f.start === true || f.end === true) return plain;
  if (f.choices !== undefined && ((f.operator !== 'or' && f.operator !== 'and') || !Array.isArray(f.choices))) return plain;
  if (anchoredAnywhere(regs)) return plain;
  const minLength = minLengthOf(regs);
  const last = regs[regs.length - 1];
  const endOk = last.end !== true || (last.optional !== true && last.negative !== true && last.anything !== true);
  const notIf = m.notIf as Reg[] | undefined;
  const notOk =
    notIf === undefined ||
    (Array.isArray(notIf) && notIf.length > 0 && notIf[0].start !== true && notIf[notIf.length - 1].end !== true && minLengthOf(notIf) <= 1);
  if (!endOk || !notOk) return { how: FROM_FIRST, starts: startsTest(regs), minLength, single: null, group: '', not: null };
  const single: Todo = { regs: [Object.assign({}, f, { start: true }), ...regs.slice(1)] };
  const group = typeof m.group === 'number' ? String(m.group) : (m.group ?? '');
  return { how: EACH, starts: startsTest(regs), minLength, single, group, not: notIf === undefined ? null : { regs: notIf, justOne: true } };
}

/** A test of a term: false only where compromise's would fail. */
type Test = (t: Term) => boolean;
const ANY: Test = () => true;

/** compromise's term test (doesMatch, negation included) for one token, as a function that fails only where it fails. */
function tokenTest(r: Reg): Test {
  if (r.negative === true || r.anything === true || r.id !== undefined) return ANY;
  if (r.word !== undefined) {
    const w = r.word;
    const use = r.use;
    if (use) return (t) => t[use] === w;
    if (r.fuzzy === true) return ANY; // fuzzy: left to compromise
    return (t) => t.machine === w || (t.alias ? t.alias.includes(w) : false) || t.text === w || t.normal === w;
  }
  if (r.tag !== undefined) {
    const tag = r.tag;
    return (t) => t.tags.has(tag);
  }
  if (r.method !== undefined || r.pre !== undefined || r.post !== undefined || r.regex !== undefined || r.chunk !== undefined) return ANY;
  if (r.switch !== undefined) {
    const sw = r.switch;
    return (t) => t.switch === sw;
  }
  if (r.machine !== undefined || r.sense !== undefined) return ANY;
  if (r.fastOr !== undefined) {
    const set = r.fastOr;
    const pos = r.pos;
    return (t) => {
      if (pos && !t.tags.has(pos)) return false;
      const str = t.root || t.implicit || t.machine || t.normal;
      return set.has(str) || set.has(t.text);
    };
  }
  return ANY;
}

/** The test a start term must pass for a token read at a start (a term test, or an or- or and-block's choices). */
function startTest(f: Reg): Test {
  if (f.choices === undefined) return tokenTest(f);
  const tests: Test[] = [];
  for (const choice of f.choices) {
    if (!Array.isArray(choice)) return ANY; // a choice not a list: left to compromise
    if (choice.length > 0) tests.push(tokenTest(choice[0]));
  }
  // an and-block: every choice's first token must pass; an or-block: some choice's
  if (f.operator === 'and') return (t) => tests.every((test) => test(t));
  return (t) => tests.some((test) => test(t));
}

/** A token read at a start or right after a one-term token: its test is all tryHere asks there (else it dies). */
const testable = (r: Reg): boolean =>
  r.optional !== true &&
  r.negative !== true &&
  r.anything !== true &&
  r.start !== true &&
  (r.choices === undefined || ((r.operator === 'or' || r.operator === 'and') && Array.isArray(r.choices)));

/** Tests of the first tokens after the first: at most this many. */
const MAX_NEXT = 3;

/**
 * Whether a match may start at a fragment's term c: the first token's test passes there and, while the
 * tokens take exactly one term each (neither greedy nor a block), the next tokens' tests (each testable)
 * pass at the next terms, as tryHere reads them. A term that is part of a contraction may make compromise
 * skip a term, so the tests stop there.
 */
function startsTest(regs: Reg[]): (terms: Term[], c: number) => boolean {
  const tests: Test[] = [startTest(regs[0])];
  for (let k = 0; k + 1 < regs.length && tests.length <= MAX_NEXT; k++) {
    const r = regs[k];
    if (r.choices !== undefined || r.greedy === true || !testable(regs[k + 1])) break;
    tests.push(startTest(regs[k + 1]));
  }
  const first = tests[0];
  if (tests.length === 1) return (terms, c) => first(terms[c]);
  // every token tested takes one term (compromise's minLength keeps all these terms in the fragment)
  return (terms, c) => {
    if (!first(terms[c])) return false;
    for (let k = 1; k < tests.length; k++) {
      if (terms[c + k - 1].implicit) return true;
      if (!tests[k](terms[c + k])) return false;
    }
    return true;
  };
}

/** A net's hooks in the form the sweep reads: each hook word's rank, and by rank the hook's patterns. */
interface Prepared {
  /** The rank of each hook word (0 up), then of each ifNo word that is no hook. */
  rank: Map<string, number>;
  /** How many hook words: the ranks below it. */
  hooks: number;
  /** The rank of `#tag` by tag, and of `%switch%` by switch. */
  tagRank: Map<string, number>;
  switchRank: Map<string, number>;
  lists: Entry[][];
  /** The net's `always` patterns. */
  always: Entry[];
  /** `seen[id] === stamp`: the pattern was taken already for the current fragment. */
  seen: Uint32Array;
  /** `present[rank] === stamp`: the hook or ifNo word is in the current fragment's cache (compromise's cacheDoc). */
  present: Uint32Array;
  stamp: number;
}

function prepare(preparedNets: WeakMap<Net, Prepared>, net: Net): Prepared {
  let p = preparedNets.get(net);
  if (!p) {
    const keys = Object.keys(net.hooks);
    const rank = new Map(keys.map((k, i) => [k, i]));
    for (const m of [...Object.values(net.hooks).flat(), ...net.always]) for (const no of m.ifNo ?? []) if (!rank.has(no)) rank.set(no, rank.size);
    const tagRank = new Map<string, number>();
    const switchRank = new Map<string, number>();
    for (const [k, r] of rank) {
      if (k.startsWith('#')) tagRank.set(k.slice(1), r);
      if (k.length > 1 && k.startsWith('%') && k.endsWith('%')) switchRank.set(k.slice(1, -1), r);
    }
    const ids = new Map<string, number>();
    const entries = new Map<Match, Entry>();
    const ranks = (words: string[]): Int32Array => Int32Array.from(words, (w) => rank.get(w) ?? -1);
    const entry = (m: Match): Entry => {
      let e = entries.get(m);
      if (!e) {
        const key = String(m.match);
        let id = ids.get(key);
        if (id === undefined) {
          id = ids.size;
          ids.set(key, id);
        }
        e = { m, id, needs: ranks(m.needs), wants: ranks(m.wants), noes: ranks(m.ifNo ?? []), ...plan(m) };
        entries.set(m, e);
      }
      return e;
    };
    const lists = keys.map((k) => net.hooks[k].map(entry));
    const always = net.always.map(entry);
    p = { rank, hooks: keys.length, tagRank, switchRank, lists, always, seen: new Uint32Array(ids.size), present: new Uint32Array(rank.size), stamp: 0 };
    preparedNets.set(net, p);
  }
  return p;
}

/** compromise's trimDown: the needs are all there, no ifNo is, enough wants are (hook words by rank, the rest by the cache). */
function cacheAllows(e: Entry, present: Uint32Array, stamp: number): boolean {
  const { needs, wants, noes } = e;
  for (let i = 0; i < needs.length; i++) if (needs[i] < 0 || present[needs[i]] !== stamp) return false;
  for (let i = 0; i < noes.length; i++) if (present[noes[i]] === stamp) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (wants[i] >= 0 && present[wants[i]] === stamp) found++;
  return found >= e.m.minWant;
}

/**
 * The patterns to try on one fragment, in compromise's order: the hooked ones (in the hooks' order, each
 * distinct match text once, the first one kept) that pass trimDown, then the `always` ones; all need enough words.
 */
function todoFor(terms: Term[], p: Prepared): Entry[] {
  // a new stamp marks this fragment's hook words and patterns (and clears the last fragment's, all at once)
  if (++p.stamp === 0xffffffff) {
    p.seen.fill(0);
    p.present.fill(0);
    p.stamp = 1;
  }
  const { stamp, seen, present, rank, tagRank, hooks } = p;
  const words = terms.length;
  const hits: number[] = [];
  // compromise's cacheDoc puts in a fragment's cache each term's normal form, %switch%, implicit, machine
  // and root forms, aliases and #tags; here the ones that are hook or ifNo words are marked present
  const mark = (r: number | undefined): void => {
    if (r !== undefined && present[r] !== stamp) {
      present[r] = stamp;
      if (r < hooks) hits.push(r);
    }
  };
  for (const t of terms) {
    if (t.normal !== '') mark(rank.get(t.normal));
    if (t.switch) mark(p.switchRank.get(t.switch));
    if (t.implicit) mark(rank.get(t.implicit));
    if (t.machine) mark(rank.get(t.machine));
    if (t.root) mark(rank.get(t.root));
    if (t.alias) for (const a of t.alias) mark(rank.get(a));
    for (const tag of t.tags) mark(tagRank.get(tag));
  }
  hits.sort((a, b) => a - b);
  const todo: Entry[] = [];
  for (const r of hits) {
    for (const e of p.lists[r]) {
      if (seen[e.id] === stamp) continue;
      seen[e.id] = stamp;
      if (words >= e.m.minWords && cacheAllows(e, present, stamp)) todo.push(e);
    }
  }
  for (const e of p.always) if (words >= e.m.minWords) todo.push(e);
  return todo;
}

/** The pointers compromise's `match([terms], m)` gives (its fragment index left for the caller to set). */
function pointersOf(terms: Term[], e: Entry, match: Methods['one']['match']): unknown[][] {
  const { m, starts } = e;
  if (e.how === PLAIN || starts === null) return match([terms], m).ptrs;
  const last = terms.length - e.minLength;
  if (e.how === FROM_FIRST) {
    let from = 0;
    while (from <= last && !starts(terms, from)) from++;
    if (from > last) return [];
    if (from === 0) return match([terms], m).ptrs;
    const ptrs = match([terms.slice(from)], m).ptrs;
    for (const ptr of ptrs) {
      (ptr[1] as number) += from;
      (ptr[2] as number) += from;
    }
    return ptrs;
  }
  // EACH: compromise's loop over the starts, run only where the first token matches
  const single = e.single as Todo;
  const ptrs: unknown[][] = [];
  for (let c = 0; c <= last; c++) {
    if (!starts(terms, c)) continue;
    const res = match([terms.slice(c)], single);
    if (res.ptrs.length === 0) continue;
    const end = c + (res.ptrs[0][2] as number);
    // compromise goes on after the match's end, whether notIf and group keep it or not
    const from = c;
    c = end - 1;
    if (e.not !== null && match([terms.slice(from, end)], e.not).ptrs.length > 0) continue;
    let ptr: unknown[] | undefined = [0, from, end];
    if (e.group) {
      const g = res.byGroup[e.group] as number[][] | undefined;
      ptr = g === undefined ? undefined : [0, from + g[0][1], from + g[0][2]];
    }
    if (ptr !== undefined) {
      ptr[3] = terms[ptr[1] as number].id;
      ptr[4] = terms[(ptr[2] as number) - 1].id;
      ptrs.push(ptr);
    }
  }
  return ptrs;
}

export type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

/**
 * A sweep with its own prepared nets (each net prepared on its first sweep: compromise builds its post-tagger
 * net once, so one sweep prepares it once).
 */
export function createBulkMatch(): BulkMatch {
  const preparedNets = new WeakMap<Net, Prepared>();
  return (document, net, methods, opts = {}) => sweep(prepare(preparedNets, net), document, methods, opts);
}

function sweep(p: Prepared, document: unknown[][], methods: Methods, opts: { matchOne?: boolean }): Found[] {
  const match = methods.one.match;
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as Term[];
    const todo = todoFor(terms, p);
    for (const e of todo) {
      const ptrs = pointersOf(terms, e, match);
      if (ptrs.length === 0) continue;
      const m = e.m;
      for (const ptr of ptrs) {
        ptr[0] = n; // the fragment's index in this document
        const found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

/** Puts `bulkMatch` into compromise (idempotent; compromise's results are unchanged). */
/**
 * The compromise release this sweep was checked against (same matches, same order, on every corpus and on
 * random texts). package.json pins exactly this version; tests/unit/compromise-version.test.ts fails loudly
 * when the installed one differs, and on another version the sweep is not installed at all: compromise's own
 * bulkMatch runs (slower, and still correct).
 */
export const CHECKED_COMPROMISE_VERSION = '14.17.0';

/** Installs the sweep into compromise, when it is the version it was checked against. Returns whether it did. */
export function installSweep(): boolean {
  if ((nlp as unknown as { version: string }).version !== CHECKED_COMPROMISE_VERSION) return false;
  nlp.plugin({ methods: { one: { bulkMatch: createBulkMatch() } } } as unknown as Parameters<typeof nlp.plugin>[0]);
  return true;
}
