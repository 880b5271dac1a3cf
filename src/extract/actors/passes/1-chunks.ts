// The scan loop: runs of capitalised terms ("name chunks") with exact spans. Rules never do offset
// arithmetic; they look at chunks and the terms around them.
import type { Analysis, Term } from '../../../analyse/index.js';
import { NAME_PARTICLES, ORG_CONNECTORS, ORG_HEADS, ORG_SUFFIXES, TITLE_WORDS } from '../lexicon.js';

export interface Chunk {
  /** Index of the first and one past the last term. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** The last term carried a possessive ("Iraq's", "Bitar 's"). */
  possessive: boolean;
  sentence: number;
  /** The chunk lies on an ALL-CAPS line (headline, table): case tells nothing there. */
  shouting: boolean;
  /** The chunk starts its sentence (or follows an opening quote or a dash). */
  initial: boolean;
}

const LETTER = /\p{L}/u;
const ABBREVIATIONS = /^(?:Inc|Corp|Co|Ltd|Bros|Cos|Jr|Sr|Plc|Pty|Assn|Dept|Govt|Intl|Mfg|S\.A|N\.V|A\.G|S\.p\.A|B\.V|L\.P|Cie)$/;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE_END = /(?:['’]s|s['’])$/u;

export const isCap = (t: Term): boolean => UPPER_START.test(t.text) && LETTER.test(t.text);

/** Letters of a text are all upper case (at least two). */
export const allCaps = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/** The possessive ending of a term's text, if any (its length). */
export function possessiveLength(t: Term): number {
  if (!POSSESSIVE_END.test(t.text)) return 0;
  // "Iraq's" -> 2; "Reuters'" is not possessive-marked by an s' rule when the s is part of the name; keep it simple
  return /['’]s$/u.test(t.text) ? 2 : 0;
}

/** The term after `t` is a split-off possessive ("Bitar 's" -> "s" with pre "'"). */
function nextIsPossessive(terms: Term[], i: number): boolean {
  const n = terms[i + 1];
  return !!n && n.sentence === terms[i].sentence && n.text === 's' && /['’]$/u.test(n.pre) && n.start - terms[i].end <= 3;
}

/** The text between two terms allows them to be one name: spaces, or a hyphen, or an initial's dot. */
function joins(text: string, prev: Term, next: Term): boolean {
  const gap = text.slice(prev.end, next.start);
  if (gap === ' ' || gap === '-' || gap === '  ') return true;
  if (/^\.\s$/.test(gap) && /^\p{Lu}$/u.test(prev.text)) return true; // "M. Waugh"
  if (/^\.\s$/.test(gap) && /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Rev|Fr|St|Mt|Messrs|Cpl|Brig)$/.test(prev.text)) return true; // "Mr. Tanaka"
  return false;
}

function shoutingSentence(a: Analysis, s: number): boolean {
  const sent = a.sentences[s];
  if (!sent) return false;
  const letters = sent.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) {
    // short lines: a dateline or a table row in capitals
    return letters.length >= 2 && letters === letters.toUpperCase() && sent.zone === 'title';
  }
  let upper = 0;
  for (const ch of letters) if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) upper++;
  if (upper / letters.length > 0.8) return true;
  if (sent.zone !== 'title') return false;
  // a headline in Title Case ("Hillary Clinton Was Headed To ..."): case says nothing there either
  const words = sent.text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.8;
}

/** Openers after which a capitalised word is sentence-initial. */
const OPENER = /["“‘'(\[—–-]\s*$/u;

/** A company's closing form ("Inc", "Corp", "Group"), which ends its name. */
export const CLOSING_SUFFIX = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|bv|spa|group|holdings)\.?$/;
/** Last words of a company's name ("... Corp", "... Bank"): a name closed by an organisation's word before "and" and another such name are two. */
const COMPANY_END = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|bv|spa|group|holdings?|bank|bancorp|bancshares|industries|enterprises|securities|airlines|airways|motors|petroleum|corporation|company|limited|incorporated|partners|associates|trust|capital|investments|insurance|systems|technologies|communications|telecom|pharmaceuticals|energy|oil|mining|steel)\.?$/;

