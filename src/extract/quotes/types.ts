// The shapes of the quotes domain: a cue, a rule of each pass, what a rule reads (its reading), and the
// candidate the refiners work on. A rule is `{ id, pass, ...fields, build }`: `build` reads one site (a quoted
// span, a cue of a sentence, the title) and returns what it reports, or null when the case is not its own;
// the runner (runner.ts) tries a pass's rules in table order and the first reading wins.
import type { QuoteType } from '../../record/schema.js';
import type { QuoteCandidate, SpeakerMention } from '../types.js';
import type { QuoteContext, Sent } from './context.js';
import type { CueWord } from './lexicon.js';
import type { Paragraph, QuotedSpan } from './marks.js';

export interface Cue {
  i: number;
  word: CueWord;
  /** The cue as written ("said", "according to"). */
  text: string;
  /** One past the cue's last term. */
  end: number;
}

/** A cue with the speaker phrase it gives (before or after it), or none. */
export interface Attribution {
  cue: Cue;
  speaker: SpeakerMention | null;
}

/** What a rule reads at its site. A reading with no spans still claims the site: no later rule is tried. */
export interface Reading {
  /** The reported words, as offsets (several for a sentence split by its attribution). */
  spans: readonly (readonly [number, number])[];
  type: QuoteType;
  cue: Cue | null;
  speaker: SpeakerMention | null;
  /** A quote paragraph with no cue: it takes the previous quote's speaker (refiner attributeFloating). */
  floating?: boolean;
}

interface RuleOf<P extends string, S> {
  /** Stable rule id, shown by --explain. */
  readonly id: string;
  /** The pass that runs it (passes/). */
  readonly pass: P;
  build(site: S): Reading | null;
}

/** Pass 1 reads each quoted span. */
export interface MarkSite {
  ctx: QuoteContext;
  q: QuotedSpan;
  /** The sentence of the quote's first term. */
  sent: Sent;
  /** The marks are set off from the reporter's words before them (or start a sentence). */
  startsClause(): boolean;
  /** ... and after them (or end a sentence). */
  endsClause(): boolean;
  /** The marks hold a whole sentence. */
  wholeSentence(): boolean;
  /** The sentence's cues outside marks, with their speakers (read once per sentence). */
  sentenceCues(): SentenceCue[];
}

export interface MarkRule extends RuleOf<'marks', MarkSite> {
  /** Tried on double marks only: single marks count as a quote only with a cue right before or after them. */
  readonly doubleOnly?: true;
  /** Its type is final: a label or a credit attributes the quote, not the reporter's sentence (refiner typeByFrame). */
  readonly typeFixed?: true;
  /** A speaker label vouches that the words are speech: no filter of stage directions or headings drops them. */
  readonly labelled?: true;
}

/** A cue of a sentence, outside quoted spans, with the speaker it gives. */
export interface SentenceCue {
  start: number;
  at: Attribution;
}

/** Pass 2 reads each cue of a sentence outside marks. */
export interface CueSite {
  ctx: QuoteContext;
  sent: Sent;
  cue: Cue;
  /** The speaker the sentence's earlier cue gave (a later participle takes it), or null. */
  lastSpeaker: SpeakerMention | null;
  /** The speaker phrase right before the cue, as a term range (read once per cue). */
  before(): [number, number] | null;
  /** ... as a mention (speaker.before-cue). */
  beforeSpeaker(): SpeakerMention | null;
}

export interface CueRule extends RuleOf<'reported', CueSite> {
  /** Its speaker becomes the sentence's speaker, which a later participle (", saying ...") takes. */
  readonly givesSentenceSpeaker?: true;
}

/** Pass 3 reads the title. */
export interface TitleSite {
  ctx: QuoteContext;
  /** A quote of pass 2 (not words in marks) already lies in the title. */
  taken: boolean;
}

export type TitleRule = RuleOf<'headline', TitleSite>;

/** Pass 4 reads each paragraph of a transcript. */
export interface TranscriptSite {
  ctx: QuoteContext;
  para: Paragraph;
}

export type TranscriptRule = RuleOf<'transcript', TranscriptSite>;

export type QuoteRule = MarkRule | CueRule | TitleRule | TranscriptRule;

/** A candidate with what the refiners need to know about it (none of it reaches the record). */
export interface Found extends QuoteCandidate {
  para: number;
  /** Term index of the cue, or -1. */
  cue: number;
  /** The quoted span it comes from (marked rules), or null. */
  marked: QuotedSpan | null;
  /** Needs the previous paragraph's speaker (floating quote). */
  floating?: boolean;
  /** From the rule (MarkRule.typeFixed). */
  typeFixed?: boolean;
  /** From the rule (MarkRule.labelled). */
  labelled?: boolean;
  /** A floating quote no speaker was found for (set by attributeFloating). */
  unattributed?: boolean;
}
