// The resolve stage's gazetteer look-ups for the event's place (src/event/location.ts chooses; this file looks up
// and mints ids): the town or county whose own service the text names, a county's big city, a town's postal name.
import type { Place } from '../record/schema.js';
import type { ServiceNames } from '../extract/places/services.js';
import { likelyCounty, type City, type Gazetteer } from '../gazetteer/index.js';
import type { WrittenName } from '../extract/places/written-names.js';
import { nextId } from './ids.js';

/** The event's place, and the town's place to add to the record when the text names it only through its police ("added"). */
export interface LocationChoice {
  id: string;
  rule: string;
  added?: Place;
}

/** A town named by its service, as the gazetteer knows it. */
export interface ServiceCity {
  name: string;
  admin1: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
  text: string;
  start: number;
  end: number;
}

/** What the event stage may ask of the gazetteer, through the resolve stage. */
export interface PlaceLookup {
  /** The town whose police (sheriff, fire service) the content names, when the gazetteer knows it in one US state or one big one. */
  serviceCity(region: string | null): ServiceCity | null;
  /** With no place to go by, the county whose sheriff (police, coroner) the content names, when the gazetteer knows one such county. */
  serviceCounty(places: Place[]): LocationChoice | null;
  /**
   * With no place found for the event, the big city the text writes most outside its running text: inside an
   * outlet's or a force's name, a credit, a caption ("Photo: ..., Houston Chronicle", "CBS Chicago"). A local
   * paper's or station's story happens in its market.
   */
  bigCityNamed(places: Place[]): LocationChoice | null;
  /** The service town as the event's place: a place already listed, or a new one (with the next free id). */
  servicePlace(places: Place[], svc: ServiceCity, rule?: string): LocationChoice;
  /** A US town's gazetteer row (its feature code and population), if any. */
  usTown(name: string, admin1: string | null): { featureCode: string; population: number } | null;
  countyTown(choice: LocationChoice, places: Place[]): LocationChoice;
  postalPlace(choice: LocationChoice, places: Place[]): LocationChoice;
  /** The one US state the content's local telephone numbers' area codes name, or null (src/resolve/text-states.ts stateByPhone). */
  readonly phoneState: string | null;
}

/** The look-ups on the pipeline's gazetteer `gz` for the text's service names. */
export function placeLookup(gz: Gazetteer, names: ServiceNames, written: () => readonly WrittenName[] = () => [], phoneState: string | null = null): PlaceLookup {
  return {
    bigCityNamed: (places) => bigCityNamed(gz, written(), places),
    phoneState,
    serviceCity: (region) => serviceCity(gz, names, region),
    serviceCounty: (places) => serviceCounty(gz, names, places),
    servicePlace: addServicePlace,
    usTown(name, admin1) {
      const row = gz.citiesByName(name, { minor: true }).find((c) => c.country === 'US' && c.admin1 === admin1);
      return row ? { featureCode: row.featureCode, population: row.population } : null;
    },
    countyTown: (choice, places) => countyTown(gz, choice, places),
    postalPlace: (choice, places) => postalPlace(gz, choice, places),
  };
}

function serviceCity(gz: Gazetteer, names: ServiceNames, region: string | null): ServiceCity | null {
  let best: (ServiceCity & { n: number }) | null = null;
  for (const { name, n, start } of names.towns) {
    const us = gz.citiesByName(name, { minor: true }).filter((c) => c.country === 'US' && c.admin1 !== null && c.name.toLowerCase() === name.toLowerCase());
    if (us.length === 0) continue;
    if (gz.adminsByName(name).some((x) => x.country === 'US')) continue; // "State Police", "Texas police"
    const inRegion = region ? us.filter((c) => c.admin1 === region) : [];
    const pool = inRegion.length ? inRegion : us;
    const sorted = [...pool].sort((x, y) => y.population - x.population);
    const c = sorted[0];
    // an ambiguous name needs the article's region or a clear lead in size
    if (!inRegion.length && sorted.length > 1 && sorted[1].population * 5 > c.population) continue;
    if (!best || n > best.n) best = { name: c.name, admin1: c.admin1!, country: c.country, population: c.population, lat: c.lat, lon: c.lon, text: name, start, end: start + name.length, n };
  }
  if (!best) return null;
  const { n: _n, ...svc } = best;
  return svc;
}