/** The lower-case last word of the capitalised run starting at term i. */
function lastOfRun(terms: Term[], text: string, i: number): string {
  let j = i;
  while (j < terms.length && j - i < 6 && isCap(terms[j]) && terms[j].sentence === terms[i].sentence) {
    if (j > i && !joins(text, terms[j - 1], terms[j])) break;
    j++;
  }
  return j > i ? terms[j - 1].normal : '';
}
/** A partnership's closing word ("LLP"): after a list of names with commas, "and" joins them only before it ("Baker, Hale and Cole LLP"). */
export const PARTNERSHIP_CLOSE = /^(?:llp|llc)\.?$/;
/** A firm's closing word after its partners' names: a company's ("Smith and Nephew Plc") or a partnership's ("Baker, Hale & Cole LLP"). */
const firmClose = (w: string): boolean => CLOSING_SUFFIX.test(w) || PARTNERSHIP_CLOSE.test(w);

/**
 * "Smith and Nephew Plc", "Baker , Hale & Cole LLP": the run [from, k) of one to three capitalised words (not closed by
 * an organisation's word: "Toronto Dominion Bank and Boston Scientific Corp" are two; nor a person's full name, "Peter Walker"),
 * then single partners' names after commas, then "and"/"&", one name and a company's closing word (a longer name after
 * "and" is a second firm's: "Nissan and Honda Motor Co"), is one firm's name even when
 * its first part reads as a person's. Returns the index past the closing word, or 0.
 */
function firmNameEnd(terms: Term[], text: string, from: number, k: number): number {
  const first = terms[from];
  const prev = terms[k - 1];
  if (k - from > 3 || first.tags.has('Honorific') || (k - from > 1 && first.tags.has('FirstName')) || ORG_SUFFIXES.has(prev.normal) || COMPANY_END.test(prev.normal)) return 0;
  const same = (j: number): boolean => j < terms.length && terms[j].sentence === first.sentence;
  let j = k;
  let commas = 0;
  // ", Hale , Cole": single names after commas (the comma in the gap, or a term of its own)
  const partner = (i: number): boolean => same(i) && isCap(terms[i]) && terms[i].text !== '&' && !firmClose(terms[i].normal);
  for (;;) {
    if (same(j) && /^ ?, $/.test(text.slice(terms[j - 1].end, terms[j].start)) && partner(j)) j++;
    else if (same(j) && terms[j].text === ',' && text.slice(terms[j - 1].end, terms[j].start).length <= 1 && text.slice(terms[j].end, terms[j + 1]?.start ?? 0) === ' ' && partner(j + 1)) j += 2;
    else break;
    commas++;
  }
  if (!same(j) || (terms[j].text !== '&' && terms[j].text !== 'and') || !joins(text, terms[j - 1], terms[j])) return 0;
  const amp = terms[j].text === '&';
  j++;
  // "Baker , Hale & Co": the partners' list closed by the company's word alone (without commas the chunker's firmEnd reads it)
  if (commas > 0 && same(j) && firmClose(terms[j].normal) && joins(text, terms[j - 1], terms[j])) {
    j++;
    if (same(j) && firmClose(terms[j].normal) && joins(text, terms[j - 1], terms[j])) j++;
    return j;
  }
  // one partner's name, then the closing word(s): "Nephew Plc", "Cole LLP", "Young Co Ltd" (not a second firm's longer name, "Honda Motor Co")
  if (!same(j + 1) || !isCap(terms[j]) || firmClose(terms[j].normal) || !joins(text, terms[j - 1], terms[j]) || !joins(text, terms[j], terms[j + 1])) return 0;
  const close = terms[j + 1];
  if (!firmClose(close.normal) || (commas > 0 && !amp && !PARTNERSHIP_CLOSE.test(close.normal))) return 0;
  j += 2;
  if (same(j) && firmClose(terms[j].normal) && joins(text, terms[j - 1], terms[j])) j++;
  return j;
}
const HYPHEN_STOP = /^(?:based|born|led|backed|made|run|owned|style|type|like|era|old|year|day|up|in|on|off|out|to|the|and|or|of|for|bound)$/;

/** "School of Economics", "Centre for Policy Studies", "Times of India": an organisation's last word (not a company's form, "Inc") right before "of"/"for" goes on into the name. */
function suffixBeforeOf(prev: Term, lower: string): boolean {
  return (lower === 'of' || lower === 'for') && ORG_SUFFIXES.has(prev.normal) && !CLOSING_SUFFIX.test(prev.normal);
}

/** The terms [from, to) read as a name, not as a sentence-initial common word ("Shares of ..."). */
function properLeft(terms: Term[], from: number, to: number, inside: boolean): boolean {
  // inside a sentence a plural is a name's word too ("Gold Fields of South Africa Ltd"); at its start it may be a common noun ("Shares of ...")
  for (let i = from; i < to; i++) if (!terms[i].tags.has('ProperNoun') || (terms[i].tags.has('Plural') && !inside)) return false;
  return true;
}

