// The chunk rules' runner: what a name chunk (already trimmed, its title split off) is. It tries the rules of
// CHUNK_RULES in order and returns the outcome of the first whose test holds; no rule holding, it is nothing.
import type { Context } from './context.js';
import type { Chunk } from './passes/1-chunks.js';
import { CHUNK_RULES, type ChunkRule, type Facts, type Outcome } from './rules.js';
import { clean } from './util.js';

export function facts(ctx: Context, c: Chunk, hasTitle: boolean): Facts {
  const terms = ctx.a.terms.slice(c.from, c.to);
  // the last word without the possessive the chunk's span already leaves out ("the Red Dawn Front's guerrillas": "front")
  const words = terms.map((t, i) => (c.possessive && i === terms.length - 1 ? clean(t.text.replace(/['’]s$/u, '')) : clean(t.text)));
  return { ctx, k: ctx.k, c, hasTitle, terms, words, lower: c.text.toLowerCase(), first: words[0], last: words[words.length - 1] };
}

/** The first rule that applies to the chunk, and its outcome (null rule: none applies). */
export function firstRule(f: Facts, rules: readonly ChunkRule[] = CHUNK_RULES): { rule: ChunkRule | null; outcome: Outcome } {
  for (const r of rules) if (r.test(f)) return { rule: r, outcome: r.build(f) };
  return { rule: null, outcome: null };
}

/** What a name chunk is: an actor (with its rule), a place, some other name, or nothing. */
export const classify = (ctx: Context, c: Chunk, hasTitle: boolean): Outcome => firstRule(facts(ctx, c, hasTitle)).outcome;
