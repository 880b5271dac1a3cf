// Quotation marks -> quoted spans, in one linear pass per paragraph (no regular-expression backtracking).
// Double marks (straight, curly, low-9, guillemets) nest; single marks count only outside double
// marks and only when they pair up in the paragraph; apostrophes (it's, Singh's, '90s) are not marks.
// A paragraph that opens a quote and does not close it continues in the next paragraph when that
// one opens with a mark again (the newspaper convention for long quotes).
import type { Line } from '../../analyse/lines.js';

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** The quoted words: [start, end) without the marks. */
  start: number;
  end: number;
  /** Offset of the closing mark, or -1 when the quote runs on into the next paragraph. */
  close: number;
  /** Length of the closing mark ('' is two characters). */
  closeLen: number;
  /** Index (in the paragraph list) of the paragraph the span lies in. */
  para: number;
  /** The opening mark is the paragraph's first character (after white space). */
  atParaStart: boolean;
  /** Continues a quote opened in an earlier paragraph. */
  continued: boolean;
  /** Runs on into the next paragraph. */
  runsOn: boolean;
  single: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
}

const OPEN_ONLY = new Set(['\u201C', '\u201E', '\u00AB']); // “ „ «
const CLOSE_ONLY = new Set(['\u201D', '\u00BB']); // ” »
const STRAIGHT = '"';
const SINGLE_OPEN = '\u2018'; // ‘
const SINGLE_CLOSE = '\u2019'; // ’ (also the apostrophe)
const SINGLE_STRAIGHT = "'";

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', ';', ',']);

/** A mark in "opening position": at the start, or after space or opening punctuation, before a non-space. */
function openingContext(text: string, i: number, from: number, len = 1): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[i + len];
  if (isSpace(next)) return false;
  return prev === undefined || isSpace(prev) || OPEN_CONTEXT.has(prev) || OPEN_ONLY.has(prev) || prev === SINGLE_OPEN;
}

/** Non-blank lines are paragraphs. */
export function paragraphsOf(lines: Line[]): Paragraph[] {
  return lines.filter((l) => !l.blank).map((l) => ({ start: l.start, end: l.end }));
}

/** Trims white space from both ends of [start, end). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

function firstNonSpace(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && isSpace(text[i])) i++;
  return i;
}

function markLen(text: string, i: number): number {
  return text[i] === SINGLE_STRAIGHT && text[i + 1] === SINGLE_STRAIGHT ? 2 : 1;
}

/** A straight mark of markup, not of speech: the value of an attribute, `<tweet date="March 9">`. */
function markupMark(text: string, i: number): boolean {
  return text[i] === STRAIGHT && (text[i - 1] === '=' || text[i + 1] === '>');
}

function opensWithMark(text: string, p: Paragraph | undefined): boolean {
  if (!p) return false;
  const i = firstNonSpace(text, p);
  const c = text[i];
  return c !== undefined && !markupMark(text, i) && (OPEN_ONLY.has(c) || c === STRAIGHT || markLen(text, i) === 2);
}

/** Single quotation marks: an opener in opening position paired with the next closer in the paragraph. */
function singleQuotes(text: string, from: number, to: number, para: number, out: QuotedSpan[]): void {
  // next closer index at or after each position, computed right to left (linear)
  const n = to - from;
  if (n <= 0) return;
  const nextClose = new Int32Array(n + 1).fill(-1);
  for (let i = to - 1; i >= from; i--) {
    const c = text[i];
    const closer =
      (c === SINGLE_CLOSE || c === SINGLE_STRAIGHT) && !isSpace(text[i - 1]) && !isWordChar(text[i + 1]) && i > from && text[i + 1] !== "'" && text[i - 1] !== "'";
    nextClose[i - from] = closer ? i : nextClose[i + 1 - from];
  }
  let i = from;
  while (i < to) {
    const c = text[i];
    const opener = (c === SINGLE_OPEN || c === SINGLE_STRAIGHT) && openingContext(text, i, from) && isWordChar(text[i + 1]) && text[i - 1] !== "'";
    // '90s, 'em, 'til are elisions, not marks
    if (opener && !/^'(?:\d\d(?:s|\b)|em\b|til\b|cause\b|n\b)/.test(text.slice(i, i + 6).replace(SINGLE_OPEN, "'"))) {
      const close = nextClose[i + 1 - from];
      if (close > i + 1) {
        const [s, e] = trimSpan(text, i + 1, close);
        if (e > s) out.push({ open: i, start: s, end: e, close, closeLen: 1, para, atParaStart: false, continued: false, runsOn: false, single: true });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
}

/** Every quoted span of the text, in order. */
export function findQuotedSpans(text: string, paragraphs: Paragraph[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry = false; // a quote runs on from the previous paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: from, end: to } = paragraphs[p];
    const first = firstNonSpace(text, paragraphs[p]);
    let depth = 0;
    let open = -1;
    let openLen = 1;
    let continued = false;
    let outsideFrom = from; // start of the current stretch outside double marks (for single marks)
    if (carry && opensWithMark(text, paragraphs[p])) {
      depth = 1;
      open = first;
      openLen = markLen(text, first);
      continued = true;
    }
    carry = false;
    let i = continued ? first + markLen(text, first) : from;
    for (; i < to; i++) {
      const c = text[i];
      const dbl = c === SINGLE_STRAIGHT && text[i + 1] === SINGLE_STRAIGHT; // '' is a double mark in some styles
      const isOpenOnly = OPEN_ONLY.has(c);
      const isCloseOnly = CLOSE_ONLY.has(c);
      const straight = (c === STRAIGHT && !markupMark(text, i)) || dbl;
      if (!straight && !isOpenOnly && !isCloseOnly) continue;
      const len = dbl ? 2 : 1;
      const opening = openingContext(text, i, from, len);
      if (depth === 0) {
        const opens = isOpenOnly || (straight && opening) || (c === '\u201D' && opening);
        if (opens) {
          singleQuotes(text, outsideFrom, i, p, out);
          depth = 1;
          open = i;
          openLen = len;
        }
        i += len - 1;
        continue;
      }
      // inside a double quote
      const outerCurly = OPEN_ONLY.has(text[open]);
      if ((isOpenOnly && opening) || (straight && opening && (outerCurly || depth > 1))) {
        depth++;
        i += len - 1;
        continue;
      }
      if (!isCloseOnly && !straight && !(c === '\u201C' && depth === 1)) continue; // “ used as a closer
      {
        if (depth > 1) {
          depth--;
          i += len - 1;
          continue;
        }
        const [s, e] = trimSpan(text, open + openLen, i);
        if (e > s) {
          out.push({ open, start: s, end: e, close: i, closeLen: len, para: p, atParaStart: open === first, continued, runsOn: false, single: false });
        }
        depth = 0;
        open = -1;
        continued = false;
        i += len - 1;
        outsideFrom = i + 1;
      }
    }
    if (depth > 0 && open >= 0) {
      // unclosed at the paragraph's end
      const next = paragraphs[p + 1];
      const runsOn = opensWithMark(text, next);
      if (runsOn || open === first) {
        const [s, e] = trimSpan(text, open + openLen, to);
        if (e > s) out.push({ open, start: s, end: e, close: -1, closeLen: 0, para: p, atParaStart: open === first, continued, runsOn, single: false });
        carry = runsOn;
      }
    } else {
      singleQuotes(text, outsideFrom, to, p, out);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
