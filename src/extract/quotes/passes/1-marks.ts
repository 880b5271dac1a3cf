// Pass 1: quoted spans and what attributes them (direct and partial quotes). Each quoted span is read by
// the first rule of MARK_RULES that finds its attribution: a transcript label inside the marks, a cue right
// after or before them, a dash credit, a colon after the clause's subject, a cue closing the previous
// paragraph, a cue elsewhere in the sentence; a quote paragraph with none floats (refiner attributeFloating).
import type { SpeakerMention } from '../../types.js';
import { OBJECT_FIRST, attribute, participleSpeaker } from '../attribution.js';
import { cueAt } from '../clause.js';
import type { QuoteContext, Sent } from '../context.js';
import { FUNCTION_WORDS, NAMING, PLAIN_SAYING } from '../lexicon.js';
import type { QuotedSpan } from '../marks.js';
import { candidates, firstReading } from '../runner.js';
import { SPEAKER_IDS, clauseSubject, mention, speakerAfter, speakerBefore } from '../speaker.js';
import type { Attribution, Cue, Found, MarkRule, MarkSite, Reading, SentenceCue } from '../types.js';

/** An upper-case speaker label opening a transcript line: "PENCE: ", "MR. SMITH: ". */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}\.?):\s+/u;
const GAP_AFTER = /^[\s,.!?—–-]*$/;
const GAP_BEFORE = /^[\s,:—–-]*$/;
/** Words between a cue and the mark that leave the cue its quote: "said on Friday:", "said in a statement,". */
const CUE_ADJUNCTS = FUNCTION_WORDS['cue-adjuncts'];

/** `“...,” she said` / `“...,” said Caddell` : the attribution right after the closing mark. */
/** How many terms after a quote its speaker phrase and cue may run (a name with a long apposition: "X, director of ... and a professor at ..., said"). */
const MAX_SPEAKER_AFTER_QUOTE = 32;

