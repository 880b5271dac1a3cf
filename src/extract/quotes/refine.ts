// Refiners: pure steps over the rules' candidates, in the order of REFINERS below.
import type { QuoteCandidate, SpeakerMention } from '../types.js';
import { complementCue, cueAt, finiteVerb } from './clause.js';
import type { QuoteContext } from './context.js';
import { FUNCTION_WORDS, PLAIN_SAYING, SPEAKER_PRONOUNS, TITLE_SMALL_WORDS } from './lexicon.js';
import type { QuotedSpan } from './marks.js';
import { SPEAKER_IDS, clauseSubject, mention } from './speaker.js';
import type { Found } from './types.js';

export type Refiner = (ctx: QuoteContext, xs: Found[]) => Found[];

/** The rule ids the refiners put on quotes: a floating quote left without a speaker, and why a marked quote is partial. */
export const REFINER_IDS = {
  unattributed: 'quote.marks-unattributed',
  // typing: a marked quote that the reporter's own sentence runs into is partial
  partialReporterClause: 'quote.partial-reporter-clause',
  partialLeadIn: 'quote.partial-lead-in',
  partialClauseLeadIn: 'quote.partial-clause-lead-in',
  partialTitle: 'quote.partial-title-in-sentence',
  partialPhrase: 'quote.partial-phrase',
  partialRunIn: 'quote.partial-run-in',
  partialRunOn: 'quote.partial-run-on',
} as const;

const byStart = (x: Found, y: Found): number => x.start - y.start || y.end - x.end;

/**
 * `Sen. Bernie Sanders identified young voters' worries as a reason. "The younger people are ..."`: a quote
 * sentence with no cue that follows, in its own paragraph (where no quote with a speaker comes before it), a
 * sentence whose subject names a person (kind name). That subject introduces the quote. So does the last
 * sentence of the paragraph before a quote paragraph, when that paragraph holds no marks and no attributed quote
 * came since.
 */
function leadSubject(ctx: QuoteContext, x: Found, last: Found | null): SpeakerMention | null {
  const q = x.marked;
  if (!q || q.continued || (last && last.para >= x.para - (q.atParaStart ? 1 : 0))) return null;
  const i = ctx.termFrom(q.open) - 1;
  if (i < 0 || ctx.paraOf[i] !== x.para - (q.atParaStart ? 1 : 0)) return null;
  if (q.atParaStart && ctx.quoted.some((o) => o.para === x.para - 1)) return null;
  const sent = ctx.sents[ctx.sentOf[i]];
  const subj = clauseSubject(ctx, sent.from, sent.to);
  const sp = subj && mention(ctx, subj[0], subj[1], SPEAKER_IDS.leadSubject);
  return sp && sp.kind === 'name' ? sp : null;
}

/** A quote paragraph with no cue belongs to the speaker of the quote just before it. */
export const attributeFloating: Refiner = (ctx, xs) => {
  const sorted = [...xs].sort(byStart);
  let last: Found | null = null;
  let lastMarked: Found | null = null;
  return sorted.map((x) => {
    if (!x.floating) {
      if (x.speaker) last = x;
      if (x.speaker && x.marked) lastMarked = x;
      return x;
    }
    // “...,” said X, a group focused on security. “...”: in the paragraph of a marked quote, a report read in
    // its attribution's words does not take the quotes that follow from it
    if (last && lastMarked && last !== lastMarked && !last.marked && last.para === x.para && lastMarked.para === x.para) last = lastMarked;
    const lead = leadSubject(ctx, x, last);
    if (lead) {
      const y: Found = { ...x, speaker: lead, floating: false };
      last = y;
      return y;
    }
    // two paragraphs back (the paragraph between holds no attributed quote), but not for a title in marks
    const near = last && (x.para - last.para <= 1 || (x.marked?.continued ?? false) || (x.para - last.para === 2 && !looksLikeTitle(x.text)));
    if (last && near && last.speaker) {
      const y: Found = { ...x, speaker: { ...last.speaker, rule: SPEAKER_IDS.floating }, verb: last.verb, floating: false };
      last = { ...y, para: x.para };
      return y;
    }
    return { ...x, rule: REFINER_IDS.unattributed, floating: false, unattributed: true };
  });
};

