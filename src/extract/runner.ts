// The one rule runner (README "How it works"): a rule is data, `{ id, text | terms, build }`, and the runner
// owns the scan loop and the offsets, so no rule does either. A `text` rule is a regular expression matched on
// the document's text; a `terms` rule is a term pattern (./term-pattern.ts) matched on the analysis's terms,
// compromise's tokens with their normal forms and tags, parsed once for every extractor (src/analyse).
// `build(match, ctx)` reads a match and returns what it means, or null to let the next rule try it.
//
// Rules that share one pattern (the same RegExp or term-pattern object) share one scan: at each match the
// rules of the group are tried in table order and the first whose build returns a value wins. A scan goes
// on after the end of each match, taken or not, as a global regular expression does. Hits come pattern by
// pattern (in the order of each pattern's first rule), each pattern's in text order: sort them if you need
// one text order. Regular expressions must be linear: a pattern with a quantifier that repeats without bound
// around another such quantifier ("(?:\w+\s?)+") is refused when the rules are compiled.
import type { Analysis, Term } from '../analyse/index.js';
import { compileTermPattern, matchTermsAt, type CompiledStep, type TermPattern } from './term-pattern.js';

export type { TermPattern, TermStep, TermTest } from './term-pattern.js';

/** A match of a text rule: its span and the regular expression's match (groups by number or name). */
export interface TextMatch {
  readonly kind: 'text';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly m: RegExpExecArray;
}

/** A match of a term rule: its span, its terms [from, to), and the terms each step took ([from, to) per step). */
export interface TermMatch {
  readonly kind: 'terms';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly parts: ReadonlyArray<readonly [number, number]>;
  /** The terms of the match, in order. */
  readonly terms: readonly Term[];
}

export type Match = TextMatch | TermMatch;

/** A rule matched on the text. */
export interface TextRule<V, C = Analysis> {
  readonly id: string;
  readonly text: RegExp;
  readonly terms?: undefined;
  build(match: TextMatch, ctx: C): V | null;
}

/** A rule matched on the terms. */
export interface TermRule<V, C = Analysis> {
  readonly id: string;
  readonly terms: TermPattern;
  readonly text?: undefined;
  build(match: TermMatch, ctx: C): V | null;
}

export type Rule<V, C = Analysis> = TextRule<V, C> | TermRule<V, C>;

/** What a rule builds, and the context its build reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<any, any>;
export type ValueOf<R extends AnyRule> = Exclude<ReturnType<R['build']>, null>;
export type ContextOf<R extends AnyRule> = Parameters<R['build']>[1];

/** One rule's reading of one match. */
export interface Hit<R extends AnyRule> {
  readonly rule: R;
  readonly match: Match;
  readonly value: ValueOf<R>;
}

type Group<R> =
  | { readonly kind: 'text'; readonly re: RegExp; readonly rules: R[] }
  | { readonly kind: 'terms'; readonly steps: CompiledStep[]; readonly rules: R[] };

/** Rules compiled once (each pattern once, however many rules share it); run them on any number of documents. */
export interface CompiledRules<R extends AnyRule> {
  readonly rules: readonly R[];
  run(a: Pick<Analysis, 'text' | 'terms'>, ctx: ContextOf<R>): Hit<R>[];
}

/** Whether a regular expression's source repeats without bound a group that itself repeats without bound. */
export function nestedQuantifier(source: string): boolean {
  // per open group: does it hold an unbounded quantifier?
  const open: boolean[] = [];
  const unbounded = (at: number): { unbounded: boolean; length: number } | null => {
    const c = source[at];
    if (c === '*' || c === '+') return { unbounded: true, length: 1 };
    if (c === '?') return { unbounded: false, length: 1 };
    const q = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 12));
    if (!q) return null;
    return { unbounded: q[2] !== undefined && q[3] === '', length: q[0].length };
  };
  const mark = (): void => {
    if (open.length) open[open.length - 1] = true;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let groupHeld: boolean | null = null;
    if (c === '\\') i += 2;
    else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      open.push(false);
      i++;
      if (source[i] === '?') {
        const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 40));
        i += prefix ? prefix[0].length : 1;
      }
      continue;
    } else if (c === ')') {
      groupHeld = open.pop() ?? false;
      i++;
    } else i++;
    const q = unbounded(i);
    if (q) {
      if (q.unbounded && groupHeld) return true;
      if (q.unbounded) mark();
      i += q.length;
      if (source[i] === '?') i++; // lazy
    }
    if (groupHeld) mark();
  }
  return false;
}

/** Compiles a rule table: each pattern once, rules that share a pattern object in one group. */
export function compileRules<R extends AnyRule>(rules: readonly R[]): CompiledRules<R> {
  const groups: Group<R>[] = [];
  const byPattern = new Map<RegExp | TermPattern, Group<R>>();
  for (const rule of rules) {
    const pattern = rule.text ?? rule.terms;
    if (!pattern) throw new Error(`rule ${rule.id}: neither text nor terms`);
    let g = byPattern.get(pattern);
    if (!g) {
      if (rule.text) {
        if (nestedQuantifier(rule.text.source)) throw new Error(`rule ${rule.id}: a quantifier repeats another without bound (${rule.text.source.slice(0, 60)})`);
        const flags = rule.text.flags.includes('g') ? rule.text.flags.replace('y', '') : `${rule.text.flags.replace('y', '')}g`;
        g = { kind: 'text', re: new RegExp(rule.text.source, flags), rules: [] };
      } else g = { kind: 'terms', steps: compileTermPattern(rule.terms as TermPattern), rules: [] };
      byPattern.set(pattern, g);
      groups.push(g);
    }
    g.rules.push(rule);
  }
  return {
    rules,
    run(a, ctx) {
      const hits: Hit<R>[] = [];
      const take = (g: Group<R>, match: Match): void => {
        for (const rule of g.rules) {
          const value = (rule.build as (m: Match, c: unknown) => ValueOf<R> | null)(match, ctx);
          if (value !== null) {
            hits.push({ rule, match, value });
            return;
          }
        }
      };
      for (const g of groups) {
        if (g.kind === 'text') {
          const { re } = g;
          const text = a.text;
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) {
            if (m[0] === '') re.lastIndex++;
            take(g, { kind: 'text', start: m.index, end: m.index + m[0].length, text: m[0], m });
          }
          re.lastIndex = 0;
        } else {
          const { terms, text } = a;
          for (let i = 0; i < terms.length; ) {
            const parts = matchTermsAt(g.steps, terms, i);
            if (!parts) {
              i++;
              continue;
            }
            const to = parts[parts.length - 1][1];
            const start = terms[i].start;
            const end = terms[to - 1].end;
            take(g, { kind: 'terms', start, end, text: text.slice(start, end), from: i, to, parts, terms: terms.slice(i, to) });
            i = to;
          }
        }
      }
      return hits;
    },
  };
}
