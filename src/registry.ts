// Every rule id of every stage, in one place: each domain declares its ids once (its rule table, its refiners
// with ids, and `ids` for what else it makes), and the registry collects them. The ids are what --explain shows;
// no code decides anything by an id (meaning travels as fields), so an id can be renamed here and in its rule.
// tests/unit/rule-registry.test.ts checks that ids are unique, that every id the code writes is declared, and
// which declared ids the tests reach.
import { analyseIds } from './analyse/index.js';
import { datesDomain } from './extract/dates/index.js';
import { placesDomain } from './extract/places/index.js';
import { countsDomain } from './extract/counts/index.js';
import { FILTERS as COUNT_FILTERS } from './extract/counts/filters.js';
import { quotesDomain } from './extract/quotes/index.js';
import { actorsDomain } from './extract/actors/index.js';
import { participantsDomain } from './extract/participants/index.js';
import { thingsDomain } from './extract/things/index.js';
import { weaponsDomain } from './extract/weapons/index.js';
import { eventDomain } from './event/index.js';
import { eventsDomain } from './event/events/index.js';
import { resolveIds } from './resolve/index.js';

/** A stage's declaration of its ids: a domain, or a stage that has only ids. */
export interface IdSource {
  readonly name: string;
  readonly rules?: readonly { readonly id: string }[];
  readonly refiners?: readonly unknown[];
  readonly ids?: readonly string[];
}

export const ID_SOURCES: readonly IdSource[] = [analyseIds, datesDomain, countsDomain, { name: 'counts-filters', rules: COUNT_FILTERS }, placesDomain, actorsDomain, participantsDomain, thingsDomain, weaponsDomain, quotesDomain, resolveIds, eventDomain, eventsDomain];

/** Every id a source declares, in its order: rules, refiners that carry an id, then `ids`. */
export function declaredIds(s: IdSource): string[] {
  const refinerIds = (s.refiners ?? []).flatMap((r) => (r && typeof r === 'object' && 'id' in r && typeof r.id === 'string' ? [r.id] : []));
  return [...(s.rules ?? []).map((r) => r.id), ...refinerIds, ...(s.ids ?? [])];
}

/** The registry: id -> the stage that declares it. Throws if two declarations share an id. */
export function ruleRegistry(sources: readonly IdSource[] = ID_SOURCES): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const s of sources) {
    for (const id of declaredIds(s)) {
      const prior = out.get(id);
      if (prior !== undefined) throw new Error(`rule id ${id} is declared twice (${prior}, ${s.name})`);
      out.set(id, s.name);
    }
  }
  return out;
}
