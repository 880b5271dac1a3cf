// The place of an entry once its roles are known. A place that the event hits (a target: "attacked Camp
// Shorabak in Helmand Province") is what was attacked, not where: the event's place is then the most exact
// other place its clauses name around it ("Helmand Province"), when one is less exact than the target.
// Rules as data.
import type { Place, PlaceKind } from '../../record/schema.js';
import { table, wordAlternation, type LexiconFile } from '../../extract/lexicon.js';
import { THING_HEADS } from '../../extract/things/lexicon.js';
import siteNouns from './lexicon/site-nouns.json' with { type: 'json' };
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

/** Where the event's own clause names no place, an unnamed site after a locative preposition is its place. */
export const SITE_RULE = {
  id: 'events.place-unnamed-site',
  what: 'an event whose own clause names no place (or names one only as a modifier of a site: "the Oxford Street bus station") happened at the unnamed building, facility or part of a settlement that its clause puts after at/in/on/inside/near/outside ("a shooting broke out in the main areas", "killed in a battle in the market area")',
} as const;

/** Site heads: the things lexicon's buildings, facilities and infrastructure (no vehicles: a vehicle is hit or used) and the site nouns. */
const SITE_HEADS: ReadonlyMap<string, PlaceKind> = new Map([
  ...[...THING_HEADS].filter(([, k]) => k !== 'vehicle'),
  ...Object.entries(table(siteNouns as LexiconFile<Record<string, string[]>>)).flatMap(([kind, ws]) => ws.map((w): [string, PlaceKind] => [w, kind as PlaceKind])),
]);
/** A locative preposition, a determiner, up to three modifier words (no function word) and a site head ("at the busy Oxford Street bus station"). */
const SITE = new RegExp(
  `\\b(?:at|in|inside|on|near|outside)\\s+((?:the|a|an|his|her|their|its)\\s+(?:(?!(?:in|at|on|of|and|or|near|to|by|for|from|with|was|were|is|are|where|which|that|who)\\b)[\\w'’-]+\\s+){0,3}(${wordAlternation(SITE_HEADS.keys())}))\\b(?![-'’])`,
  'gi',
);

export interface Site {
  text: string;
  start: number;
  end: number;
  kind: PlaceKind;
}

/** The unnamed site of a clause [from, to) nearest its trigger at `at`, or null. */
export function siteOf(text: string, from: number, to: number, at: number): Site | null {
  const clause = text.slice(from, to);
  const found: Site[] = [];
  SITE.lastIndex = 0;
  for (let m = SITE.exec(clause); m; m = SITE.exec(clause)) {
    const start = from + m.index + m[0].length - m[1].length;
    const kind = SITE_HEADS.get(m[2].toLowerCase().replace(/\s+/g, ' '));
    if (kind) found.push({ text: m[1], start, end: start + m[1].length, kind });
  }
  return found.sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0] ?? null;
}
