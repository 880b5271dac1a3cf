// The number reader: a number phrase at a term (digits, number words, a vague quantity, a range token)
// and the qualifier phrase right before it ("at least", "nearly").
import type { Qualifier } from '../../record/schema.js';
import { MAGNITUDES, NUMBER_WORDS, QUALIFIERS, VAGUE } from './lexicon.js';
import { has, words, type Tok } from './terms.js';

/** A number read at a term: its value, where it ends and how it was written (the id of the count it makes). */
export interface Core {
  value: number;
  max?: number;
  /** Index one past the core's last token. */
  end: number;
  qualifier?: Qualifier;
  money?: boolean;
  percent?: boolean;
  digits: boolean;
  rule: string;
}

/** The ids a number core gives its count (rules/2-numbers.ts may replace them with a context's). */
export const CORE_IDS = {
  digits: 'count.digits-noun',
  words: 'count.words-noun',
  money: 'count.money',
  range: 'count.range',
  vague: 'count.vague-quantity',
} as const;

const DIGITS = /^(\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%)?$/;
const RANGE_TOKEN = /^(\d{1,6})[-–](\d{1,6})$/;

export function wordNumber(w: string): number | null {
  return NUMBER_WORDS.get(w) ?? null;
}

/** Reads number words from i: "fourteen", "twenty-five", "one hundred and twenty", "a hundred", "two dozen". */
function readWords(toks: readonly Tok[], i: number): { value: number; end: number } | null {
  let total = 0;
  let cur = 0;
  let seen = false;
  let k = i;
  for (; k < toks.length && k < i + 8; k++) {
    const w = words(toks[k]);
    const n = wordNumber(w);
    if (n !== null) {
      if (seen && cur % 100 !== 0 && cur % 10 === 0 && n < 10 && n > 0) cur += n; // twenty five
      else if (seen && cur % 100 === 0 && cur > 0 && n < 100) cur += n; // one hundred twenty
      else if (seen) break; // "one two" is two numbers
      else cur = n;
      seen = true;
      continue;
    }
    if (w === 'hundred' && (seen || (k === i + 1 && words(toks[i]) === 'a'))) {
      cur = (cur || 1) * 100;
      seen = true;
      continue;
    }
    const magnitude = MAGNITUDES.get(w);
    if (magnitude !== undefined && w !== 'hundred' && (seen || (k === i + 1 && words(toks[i]) === 'a'))) {
      total += (cur || 1) * magnitude;
      cur = 0;
      seen = true;
      continue;
    }
    if (w === 'dozen' && seen && cur > 0 && cur < 100) {
      cur *= 12;
      continue;
    }
    if (w === 'and' && seen && k + 1 < toks.length && wordNumber(words(toks[k + 1])) !== null && (cur >= 100 || total >= 1000)) continue;
    if (w === 'a' && !seen && k + 1 < toks.length && MAGNITUDES.has(words(toks[k + 1]))) continue;
    break;
  }
  if (!seen) return null;
  return { value: total + cur, end: k };
}

/** The lexicon's phrases by their first word (vague quantities) and last word (qualifiers): one lookup per token, not a pass over each list. */
const byWord = <T extends { words: readonly string[] }>(xs: readonly T[], at: (ws: readonly string[]) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = at(x.words);
    m.set(k, [...(m.get(k) ?? []), x]);
  }
  return m;
};
const VAGUE_BY_FIRST = byWord(VAGUE, (ws) => ws[0]);
const QUALIFIERS_BY_LAST = byWord(QUALIFIERS, (ws) => ws[ws.length - 1]);

/** The number at i, if any. */
export function readCore(toks: readonly Tok[], i: number): Core | null {
  const t = toks[i];
  for (const v of VAGUE_BY_FIRST.get(words(t)) ?? []) {
    if (i + v.words.length > toks.length) continue;
    if (v.words.every((w, n) => words(toks[i + n]) === w)) {
      // "a couple"/"a handful"/"a dozen" count only when "of" or a noun follows, not "a couple" as people
      return { value: v.value, end: i + v.words.length, qualifier: v.qualifier, digits: false, rule: CORE_IDS.vague };
    }
  }
  const m = DIGITS.exec(t.text);
  if (m) {
    let value = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
    let end = i + 1;
    const magnitude = toks[end] ? MAGNITUDES.get(words(toks[end])) : undefined;
    if (magnitude !== undefined && !m[4]) {
      value *= magnitude;
      end++;
    }
    return { value, end, money: !!m[1] || has(t, 'Money'), percent: !!m[4], digits: true, rule: m[1] ? CORE_IDS.money : CORE_IDS.digits };
  }
  const r = RANGE_TOKEN.exec(t.text);
  if (r && Number(r[1]) <= Number(r[2])) {
    return { value: Number(r[1]), max: Number(r[2]), end: i + 1, qualifier: 'range', digits: true, rule: CORE_IDS.range };
  }
  const w = readWords(toks, i);
  if (w) return { value: w.value, end: w.end, digits: false, rule: CORE_IDS.words };
  return null;
}

/** Qualifier phrase ending right before index i. */
export function readQualifier(toks: readonly Tok[], i: number): { start: number; qualifier: Qualifier } | null {
  if (i === 0) return null;
  for (const q of QUALIFIERS_BY_LAST.get(words(toks[i - 1])) ?? []) {
    const s = i - q.words.length;
    if (s < 0) continue;
    if (q.words.every((w, n) => words(toks[s + n]) === w)) return { start: s, qualifier: q.qualifier };
  }
  return null;
}