/** A county whose biggest town is this big is a city's county: what happens in it gets that city's address. */
export const COUNTY_CITY_POPULATION = 250_000;
const COUNTY_WORD = /\s(?:County|Parish)$/;

/**
 * An event placed only in a county ("a northwest Harris County home", "the Pima County Sheriff's Department"):
 * when the county holds a big city (Houston, Tucson, Chicago), the event gets that city, as its postal address
 * would; a rural county whose seat bears its name gets that seat (`namesakeSeat`); any other rural county stays the
 * place, with no town (unknown rather than a guess).
 */
export function countyTown(gz: Gazetteer, choice: LocationChoice, places: Place[]): LocationChoice {
  const picked = choice.added ?? places.find((p) => p.id === choice.id);
  const chosen = picked ? townlessInCounty(picked, places) : picked;
  if (!chosen || chosen.kind !== 'admin' || chosen.country !== 'US' || !chosen.admin1 || !COUNTY_WORD.test(chosen.name)) return choice;
  const county = gz.countiesByName(chosen.name).find((c) => c.admin1 === chosen.admin1);
  const main = county?.main;
  const seat = county && !(main && main.population >= COUNTY_CITY_POPULATION) ? namesakeSeat(gz, county) : null;
  if (seat) return addTown(gz, choice, places, chosen, seat, 'event.location-county-seat');
  if (!main || main.population < COUNTY_CITY_POPULATION) return choice;
  return addTown(gz, choice, places, chosen, main.name, 'event.location-county-city');
}

/**
 * A rural county's seat that bears the county's own name ("Dinwiddie" of "Dinwiddie County"): an event told only by
 * its county is given that town, the county's own town and the address its offices and news give.
 */
function namesakeSeat(gz: Gazetteer, county: { name: string; admin1: string; places: readonly string[] }): string | null {
  const bare = county.name.replace(COUNTY_WORD, '');
  return gz.citiesByName(bare, { minor: true }).some((c) => c.country === 'US' && c.admin1 === county.admin1 && c.name === bare && c.featureCode === 'PPLA2') ? bare : null;
}

/** The event's place becomes `town` of the county's state: a place the text already holds, else one added at the county's mention. */
function addTown(gz: Gazetteer, choice: LocationChoice, places: Place[], chosen: Place, town: string, rule: string): LocationChoice {
  const all = choice.added ? [...places, choice.added] : places;
  const existing = all.find((p) => p.kind === 'city' && p.name === town && p.admin1 === chosen.admin1);
  if (existing && existing !== choice.added) return { id: existing.id, rule };
  const ours = (c: City): boolean => c.country === 'US' && c.admin1 === chosen.admin1 && c.name === town;
  const row = gz.citiesByName(town).find(ours) ?? gz.citiesByName(town, { minor: true }).find(ours);
  const id = choice.added ? choice.added.id : nextId('p', places);
  const added: Place = { id, name: town, kind: 'city', country: 'US', admin1: chosen.admin1, city: null, lat: row?.lat ?? null, lon: row?.lon ?? null, mentions: [{ ...chosen.mentions[0], rule: 'place.county-city' }], rule };
  return { id, rule, added };
}

const TOWNLESS_KINDS = new Set(['facility', 'address', 'region', 'other', 'water']);

/**
 * A street, park or district with no town ("Neva Avenue", "Humboldt Park") in a US state where the text names one
 * county of that state ("Cook County"): the place lies in that county, so the county speaks for its town.
 */
function townlessInCounty(chosen: Place, places: Place[]): Place {
  if (!TOWNLESS_KINDS.has(chosen.kind) || chosen.city !== null || chosen.country !== 'US' || !chosen.admin1) return chosen;
  const counties = places.filter((p) => p.kind === 'admin' && p.country === 'US' && p.admin1 === chosen.admin1 && COUNTY_WORD.test(p.name));
  return counties.length === 1 ? counties[0] : chosen;
}

/** A town this big keeps its own name (New York's boroughs are no postal towns: "Queens" is not "Jamaica"). */
const OWN_NAME_POPULATION = 1_000_000;

/**
 * The event's US town as its postal address names it: a neighbourhood or an unincorporated place ("Landover",
 * "Foothill Farms") lies in the postal town of the nearest ZIP code ("Hyattsville", "Sacramento"), and a town
 * is written as the Postal Service spells it ("McKees Rocks" -> "Mc Kees Rocks"). The postal town is added
 * as a place of its own (the text's place stays as read), unless the record already has it.
 */
