// Counts: numbers of things and people, with qualifier, counted noun and category (SPEC §2 counts).
import { reportFailure, type Analysis } from '../../analyse/index.js';
import type { CountCandidate } from '../types.js';
import { sentenceCounts } from './extract.js';
import { REFINERS } from './refine.js';

export { singular } from './lexicon.js';

export function extractCounts(a: Analysis): CountCandidate[] {
  const out: CountCandidate[] = [];
  for (const s of a.sentences) {
    try {
      let counts = sentenceCounts(a, s);
      for (const refine of REFINERS) counts = refine(a, counts);
      out.push(...counts);
    } catch (e) {
      // an odd sentence never stops the document, but it is not silent: the record gets a stage_failed warning
      reportFailure(a, 'counts', e);
    }
  }
  return out;
}

/** A casualty told by a person's name ("injuring Leanne Smith", rules count.name-*): one person for the event's tally. */
export function isNameTally(c: { rule?: string }): boolean {
  return c.rule !== undefined && c.rule.startsWith('count.name-');
}
