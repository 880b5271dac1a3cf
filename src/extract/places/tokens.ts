// Word tokens for place finding, cut from compromise's terms (never a second parse): a term is split
// at hyphens ("U.S.-led" -> "U.S." + "led") and loses a possessive ("Iraq’s" -> "Iraq"), and each token
// knows whether its line is written in capitals (CoNLL and wire headlines: "CHINA SAYS ...").
import type { Analysis, Term } from '../../analyse/index.js';
import { foldName } from '../../gazetteer/places.js';

export interface Tok {
  /** index in the token list */
  k: number;
  text: string;
  /** folded form: lower case, no accents, no periods */
  key: string;
  start: number;
  end: number;
  term: Term;
  sentence: number;
  /** begins with a capital letter */
  cap: boolean;
  /** the line it is on has no lower-case letters */
  shout: boolean;
  /** first word token of its sentence */
  initial: boolean;
  /** joined to the previous token by a hyphen */
  hyphenBefore: boolean;
}

const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’]s$/;

function shoutingLines(a: Analysis): (offset: number) => boolean {
  const flags = a.lines.map((l) => {
    let upper = 0;
    let lower = 0;
    for (const ch of l.text) {
      if (ch >= 'a' && ch <= 'z') lower++;
      else if (ch >= 'A' && ch <= 'Z') upper++;
      else if (LETTER.test(ch)) {
        if (ch !== ch.toUpperCase()) lower++;
        else if (ch !== ch.toLowerCase()) upper++;
      }
    }
    return upper >= 4 && lower <= upper * 0.08;
  });
  return (offset) => {
    let lo = 0;
    let hi = a.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = a.lines[mid];
      if (offset < l.start) hi = mid - 1;
      else if (offset > l.end) lo = mid + 1;
      else return flags[mid];
    }
    return false;
  };
}

/** The word tokens of the text; `keep` (e.g. "is article content") leaves the others out. */
export function tokenize(a: Analysis, keep: (start: number, end: number) => boolean = () => true): Tok[] {
  const shout = shoutingLines(a);
  const toks: Tok[] = [];
  let lastSentence = -1;
  for (const term of a.terms) {
    const raw = a.text.slice(term.start, term.end);
    let from = 0;
    const parts: [number, number][] = [];
    for (let i = 0; i <= raw.length; i++) {
      if (i === raw.length || raw[i] === '-') {
        if (i > from) parts.push([from, i]);
        from = i + 1;
      }
    }
    for (let p = 0; p < parts.length; p++) {
      let [s, e] = parts[p];
      const piece = raw.slice(s, e);
      if (p === parts.length - 1 && POSSESSIVE.test(piece) && piece.length > 2) e -= 2;
      const text = raw.slice(s, e);
      if (!LETTER.test(text) && !/\d/.test(text)) continue;
      const start = term.start + s;
      if (!keep(start, term.start + e)) continue;
      const prev = toks[toks.length - 1];
      toks.push({
        k: toks.length,
        text,
        key: foldName(text),
        start,
        end: term.start + e,
        term,
        sentence: term.sentence,
        cap: CAP.test(text),
        shout: shout(start),
        initial: term.sentence !== lastSentence,
        hyphenBefore: prev !== undefined && prev.sentence === term.sentence && a.text.slice(prev.end, start) === '-',
      });
      lastSentence = term.sentence;
    }
  }
  return toks;
}
