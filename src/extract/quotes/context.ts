// What every quote rule reads: the analysis's terms, the paragraphs, the quoted spans and sentences
// cut for attribution (a sentence also ends after a closing mark: `... justified.” The next`).
import type { Analysis, Term } from '../../analyse/index.js';
import type { CueTable } from './lexicon.js';
import { findQuotedSpans, paragraphsOf, type Paragraph, type QuotedSpan } from './marks.js';

export interface Sent {
  start: number;
  end: number;
  /** Term range [from, to). */
  from: number;
  to: number;
  para: number;
}

export interface QuoteContext {
  a: Analysis;
  /** The tagger's cue table (lexicon.ts compileCues). */
  cues: CueTable;
  text: string;
  terms: Term[];
  paras: Paragraph[];
  quoted: QuotedSpan[];
  sents: Sent[];
  /** Sentence index of each term. */
  sentOf: Int32Array;
  /** Paragraph index of each term. */
  paraOf: Int32Array;
  /** The quoted span whose marks enclose the offset, or null. */
  quoteAt(offset: number): QuotedSpan | null;
  /** Index of the first term that starts at or after the offset (terms.length if none). */
  termFrom(offset: number): number;
}

const MAX_SENT_TERMS = 150;
const ABBREV_TAGS = ['Abbreviation', 'Honorific', 'Acronym'];
const SENT_END = /^[)\]"”’'»]*[.!?]+[)\]"”’'»]*\s/;

function isAbbrev(t: Term): boolean {
  if (ABBREV_TAGS.some((k) => t.tags.has(k))) return true;
  return /^\p{Lu}$/u.test(t.text) || /^(?:\p{L}\.)+\p{L}$/u.test(t.text);
}

export function buildContext(a: Analysis, cues: CueTable): QuoteContext {
  const text = a.text;
  const terms = a.terms;
  const paras = paragraphsOf(a.lines);
  const quoted = findQuotedSpans(text, paras);

  // paragraph of each term (terms and paragraphs are both in text order)
  const paraOf = new Int32Array(terms.length);
  let p = 0;
  for (const t of terms) {
    while (p < paras.length - 1 && t.start >= paras[p].end) p++;
    paraOf[t.i] = p;
  }

  const sents: Sent[] = [];
  const sentOf = new Int32Array(terms.length);
  let from = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const next = terms[i + 1];
    // a run-on "sentence" is cut so that every rule's work stays bounded
    let boundary = !next || paraOf[i] !== paraOf[i + 1] || next.sentence !== t.sentence || i + 1 - from >= MAX_SENT_TERMS;
    if (!boundary && SENT_END.test(t.post + ' ') && !isAbbrev(t)) {
      const c = text[next.start] ?? '';
      boundary = /[\p{Lu}\p{N}]/u.test(c) || /["“‘'«]/.test(next.pre);
    }
    if (boundary) {
      const first = terms[from];
      let end = t.end;
      // closing punctuation and marks after the last word belong to the sentence
      const post = /^[^\s]*/.exec(t.post)?.[0] ?? '';
      end += post.length;
      const s: Sent = { start: first.start, end, from, to: i + 1, para: paraOf[from] };
      for (let k = from; k <= i; k++) sentOf[k] = sents.length;
      sents.push(s);
      from = i + 1;
    }
  }

  // quoted spans by opening mark, for lookup by offset (they do not overlap)
  const spans = quoted.map((q) => ({ from: q.open, to: q.close >= 0 ? q.close + q.closeLen : q.end, q })).sort((x, y) => x.from - y.from);
  const quoteAt = (offset: number): QuotedSpan | null => {
    let lo = 0;
    let hi = spans.length - 1;
    let found: QuotedSpan | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].from <= offset) {
        if (offset < spans[mid].to) found = spans[mid].q;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const termFrom = (offset: number): number => {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { a, cues, text, terms, paras, quoted, sents, sentOf, paraOf, quoteAt, termFrom };
}
