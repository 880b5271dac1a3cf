// Place rules: each looks at a run of capitalised tokens and says whether it names a place, of what
// kind, and what to look up. Rules are tried in this order on every sub-run, longest run first.
import { foldName, type Gazetteer } from '../../gazetteer/index.js';
import type { PlaceKind } from '../../record/schema.js';
import { DIRECTIONS, FACILITY_NOUNS, NAMED_AREAS, SITE_NOUNS, STREET_PREFIXES, TERRAIN_NOUNS, TERRAIN_PREFIX, WATER_NOUNS, WATER_PREFIX, WATER_PREFIX_BARE } from './lexicon.js';
import type { Tok } from './tokens.js';

export interface PlaceMatch {
  kind: PlaceKind;
  rule: string;
  /** the name to resolve when it differs from the text */
  lookup?: string;
  /** how much the wording alone says it is a place: strong (a country, a river) or weak (a town name) */
  strength: 'strong' | 'gazetteer' | 'weak';
  /** population of the best gazetteer entry (0 when none) */
  population: number;
  /** made by a pattern of nouns (a water, terrain, facility or direction pattern), not by a name the gazetteer knows */
  pattern?: boolean;
  /** how the name was formed, where later steps ask: a capitalised direction before a place ("Southern California"),
   * a terrain or district noun after a name ("Anbar Province"), or compromise's place tags */
  form?: 'direction' | 'terrain' | 'tagger';
}

export interface RuleContext {
  text: string;
  /** the tokens of the run */
  toks: Tok[];
  /** the run's text as written */
  name: string;
  /** may small places (population < 15,000) be looked up: a locative cue or the dateline */
  allowMinor: boolean;
  /** a locative cue stands right before the run ("at the", "in") */
  locative?: boolean;
  /** the pipeline's gazetteer */
  gazetteer: Gazetteer;
}

export interface PlaceRule {
  id: string;
  /** a pattern of nouns: not tried on a coordinated run ("West Bank and Gaza Strip" is two places) */
  pattern?: boolean;
  match(ctx: RuleContext): PlaceMatch | null;
}

const keys = (toks: Tok[]): string[] => toks.map((t) => t.key);
const span = (ctx: RuleContext, toks: Tok[]): string => ctx.text.slice(toks[0].start, toks[toks.length - 1].end);

/** What a name is on the gazetteer, without the pattern rules (used for "X Province", "Southern X"). */
function gazetteerKind(gazetteer: Gazetteer, name: string): { kind: PlaceKind; population: number } | null {
  const area = NAMED_AREAS[foldName(name)];
  if (area) return { kind: area.kind, population: 1e7 };
  if (gazetteer.countryByName(name)) return { kind: 'country', population: 1e8 };
  const admins = gazetteer.adminsByName(name);
  if (admins.length > 0) return { kind: 'admin', population: admins[0].population };
  const cities = gazetteer.citiesByName(name);
  if (cities.length > 0) return { kind: 'city', population: cities[0].population };
  return null;
}

const THE_BEFORE = /\bthe\s{1,2}$/i;

