// The quote rules' runner: quoted spans are attributed first (direct and partial quotes), then
// sentences are read for reported speech without marks (indirect quotes). Rules never do offset
// arithmetic on their own: spans come from terms and quoted spans.
import type { SpeakerMention } from '../types.js';
import type { QuoteContext, Sent } from './context.js';
import type { QuotedSpan } from './marks.js';
import { isPassive } from './speaker.js';
import { HEADLINE_LABELS, NAMING, PASSIVE_REPORTING, SETTING_PREPS, SETTINGS, SPEECH_ACTS } from './lexicon.js';
import {
  RULES, SPEAKER_RULES, clauseAfter, clauseBefore, clauseSubject, cueAt, makeQuote, mention, speakerAfter, speakerBefore,
  type Cue, type Found,
} from './rules.js';

interface Attribution {
  cue: Cue;
  speaker: SpeakerMention | null;
}

/** An upper-case speaker label opening a transcript line: "PENCE: ", "MR. SMITH: ". */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{1,30}\p{Lu}\.?):\s+/u;
const PARTICIPLE_LEADS = new Set(['by', 'in', 'after', 'before', 'while', 'when', 'and', 'also', 'repeatedly']);
const GAP_AFTER = /^[\s,.!?—–-]*$/;
const GAP_BEFORE = /^[\s,:—–-]*$/;

/** A cue with its speaker phrase, before or after it. */
function attribute(ctx: QuoteContext, cue: Cue, min: number, max: number): Attribution | null {
  if (cue.word.lemma === 'according to') {
    const sp = speakerAfter(ctx, cue.end - 1, max);
    return sp ? { cue, speaker: mention(ctx, sp[0], sp[1], SPEAKER_RULES.accordingTo) } : null;
  }
  const before = speakerBefore(ctx, cue.i, min);
  if (before) return { cue, speaker: mention(ctx, before[0], before[1], SPEAKER_RULES.beforeCue) };
  const after = speakerAfter(ctx, cue.i, max);
  if (after) return { cue, speaker: mention(ctx, after[0], after[1], SPEAKER_RULES.afterCue) };
  return null;
}

/** `“...,” she said` / `“...,” said Caddell` : the attribution right after the closing mark. */
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
  const c0 = cueAt(ctx, idx);
  if (c0) {
    const sp = speakerAfter(ctx, idx, max);
    if (sp) return { cue: c0, speaker: mention(ctx, sp[0], sp[1], SPEAKER_RULES.afterCue) };
  }
  for (let c = idx + 1; c < Math.min(max, idx + 16); c++) {
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    if (cue.word.participle) break;
    const sp = speakerBefore(ctx, c, idx);
    if (sp && sp[0] === idx) return { cue, speaker: mention(ctx, sp[0], sp[1], SPEAKER_RULES.beforeCue) };
    break;
  }
  return null;
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
    const adjunct = between.every((w) => w.tags.has('Date') || w.tags.has('WeekDay') || ['on', 'last', 'this', 'in', 'a', 'an', 'statement', 'interview'].includes(w.normal));
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
    if (at) return { cue: at.cue, speaker: at.speaker ? { ...at.speaker, rule: SPEAKER_RULES.colonIntro } : null };
  }
  return null;
}

/** A cue of a sentence, outside quoted spans, with the speaker it gives. */
interface SentenceCue {
  start: number;
  at: Attribution;
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
function cueInSentence(q: QuotedSpan, cues: SentenceCue[]): Attribution | null {
  let best: Attribution | null = null;
  for (const { start, at } of cues) {
    if (start >= q.open && start < (q.close >= 0 ? q.close : q.end)) continue;
    if (start > q.open && best) break; // prefer the last cue before the quote
    best = at;
    if (start > q.open) break;
  }
  return best;
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
  return /^\s*[,;—–)-]/.test(rest) || /[,;—–-]/.test(ctx.text[q.end - 1]);
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
    if (/[,.;:]/.test(ctx.terms[to - 1].post)) break;
  }
  if (to === from) return null;
  const sp = mention(ctx, from, to, SPEAKER_RULES.dashCredit);
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
  const subj = clauseSubject(ctx, sent.from, b + 1);
  return subj ? mention(ctx, subj[0], subj[1], SPEAKER_RULES.clauseSubject) : null;
}

