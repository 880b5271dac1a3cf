// The one shared analysis of a document: compromise parses the text once, and every extractor
// reads the same terms, sentences and zones from here.
import nlp from 'compromise';
import type { Document } from '../document.js';
import { splitLines, type Line } from './lines.js';
import { findTitleLine, zoneLines, type Zone } from './zones.js';
import { findDateline, type Dateline } from './dateline.js';

export type { Line } from './lines.js';
export type { Zone, ZoneKind } from './zones.js';
export type { Dateline } from './dateline.js';

export type View = ReturnType<typeof nlp>;

export interface Term {
  /** Index in `Analysis.terms`. */
  i: number;
  text: string;
  /** compromise's normal form: lower case, no punctuation. */
  normal: string;
  start: number;
  end: number;
  /** Punctuation and spaces after the term, as in the text. */
  post: string;
  pre: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  text: string;
  /** Index of its first term and one past its last. */
  from: number;
  to: number;
  zone: Zone['kind'];
}

export interface Analysis {
  doc: Document;
  text: string;
  /** compromise's parse of the whole text; use `.json({offset:true})` or `terms` for spans. */
  nlp: View;
  terms: Term[];
  sentences: Sentence[];
  lines: Line[];
  zones: Zone[];
  /** The headline span in the text, or null. */
  title: { text: string; start: number; end: number } | null;
  dateline: Dateline;
  /** The reference date used to resolve relative dates (YYYY-MM-DD or date-time), or null. */
  reference: string | null;
  referenceSource: 'option' | 'input' | 'text' | 'none';
  /** True when [start, end) lies in article content (body or title), not a caption or boilerplate. */
  isContent(start: number, end: number): boolean;
  /** The zone kind at an offset. */
  zoneAt(offset: number): Zone['kind'] | null;
}

interface JsonTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: string[];
  offset: { start: number; length: number };
}

export function analyse(doc: Document): Analysis {
  const text = doc.text;
  const lines = splitLines(text);
  const titleLine = doc.title === null ? findTitleLine(lines) : null;
  const zones = zoneLines(lines, titleLine);
  const firstBody = zones.find((z) => z.kind === 'body');
  const firstBodyLine = firstBody ? lines.findIndex((l) => l.start === firstBody.start) : 0;
  const dateline = findDateline(lines, firstBodyLine);

  const parsed = nlp(text);
  const json = parsed.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  const terms: Term[] = [];
  const sentences: Sentence[] = [];
  const zoneAt = (offset: number): Zone['kind'] | null => {
    // zones are sorted by start and do not overlap
    let lo = 0;
    let hi = zones.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const z = zones[mid];
      if (offset < z.start) hi = mid - 1;
      else if (offset >= z.end) lo = mid + 1;
      else return z.kind;
    }
    return null;
  };
  for (const s of json) {
    let current: Sentence | null = null;
    for (const t of s.terms) {
      const start = t.offset.start;
      const end = start + t.offset.length;
      // compromise already splits on newlines; a sentence never crosses one here either
      if (!current || text.slice(terms[terms.length - 1].end, start).includes('\n')) {
        if (current) sentences.push(current);
        current = { i: sentences.length, start, end, text: '', from: terms.length, to: terms.length, zone: zoneAt(start) ?? 'body' };
      }
      terms.push({
        i: terms.length,
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        start,
        end,
        pre: t.pre ?? '',
        post: t.post ?? '',
        tags: new Set(t.tags ?? []),
        sentence: current.i,
      });
      current.end = end;
      current.to = terms.length;
    }
    if (current) sentences.push(current);
  }
  for (const s of sentences) {
    // include closing punctuation and quote marks that compromise keeps in `post`
    const last = terms[s.to - 1];
    const post = last ? last.post.replace(/\s.*$/s, '') : '';
    s.end = Math.min(text.length, s.end + post.length);
    s.text = text.slice(s.start, s.end);
  }

  let reference: string | null = doc.published;
  let referenceSource: Analysis['referenceSource'] = doc.published ? (doc.publishedSource ?? 'option') : 'none';
  if (!reference && dateline.published) {
    reference = dateline.published.value;
    referenceSource = 'text';
  }
  const titleSpan = titleLine ? { text: titleLine.text.trimEnd(), start: titleLine.start, end: titleLine.start + titleLine.text.trimEnd().length } : null;
  if (titleSpan) {
    const lead = titleSpan.text.length - titleSpan.text.trimStart().length;
    titleSpan.start += lead;
    titleSpan.text = titleSpan.text.trimStart();
  }

  return {
    doc,
    text,
    nlp: parsed,
    terms,
    sentences,
    lines,
    zones,
    title: titleSpan,
    dateline,
    reference,
    referenceSource,
    isContent(start, end) {
      for (const z of zones) {
        if (z.end <= start) continue;
        if (z.start >= end) break;
        if (z.kind === 'caption' || z.kind === 'boilerplate') return false;
      }
      return true;
    },
    zoneAt,
  };
}
