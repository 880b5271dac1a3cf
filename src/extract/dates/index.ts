import type { Analysis } from '../../analyse/index.js';
import type { DateCandidate } from '../types.js';

export function extractDates(_a: Analysis): DateCandidate[] {
  return [];
}
