// A cue's speaker: the phrase before the cue ("Singh said"), else after it ("said Caddell"), or the source
// of "according to"; a participle's speaker (", saying ...") is the sentence's earlier speaker or its subject.
import type { SpeakerMention } from '../types.js';
import { cueAt } from './clause.js';
import type { QuoteContext } from './context.js';
import { SPEAKER_IDS, clauseSubject, mention, speakerAfter, speakerBefore } from './speaker.js';
import type { Attribution, Cue } from './types.js';

/** A cue with its speaker phrase, before or after it (the speaker phrase lies within terms [min, max)). */
export function attribute(ctx: QuoteContext, cue: Cue, min: number, max: number): Attribution | null {
  if (cue.word.lemma === 'according to') {
    const sp = speakerAfter(ctx, cue.end - 1, max, true);
    return sp ? { cue, speaker: mention(ctx, sp[0], sp[1], SPEAKER_IDS.accordingTo) } : null;
  }
  const before = speakerBefore(ctx, cue.i, min);
  if (before) return { cue, speaker: mention(ctx, before[0], before[1], SPEAKER_IDS.beforeCue) };
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
  const subj = clauseSubject(ctx, sent.from, cue.i);
  return subj ? mention(ctx, subj[0], subj[1], SPEAKER_IDS.clauseSubject) : null;
}