/** Reported speech already carried by quotation marks: an indirect clause that holds a direct quote or opens with a mark. */
export const dropCoveredIndirect: Refiner = (ctx, xs) => {
  const marked = xs.filter((x) => x.marked);
  const out: Found[] = [];
  for (const x of xs) {
    if (x.type !== 'indirect') {
      out.push(x);
      continue;
    }
    if (/^["“‘'«]/.test(ctx.text.slice(x.start, x.start + 1)) || ctx.quoteAt(x.start)) continue;
    const held = marked.filter((m) => m.type === 'direct' && m.start >= x.start - 1 && m.end <= x.end + 1).sort(byStart);
    if (held.length === 0) {
      out.push(x);
      continue;
    }
    const end = clauseBeforeDirect(ctx, x.start, held[0].start);
    if (end > 0) out.push({ ...x, end, text: ctx.text.slice(x.start, end) });
  }
  return out;
};

/** ", and said, “", ", explaining, “": the words that join a second, direct report to a reported clause. */
const JOINED_DIRECT = /(?:,\s*|\s+)(?:and\s+|but\s+|before\s+|then\s+)?(?:(?:he|she|they|then|also|later)\s+)?([a-z]+)\s*[,:]?\s*["“]?$/;

/**
 * "De Blasio said the move was made by Bratton and said, “Who ...?”": where the direct quote that an indirect
 * clause runs into is joined to it by a cue of its own, the indirect clause ends before that cue (returns its end,
 * or -1 when the clause holds the direct quote some other way).
 */
function clauseBeforeDirect(ctx: QuoteContext, start: number, directStart: number): number {
  // only the last words before the mark are read: the joining words are short, and a bounded text keeps the match linear
  const lead = ctx.text.slice(Math.max(start, directStart - 60), directStart);
  const m = JOINED_DIRECT.exec(lead);
  if (!m || m[0].length > 40 || !ctx.cues.cue(m[1])) return -1;
  const end = directStart - m[0].length;
  const kept = ctx.text.slice(start, end);
  return kept.trim().split(/\s+/).length >= 3 ? start + kept.trimEnd().length : -1;
}

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


/** The text without its closing punctuation (a loop: `/[.,;:!?]+$/` retried a long run of it inside a long text at every start: quadratic). */
function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '.,;:!?'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** A short name in title case inside marks ("Face the Nation", "Morning Joe") is a title, not a quote. */
export function looksLikeTitle(text: string): boolean {
  const words = withoutEndPunctuation(text).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => TITLE_SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}'‘’"“]/u.test(w));
}

/** Titles in marks are not quotes (unless they are the whole of a paragraph's quote with its own cue). */
export const dropTitles: Refiner = (_ctx, xs) => xs.filter((x) => !(x.marked && x.type !== 'direct' && looksLikeTitle(x.text)) && !(x.marked && x.unattributed && looksLikeTitle(x.text)));

/** Connectives that open a sentence without adding to what is reported: "But “...,” he said". */
const LEAD_CONNECTIVES = FUNCTION_WORDS['lead-connectives'];
const SUBORDINATORS = FUNCTION_WORDS.subordinators;
const PUNCT_END = /[,.!?;:—–-][’'"”]*$/;
const SPLIT_END = /[,;—–-]$/;
const SPLIT_AFTER = /^\s*[,;—–-]/;

/** The quoted span of the sentence before the opening mark ends in a comma or dash: the first half of a split quote. */
function continuesSplitQuote(ctx: QuoteContext, prior: QuotedSpan | null): boolean {
  if (!prior) return false;
  if (SPLIT_END.test(ctx.text.slice(Math.max(prior.start, prior.end - 2), prior.end))) return true;
  return prior.close >= 0 && SPLIT_AFTER.test(ctx.text.slice(prior.close + prior.closeLen, prior.close + prior.closeLen + 3));
}

/**
 * Why a marked quote typed direct is a fragment of the reporter's sentence, or null when it stands
 * as the whole of what is reported (only the attribution around it: speaker, cue, "that", a setting).
 * A quote that opens the speaker's own sentence starts with a capital; one that starts in lower case
 * takes up a sentence begun elsewhere: by an earlier quote of the sentence ("A," he said, "b"), which
 * keeps it direct, or by the reporter, whose words before the mark then say so.
 */
function runsIntoReporter(ctx: QuoteContext, x: Found): string | null {
  const q = x.marked;
  if (!q || q.single || q.continued) return null;
  const terms = ctx.terms;
  const first = ctx.termFrom(q.start);
  if (first >= terms.length) return null;
  const sent = ctx.sents[ctx.sentOf[first]];
  // the sentence's words before the opening mark that lie outside quotation marks
  const before: number[] = [];
  let prior: QuotedSpan | null = null;
  for (let k = sent.from; k < first && terms[k].end <= q.open; k++) {
    const inQuote = ctx.quoteAt(terms[k].start);
    if (inQuote) prior = inQuote;
    else before.push(k);
  }
  const text = ctx.text;
  const cueFirst = x.cue >= 0 ? x.cue : -1;
  const lead = before.filter((k, n) => !(n === 0 && LEAD_CONNECTIVES.has(terms[k].normal)));
  // a title in marks inside the reporter's sentence: In his book, “Make Your Kid a Millionaire,” he ...
  if (lead.length > 0 && looksLikeTitle(x.text)) return REFINER_IDS.partialTitle;
  if (!/^\p{Ll}/u.test(text[q.start] ?? '') || continuesSplitQuote(ctx, prior)) return runOn(ctx, x, first);
  if (cueFirst >= 0 && cueFirst < first && cueFirst >= sent.from) {
    // the attribution comes first: what precedes it must not be a clause of the reporter's own
    let attr = cueFirst;
    const sp = x.speaker;
    if (sp && sp.start >= sent.start && sp.start < terms[cueFirst].start) attr = Math.min(attr, ctx.termFrom(sp.start));
    const cue = cueAt(ctx, cueFirst);
    const frame = cue?.word.participle && !(sp && sp.start >= sent.start) ? [] : before.filter((k) => k < attr);
    // "Asked about the plan, he said, “...”": a participle opening the sentence or a clause is no clause of its own
    const clauseVerb = (k: number): boolean =>
      finiteVerb(terms[k]) && !(terms[k].tags.has('PastTense') && (k === sent.from || SUBORDINATORS.has(terms[k - 1].normal) || terms[k - 1].post.includes(',')));
    if (frame.some(clauseVerb)) return REFINER_IDS.partialReporterClause;
    // the reported clause opens before the mark: said that for African-Americans ..., “the real rate ...”;
    // said the museum would document ... -- “the president but also the slave ...”
    const end = cue ? cue.end : cueFirst + 1;
    const between = before.filter((k) => k >= end);
    const that = between.findIndex((k) => terms[k].normal === 'that');
    if ((that >= 0 && that < between.length - 1) || between.some((k) => finiteVerb(terms[k]))) return REFINER_IDS.partialClauseLeadIn;
  } else if (cueFirst > first && !q.atParaStart) {
    // the attribution follows: the reporter's words before the mark open the speaker's sentence
    if (lead.length > 0) return REFINER_IDS.partialLeadIn;
  }
  // run into the reporter's syntax with no punctuation: said "the question is the timing."
  const prevTerm = before.length ? terms[before[before.length - 1]] : null;
  if (prevTerm && prevTerm.normal !== 'that' && /^\s*$/.test(text.slice(prevTerm.end, q.open)) && /\p{L}$/u.test(prevTerm.text)) {
    return REFINER_IDS.partialRunIn;
  }
  // a phrase with no verb of its own is no clause: welcome the governor - "my new best friend."
  let verb = false;
  for (let k = first; k < terms.length && terms[k].start < q.end && !verb; k++) verb = finiteVerb(terms[k]) || terms[k].tags.has('Verb');
  if (!verb && lead.length > 0) return REFINER_IDS.partialPhrase;
  return runOn(ctx, x, first);
}

/** The reporter's sentence goes on after the closing mark: “... blame thousands of $12-an-hour” workers. */
function runOn(ctx: QuoteContext, x: Found, first: number): string | null {
  const q = x.marked;
  if (!q || q.close < 0 || x.cue > first || PUNCT_END.test(ctx.text.slice(Math.max(q.start, q.end - 4), q.end))) return null;
  const rest = ctx.text.slice(q.close + q.closeLen, Math.min(ctx.text.length, q.close + q.closeLen + 3));
  return /^ \p{Ll}/u.test(rest) ? REFINER_IDS.partialRunOn : null;
}

/** A marked quote the reporter's sentence runs into (before or after it) is partial, not direct. */
export const typeByFrame: Refiner = (ctx, xs) =>
  xs.map((x) => {
    if (!x.marked || x.type !== 'direct' || x.typeFixed) return x;
    const rule = runsIntoReporter(ctx, x);
    return rule ? { ...x, type: 'partial', rule } : x;
  });

/** Words wholly in brackets inside marks are a stage direction or an editor's note: "(CROSSTALK.)". */
const BRACKETED = /^[([][^()[\]]*[)\]][.!?]?$/;

/** A paragraph that is nothing but a short quote in capitals, with no cue, is a heading: “EVENTUALLY VOTERS MAKE GOOD DECISIONS”. */
function isHeading(ctx: QuoteContext, x: Found): boolean {
  const q = x.marked;
  if (!q || !q.atParaStart || q.close < 0 || x.cue >= 0 || x.text.length > 100) return false;
  if (/\p{Ll}/u.test(x.text) || !/\p{Lu}\p{Lu}/u.test(x.text)) return false;
  const para = ctx.paras[q.para];
  return !!para && /^[\s.]*$/.test(ctx.text.slice(q.close + q.closeLen, para.end));
}

/** A site's invitation to follow a writer, left inside marks: "Follow Pam Key on Twitter @pamkeyNEN." */
const FOLLOW_PROMPT = /^follow\b[^.!?]{0,60}\bon (?:twitter|facebook|instagram)\b/i;

/** Marks around what nobody says: stage directions, headings and boilerplate. */
export const dropNonSpeech: Refiner = (ctx, xs) =>
  xs.filter((x) => !(x.marked && !x.labelled && (BRACKETED.test(x.text) || FOLLOW_PROMPT.test(x.text) || isHeading(ctx, x))));

/**
 * What a reported clause holds is the outer speaker's claim, not a report of its own: in "Hester said parents still
 * want neighborhood schools" the parents' wanting, and in "the senator said Trump proposed ..." the proposal, are
 * what Hester and the senator say. An indirect quote whose speaker and cue lie inside another quote told by someone
 * outside it goes, unless its cue is a plain verb of saying ("Sullivan said the senators told him ...": both spoke).
 */
export const dropNestedReports: Refiner = (ctx, xs) =>
  xs.filter((x) => {
    if (x.type !== 'indirect' || !x.speaker || x.cue < 0) return true;
    const lemma = cueAt(ctx, x.cue)?.word.lemma;
    if (lemma !== undefined && PLAIN_SAYING.has(lemma)) return true;
    const sp = x.speaker;
    return !xs.some((y) => y !== x && y.speaker && (y.speaker.end <= y.start || y.speaker.start >= y.end) &&
      y.start <= sp.start && sp.end <= y.end && y.start <= x.start && x.end <= y.end);
  });

/**
 * "Corker and Graham said they think it should be changed": a pronoun that speaks inside what another speaker
 * reports, told by someone outside it, is that speaker; the inner report takes the outer report's speaker.
 */
export const pronounOfOuterSpeaker: Refiner = (_ctx, xs) =>
  xs.map((x) => {
    const sp = x.speaker;
    if (x.type !== 'indirect' || !sp || sp.kind !== 'pronoun' || !Object.hasOwn(SPEAKER_PRONOUNS, sp.text.toLowerCase())) return x;
    const y = xs.find((o) => o !== x && o.speaker && o.speaker.kind !== 'pronoun' && (o.speaker.end <= o.start || o.speaker.start >= o.end) &&
      o.start <= sp.start && x.end <= o.end);
    return y ? { ...x, speaker: { ...y.speaker!, rule: SPEAKER_IDS.outerReport } } : x;
  });

/** The words that may join a reported clause to the next clause of a sentence, before that clause's speaker: ", and", ", but", " and how". */
const NEXT_CLAUSE = /(?:[,;—–]|\s--)\s*(?:(?:and|but|while|whereas|yet)\s+)?$|\s(?:but|while|whereas|and\s+how)\s+$/;
/** " and " with no comma before a speaker whose own report follows ("the probe was botched and Democrats accused ..."). */
const AND_CLAUSE = /\sand\s+$/;

/**
 * "While Comey has said that he makes recommendations, Lewandowski said he does not": a reported clause ends
 * where the next clause of its sentence opens with a report of its own (a speaker before its cue, its content after
 * it). The reported clause ends before that clause's joining words.
 */
/** " and " before the next clause's speaker, when the words before it hold a finite verb: a clause ends there ("both Sanders and Trump said" is one subject). */
function andClause(ctx: QuoteContext, from: number, lead: string, at: number): RegExpExecArray | null {
  const m = AND_CLAUSE.exec(lead);
  if (!m) return null;
  const upto = at - lead.length + m.index;
  for (let k = ctx.termFrom(from); k < ctx.terms.length && ctx.terms[k].end <= upto; k++) if (finiteVerb(ctx.terms[k])) return m;
  return null;
}

const GAP_RULE = 'quote.indirect-relative-gap';
/** "..., amounting to what the senators said was ...", "-- meddling the congressman said is ...": the clause's last break and a few words of its own before a relative report's speaker. */
const GAP_LEAD = /(?:[,;—–]|\s--?)\s+(?:[\p{L}’'-]+\s+){0,4}$/u;
function gapLead(lead: string): RegExpExecArray | null {
  return GAP_LEAD.exec(lead);
}

export const endBeforeNextReport: Refiner = (ctx, xs) =>
  xs.map((x) => {
    if (x.type !== 'indirect' || x.marked) return x;
    let end = x.end;
    for (const y of xs) {
      const sp = y.speaker;
      if (y === x || !sp || sp.start <= x.start || sp.start >= end || y.start < sp.end || y.cue < 0) continue;
      // a relative clause ("X, who asked ...,") modifies a noun of the clause and opens none
      if (FUNCTION_WORDS['modifier-openers'].has(sp.text.toLowerCase())) continue;
      // a verb of saying, not of stance or thought ("investors focused on", "were referring to")
      // or a verb of thinking before its "that" clause ("experts affirm that ...")
      const cue = cueAt(ctx, y.cue) ?? complementCue(ctx, y.cue);
      const word = cue?.word;
      if (!cue || !word || word.participle || word.progressive) continue;
      if (word.strength !== 'speech' && ctx.terms[cue.end]?.normal !== 'that') continue;
      // only the last words before the speaker are read: the joining words are short, and a bounded text keeps the match linear
      const lead = ctx.text.slice(Math.max(x.start, sp.start - 24), sp.start);
      const m = NEXT_CLAUSE.exec(lead) ?? andClause(ctx, x.start, lead, sp.start) ?? (y.rule === GAP_RULE ? gapLead(ctx.text.slice(Math.max(x.start, sp.start - 48), sp.start)) : null);
      if (!m) continue;
      let e = sp.start - (m.input.length) + m.index;
      while (e > x.start && /\s/.test(ctx.text[e - 1])) e--;
      if (e - x.start >= 12) end = e;
    }
    return end === x.end ? x : { ...x, end, text: ctx.text.slice(x.start, end) };
  });

export const REFINERS: Refiner[] = [dedupe, dropNonSpeech, typeByFrame, attributeFloating, dropTitles, dropCoveredIndirect, resolveOverlaps, endBeforeNextReport, dropNestedReports, pronounOfOuterSpeaker];

export function toCandidates(xs: Found[]): QuoteCandidate[] {
  return [...xs].sort(byStart).map((x) => ({ text: x.text, start: x.start, end: x.end, type: x.type, verb: x.verb, speaker: x.speaker, rule: x.rule }));
}
