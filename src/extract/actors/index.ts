import type { Analysis } from '../../analyse/index.js';
import type { ActorMention } from '../types.js';

export function extractActors(_a: Analysis): ActorMention[] {
  return [];
}