/** The speaker of a participle ("..., saying ..."): the sentence's earlier cue's speaker, else its subject. */
function participleSpeaker(ctx: QuoteContext, cue: Cue): SpeakerMention | null {
  const sent = ctx.sents[ctx.sentOf[cue.i]];
  for (let c = sent.from; c < cue.i; c++) {
    const cc = cueAt(ctx, c);
    if (!cc || cc.word.participle || ctx.quoteAt(ctx.terms[c].start)) continue;
    const at = attribute(ctx, cc, sent.from, cue.i);
    if (at?.speaker) return at.speaker;
  }
  const subj = clauseSubject(ctx, sent.from, cue.i);
  return subj ? mention(ctx, subj[0], subj[1], SPEAKER_RULES.clauseSubject) : null;
}

type Pass = (ctx: QuoteContext, out: Found[]) => void;

/** Pass 1: quoted spans and what attributes them (direct and partial quotes). */
const markedQuotes: Pass = (ctx, out) => {
  const terms = ctx.terms;
  const cuesOf = new Map<Sent, SentenceCue[]>();
  for (const q of ctx.quoted) {
    const idx = ctx.termFrom(q.start);
    if (idx >= terms.length) continue;
    const sent = ctx.sents[ctx.sentOf[idx]];
    // a transcript inside marks: "WALLACE: Let's start ..."
    const label = LABEL.exec(ctx.text.slice(q.start, Math.min(q.end, q.start + 40)));
    if (label && !q.single) {
      const from = ctx.termFrom(q.start);
      const to = ctx.termFrom(q.start + label[1].length);
      const speaker = mention(ctx, from, to, SPEAKER_RULES.transcriptLabel);
      const start = q.start + label[0].length;
      if (speaker && start < q.end) {
        out.push(makeQuote(ctx, [start, q.end], 'direct', RULES.transcriptLabel, null, speaker, q));
        continue;
      }
    }
    const after = cueAfterQuote(ctx, q);
    const before = after ? null : cueBeforeQuote(ctx, q);
    const starts = setOffBefore(ctx, q);
    const ends = setOffAfter(ctx, q);
    if (after) {
      out.push(makeQuote(ctx, [q.start, q.end], starts ? 'direct' : 'partial', RULES.directCueAfter, after.cue, after.speaker, q));
      continue;
    }
    if (before) {
      // a naming verb takes the quote as a name for something: called it “a disaster”
      const naming = NAMING.has(before.cue.word.lemma) && !/[,:]/.test(ctx.text.slice(ctx.terms[before.cue.i].end, Math.min(q.open, ctx.terms[before.cue.i].end + 200)));
      out.push(makeQuote(ctx, [q.start, q.end], (ends || wholeSentence(ctx, q)) && !naming ? 'direct' : 'partial', RULES.directCueBefore, before.cue, before.speaker, q));
      continue;
    }
    if (q.single) continue;
    const credit = dashCredit(ctx, q);
    if (credit) {
      out.push(makeQuote(ctx, [q.start, q.end], 'direct', RULES.directDashCredit, null, credit, q));
      continue;
    }
    const colon = ends || wholeSentence(ctx, q) ? colonSubject(ctx, q) : null;
    if (colon) {
      out.push(makeQuote(ctx, [q.start, q.end], 'direct', RULES.directColonSubject, null, colon, q));
      continue;
    }
    const intro = colonIntro(ctx, q);
    if (intro) {
      out.push(makeQuote(ctx, [q.start, q.end], 'direct', RULES.directColonIntro, intro.cue, intro.speaker, q));
      continue;
    }
    let cues = cuesOf.get(sent);
    if (!cues) cuesOf.set(sent, (cues = sentenceCues(ctx, sent)));
    const inSent = cueInSentence(q, cues);
    if (inSent) {
      // a naming verb earlier in the sentence takes the quote as a name: called them in an article, “Manchurian anchors”
      const naming = NAMING.has(inSent.cue.word.lemma) && ctx.terms[inSent.cue.i].end <= q.open;
      out.push(makeQuote(ctx, [q.start, q.end], starts && (ends || wholeSentence(ctx, q)) && !naming ? 'direct' : 'partial', RULES.partialInSentence, inSent.cue, inSent.speaker, q));
      continue;
    }
    if (q.atParaStart || q.continued || sentenceStartsAt(ctx, q)) {
      const f = makeQuote(ctx, [q.start, q.end], 'direct', RULES.directFloating, null, null, q);
      f.floating = true;
      out.push(f);
    }
    // otherwise: scare quotes or a title in marks, not a quote
  }

};

