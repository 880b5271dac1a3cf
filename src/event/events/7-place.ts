// The place of an entry once its roles are known. A place that the event hits (a target: "attacked Camp
// Shorabak in Helmand Province") is what was attacked, not where: the event's place is then the most exact
// other place its clauses name around it ("Helmand Province"), when one is less exact than the target.
// Rules as data.
import type { Place } from '../../record/schema.js';
import { rankOf } from './2-frames.js';

/** What a place rule reads of an entry: its place, its targets, its clauses, and the record's places. */
export interface PlaceContext {
  location: string | null;
  targets: readonly string[];
  clauses: readonly { from: number; to: number }[];
  places: readonly Place[];
}

/** A rule that moves an entry's place: it returns the new place id, or undefined to leave it. */
export interface PlaceRule {
  id: string;
  what: string;
  pick(c: PlaceContext): string | undefined;
}

export const PLACE_RULES: readonly PlaceRule[] = [
  {
    id: 'events.place-not-target',
    what: 'a place the event hits is no place of it: the most exact less exact place of its clauses is ("attacked Camp Shorabak in Helmand Province")',
    pick: ({ location, targets, clauses, places }) => {
      if (!location || !targets.includes(location)) return undefined;
      const hit = places.find((p) => p.id === location);
      if (!hit) return undefined;
      const inClause = (m: { start: number; end: number }): boolean => clauses.some((c) => m.start >= c.from && m.end <= c.to);
      const at = Math.min(...hit.mentions.filter(inClause).map((m) => m.start));
      const cands = places
        .filter((p) => p.id !== location && !targets.includes(p.id) && rankOf(p) < rankOf(hit) && p.mentions.some(inClause))
        .map((p) => ({ p, d: Math.min(...p.mentions.filter(inClause).map((m) => Math.abs(m.start - at))) }))
        .sort((x, y) => rankOf(y.p) - rankOf(x.p) || x.d - y.d);
      return cands[0]?.p.id;
    },
  },
];