function cueAfterQuote(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  if (q.close < 0) return null;
  const idx = ctx.termFrom(q.close + q.closeLen);
  const t = ctx.terms[idx];
  if (!t || ctx.paraOf[idx] !== q.para) return null;
  if (t.start - q.close > 12) return null;
  const gap = ctx.text.slice(q.close + q.closeLen, t.start);
  if (!GAP_AFTER.test(gap)) return null;
  const inner = ctx.text.slice(Math.max(q.start, q.end - 4), q.end);
  if (!/[,?!—–-][’'"”]*$/.test(inner) && !gap.includes(',') && !gap.includes('—')) return null;
  const sent = ctx.sents[ctx.sentOf[idx]];
  const max = sent.to;
  const c0 = cueAt(ctx, idx) ?? verbAfterQuote(ctx, idx, max, true);
  if (c0 && !OBJECT_FIRST.has(c0.word.lemma)) {
    const sp = speakerAfter(ctx, idx, max);
    if (sp) return { cue: c0, speaker: mention(ctx, sp[0], sp[1], SPEAKER_IDS.afterCue) };
  }
  for (let c = idx + 1; c < Math.min(max, idx + MAX_SPEAKER_AFTER_QUOTE); c++) {
    const cue = cueAt(ctx, c) ?? verbAfterQuote(ctx, c, max, false);
    if (!cue) continue;
    if (cue.word.participle) break;
    const sp = speakerBefore(ctx, c, idx);
    if (sp && sp[0] === idx) return { cue, speaker: mention(ctx, sp[0], sp[1], SPEAKER_IDS.beforeCue) };
    break;
  }
  return null;
}

/**
 * “This is fantastic!” beamed Donald Hartley / “...,” read the email / “...,” Cummings said in a phone interview:
 * right after a quote set off by its comma or mark, a finite verb of no cue list with its subject, and nothing
 * for it to take (the sentence or clause ends, or a preposition or adverb follows) reads as a verb of saying.
 * `inverted`: the verb comes first ("beamed X"), so a name must follow it.
 */
function verbAfterQuote(ctx: QuoteContext, c: number, max: number, inverted: boolean): Cue | null {
  const t = ctx.terms[c];
  if (!t || !t.tags.has('Verb') || t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Gerund')) return null;
  if (!(t.tags.has('PastTense') || (t.tags.has('PresentTense') && /s$/.test(t.normal)))) return null;
  const next = ctx.terms[c + 1];
  if (!inverted && !(c + 1 >= max || /[,.;:!?—–]/.test(t.post) || next.tags.has('Preposition') || (next.tags.has('Adverb') && !next.tags.has('Noun')))) return null;
  if (inverted && (c + 1 >= max || /[,.;:!?—–]/.test(t.post) || !/^\p{Lu}/u.test(next.text))) return null;
  return { i: c, word: { lemma: t.normal, strength: 'speech' }, text: t.text, end: c + 1 };
}

/** `she said: “...”`, `said, “...”`, `saying that “...”`, `according to X, “...”`. */
function cueBeforeQuote(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  let b = ctx.termFrom(q.open) - 1;
  const t = ctx.terms[b];
  if (!t || ctx.paraOf[b] !== q.para) return null;
  if (q.open - t.end > 12) return null;
  const gap = ctx.text.slice(t.end, q.open);
  if (!GAP_BEFORE.test(gap)) return null;
  if (ctx.quoteAt(t.start)) return null;
  const sent = ctx.sents[ctx.sentOf[b]];
  if (t.normal === 'that') b--;
  // the cue right before the mark, or before a hearer, a time word or its own speaker:
  // "said:", "told reporters:", "said Friday,", "said Trump:"
  for (let c = b; c >= Math.max(sent.from, b - 6); c--) {
    const cue = cueAt(ctx, c);
    if (!cue) {
      const w = ctx.terms[c];
      if (c !== b && w.post.trim() && !/^[.,]$/.test(w.post.trim())) break;
      continue;
    }
    if (cue.word.participle && c === b) return { cue, speaker: participleSpeaker(ctx, cue) };
    if (c === b) return attribute(ctx, cue, sent.from, b + 1);
    // what lies between the cue and the mark, set off by a comma or colon: "said Trump:", "told reporters,"
    if (!/[,:]/.test(gap + (t.normal === 'that' ? ',' : ''))) return null;
    const between = ctx.terms.slice(c + 1, b + 1);
    const after = speakerAfter(ctx, c, b + 1);
    if (after && after[1] === b + 1) return attribute(ctx, cue, sent.from, b + 1);
    const adjunct = between.every((w) => w.tags.has('Date') || w.tags.has('WeekDay') || CUE_ADJUNCTS.has(w.normal));
    const hearer = cue.word.object && between.every((w) => w.tags.has('Noun') || w.tags.has('Pronoun') || w.tags.has('Determiner') || w.tags.has('ProperNoun'));
    if (adjunct || hearer) {
      if (cue.word.participle) return { cue, speaker: participleSpeaker(ctx, cue) };
      return attribute(ctx, cue, sent.from, c + 1);
    }
    return null;
  }
  // "According to X, “...”"
  for (let c = sent.from; c < b; c++) {
    if (ctx.terms[c].normal === 'according' && ctx.terms[c + 1]?.normal === 'to') {
      const cue = cueAt(ctx, c);
      if (cue) return attribute(ctx, cue, sent.from, b + 1);
    }
  }
  return null;
}

/** `Caddell continued:` closing the previous paragraph introduces a quote paragraph. */
function colonIntro(ctx: QuoteContext, q: QuotedSpan): Attribution | null {
  if (!q.atParaStart || q.para === 0) return null;
  const idx = ctx.termFrom(q.open) - 1;
  const t = ctx.terms[idx];
  if (!t || ctx.paraOf[idx] !== q.para - 1 || !t.post.includes(':')) return null;
  const sent = ctx.sents[ctx.sentOf[idx]];
  for (let c = idx; c >= sent.from; c--) {
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const at = attribute(ctx, cue, sent.from, idx + 1);
    if (at) return { cue: at.cue, speaker: at.speaker ? { ...at.speaker, rule: SPEAKER_IDS.colonIntro } : null };
  }
  return null;
}

/**
 * The sentence's cues that give a speaker, in text order. They do not depend on the quote, so a sentence
 * with many quotes reads them once (each quote re-reading every term made a run of quotes quadratic).
 */
function sentenceCues(ctx: QuoteContext, sent: Sent): SentenceCue[] {
  const out: SentenceCue[] = [];
  for (let c = sent.from; c < sent.to; c++) {
    const t = ctx.terms[c];
    if (ctx.quoteAt(t.start)) continue;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    const at = cue.word.participle ? { cue, speaker: participleSpeaker(ctx, cue) } : attribute(ctx, cue, sent.from, sent.to);
    if (at && at.speaker) out.push({ start: t.start, at });
  }
  return out;
}

/** A cue elsewhere in the sentence of a partial quote: `the spokesperson said “it's really hard” to ...`. */
function cueInSentence(ctx: QuoteContext, q: QuotedSpan, cues: SentenceCue[]): Attribution | null {
  let best: Attribution | null = null;
  let at = -1;
  for (let k = 0; k < cues.length; k++) {
    const { start } = cues[k];
    if (start >= q.open && start < (q.close >= 0 ? q.close : q.end)) continue;
    if (start > q.open && best) break; // prefer the last cue before the quote
    best = cues[k].at;
    at = k;
    if (start > q.open) break;
  }
  return best && at > 0 && cues[at].start < q.open ? (outerReport(ctx, cues, at) ?? best) : best;
}

/** A break between an outer report and a later clause: the later clause is a sentence of its own ("X said; Y called it"). */
const CLAUSE_BREAK = /[;:!?]|\s[—–-]\s|,\s*(?:and|but|while|or|as|when|after)\b/;

/**
 * "She said Republican Donald Trump favors a “strongman approach”": the cue nearest the marks lies inside what an
 * earlier verb of saying reports, so the words are that speaker's claim (as dropNestedReports reads an indirect
 * quote). A plain say/tell inside keeps its own speaker ("said the senators told him “...”": both spoke).
 */
function outerReport(ctx: QuoteContext, cues: SentenceCue[], k: number): Attribution | null {
  const inner = cues[k].at;
  if (!inner.speaker || PLAIN_SAYING.has(inner.cue.word.lemma)) return null;
  for (let j = k - 1; j >= 0; j--) {
    const outer = cues[j].at;
    if (outer.cue.word.strength !== 'speech' || outer.cue.word.participle || !outer.speaker || outer.speaker.start > cues[j].start) continue;
    const from = ctx.terms[outer.cue.end - 1].end;
    if (inner.speaker.start < from) return null;
    return CLAUSE_BREAK.test(ctx.text.slice(from, inner.speaker.start)) ? null : outer;
  }
  return null;
}

function sentenceEndsAfter(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (q.close < 0) return true;
  const para = ctx.paras[q.para];
  const rest = ctx.text.slice(q.close + q.closeLen, Math.min(para.end, q.close + q.closeLen + 3));
  if (/^\s*$/.test(rest)) return true;
  if (/^[.!?]/.test(rest)) return true;
  return /[.!?]/.test(ctx.text[q.end - 1]) && /^\s+["“]?[\p{Lu}]/u.test(rest);
}

function sentenceStartsAt(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (q.atParaStart || q.continued) return true;
  const para = ctx.paras[q.para];
  const before = ctx.text.slice(Math.max(para.start, q.open - 3), q.open);
  return /[.!?]["”’]?\s*$/.test(before);
}

/** The marks hold a whole sentence: a capital first and a full stop, question or exclamation mark last (chanted "What curfew?" and ...). */
function wholeSentence(ctx: QuoteContext, q: QuotedSpan): boolean {
  return q.close >= 0 && /^\p{Lu}/u.test(ctx.text[q.start] ?? '') && /[.!?][’'"”]*$/.test(ctx.text.slice(Math.max(q.start, q.end - 4), q.end));
}

/** The quote stands as a clause of its own: set off by punctuation before it (or starting a sentence). */
function setOffBefore(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (sentenceStartsAt(ctx, q)) return true;
  const para = ctx.paras[q.para];
  return /[,:;—–(-]\s*$/.test(ctx.text.slice(Math.max(para.start, q.open - 3), q.open));
}

/** ... and after it (or ending a sentence). */
function setOffAfter(ctx: QuoteContext, q: QuotedSpan): boolean {
  if (sentenceEndsAfter(ctx, q)) return true;
  const para = ctx.paras[q.para];
  const rest = ctx.text.slice(q.close + q.closeLen, Math.min(para.end, q.close + q.closeLen + 3));
  // the comma may stand before an inner closing mark: 'labels of ‘criminal, super predator,’” Cyril said'
  return /^\s*[,;—–)-]/.test(rest) || /[,;—–-][’'‘]*$/.test(ctx.text.slice(Math.max(q.start, q.end - 3), q.end));
}

/** `Name — “quote”` credits and `“quote” ― Name` bylines of vox-pop lists. */
function dashCredit(ctx: QuoteContext, q: QuotedSpan): SpeakerMention | null {
  if (q.close < 0) return null;
  const para = ctx.paras[q.para];
  const rest = ctx.text.slice(q.close + q.closeLen, Math.min(para.end, q.close + q.closeLen + 8));
  const m = /^\s*[―—–-]{1,2}\s*/.exec(rest);
  if (!m) return null;
  const from = ctx.termFrom(q.close + q.closeLen + m[0].length);
  let to = from;
  while (to < ctx.terms.length && ctx.paraOf[to] === q.para && to - from < 6 && /^\p{Lu}/u.test(ctx.terms[to].text)) {
    to++;
    // a full stop after an initial stays inside the name: "Julie A. Diaz"
    const initial = /^\p{Lu}$/u.test(ctx.terms[to - 1].text) && /^\.\s/.test(ctx.terms[to - 1].post);
    if (/[,.;:]/.test(ctx.terms[to - 1].post) && !initial) break;
  }
  if (to === from) return null;
  const sp = mention(ctx, from, to, SPEAKER_IDS.dashCredit);
  if (!sp) return null;
  // the credit closes the paragraph
  if (para.end - sp.end > 8 || !/^[\s.,]*$/.test(ctx.text.slice(sp.end, para.end))) return null;
  return sp;
}

/** `He leaned in and boomed: “Let's ...”`: a colon hands the quote to the clause's subject. */
function colonSubject(ctx: QuoteContext, q: QuotedSpan): SpeakerMention | null {
  const b = ctx.termFrom(q.open) - 1;
  const t = ctx.terms[b];
  if (!t || ctx.paraOf[b] !== q.para || q.open - t.end > 12) return null;
  // a colon, or a dash before a whole sentence in marks: When Trump finally wrapped up — “I will win for you!” — the ...
  const gap = ctx.text.slice(t.end, q.open);
  if (!/:\s*$/.test(gap) && !(/^\s*[—–]\s*$/.test(gap) && wholeSentence(ctx, q))) return null;
  const sent = ctx.sents[ctx.sentOf[b]];
  // the last clause before the colon, when it has a subject of its own: "If we lived in normal times -- a reader would now ask:"
  let last = sent.from;
  for (let k = b; k > sent.from; k--) {
    if (/[,;—–]|--/.test(ctx.terms[k - 1].post)) {
      last = k;
      break;
    }
  }
  const subj = (last > sent.from ? clauseSubject(ctx, last, b + 1) : null) ?? clauseSubject(ctx, sent.from, b + 1);
  return subj ? mention(ctx, subj[0], subj[1], SPEAKER_IDS.clauseSubject) : null;
}

/** The whole quoted span, with its type, cue and speaker. */
const marked = (s: MarkSite, type: Reading['type'], cue: Attribution['cue'] | null, speaker: SpeakerMention | null, floating?: boolean): Reading => ({
  spans: [[s.q.start, s.q.end]],
  type,
  cue,
  speaker,
  ...(floating ? { floating } : {}),
});

/** Pass 1's rules, in the order they are tried on each quoted span. */
export const MARK_RULES: MarkRule[] = [
  {
    // a transcript inside marks: "WALLACE: Let's start ..."
    id: 'quote.marks-transcript-label',
    pass: 'marks',
    doubleOnly: true,
    typeFixed: true,
    labelled: true,
    build({ ctx, q }) {
      const label = LABEL.exec(ctx.text.slice(q.start, Math.min(q.end, q.start + 40)));
      if (!label) return null;
      const speaker = mention(ctx, ctx.termFrom(q.start), ctx.termFrom(q.start + label[1].length), SPEAKER_IDS.transcriptLabel);
      const start = q.start + label[0].length;
      return speaker && start < q.end ? { spans: [[start, q.end]], type: 'direct', cue: null, speaker } : null;
    },
  },
  {
    // “...,” she said / “...,” said Caddell
    id: 'quote.marks-cue-after',
    pass: 'marks',
    build(s) {
      const after = cueAfterQuote(s.ctx, s.q);
      return after && marked(s, s.startsClause() ? 'direct' : 'partial', after.cue, after.speaker);
    },
  },
  {
    // she said: “...” / said, “...” / saying that “...” / according to X, “...”
    id: 'quote.marks-cue-before',
    pass: 'marks',
    build(s) {
      const { ctx, q } = s;
      const before = cueBeforeQuote(ctx, q);
      if (!before) return null;
      // a naming verb takes the quote as a name for something: called it “a disaster”
      const naming = NAMING.has(before.cue.word.lemma) && !/[,:]/.test(ctx.text.slice(ctx.terms[before.cue.i].end, Math.min(q.open, ctx.terms[before.cue.i].end + 200)));
      return marked(s, (s.endsClause() || s.wholeSentence()) && !naming ? 'direct' : 'partial', before.cue, before.speaker);
    },
  },
  {
    // Name — “quote” / “quote” ― Name
    id: 'quote.marks-dash-credit',
    pass: 'marks',
    doubleOnly: true,
    typeFixed: true,
    build(s) {
      const credit = dashCredit(s.ctx, s.q);
      return credit && marked(s, 'direct', null, credit);
    },
  },
  {
    // He leaned in and boomed: “Let's ...”
    id: 'quote.marks-colon-subject',
    pass: 'marks',
    doubleOnly: true,
    build(s) {
      const colon = s.endsClause() || s.wholeSentence() ? colonSubject(s.ctx, s.q) : null;
      return colon && marked(s, 'direct', null, colon);
    },
  },
  {
    // Caddell continued:¶“...”
    id: 'quote.marks-colon-intro',
    pass: 'marks',
    doubleOnly: true,
    build(s) {
      const intro = colonIntro(s.ctx, s.q);
      return intro && marked(s, 'direct', intro.cue, intro.speaker);
    },
  },
  {
    // the spokesperson said “it's really hard” to ...
    id: 'quote.marks-cue-in-sentence',
    pass: 'marks',
    doubleOnly: true,
    build(s) {
      const { ctx, q } = s;
      const inSent = cueInSentence(ctx, q, s.sentenceCues());
      if (!inSent) return null;
      // a naming verb earlier in the sentence takes the quote as a name: called them in an article, “Manchurian anchors”
      const naming = NAMING.has(inSent.cue.word.lemma) && ctx.terms[inSent.cue.i].end <= q.open;
      return marked(s, s.startsClause() && (s.endsClause() || s.wholeSentence()) && !naming ? 'direct' : 'partial', inSent.cue, inSent.speaker);
    },
  },
  {
    // a quote paragraph (or sentence) with no cue: the previous quote's speaker's, if near
    id: 'quote.marks-floating',
    pass: 'marks',
    doubleOnly: true,
    build(s) {
      const { ctx, q } = s;
      return q.atParaStart || q.continued || sentenceStartsAt(ctx, q) ? marked(s, 'direct', null, null, true) : null;
    },
  },
];

/** What the rules read of one quoted span; what costs a scan is read at most once. */
function markSite(ctx: QuoteContext, q: QuotedSpan, sent: Sent, cuesOf: Map<Sent, SentenceCue[]>): MarkSite {
  let starts: boolean | undefined;
  let ends: boolean | undefined;
  return {
    ctx,
    q,
    sent,
    startsClause: () => (starts ??= setOffBefore(ctx, q)),
    endsClause: () => (ends ??= setOffAfter(ctx, q)),
    wholeSentence: () => wholeSentence(ctx, q),
    sentenceCues: () => {
      let cues = cuesOf.get(sent);
      if (!cues) cuesOf.set(sent, (cues = sentenceCues(ctx, sent)));
      return cues;
    },
  };
}

/** Runs pass 1: each quoted span is read by its first rule; a span no rule reads is scare quotes or a title, not a quote. */
export function runMarks(ctx: QuoteContext, rules: readonly MarkRule[], out: Found[]): void {
  const cuesOf = new Map<Sent, SentenceCue[]>();
  for (const q of ctx.quoted) {
    const idx = ctx.termFrom(q.start);
    if (idx >= ctx.terms.length) continue;
    const site = markSite(ctx, q, ctx.sents[ctx.sentOf[idx]], cuesOf);
    const hit = firstReading(rules, site, (rule) => !(rule.doubleOnly && q.single));
    if (hit) out.push(...candidates(ctx, hit.rule, hit.reading, q));
  }
}
