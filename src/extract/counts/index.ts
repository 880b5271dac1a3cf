import type { Analysis } from '../../analyse/index.js';
import type { CountCandidate } from '../types.js';

export function extractCounts(_a: Analysis): CountCandidate[] {
  return [];
}
