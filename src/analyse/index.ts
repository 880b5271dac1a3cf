// The one shared analysis of a document: compromise parses the text once, and every extractor
// reads the same terms, sentences and zones from here.
import nlp from 'compromise';
import type { Document } from '../document.js';
import { splitLines, type Line } from './lines.js';
import { findTitleLine, zoneLines, type Zone } from './zones.js';
import { findDateline, type Dateline } from './dateline.js';
import { installSweep } from './sweep.js';
import { parse } from './parse.js';
import { unglue } from './glue.js';
import { truecase, type EnglishWords } from './truecase.js';

installSweep();

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
  /**
   * The text the rules read: the document's, or, for a document written in capitals, the same text recased
   * (src/analyse/truecase.ts: same length, same offsets). The record's texts are the document's own.
   */
  text: string;
  /** True when `text` is the recased document (see `text`). */
  recased: boolean;
  /** compromise's parse of the whole text (in pieces if a line is very long: see MAX_PIECE); use `terms` for spans. */
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
  /** The sentence that contains an offset, or null (between sentences). */
  sentenceAt(offset: number): Sentence | null;
  /**
   * Where a stage met an exception and went on without part of its work (a sentence, a rule): the pipeline
   * turns each into a `stage_failed` warning on the record. Filled by `reportFailure`, never read by extractors.
   */
  failures: StageFailure[];
}

/** One exception a stage caught and went on from. */
export interface StageFailure {
  stage: string;
  message: string;
}

/** Records that `stage` caught `error` and went on without part of its work (see `Analysis.failures`). */
export function reportFailure(a: Pick<Analysis, 'failures'>, stage: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (!a.failures.some((f) => f.stage === stage && f.message === message)) a.failures.push({ stage, message });
}

/** The rule ids of the analysis: the zones of the text and where the publication date was read (src/registry.ts reads them). */
export const analyseIds = {
  name: 'analyse',
  ids: [
    'zone.body', 'zone.title', 'zone.trailer', 'zone.boilerplate-line', 'zone.caption-label', 'zone.gallery-caption', 'zone.credit-line', 'zone.byline',
    'zone.caption-before-credit', 'zone.inline-credit',
    'published.dateline-iso', 'published.header', 'published.agency-dateline', 'published.byline',
  ],
} as const;

/** Runs one stage (or step); if it throws, the record goes on with `fallback` and a stage_failed warning. */
export function guarded<T>(a: Pick<Analysis, 'failures'>, stage: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (e) {
    reportFailure(a, stage, e);
    return fallback;
  }
}

/** A term of compromise's document as it holds it (after `compute('offset')`); read, never changed. */
interface NlpTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags?: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise slows down worse than linearly on one very long sentence (100 KB of "Mr. " or of dots takes
 * half a minute), so a line longer than this is parsed in pieces of at most this length. Lines of real
 * prose are shorter, and for them nothing changes: a text without such a line is parsed in one piece.
 */
export const MAX_PIECE = 1000;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x0b || c === 0x0c;

/** Where to end a piece that starts at `from` and may not reach past `limit`: after a sentence end, else after white space, else at `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + (limit - from) / 2;
  let afterSpace = -1;
  for (let p = limit; p > floor; p--) {
    if (!isSpace(text.charCodeAt(p - 1))) continue;
    const before = text.charCodeAt(p - 2);
    if (before === 46 || before === 33 || before === 63) return p; // ". " "! " "? "
    if (afterSpace < 0) afterSpace = p;
  }
  if (afterSpace > 0) return afterSpace;
  // no white space at all: cut anywhere, but never between the halves of a surrogate pair
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** The offsets at which the text is cut into separately parsed pieces: only inside lines over MAX_PIECE. */
export function pieceCuts(text: string, lines: Line[]): number[] {
  const cuts: number[] = [];
  for (const line of lines) {
    let from = line.start;
    while (line.end - from > MAX_PIECE) {
      from = cutPoint(text, from, from + MAX_PIECE);
      cuts.push(from);
    }
  }
  return cuts;
}

type NlpSentence = { terms: NlpTerm[]; shift: number };

/**
 * compromise's parse of the text, in pieces where a line is too long; each sentence carries its piece's offset.
 * Its terms are read from the parsed document itself: `json()` would copy every term and build every
 * sentence's text, which nobody reads.
 */
function parseInPieces(text: string, lines: Line[]): { parsed: View; json: NlpSentence[] } {
  const bounds = [0, ...pieceCuts(text, lines), text.length];
  const views: View[] = [];
  const json: NlpSentence[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const view = parse(unglue(text.slice(bounds[k], bounds[k + 1])));
    view.compute('offset');
    for (const terms of (view as unknown as { docs: NlpTerm[][] }).docs) json.push({ terms, shift: bounds[k] });
    views.push(view);
  }
  const parsed = views[0];
  // one view over all pieces, for those who match on it (its spans may differ by a space at a cut: use `terms` for spans)
  if (views.length > 1) parsed.concat(views.slice(1).flatMap((v) => v.document) as unknown as View).compute('index');
  return { parsed, json };
}

/** The span of a sorted, non-overlapping list that contains an offset (binary search), or null. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = spans[mid];
    if (offset < x.start) hi = mid - 1;
    else if (offset >= x.end) lo = mid + 1;
    else return x;
  }
  return null;
}

/** What the analysis may read besides the text: English words, to recase a document in capitals (none: compromise's lexicon alone). */
export interface AnalyseOptions {
  englishWords?: EnglishWords;
  /** True when a name of two or more words is a place's, to recase "NEW ORLEANS" as one name. */
  placeName?: (phrase: string) => boolean;
  /** True when a name of two or more words is a well-known armed group's, to recase "shining path" as one name. */
  groupName?: (phrase: string) => boolean;
}

const NO_WORDS: EnglishWords = { has: () => false };

export function analyse(doc: Document, options: AnalyseOptions = {}): Analysis {
  const shown = doc.text;
  const lines = splitLines(shown);
  const lexicon = (nlp.world() as unknown as { model?: { one?: { lexicon?: Record<string, string | string[]> } } }).model?.one?.lexicon ?? {};
  const text = truecase(shown, lines, { lexicon, words: options.englishWords ?? NO_WORDS, placeName: options.placeName, groupName: options.groupName });
  const recased = text !== shown;
  if (recased) for (const l of lines) l.text = text.slice(l.start, l.end);
  const titleLine = doc.title === null ? findTitleLine(lines) : null;
  const zones = zoneLines(lines, titleLine);
  const firstBody = zones.find((z) => z.kind === 'body');
  const firstBodyLine = firstBody ? lines.findIndex((l) => l.start === firstBody.start) : 0;
  const dateline = findDateline(lines, firstBodyLine);

  const { parsed, json } = parseInPieces(text, lines);
  const terms: Term[] = [];
  const sentences: Sentence[] = [];
  const zoneAt = (offset: number): Zone['kind'] | null => spanAt(zones, offset)?.kind ?? null;
  for (const s of json) {
    let current: Sentence | null = null;
    for (const t of s.terms) {
      const start = s.shift + t.offset.start;
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
        tags: t.tags ?? new Set(),
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
    recased,
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
      // binary search for the first zone ending after `start` (a scan from the top made long texts quadratic)
      let lo = 0;
      let hi = zones.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (zones[mid].end <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < zones.length && zones[i].start < end; i++) {
        if (zones[i].kind === 'caption' || zones[i].kind === 'boilerplate') return false;
      }
      return true;
    },
    zoneAt,
    sentenceAt: (offset) => spanAt(sentences, offset),
    failures: [],
  };
}
