// The main event: trigger and CAMEO type, date, place, roles and casualties.
import type { Analysis } from '../analyse/index.js';
import type { Actor, Count, DateItem, Event, Place, Quote } from '../record/schema.js';

export interface EventInput {
  a: Analysis;
  dates: DateItem[];
  counts: Count[];
  places: Place[];
  actors: Actor[];
  quotes: Quote[];
}

/** The event with the rule behind each field (`rules`), or null when the article reports none. */
export function assembleEvent(_input: EventInput): Event | null {
  return null;
}
