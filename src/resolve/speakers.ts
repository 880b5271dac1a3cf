// Quote candidates -> quotes whose speaker is linked to an actor (by name, title or pronoun).
import type { Analysis } from '../analyse/index.js';
import type { QuoteCandidate } from '../extract/types.js';
import type { Actor, Quote } from '../record/schema.js';

export type ResolvedQuote = Omit<Quote, 'id'> & { rule: string };

export function resolveSpeakers(_quotes: QuoteCandidate[], _actors: Actor[], _a: Analysis): ResolvedQuote[] {
  return [];
}