/** Pass 2: reported speech without marks (indirect quotes), sentence by sentence. */
const reportedSpeech: Pass = (ctx, out) => {
  const terms = ctx.terms;
  for (const sent of ctx.sents) {
    if (!ctx.a.isContent(sent.start, sent.end)) continue;
    let lastSpeaker: SpeakerMention | null = null;
    for (let i = sent.from; i < sent.to; i++) {
      const t = terms[i];
      if (ctx.quoteAt(t.start)) continue;
      const cue = cueAt(ctx, i);
      if (!cue) continue;
      if (cue.word.lemma === 'according to') {
        const at = attribute(ctx, cue, sent.from, sent.to);
        if (!at?.speaker) continue;
        let span: [number, number] | null = null;
        if (i === sent.from || (i === sent.from + 1 && ['but', 'and', 'yet'].includes(terms[sent.from].normal))) {
          // "According to X, CLAUSE."
          const spEnd = ctx.termFrom(at.speaker.end);
          if (terms[spEnd - 1]?.post.includes(',')) {
            const fake: Cue = { ...cue, end: spEnd, word: { lemma: 'according to', strength: 'speech' } };
            span = clauseAfterComma(ctx, fake, sent);
          }
        } else {
          span = clauseBefore(ctx, sent, i);
        }
        if (span) out.push(makeQuote(ctx, span, 'indirect', RULES.indirectAccordingTo, cue, at.speaker, null));
        lastSpeaker = at.speaker;
        continue;
      }
      if (cue.word.participle) {
        // ", saying ...", "by saying ...", "and saying ...": the clause's subject says it
        const prev = terms[i - 1];
        if (!prev || !(prev.post.includes(',') || PARTICIPLE_LEADS.has(prev.normal))) continue;
        const span = clauseAfter(ctx, cue, sent);
        if (!span) continue;
        const speaker = lastSpeaker ?? participleSpeaker(ctx, cue);
        out.push(makeQuote(ctx, span, 'indirect', RULES.indirectParticiple, cue, speaker, null));
        continue;
      }
      if (isPassive(ctx, i, sent.from)) {
        // "Turnout is expected to rise": reported, but by nobody named
        const span = PASSIVE_REPORTING.has(cue.word.lemma) ? clauseAfter(ctx, cue, sent) : null;
        if (span) out.push(makeQuote(ctx, span, 'indirect', RULES.indirectPassive, cue, null, null));
        continue;
      }
      const before = speakerBefore(ctx, i, sent.from);
      if (before) {
        const speaker = mention(ctx, before[0], before[1], SPEAKER_RULES.beforeCue);
        const span = clauseAfter(ctx, cue, sent);
        if (span) {
          out.push(makeQuote(ctx, span, 'indirect', RULES.indirectSaidThat, cue, speaker, null));
          lastSpeaker = speaker;
          continue;
        }
        // "Trump denied the allegations", "She cited a 2015 study"
        const object = SPEECH_ACTS.has(cue.word.lemma) ? objectAfter(ctx, cue, sent) : null;
        if (object) {
          out.push(makeQuote(ctx, object, 'indirect', RULES.indirectSpeechAct, cue, speaker, null));
          lastSpeaker = speaker;
          continue;
        }
        // "CLAUSE, officials said." / "The museum, Mr. Bush said, celebrated ..."
        const endsHere = i + 1 >= sent.to || /^[.!?]/.test(terms[i].post.trim());
        if ((cue.word.strength === 'speech' || endsHere) && before[0] > sent.from && terms[before[0] - 1].post.includes(',') && !ctx.quoteAt(terms[before[0] - 1].end - 1)) {
          const span2 = clauseBefore(ctx, sent, before[0]);
          if (span2) out.push(makeQuote(ctx, span2, 'indirect', RULES.indirectClauseThenCue, cue, speaker, null));
          else if (terms[i].post.trim() === ',' && i + 2 < sent.to) {
            for (const piece of parentheticalPieces(ctx, sent, before[0], i)) {
              out.push(makeQuote(ctx, piece, 'indirect', RULES.indirectParenthetical, cue, speaker, null));
            }
          }
        }
        lastSpeaker = speaker;
        continue;
      }
      // "CLAUSE, said X."
      if (cue.word.strength === 'speech' && i > sent.from && terms[i - 1].post.includes(',')) {
        const after = speakerAfter(ctx, i, sent.to);
        if (after) {
          const span2 = clauseBefore(ctx, sent, i);
          const speaker = mention(ctx, after[0], after[1], SPEAKER_RULES.afterCue);
          if (span2) out.push(makeQuote(ctx, span2, 'indirect', RULES.indirectClauseThenCue, cue, speaker, null));
          lastSpeaker = speaker;
        }
      }
    }
  }

};

