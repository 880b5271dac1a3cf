// The events a page shows: `record.events` when the record has them, else the main `record.event`.
import type { EventRecord, Event, Mention } from '../record/schema.js';

export interface Weapon {
  text: string;
  start: number;
  end: number;
  kind: string;
  count?: number;
}

/** One event as a page shows it: the record's `event` shape, with the fields `events` entries add. */
export type ViewEvent = Event & {
  id?: string;
  status?: string;
  mentions?: Mention[];
  weapons?: Weapon[];
};

export function eventsOf(record: EventRecord): ViewEvent[] {
  const listed = (record as { events?: unknown }).events;
  if (Array.isArray(listed) && listed.length > 0) {
    // the entry that is the main event also shows the main event's rules (date, place) under its own
    const main = record.event;
    return (listed as ViewEvent[]).map((e) =>
      main?.id !== undefined && e.id === main.id ? { ...e, rules: { ...(main.rules ?? {}), ...(e.rules ?? {}) } } : e,
    );
  }
  return record.event ? [record.event as ViewEvent] : [];
}

/** An event's id for the page: its own, else its position ("e1" for the first). */
export const eventId = (e: ViewEvent, i: number): string => e.id ?? `e${i + 1}`;