/** Term i is a lower-case name particle that leads (through more particles) to a capitalised word. */
function particleLead(terms: Term[], text: string, i: number): boolean {
  let j = i;
  while (j < terms.length && j - i < 3) {
    const t = terms[j];
    if (t.text !== t.text.toLowerCase() || !NAME_PARTICLES.has(t.text)) break;
    const next = terms[j + 1];
    if (!next || next.sentence !== t.sentence || !joins(text, t, next)) return false;
    if (isCap(next)) return true;
    j++;
  }
  return false;
}

/** The capitalised run starting at term i ends in an organisation suffix ("... of Michigan Corp."). */
function endsInOrgSuffix(terms: Term[], text: string, i: number): boolean {
  let j = i;
  while (j < terms.length && j - i < 6 && isCap(terms[j]) && terms[j].sentence === terms[i].sentence) {
    if (j > i && !joins(text, terms[j - 1], terms[j])) break;
    j++;
  }
  return j > i && ORG_SUFFIXES.has(terms[j - 1].normal.replace(/\.$/, '')) && terms[j - 1].normal !== 'international';
}

/** Offices named by their holder in the possessive: "Sheriff's Office", "District Attorney's Office", "Medical Examiner's Office". */
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['sheriff', 'marshal', 'attorney', 'coroner', 'examiner', 'prosecutor', 'governor', 'mayor', 'solicitor', 'comptroller', 'treasurer', 'auditor', 'clerk', 'assessor', 'commissioner', 'constable']);

/** The possessive term before `i` names an office holder, and the capitalised run from `i` ends in an organisation's word: one name ("Hernando County Sheriff's Office"). */
function officeAfterHolder(terms: Term[], text: string, i: number): boolean {
  const prev = terms[i - 1];
  const next = terms[i];
  if (!prev || !next || next.sentence !== prev.sentence || !isCap(next) || possessiveLength(prev) === 0) return false;
  if (!/^ $/.test(text.slice(prev.end, next.start))) return false;
  return OFFICE_HOLDERS.has(prev.text.slice(0, prev.text.length - possessiveLength(prev)).toLowerCase()) && endsInOrgSuffix(terms, text, i);
}

