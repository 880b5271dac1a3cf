// A cue's speaker: the phrase before the cue ("Singh said"), else after it ("said Caddell"), or the source
// of "according to"; a participle's speaker (", saying ...") is the sentence's earlier speaker or its subject.
import type { SpeakerMention } from '../types.js';
import { cueAt } from './clause.js';
import type { QuoteContext } from './context.js';
import { FUNCTION_WORDS } from './lexicon.js';
import { SPEAKER_IDS, clauseSubject, isPronoun, mention, speakerAfter, speakerBefore, subjectPhrase } from './speaker.js';
import type { Attribution, Cue } from './types.js';

/** Lemmas whose object follows them: no speaker stands after them ("told X", "accused X"), whatever the quote order. */
export const OBJECT_FIRST = FUNCTION_WORDS['object-first-lemmas'];

/** A cue with its speaker phrase, before or after it (the speaker phrase lies within terms [min, max)). */
export function attribute(ctx: QuoteContext, cue: Cue, min: number, max: number): Attribution | null {
  if (cue.word.lemma === 'according to') {
    const sp = speakerAfter(ctx, cue.end - 1, max, true);
    return sp ? { cue, speaker: mention(ctx, sp[0], sp[1], SPEAKER_IDS.accordingTo) } : null;
  }
  // "Obama sounded a call for ...": a cue read as a noun takes its source from the clause, as a participle does
  if (cue.word.nominal) return { cue, speaker: participleSpeaker(ctx, cue) };
  const before = speakerBefore(ctx, cue.i, min);
  if (before) return { cue, speaker: mention(ctx, before[0], before[1], SPEAKER_IDS.beforeCue) };
  // "told The Huffington Post", "accuses Sanders of": the phrase after such a verb is its object, never its speaker;
  // ", telling O'Reilly that": a participle's speaker is the clause's
  if (OBJECT_FIRST.has(cue.word.lemma) || (cue.word.participle && cue.word.object)) {
    return { cue, speaker: cue.word.participle ? participleSpeaker(ctx, cue) : null };
  }
  const after = speakerAfter(ctx, cue.i, max);
  if (after) return { cue, speaker: mention(ctx, after[0], after[1], SPEAKER_IDS.afterCue) };
  return null;
}

/** The speaker of a participle ("..., saying ..."): the sentence's earlier cue's speaker, else its subject. */
export function participleSpeaker(ctx: QuoteContext, cue: Cue): SpeakerMention | null {
  const sent = ctx.sents[ctx.sentOf[cue.i]];
  for (let c = sent.from; c < cue.i; c++) {
    const cc = cueAt(ctx, c);
    if (!cc || cc.word.participle || ctx.quoteAt(ctx.terms[c].start)) continue;
    const at = attribute(ctx, cc, sent.from, cue.i);
    if (at?.speaker) return at.speaker;
  }
  const subj = clauseSubject(ctx, sent.from, cue.i) ?? subjectPhrase(ctx, sent.from, cue.i);
  const near = nearestClauseSubject(ctx, sent.from, cue.i);
  if (near && near[0] !== subj?.[0]) return mention(ctx, near[0], near[1], SPEAKER_IDS.participleNearestClause);
  return subj ? mention(ctx, subj[0], subj[1], SPEAKER_IDS.clauseSubject) : null;
}

/** Words that end a clause when they close a term: a comma, a semicolon, a dash. */
const CLAUSE_BREAK = /[,;—–]|--/;

/**
 * The participle hangs on the nearest clause before it (speaker.participle-nearest-clause): "The mayor declined,
 * and the governor attacked the plan, saying ...", "They vied for votes, each touting a record and saying ...".
 * The subject of the stretch after the last break before the participle's own lead, when that stretch is a clause
 * of its own (not the sentence's first, not a relative clause).
 */
function nearestClauseSubject(ctx: QuoteContext, from: number, cue: number): [number, number] | null {
  const terms = ctx.terms;
  for (let k = cue - 2; k > from; k--) {
    if (!CLAUSE_BREAK.test(terms[k - 1].post)) continue;
    if (ctx.quoteAt(terms[k].start)) return null;
    const subj = clauseSubject(ctx, k, cue);
    if (!subj || (subj[1] - subj[0] === 1 && (RELATIVE.has(terms[subj[0]].normal) || terms[subj[0]].normal === 'that'))) return null;
    return subj;
  }
  return null;
}

const RELATIVE = FUNCTION_WORDS['relative-pronouns'];

/** How many terms the subject of a "with" phrase may run before its participle. */
const MAX_WITH_SUBJECT = 6;

/**
 * "..., with Trump saying the polls were rigged", "with Cruz repeatedly calling ...": a participle whose own subject
 * follows "with" (an absolute phrase); returns that subject's term range, or null when the participle has none.
 */
export function withSubject(ctx: QuoteContext, cue: Cue): [number, number] | null {
  const terms = ctx.terms;
  const sent = ctx.sents[ctx.sentOf[cue.i]];
  let j = cue.i - 1;
  while (j > sent.from && terms[j].tags.has('Adverb') && !terms[j].tags.has('Noun') && !/[,;:]/.test(terms[j].post)) j--;
  const end = j + 1;
  for (let k = j; k > sent.from && end - k <= MAX_WITH_SUBJECT; k--) {
    const t = terms[k];
    if (/[,;:.!?()—–"“”]/.test(t.post) || ctx.quoteAt(t.start) || t.tags.has('Verb')) return null;
    if (!(t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('Value') || isPronoun(t))) return null;
    if (terms[k - 1].normal === 'with' && !/[,;:]/.test(terms[k - 1].post)) {
      // the phrase ends in a noun or a pronoun, not a determiner or an adjective
      const last = terms[end - 1];
      return last.tags.has('Noun') || last.tags.has('ProperNoun') || isPronoun(last) ? [k, end] : null;
    }
  }
  return null;
}