export const PLACE_RULES: PlaceRule[] = [
  {
    id: 'place.named-area',
    match(ctx) {
      const area = NAMED_AREAS[foldName(ctx.name)];
      return area ? { kind: area.kind, rule: 'place.named-area', strength: 'strong', population: 1e7 } : null;
    },
  },
  {
    id: 'place.gazetteer-country',
    match(ctx) {
      if (ctx.toks.length === 1 && ctx.gazetteer.countryByDemonym(ctx.name) && !ctx.gazetteer.countryByName(ctx.name)) return null;
      return ctx.gazetteer.countryByName(ctx.name) ? { kind: 'country', rule: 'place.gazetteer-country', strength: 'strong', population: 1e8 } : null;
    },
  },
  {
    id: 'place.republic-of',
    match(ctx) {
      // "Federal Republic of Yugoslavia", "Islamic Republic of Iran": a state's formal name
      const k = keys(ctx.toks);
      const r = k.indexOf('republic');
      if (r < 0 || k[r + 1] !== 'of' || r + 2 >= k.length || !ctx.toks.slice(0, r + 1).every((t) => t.cap)) return null;
      const lookup = span(ctx, ctx.toks.slice(r + 2));
      return ctx.gazetteer.countryByName(lookup) ? { kind: 'country', rule: 'place.republic-of', lookup, strength: 'strong', population: 1e8 } : null;
    },
  },
  {
    id: 'place.gazetteer-admin',
    match(ctx) {
      const admins = ctx.gazetteer.adminsByName(ctx.name);
      if (admins.length === 0) return null;
      const best = admins[0];
      // regions named by a bare direction ("West", "Eastern") are not found by that word alone
      if (ctx.toks.length === 1 && DIRECTIONS.has(ctx.toks[0].key)) return null;
      // "Baghdad", "New York": the region's capital city is meant by the bare name (the city rule takes it)
      const city = ctx.gazetteer.citiesByName(ctx.name)[0];
      if (city && (city.featureCode === 'PPLC' || city.featureCode === 'PPLA' || city.population >= best.population * 0.3)) return null;
      // a US state, or a prominent first-level region
      if (best.country !== 'US' && best.population < 200000 && ctx.toks.length === 1 && !ctx.allowMinor) return null;
      return { kind: 'admin', rule: 'place.gazetteer-admin', strength: 'gazetteer', population: best.population };
    },
  },
  {
    id: 'place.direction-region',
    pattern: true,
    match(ctx) {
      const [first, ...rest] = ctx.toks;
      if (rest.length === 0 || !DIRECTIONS.has(first.key) || !first.cap) return null;
      // "South Bend", "West Palm Beach" are names of their own
      if (ctx.gazetteer.citiesByName(ctx.name).length > 0 || ctx.gazetteer.adminsByName(ctx.name).length > 0) return null;
      const lookup = span(ctx, rest);
      const base = gazetteerKind(ctx.gazetteer, lookup);
      if (!base || base.kind === 'water') return null;
      return { kind: 'region', rule: 'place.direction-region', lookup, strength: 'strong', population: base.population, form: 'direction' };
    },
  },
  {
    id: 'place.water-pattern',
    pattern: true,
    match(ctx) {
      const k = keys(ctx.toks);
      if (k.length < 2) return null;
      const last = k[k.length - 1];
      if (WATER_NOUNS.has(last) && ctx.toks[ctx.toks.length - 1].cap) return { kind: 'water', rule: 'place.water-pattern', strength: 'strong', population: 0 };
      // "Lake Victoria", "Gulf of Aden"; not "Lake County" (a district)
      if (TERRAIN_NOUNS[last] !== undefined) return null;
      if (WATER_PREFIX.has(k[0]) && ctx.toks[0].cap && (k[1] === 'of' || (WATER_PREFIX_BARE.has(k[0]) && ctx.toks[1].cap)) && ctx.toks[ctx.toks.length - 1].cap) {
        return { kind: 'water', rule: 'place.water-pattern', strength: 'strong', population: 0 };
      }
      return null;
    },
  },
  {
    id: 'place.terrain-pattern',
    pattern: true,
    match(ctx) {
      const k = keys(ctx.toks);
      if (k.length < 2) return null;
      const lastTok = ctx.toks[ctx.toks.length - 1];
      const suffix = TERRAIN_NOUNS[k[k.length - 1]];
      if (suffix && lastTok.cap) {
        const lookup = span(ctx, ctx.toks.slice(0, -1));
        return { kind: suffix, rule: 'place.terrain-pattern', lookup, strength: 'strong', population: 0, form: 'terrain' };
      }
      const prefix = TERRAIN_PREFIX[k[0]];
      if (prefix && k.length === 2 && ctx.toks[0].cap && ctx.toks[1].cap && ctx.gazetteer.citiesByName(ctx.name).length === 0) return { kind: prefix, rule: 'place.terrain-pattern', strength: 'strong', population: 0, form: 'terrain' };
      return null;
    },
  },
  {
    id: 'place.facility-pattern',
    pattern: true,
    match(ctx) {
      const k = keys(ctx.toks);
      const lastTok = ctx.toks[ctx.toks.length - 1];
      const last = k[k.length - 1];
      if (k.length < 2 || !lastTok.cap || !(FACILITY_NOUNS.has(last) || (SITE_NOUNS.has(last) && ctx.locative))) return null;
      return { kind: 'facility', rule: 'place.facility-pattern', strength: 'strong', population: 0 };
    },
  },
  {
    id: 'place.street-prefix',
    pattern: true,
    match(ctx) {
      // "Rue Victor Hugo", "Avenida Paulista": a street word that opens a name of capitalised words
      const k = keys(ctx.toks);
      if (k.length < 2 || !STREET_PREFIXES.has(k[0]) || !ctx.toks[0].cap || !ctx.toks[ctx.toks.length - 1].cap) return null;
      return { kind: 'facility', rule: 'place.street-prefix', strength: 'strong', population: 0 };
    },
  },
  {
    id: 'place.gazetteer-city',
    match(ctx) {
      const cities = ctx.gazetteer.citiesByName(ctx.name);
      if (cities.length > 0) return { kind: 'city', rule: 'place.gazetteer-city', strength: 'gazetteer', population: cities[0].population };
      if (!ctx.allowMinor) return null;
      const towns = ctx.gazetteer.citiesByName(ctx.name, { minor: true });
      return towns.length > 0 ? { kind: 'city', rule: 'place.gazetteer-town', strength: 'weak', population: towns[0].population } : null;
    },
  },
  {
    id: 'place.post-office-town',
    match(ctx) {
      // "near Pollok", "Pollok, Texas", "a Pollok boy": a US town too small for the gazetteer's towns, known by its post office
      // a town takes no article: "at the Capitol", "in the Donner Summit area" are no post offices
      if (!ctx.allowMinor || THE_BEFORE.test(ctx.text.slice(Math.max(0, ctx.toks[0].start - 5), ctx.toks[0].start))) return null;
      // nor a possessive: "in Hardy's yard" is a person's
      const last = ctx.toks[ctx.toks.length - 1];
      if (/^['’]s\b/.test(ctx.text.slice(last.end, last.end + 3)) || ctx.gazetteer.postalStates(ctx.name).length === 0) return null;
      return { kind: 'city', rule: 'place.post-office-town', strength: 'weak', population: 0 };
    },
  },
  {
    id: 'place.compromise-tag',
    match(ctx) {
      // compromise's own place lexicon, for names the gazetteer spells otherwise ("Kazakstan")
      const named = (t: Tok): boolean =>
        t.cap && (t.term.tags.has('Country') || t.term.tags.has('City') || t.term.tags.has('Region')) && !t.term.tags.has('Person');
      if (!ctx.toks.every(named)) return null;
      if (ctx.toks.some((t) => DIRECTIONS.has(t.key))) return null;
      return { kind: 'other', rule: 'place.compromise-tag', strength: 'weak', population: 0, form: 'tagger' };
    },
  },
];

export function matchPlace(ctx: RuleContext): PlaceMatch | null {
  const coordinated = ctx.toks.some((t) => t.key === 'and' && !t.cap);
  for (const rule of PLACE_RULES) {
    // "West Bank and Gaza Strip" is two places, not one strip
    if (coordinated && rule.pattern) continue;
    const m = rule.match(ctx);
    if (m) return rule.pattern ? { ...m, pattern: true } : m;
  }
  return null;
}