/** All name chunks of the analysis, in text order. */
export function findChunks(a: Analysis): Chunk[] {
  const { terms, text } = a;
  const out: Chunk[] = [];
  const shouting = new Map<number, boolean>();
  const isShouting = (s: number): boolean => {
    let v = shouting.get(s);
    if (v === undefined) {
      v = shoutingSentence(a, s);
      shouting.set(s, v);
    }
    return v;
  };
  let i = 0;
  while (i < terms.length) {
    const t = terms[i];
    if (!isCap(t) && !particleLead(terms, text, i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    let possessive = possessiveLength(t) > 0 || nextIsPossessive(terms, i);
    let hasHead = ORG_HEADS.has(t.normal);
    const before = terms[i - 1];
    const inside = !!before && before.sentence === t.sentence && !OPENER.test(text.slice(before.start, t.start)) && !/[:;]\s*$/.test(before.post);
    const personLike = t.tags.has('FirstName') || t.tags.has('Person') || t.tags.has('Honorific');
    while ((!possessive || officeAfterHolder(terms, text, to)) && to < terms.length) {
      const prev = terms[to - 1];
      const next = terms[to];
      if (next.sentence !== t.sentence) break;
      if (possessive) {
        // "Sheriff's Office": the holder's possessive is inside the office's name
        possessive = possessiveLength(next) > 0 || nextIsPossessive(terms, to);
        hasHead ||= ORG_HEADS.has(next.normal);
        to++;
        continue;
      }
      if (!joins(text, prev, next)) {
        // "Toronto Bond Traders ' Association", "Sant ' Egidio Community": an apostrophe inside a name that ends in an organisation's word
        if (!personLike && isCap(next) && /^ ?['’] ?$/u.test(text.slice(prev.end, next.start)) && endsInOrgSuffix(terms, text, to)) {
          hasHead ||= ORG_HEADS.has(next.normal);
          to++;
          continue;
        }
        // "Baker , Hale & Cole LLP": partners' names after commas, closed by a firm's word
        const firm = firmNameEnd(terms, text, from, to);
        if (firm > 0) {
          to = firm;
          possessive = possessiveLength(terms[to - 1]) > 0 || nextIsPossessive(terms, to - 1);
          continue;
        }
        break;
      }
      if (isCap(next) || next.text === '&') {
        if (next.text === '&') {
          // "&" joins only capitalised words on both sides
          const after = terms[to + 1];
          if (!after || after.sentence !== t.sentence || !isCap(after) || !joins(text, next, after)) break;
        }
        hasHead ||= ORG_HEADS.has(next.normal);
        if (TITLE_WORDS.has(next.normal)) hasHead = false; // "Security Council President X of Y": no "of" after a title
        possessive = possessiveLength(next) > 0 || nextIsPossessive(terms, to);
        to++;
        continue;
      }
      // lower-case particles and connectors inside a name
      const lower = next.text.toLowerCase();
      if (particleLead(terms, text, to)) {
        to++;
        continue;
      }
      // "Li Song-ho", "Kim In-so": a short lower-case part of a hyphenated given name
      if (text.slice(prev.end, next.start) === '-' && isCap(prev) && /^\p{Ll}{1,4}$/u.test(next.text) && !HYPHEN_STOP.test(next.text) && !next.tags.has('Verb') && !next.tags.has('Adjective') && !next.tags.has('Preposition')) {
        to++;
        continue;
      }
      const firm = lower === 'and' || lower === ',' ? firmNameEnd(terms, text, from, to) : 0;
      if (firm > 0) {
        to = firm;
        possessive = possessiveLength(terms[to - 1]) > 0 || nextIsPossessive(terms, to - 1);
        continue;
      }
      const orgAhead = !personLike && properLeft(terms, from, to, inside) && endsInOrgSuffix(terms, text, to + 1);
      // "of"/"for"/"in" after an organisation's head ("Bank of England"); "and" only inside one name
      // ("Truth and Reconciliation Commission", not "European Union and NATO")
      // "Johnson Controls Inc and Lear Corp" are two companies
      // "Toronto Dominion Bank and Boston Scientific Corp": a name closed by an organisation's last word, then another one
      // "Merrill Lynch and Co", "Salomon Brothers & Co": "and"/"&" then a company's closing word alone ends one firm's name
      const firmEnd = (lower === 'and' || lower === '&') && CLOSING_SUFFIX.test(terms[to + 1]?.normal ?? '') && CLOSING_SUFFIX.test(lastOfRun(terms, text, to + 1));
      const closed = !firmEnd && (lower === 'and' || lower === '&') && (CLOSING_SUFFIX.test(prev.normal) || (to - from >= 2 && ORG_SUFFIXES.has(prev.normal) && orgAhead && COMPANY_END.test(lastOfRun(terms, text, to + 1))));
      const connector = !closed && next.text === lower && ORG_CONNECTORS.has(lower) && (firmEnd ||
        (lower === 'and' || lower === '&'
          // "Deutsche Bank and Commerzbank": right after the head, "and" joins a second name unless that one ends as an organisation's too
          ? orgAhead || (hasHead && !(lower === 'and' && ORG_HEADS.has(prev.normal)) && !!terms[to + 1] && !allCaps(terms[to + 1].text))
          : lower === 'in'
            ? hasHead && !ORG_HEADS.has(prev.normal) // "Cooperation in Europe", not "Police in Vallejo"
            : hasHead || (lower === 'of' && orgAhead) || suffixBeforeOf(prev, lower)));
      if (!connector) break;
      const after = terms[to + 1];
      if (!after || after.sentence !== t.sentence || !isCap(after) || !joins(text, next, after)) break;
      to++;
    }
    const last = terms[to - 1];
    let end = last.end - possessiveLength(last);
    // "Corp.", "Inc.", "Bros.": an abbreviation keeps its dot
    if (!possessive && text[end] === '.' && ABBREVIATIONS.test(last.text)) end++;
    const prevTerm = terms[from - 1];
    const initial = !prevTerm || prevTerm.sentence !== t.sentence || OPENER.test(text.slice(prevTerm.start, t.start)) || /[:;]\s*$/.test(prevTerm.post);
    out.push({
      from,
      to,
      start: t.start,
      end,
      text: text.slice(t.start, end),
      possessive,
      sentence: t.sentence,
      shouting: isShouting(t.sentence),
      initial,
    });
    i = to;
  }
  return out;
}

/** A sub-chunk of terms [from, to) of a chunk, with its span. */
export function subChunk(a: Analysis, c: Chunk, from: number, to: number): Chunk {
  const last = a.terms[to - 1];
  const start = a.terms[from].start;
  const end = to === c.to ? c.end : last.end;
  return { ...c, from, to, start, end, text: a.text.slice(start, end), possessive: to === c.to ? c.possessive : false, initial: from === c.from ? c.initial : false };
}
