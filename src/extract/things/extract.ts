// Physical things that attacks hit, unnamed ("a church", "the embassy's gates", "a bus"), as candidates
// with spans and a place kind. The event passes make them targets (and record places) only when an
// event's grammar puts them in that role. The rule (./rules.ts) runs on the one runner (../runner.ts).
import type { Analysis } from '../../analyse/index.js';
import type { PlaceKind } from '../../record/schema.js';
import { compileRules } from '../runner.js';
import { THING_RULES } from './rules.js';

export interface ThingMention {
  text: string;
  start: number;
  end: number;
  /** The head as written, lower case ("residence"). */
  head: string;
  kind: PlaceKind;
  rule: string;
  /** Where the phrase opens with the count left out of the words ("nine vehicles"): the event grammar reads the thing from there. */
  lead?: number;
}

const RULES = compileRules(THING_RULES);

export function extractThings(a: Analysis): ThingMention[] {
  try {
    return RULES.run(a, a).map((hit) => hit.value);
  } catch {
    return [];
  }
}
