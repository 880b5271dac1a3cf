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

/** The patterns worth trying on one fragment, in the hooks' order, each once (compromise's getHooks). */
function hooked(cache: Set<string>, net: Net, rank: Map<string, number>, keys: string[]): Match[] {
  const hits: number[] = [];
  for (const word of cache) {
    const r = rank.get(word);
    if (r !== undefined) hits.push(r);
  }
  hits.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Match[] = [];
  for (const r of hits) {
    for (const m of net.hooks[keys[r]]) {
      const key = String(m.match);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

/** compromise's trimDown: the needs are all there, no ifNo is, enough wants are. */
function cacheAllows(m: Match, cache: Set<string>): boolean {
  if (!m.needs.every((need) => cache.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some((no) => cache.has(no))) return false;
  return m.wants.length === 0 || m.wants.filter((w) => cache.has(w)).length >= m.minWant;
}

export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const keys = Object.keys(net.hooks);
  const rank = new Map(keys.map((k, i) => [k, i]));
  // fragments with the same cached words and length get the same patterns: a run of repeated fragments asks once
  const todoOf = new Map<string, Match[]>();
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const cache = caches[n];
    const words = document[n].length;
    const signature = `${words}\u0000${[...cache].join('\u0000')}`;
    let todo = todoOf.get(signature);
    if (!todo) {
      // as in compromise: the hooked patterns pass trimDown, the `always` ones skip it, and all need enough words
      todo = [...hooked(cache, net, rank, keys).filter((m) => cacheAllows(m, cache)), ...net.always].filter((m) => words >= m.minWords);
      todoOf.set(signature, todo);
    }
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
