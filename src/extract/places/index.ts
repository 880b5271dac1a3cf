import type { Analysis } from '../../analyse/index.js';
import type { PlaceMention } from '../types.js';

export function extractPlaces(_a: Analysis): PlaceMention[] {
  return [];
}
