// Refiners: pure steps over the rules' candidates, in the order of REFINERS below.
import type { QuoteCandidate } from '../types.js';
import type { QuoteContext } from './context.js';
import { RULES, SPEAKER_RULES, type Found } from './rules.js';

type Refiner = (ctx: QuoteContext, xs: Found[]) => Found[];

const byStart = (x: Found, y: Found): number => x.start - y.start || y.end - x.end;

/** A quote paragraph with no cue belongs to the speaker of the quote just before it. */
export const attributeFloating: Refiner = (_ctx, xs) => {
  const sorted = [...xs].sort(byStart);
  let last: Found | null = null;
  return sorted.map((x) => {
    if (!x.floating) {
      if (x.speaker && x.type !== 'indirect') last = x;
      else if (x.speaker && x.type === 'indirect') last = x;
      return x;
    }
    const near = last && (x.para - last.para <= 1 || (x.marked?.continued ?? false));
    if (last && near && last.speaker) {
      const y: Found = { ...x, speaker: { ...last.speaker, rule: SPEAKER_RULES.floating }, verb: last.verb, floating: false };
      last = { ...y, para: x.para };
      return y;
    }
    return { ...x, rule: RULES.directUnattributed, floating: false };
  });
};

/** Reported speech already carried by quotation marks: an indirect clause that holds a direct quote or opens with a mark. */
export const dropCoveredIndirect: Refiner = (ctx, xs) => {
  const marked = xs.filter((x) => x.marked);
  return xs.filter((x) => {
    if (x.type !== 'indirect') return true;
    if (/^["“‘'«]/.test(ctx.text.slice(x.start, x.start + 1)) || ctx.quoteAt(x.start)) return false;
    return !marked.some((m) => m.type === 'direct' && m.start >= x.start - 1 && m.end <= x.end + 1);
  });
};

/** One candidate per span; the first rule wins. */
export const dedupe: Refiner = (_ctx, xs) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.start}:${x.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/**
 * Overlapping indirect candidates of one speaker (two rules reading one attribution): keep the longer.
 * Different speakers are kept both: "X said Y, Z said" nests one attribution in another.
 */
export const resolveOverlaps: Refiner = (_ctx, xs) => {
  const ind = xs.filter((x) => x.type === 'indirect').sort(byStart);
  const drop = new Set<Found>();
  for (let i = 0; i < ind.length; i++) {
    for (let j = i + 1; j < ind.length && ind[j].start < ind[i].end; j++) {
      const a = ind[i];
      const b = ind[j];
      const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
      const same = a.speaker && b.speaker ? a.speaker.start === b.speaker.start : a.speaker === b.speaker;
      if (same && ov > 0.5 * Math.min(a.end - a.start, b.end - b.start)) drop.add(a.end - a.start >= b.end - b.start ? b : a);
    }
  }
  return xs.filter((x) => !drop.has(x));
};

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'is', 'de', 'la', 'vs.', 'vs', '&']);

/** A short name in title case inside marks ("Face the Nation", "Morning Joe") is a title, not a quote. */
export function looksLikeTitle(text: string): boolean {
  const words = text.replace(/[.,;:!?]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}'‘’"“]/u.test(w));
}

/** Titles in marks are not quotes (unless they are the whole of a paragraph's quote with its own cue). */
export const dropTitles: Refiner = (_ctx, xs) => xs.filter((x) => !(x.marked && x.type !== 'direct' && looksLikeTitle(x.text)) && !(x.marked && x.rule === RULES.directUnattributed && looksLikeTitle(x.text)));

export const REFINERS: Refiner[] = [dedupe, attributeFloating, dropTitles, dropCoveredIndirect, resolveOverlaps];

export function toCandidates(xs: Found[]): QuoteCandidate[] {
  return [...xs].sort(byStart).map((x) => ({ text: x.text, start: x.start, end: x.end, type: x.type, verb: x.verb, speaker: x.speaker, rule: x.rule }));
}
