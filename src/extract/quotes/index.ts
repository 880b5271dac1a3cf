// The quotes domain: direct, partial and indirect speech with the words that attribute them, as one plain
// object: its rules (three passes' tables), its refiners and its lexicon.
// Order: analyse (shared) -> quoted spans and sentences (context) -> passes 1-4 -> refiners.
import type { Analysis } from '../../analyse/index.js';
import type { Domain } from '../domain.js';
import type { QuoteCandidate } from '../types.js';
import { buildContext } from './context.js';
import { QUOTE_LEXICON, compileCues, type QuoteLexiconFiles } from './lexicon.js';
import { MARK_RULES, runMarks } from './passes/1-marks.js';
import { CUE_RULES, runReported } from './passes/2-reported.js';
import { TITLE_RULES, runHeadline } from './passes/3-headline.js';
import { TRANSCRIPT_RULES, runTranscript } from './passes/4-transcript.js';
import { REFINERS, REFINER_IDS, toCandidates, type Refiner } from './refine.js';
import { SPEAKER_IDS } from './speaker.js';
import type { CueRule, Found, MarkRule, QuoteRule, TitleRule, TranscriptRule } from './types.js';

export type { QuoteRule } from './types.js';

export interface QuotesDomain extends Domain<QuoteRule, Refiner> {
  readonly lexicon: QuoteLexiconFiles;
}

/** The domain as data: what runs, in which order. */
export const quotesDomain: QuotesDomain = {
  name: 'quotes',
  rules: [...MARK_RULES, ...CUE_RULES, ...TITLE_RULES, ...TRANSCRIPT_RULES],
  refiners: REFINERS,
  lexicon: QUOTE_LEXICON,
  // put on items by the refiners (the unattributed floating quote, the typing of partial quotes, the floating
  // quote's speaker) and by the speaker finders (speaker.ts) rather than by a rule of the tables
  ids: [...Object.values(REFINER_IDS), ...Object.values(SPEAKER_IDS)],
};

export interface QuoteTagger {
  extract(a: Analysis): QuoteCandidate[];
}

/** A tagger with its cue table compiled once from the domain's lexicon; reuse it across documents. */
export function createQuoteTagger(domain: QuotesDomain = quotesDomain): QuoteTagger {
  const cues = compileCues(domain.lexicon);
  const marks = domain.rules.filter((r): r is MarkRule => r.pass === 'marks');
  const reported = domain.rules.filter((r): r is CueRule => r.pass === 'reported');
  const headline = domain.rules.filter((r): r is TitleRule => r.pass === 'headline');
  const transcript = domain.rules.filter((r): r is TranscriptRule => r.pass === 'transcript');
  return {
    extract(a) {
      if (a.terms.length === 0) return [];
      const ctx = buildContext(a, cues);
      const found: Found[] = [];
      // the passes, in order (passes/1-marks, 2-reported, 3-headline)
      runMarks(ctx, marks, found);
      runReported(ctx, reported, found);
      runHeadline(ctx, headline, found);
      runTranscript(ctx, transcript, found);
      let xs = found;
      for (const refine of domain.refiners) xs = refine(ctx, xs);
      return toCandidates(xs);
    },
  };
}
