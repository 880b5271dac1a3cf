import type { Analysis } from '../../analyse/index.js';
import type { QuoteCandidate } from '../types.js';

export function extractQuotes(_a: Analysis): QuoteCandidate[] {
  return [];
}