/** Pass 3: headlines "Name: words". */
const headlineQuotes: Pass = (ctx, out) => {
  const terms = ctx.terms;
  const title = ctx.a.title;
  if (title) {
    const idx = ctx.termFrom(title.start);
    for (let c = idx; c < Math.min(idx + 6, terms.length) && terms[c].end <= title.end; c++) {
      if (terms[c].post.trim() !== ':') continue;
      const ts = terms.slice(idx, c + 1);
      if (!ts.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) && !t.tags.has('Verb')) || ts.some((t) => HEADLINE_LABELS.has(t.normal))) break;
      const start = terms[c + 1]?.start;
      if (start === undefined || start >= title.end) break;
      let end = title.end;
      while (end > start && /[.\s]/.test(ctx.text[end - 1])) end--;
      const speaker = mention(ctx, idx, c + 1, SPEAKER_RULES.headline);
      if (speaker && end > start) out.push(makeQuote(ctx, [start, end], 'indirect', RULES.headlineColon, null, speaker, null));
      break;
    }
  }
};

/** The passes, in order. */
const PASSES: Pass[] = [markedQuotes, reportedSpeech, headlineQuotes];

export function runRules(ctx: QuoteContext): Found[] {
  const out: Found[] = [];
  for (const pass of PASSES) pass(ctx, out);
  return out;
}

/** "The museum, Mr. Bush said, celebrated ...": the reported sentence on both sides of the attribution. */
function parentheticalPieces(ctx: QuoteContext, sent: Sent, speakerFrom: number, cue: number): [number, number][] {
  const terms = ctx.terms;
  const head = clauseBefore(ctx, sent, speakerFrom, false);
  const last = terms[sent.to - 1];
  let end = last.end;
  const post = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  const q = /^([.!?,;:]*)(["”’»])/.exec(post);
  if (q && ctx.quoteAt(end + q[1].length)) end += q[0].length;
  const tailStart = terms[cue + 1].start;
  const whole = terms.slice(sent.from, sent.to).filter((t, k) => k + sent.from < speakerFrom || k + sent.from > cue);
  if (!head || end - tailStart < 8 || !whole.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'))) return [];
  return [head, [tailStart, end]];
}


/** "in a statement", "at a rally", "on Twitter": a setting phrase starts at `from`. */
function settingAhead(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (SETTINGS.has(ctx.terms[k].normal)) return true;
    if (!ctx.terms[k].tags.has('Determiner') && !ctx.terms[k].tags.has('Adjective') && !ctx.terms[k].tags.has('Possessive') && !ctx.terms[k].tags.has('Noun')) return false;
  }
  return false;
}
const NP_START = ['Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Possessive', 'Value', 'Acronym'];

/** The object of a speech-act verb, up to the end of its clause. */
function objectAfter(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const terms = ctx.terms;
  const k = cue.end;
  const first = terms[k];
  if (!first || k >= sent.to || /[.!?;:,]/.test(terms[cue.i].post.trim())) return null;
  if (!NP_START.some((tag) => first.tags.has(tag)) || first.tags.has('Pronoun') || first.tags.has('Date') || terms[k + 1]?.tags.has('Date')) return null;
  if (ctx.quoteAt(first.start)) return null;
  let e = k;
  while (e < sent.to) {
    const t = terms[e];
    // a time or a setting ends the object: "denied the allegations in a statement on Friday"
    if (e > k && (t.tags.has('Date') || (SETTING_PREPS.has(t.normal) && settingAhead(ctx, e + 1, sent.to)))) break;
    e++;
    if (/[,;:—–(]/.test(t.post) || (t.post.includes(' -') && !t.post.includes('-', 0))) break;
  }
  if (e - k < 2) return null;
  const start = first.start;
  let end = terms[e - 1].end;
  const post = /^[^\s]*/.exec(terms[e - 1].post)?.[0] ?? '';
  const q = /^([.!?,;:]*)(["”’»])/.exec(post);
  if (q && ctx.quoteAt(end + q[1].length)) end += q[0].length;
  return [start, end];
}

/** "According to X, CLAUSE." : the clause after the comma that closes the source. */
function clauseAfterComma(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const from = cue.end;
  if (from >= sent.to) return null;
  const last = ctx.terms[sent.to - 1];
  let end = last.end;
  const post = /^[^\s]*/.exec(last.post)?.[0] ?? '';
  const q = /^([.!?,;:]*)(["”’»])/.exec(post);
  if (q && ctx.quoteAt(end + q[1].length)) end += q[0].length;
  const start = ctx.terms[from].start;
  return end - start > 8 ? [start, end] : null;
}
