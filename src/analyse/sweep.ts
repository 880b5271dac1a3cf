// A drop-in replacement for compromise's `bulkMatch` (the sweep that runs its ~570 post-tagger patterns),
// with the same result in the same order. compromise's own version tests every one of the net's ~730 hook
// words against every sentence and comma-separated fragment, so a text of many tiny fragments ("A, A, A",
// one word a line, "x\r" runs) paid ~730 lookups per fragment: up to half of the whole run. Here each
// fragment's own cached words (a handful) are looked up among the hooks instead, and the hits are put back
// in the hooks' order, so the patterns tried, and their order, are exactly compromise's.
import nlp from 'compromise';

/** compromise's own bulkMatch, kept for the test that compares the two. */
export const compromiseBulkMatch = (nlp.methods() as unknown as { one: { bulkMatch: typeof bulkMatch } }).one.bulkMatch;

interface Match {
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
  pointer: number[];
}
type Methods = { one: { cacheDoc(document: unknown[][]): Set<string>[]; match(docs: unknown[][], m: Match): { ptrs: number[][] } } };

/** One pattern of a net, with what trimDown asks of a fragment as hook ranks (every need and want is a hook word). */
interface Entry {
  m: Match;
  /** Its match text's id: compromise keeps one pattern per distinct match text. */
  id: number;
  needs: Int32Array;
  wants: Int32Array;
}

/** A net's hooks in the form the sweep reads: each hook word's rank, and by rank the hook's patterns. */
interface Prepared {
  rank: Map<string, number>;
  lists: Entry[][];
  /** `seen[id] === stamp`: the pattern was taken already for the current fragment. */
  seen: Uint32Array;
  /** `present[rank] === stamp`: the hook word is in the current fragment's cache. */
  present: Uint32Array;
  stamp: number;
}

/** Prepared once per net (compromise builds its post-tagger net once). */
const preparedNets = new WeakMap<Net, Prepared>();

function prepare(net: Net): Prepared {
  let p = preparedNets.get(net);
  if (!p) {
    const keys = Object.keys(net.hooks);
    const rank = new Map(keys.map((k, i) => [k, i]));
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
        e = { m, id, needs: ranks(m.needs), wants: ranks(m.wants) };
        entries.set(m, e);
      }
      return e;
    };
    const lists = keys.map((k) => net.hooks[k].map(entry));
    p = { rank, lists, seen: new Uint32Array(ids.size), present: new Uint32Array(keys.length), stamp: 0 };
    preparedNets.set(net, p);
  }
  return p;
}

/** compromise's trimDown: the needs are all there, no ifNo is, enough wants are (hook words by rank, the rest by the cache). */
function cacheAllows(e: Entry, present: Uint32Array, stamp: number, cache: Set<string>): boolean {
  const { needs, wants } = e;
  for (let i = 0; i < needs.length; i++) if (needs[i] < 0 || present[needs[i]] !== stamp) return false;
  const ifNo = e.m.ifNo;
  if (ifNo !== undefined) for (const no of ifNo) if (cache.has(no)) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (wants[i] >= 0 && present[wants[i]] === stamp) found++;
  return found >= e.m.minWant;
}

/**
 * The patterns to try on one fragment, in compromise's order: the hooked ones (in the hooks' order, each
 * distinct match text once, the first one kept) that pass trimDown, then the `always` ones; all need enough words.
 */
function todoFor(cache: Set<string>, words: number, net: Net, p: Prepared): Match[] {
  // a new stamp marks this fragment's hook words and patterns (and clears the last fragment's, all at once)
  if (++p.stamp === 0xffffffff) {
    p.seen.fill(0);
    p.present.fill(0);
    p.stamp = 1;
  }
  const { stamp, seen, present } = p;
  const hits: number[] = [];
  for (const word of cache) {
    const r = p.rank.get(word);
    if (r !== undefined) {
      hits.push(r);
      present[r] = stamp;
    }
  }
  hits.sort((a, b) => a - b);
  const todo: Match[] = [];
  for (const r of hits) {
    for (const e of p.lists[r]) {
      if (seen[e.id] === stamp) continue;
      seen[e.id] = stamp;
      if (words >= e.m.minWords && cacheAllows(e, present, stamp, cache)) todo.push(e.m);
    }
  }
  for (const m of net.always) if (words >= m.minWords) todo.push(m);
  return todo;
}

export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const p = prepare(net);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const todo = todoFor(caches[n], document[n].length, net, p);
    for (const m of todo) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
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
export function installSweep(): void {
  nlp.plugin({ methods: { one: { bulkMatch } } } as unknown as Parameters<typeof nlp.plugin>[0]);
}