export function postalPlace(gz: Gazetteer, choice: LocationChoice, places: Place[]): LocationChoice {
  const chosen = choice.added ?? places.find((p) => p.id === choice.id);
  if (!chosen || chosen.kind !== 'city' || chosen.country !== 'US' || !chosen.admin1) return choice;
  const town = gz.postalTown(chosen.admin1, chosen.name, chosen.lat, chosen.lon);
  if (!town || town.how === 'postal.same-town' || town.name === chosen.name) return choice;
  const row = gz.citiesByName(chosen.name, { minor: true }).find((c) => c.country === 'US' && c.admin1 === chosen.admin1 && c.name === chosen.name);
  if (row && row.population >= OWN_NAME_POPULATION) return choice;
  const rule = town.how === 'postal.spelling' ? 'event.location-postal-spelling' : 'event.location-postal-town';
  const all = choice.added ? [...places, choice.added] : places;
  const existing = all.find((p) => p.kind === 'city' && p.name === town.name && p.admin1 === chosen.admin1);
  if (existing) return existing === choice.added ? { ...choice, rule } : { id: existing.id, rule };
  // a service place chosen first is replaced by its postal town: only the postal town is added
  const id = choice.added ? choice.added.id : nextId('p', places);
  const mention = chosen.mentions[0];
  const added: Place = { id, name: town.name, kind: 'city', country: 'US', admin1: chosen.admin1, city: null, lat: town.lat, lon: town.lon, mentions: [{ ...mention, rule: 'place.postal-town' }], rule };
  return { id, rule, added };
}

function serviceCounty(gz: Gazetteer, names: ServiceNames, places: Place[]): LocationChoice | null {
  for (const { name, start } of names.counties) {
    const c = likelyCounty(gz.countiesByName(name));
    if (!c) continue;
    const existing = places.find((p) => p.kind === 'admin' && p.name === name && p.admin1 === c.admin1);
    if (existing) return { id: existing.id, rule: 'event.location-service-county' };
    const id = nextId('p', places);
    const added: Place = { id, name, kind: 'admin', country: c.country, admin1: c.admin1, city: null, lat: null, lon: null, mentions: [{ text: name, start, end: start + name.length, rule: 'place.local-service' }], rule: 'event.location-service-county' };
    return { id, rule: 'event.location-service-county', added };
  }
  return null;
}

function addServicePlace(places: Place[], svc: ServiceCity, rule = 'event.location-service-city', mentionRule = 'place.local-service'): LocationChoice {
  const existing = places.find((p) => p.kind === 'city' && p.name === svc.name && p.admin1 === svc.admin1);
  if (existing) return { id: existing.id, rule };
  const id = nextId('p', places);
  const added: Place = { id, name: svc.name, kind: 'city', country: svc.country, admin1: svc.admin1, city: null, lat: svc.lat, lon: svc.lon, mentions: [{ text: svc.text, start: svc.start, end: svc.end, rule: mentionRule }], rule };
  return { id, rule, added };
}

/** A city this big has its own papers and stations: written anywhere, it is likely the newsroom's market. */
export const BIG_CITY_POPULATION = 100_000;

function bigCityNamed(gz: Gazetteer, written: readonly WrittenName[], places: Place[]): LocationChoice | null {
  let best: { city: City; name: WrittenName; n: number } | null = null;
  const counts = new Map<string, number>();
  let lastStart = -1;
  for (const w of written) {
    // a run's longest head that is a big city counts once ("Houston Chronicle" -> "Houston")
    if (w.start === lastStart) continue;
    if (gz.countryByName(w.name) || gz.adminsByName(w.name).length > 0) continue;
    const c = gz.citiesByName(w.name)[0];
    if (!c || c.population < BIG_CITY_POPULATION || c.admin1 === null) continue;
    lastStart = w.start;
    const key = `${c.country}:${c.admin1}:${c.name}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (!best || n > best.n) best = { city: c, name: w, n };
  }
  if (!best) return null;
  const { city: c, name } = best;
  const town: ServiceCity = { name: c.name, admin1: c.admin1!, country: c.country, population: c.population, lat: c.lat, lon: c.lon, text: name.name, start: name.start, end: name.start + name.name.length };
  return addServicePlace(places, town, 'event.location-big-city-named', 'place.big-city-named');
}
