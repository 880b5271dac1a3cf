// Content zoning: which lines are the article, and which are its headline, photo captions,
// credit lines and site boilerplate. Extractors keep only what lies in content.
import type { Line } from './lines.js';

export type ZoneKind = 'title' | 'body' | 'caption' | 'boilerplate';

export interface Zone {
  kind: ZoneKind;
  start: number;
  end: number;
  rule: string;
}

/**
 * A line that ends with a photo credit: "... on Friday. REUTERS", "(AP Photo/Hadi Mizban)", "Getty Images".
 * (The tail is `(?:\s*\))?\s*$`, not `\s*\)?\s*$`: two adjacent `\s*` made a long run of spaces after a credit word quadratic.)
 */
const CREDIT_AT_END =
  /(?:[.!?"”’)]\s*|\s[|/–—-]\s*|^\s*)(?:REUTERS|Reuters|AP|AFP|EPA|UPI|ANSA|Xinhua|Getty Images|AFP via Getty Images|Shutterstock|(?:AP|AFP|Reuters|EPA) Photo)(?:\s*\/\s*[\p{L} .'-]{1,60})?(?:\s*\))?\s*$/u;
/** A line that is itself a credit or caption label. */
const CAPTION_LABEL = /^\s*(?:\(?(?:Photo|Image|Picture|Caption|Credit|File photo)s?\b\s*[:/(]|\((?:AP|AFP|Reuters|EPA)\b[^)]{0,80}\)\s*$)/i;
/** A gallery's caption: "Image 7 of 111 Prosecutors ...", "Photo 3 of 12", "Gallery: Mourners are seen ...". */
const GALLERY_CAPTION = /^\s*(?:(?:Image|Photo|Picture|Slide)\s+\d{1,4}\s+of\s+\d{1,4}\b|Gallery\s*:)/i;
/**
 * A byline: "By Maria Lopez | Staff Writer", "By JUAN A. LOZANO", "By Ann Hart and Bo Lee, Associated Press". Its writer
 * is no one the story is about. Not "By Monday, ..." (a day or month after "By"). Linear: bounded runs, one optional tail.
 */
const BYLINE =
  /^\s*By\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s*(?:,|\||\/|—|–|-|\band\b)\s*[\p{L}'’.&, ]{0,60})?\s*$/u;
/** Site boilerplate lines: navigation, sharing, link lists. */
const BOILERPLATE_LINE =
  /^\s*(?:source link|you may also like|read more|related(?: articles| stories| coverage| content)?:?|recommended(?: for you| stories)?|more from [\p{L} ]{1,40}|advertisement|share this(?: article| story)?|share on (?:facebook|twitter)|click here\b.*|sign up for\b.*newsletter.*|subscribe\b.*|follow us on\b.*|copyright\b.*|©.*|all rights reserved\.?|trending now|most popular|comments?|leave a comment|loading\.*|skip to (?:main )?content)\s*$/iu;
/** Markers after which the rest of the page is site furniture. */
const TRAILER = /^\s*(?:you may also like|recommended for you|related (?:articles|stories)|more from [\p{L} ]{1,40}|trending now|most popular)\s*$/iu;

/**
 * A copyright credit inside a line: "(© 2016 KHOU)", "(Copyright 2019 The Associated Press)", or a bare
 * "© 2016 KHOU. All rights reserved." that runs to the line's end. Its span is boilerplate, the rest of the
 * line stays content. (Bounded classes and lengths: no backtracking across long lines.)
 */
const INLINE_CREDIT = /\(\s*(?:©|\([cC]\)|[Cc]opyright\b)[^()\n]{0,80}\)|(?:©|\([cC]\)\s*\d{4}|\bCopyright\s+(?:©\s*)?\d{4})[^\n]{0,120}$/gu;

/** The credit spans of a line, as offsets into the text. */
function inlineCredits(line: Line): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of line.text.matchAll(INLINE_CREDIT)) {
    const start = line.start + (m.index ?? 0);
    out.push({ start, end: Math.min(line.end, start + m[0].trimEnd().length) });
  }
  return out;
}

const TERMINAL = /[.!?:;"”’)\]]\s*$/;

function words(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

/** Finds the headline: the first non-blank line when it is set apart or reads like one. */
export function findTitleLine(lines: Line[]): Line | null {
  const i = lines.findIndex((l) => !l.blank);
  if (i < 0) return null;
  const first = lines[i];
  const w = words(first.text);
  if (w === 0 || w > 30 || first.text.length > 250) return null;
  const nextBlank = i + 1 < lines.length && lines[i + 1].blank;
  const noTerminal = !/[.!?]["”’)]?\s*$/.test(first.text);
  const letters = first.text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length >= 8 && letters === letters.toUpperCase();
  // a one-line text is a sentence, not a headline (also with the newline `echo` adds: blank lines after it count for nothing)
  if (!lines.slice(i + 1).some((l) => !l.blank)) return null;
  return nextBlank || noTerminal || shouting ? first : null;
}

export function zoneLines(lines: Line[], title: Line | null): Zone[] {
  const zones: Zone[] = [];
  let trailerFrom = -1;
  for (const line of lines) {
    if (line.blank) continue;
    if (TRAILER.test(line.text)) {
      trailerFrom = line.n;
      break;
    }
  }
  const kindOf = new Map<number, { kind: ZoneKind; rule: string }>();
  for (const line of lines) {
    if (line.blank) continue;
    if (title && line.n === title.n) kindOf.set(line.n, { kind: 'title', rule: 'zone.title' });
    else if (trailerFrom >= 0 && line.n >= trailerFrom) kindOf.set(line.n, { kind: 'boilerplate', rule: 'zone.trailer' });
    else if (BOILERPLATE_LINE.test(line.text)) kindOf.set(line.n, { kind: 'boilerplate', rule: 'zone.boilerplate-line' });
    else if (CAPTION_LABEL.test(line.text)) kindOf.set(line.n, { kind: 'caption', rule: 'zone.caption-label' });
    else if (BYLINE.test(line.text) && words(line.text) <= 14) kindOf.set(line.n, { kind: 'boilerplate', rule: 'zone.byline' });
    else if (GALLERY_CAPTION.test(line.text)) kindOf.set(line.n, { kind: 'caption', rule: 'zone.gallery-caption' });
    else if (CREDIT_AT_END.test(line.text) && words(line.text) <= 60) kindOf.set(line.n, { kind: 'caption', rule: 'zone.credit-line' });
  }
  // A short unpunctuated line right before a credited caption is that photo's caption too.
  for (const line of lines) {
    if (line.blank || kindOf.has(line.n)) continue;
    const next = lines[line.n + 1];
    const nextKind = next ? kindOf.get(next.n) : undefined;
    if (nextKind?.kind === 'caption' && !TERMINAL.test(line.text) && words(line.text) <= 25) {
      kindOf.set(line.n, { kind: 'caption', rule: 'zone.caption-before-credit' });
    }
  }
  for (const line of lines) {
    if (line.blank) continue;
    const k = kindOf.get(line.n) ?? { kind: 'body' as const, rule: 'zone.body' };
    const credits = k.kind === 'body' || k.kind === 'title' ? inlineCredits(line) : [];
    let at = line.start;
    for (const c of credits) {
      if (c.start > at && /\S/.test(line.text.slice(at - line.start, c.start - line.start))) zones.push({ kind: k.kind, start: at, end: c.start, rule: k.rule });
      zones.push({ kind: 'boilerplate', start: c.start, end: c.end, rule: 'zone.inline-credit' });
      at = c.end;
    }
    if (at < line.end) {
      // what is left after a credit is content only if it has words ("... said. (© 2016 KHOU) More text")
      const rest = /\S/.test(line.text.slice(at - line.start)) || !credits.length;
      zones.push(rest ? { kind: k.kind, start: at, end: line.end, rule: k.rule } : { kind: 'boilerplate', start: at, end: line.end, rule: 'zone.inline-credit' });
    }
  }
  return zones;
}
