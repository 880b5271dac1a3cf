// Where the main event happened: a city of the trigger's sentence or the lead, or the town whose police report it.
import type { Analysis, Sentence } from '../analyse/index.js';
import type { Place } from '../record/schema.js';
import type { Trigger } from './trigger.js';
import { leadSentences } from './trigger.js';
import { adminsByName, citiesByName, countiesByName, likelyCounty, postalTown } from '../gazetteer/places.js';
import { nextId } from '../resolve/ids.js';

function inSentence(x: { start: number }, s: Sentence): boolean {
  return x.start >= s.start && x.start < s.end;
}
/** A place name that goes on as a street's ("Port Lillian Drive") names the street, not a city. */
const STREET_AFTER = /^\s+(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Court|Ct|Way|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Terrace|Trail|Pike)\b/;
const LOCATIVE = /\b(?:in|at|near|outside|inside|of|from|on)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+){0,3}$/u;

/**
 * The outlet a headline ends with: " - WTOC-TV: Savannah, Beaufort, SC, News, Weather & Sports", " | Tulsa World".
 * Its places are the newsroom's, not the event's. A tail after the last dash or bar that names a station, a
 * paper or a site.
 */
const HEADLINE_TAIL = /\s[-|–—]\s(?![^|–—]*\s[-|–—]\s)(?=[^]{0,120}$)([^]*)$/;
const OUTLET = /\b(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|News|TV|Radio|Times|Post|Herald|Tribune|Journal|Gazette|Star|Observer|Dispatch|Courier|Chronicle|Daily|Press|Telegraph|Sentinel|Register|Examiner|Inquirer|Bulletin|Record|Leader|Democrat|Republican|Review|Weekly|Patch|Online)\b|\.com\b/;

/** Where the headline's outlet tail begins, or null. */
function outletTail(a: Analysis): number | null {
  const t = a.title;
  if (!t) return null;
  const m = HEADLINE_TAIL.exec(t.text);
  return m && OUTLET.test(m[1]) ? t.start + m.index : null;
}

/** A capitalised word before a service's town or county that is not part of its name ("The Fort Wayne Police"). */
const LEADING_WORD = /^(?:The|A|An|By|In|At|And|Said|Of|For)\s+/;

/** "the Fort Wayne Police Department", "Chicago police", "Tucson Fire": a town's own service names the town. */
const LOCAL_SERVICE = /\b((?:[A-Z][a-z]+\.?|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2})(?:['’]s)?\s+(?:Police|police|Sheriff|Fire)\b/g;

/** The town whose police (sheriff, fire service) the content names, when the gazetteer knows it in one US state or one big one. */
export function serviceCity(a: Analysis, region: string | null): { name: string; admin1: string; country: string; population: number; lat: number; lon: number; text: string; start: number; end: number } | null {
  const seen = new Map<string, { n: number; start: number }>();
  LOCAL_SERVICE.lastIndex = 0;
  for (let m = LOCAL_SERVICE.exec(a.text); m; m = LOCAL_SERVICE.exec(a.text)) {
    if (!a.isContent(m.index, m.index + m[1].length)) continue;
    let name = m[1];
    // "The Fort Wayne", "Philadelphia": drop a leading article
    const lead = LEADING_WORD.exec(name);
    let start = m.index;
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (!name) continue;
    const e = seen.get(name);
    if (e) e.n++;
    else seen.set(name, { n: 1, start });
  }
  let best: { name: string; admin1: string; country: string; population: number; lat: number; lon: number; text: string; start: number; end: number; n: number } | null = null;
  for (const [name, { n, start }] of seen) {
    const us = citiesByName(name, { minor: true }).filter((c) => c.country === 'US' && c.admin1 !== null && c.name.toLowerCase() === name.toLowerCase());
    if (us.length === 0) continue;
    if (adminsByName(name).some((x) => x.country === 'US')) continue; // "State Police", "Texas police"
    const inRegion = region ? us.filter((c) => c.admin1 === region) : [];
    const pool = inRegion.length ? inRegion : us;
    const sorted = [...pool].sort((x, y) => y.population - x.population);
    const c = sorted[0];
    // an ambiguous name needs the article's region or a clear lead in size
    if (!inRegion.length && sorted.length > 1 && sorted[1].population * 5 > c.population) continue;
    if (!best || n > best.n) best = { name: c.name, admin1: c.admin1!, country: c.country, population: c.population, lat: c.lat, lon: c.lon, text: name, start, end: start + name.length, n };
  }
  return best;
}

/** The event's place, and the town's place to add to the record when the text names it only through its police ("added"). */
export interface LocationChoice {
  id: string;
  rule: string;
  added?: Place;
}

/** The event's place: a city of the trigger's sentence or the lead (not the dateline when another is named), then any city. */
export function eventLocation(a: Analysis, places: Place[], trigger: Trigger | null): LocationChoice | null {
  const choice = eventPlace(a, places, trigger);
  return choice ? postalPlace(countyTown(choice, places), places) : null;
}

/** A county whose biggest town is this big is a city's county: what happens in it gets that city's address. */
export const COUNTY_CITY_POPULATION = 250_000;
const COUNTY_WORD = /\s(?:County|Parish)$/;

/**
 * An event placed only in a county ("a northwest Harris County home", "the Pima County Sheriff's Department"):
 * when the county holds a big city (Houston, Tucson, Chicago), the event gets that city, as its postal address
 * would; a rural county stays the place, with no town (unknown rather than a guess).
 */
export function countyTown(choice: LocationChoice, places: Place[]): LocationChoice {
  const chosen = choice.added ?? places.find((p) => p.id === choice.id);
  if (!chosen || chosen.kind !== 'admin' || chosen.country !== 'US' || !chosen.admin1 || !COUNTY_WORD.test(chosen.name)) return choice;
  const county = countiesByName(chosen.name).find((c) => c.admin1 === chosen.admin1);
  const main = county?.main;
  if (!main || main.population < COUNTY_CITY_POPULATION) return choice;
  const rule = 'event.location-county-city';
  const all = choice.added ? [...places, choice.added] : places;
  const existing = all.find((p) => p.kind === 'city' && p.name === main.name && p.admin1 === chosen.admin1);
  if (existing && existing !== choice.added) return { id: existing.id, rule };
  const row = citiesByName(main.name).find((c) => c.country === 'US' && c.admin1 === chosen.admin1 && c.name === main.name);
  const id = choice.added ? choice.added.id : nextId('p', places);
  const added: Place = { id, name: main.name, kind: 'city', country: 'US', admin1: chosen.admin1, city: null, lat: row?.lat ?? null, lon: row?.lon ?? null, mentions: [{ ...chosen.mentions[0], rule: 'place.county-city' }], rule };
  return { id, rule, added };
}

/** A town this big keeps its own name (New York's boroughs are no postal towns: "Queens" is not "Jamaica"). */
const OWN_NAME_POPULATION = 1_000_000;

/**
 * The event's US town as its postal address names it: a neighbourhood or an unincorporated place ("Landover",
 * "Foothill Farms") lies in the postal town of the nearest ZIP code ("Hyattsville", "Sacramento"), and a town
 * is written as the Postal Service spells it ("McKees Rocks" -> "Mc Kees Rocks"). The postal town is added
 * as a place of its own (the text's place stays as read), unless the record already has it.
 */
export function postalPlace(choice: LocationChoice, places: Place[]): LocationChoice {
  const chosen = choice.added ?? places.find((p) => p.id === choice.id);
  if (!chosen || chosen.kind !== 'city' || chosen.country !== 'US' || !chosen.admin1) return choice;
  const town = postalTown(chosen.admin1, chosen.name, chosen.lat, chosen.lon);
  if (!town || town.how === 'postal.same-town' || town.name === chosen.name) return choice;
  const row = citiesByName(chosen.name, { minor: true }).find((c) => c.country === 'US' && c.admin1 === chosen.admin1 && c.name === chosen.name);
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

function eventPlace(a: Analysis, places: Place[], trigger: Trigger | null): LocationChoice | null {
  const found = eventLocationFromPlaces(a, places, trigger) ?? serviceCounty(a, places);
  const chosen = found ? places.find((p) => p.id === found.id) : undefined;
  const isCity = chosen !== undefined && (chosen.kind === 'city' || chosen.city !== null);
  if (isCity && chosen.country === 'US') {
    // a small town read in another state than the article's own police force ("Lawndale" in a Chicago Police story)
    const svc = serviceCity(a, chosen.admin1);
    // "West Valley police" of "West Valley City": the chosen town's own short name
    const fold = (x: string): string => x.toLowerCase().replace(/[^a-z]/g, '');
    if (!svc || fold(chosen.name).startsWith(fold(svc.text)) || fold(svc.text).startsWith(fold(chosen.name))) return found;
    if (svc.admin1 !== chosen.admin1) return addServicePlace(places, svc);
    // a section of a city ("Englewood" of Chicago) or a small town beside a big city whose police report it: the big city
    const row = citiesByName(chosen.name, { minor: true }).find((c) => c.country === 'US' && c.admin1 === chosen.admin1);
    if (row && (row.featureCode === 'PPLX' || (row.population < 60000 && svc.population >= 5 * row.population && svc.population >= 300000))) return addServicePlace(places, svc, 'event.location-service-city-section');
    // a small town's own police report it; the big city named is the newsroom's ("Zanesville Police" in a Columbus story)
    if (row && svc.population * 5 < row.population && row.population >= 300000) return addServicePlace(places, svc, 'event.location-service-town');
    return found;
  }
  if (isCity) return found;
  const region = chosen && chosen.country === 'US' ? chosen.admin1 : null;
  const svc = serviceCity(a, region);
  if (!svc || (chosen && chosen.country !== null && chosen.country !== svc.country)) return found;
  if (region && svc.admin1 !== region) return found;
  return addServicePlace(places, svc);
}

/** "the Pima County Sheriff's Department": a county's own service names the county (and its state). */
const COUNTY_SERVICE = /\b((?:[A-Z][a-z]+\.?\s){1,3}(?:County|Parish))(?:['’]s)?\s+(?:Sheriff|Police|Coroner|Medical\s+Examiner|District\s+Attorney|Prosecutor|Fire)\b/g;

/** With no place to go by, the county whose sheriff (police, coroner) the content names, when the gazetteer knows one such county. */
function serviceCounty(a: Analysis, places: Place[]): LocationChoice | null {
  COUNTY_SERVICE.lastIndex = 0;
  for (let m = COUNTY_SERVICE.exec(a.text); m; m = COUNTY_SERVICE.exec(a.text)) {
    const lead = LEADING_WORD.exec(m[1]);
    const name = lead ? m[1].slice(lead[0].length) : m[1];
    const start = m.index + (lead ? lead[0].length : 0);
    if (!a.isContent(start, start + name.length)) continue;
    const rows = countiesByName(name);
    const c = likelyCounty(rows);
    if (!c) continue;
    const existing = places.find((p) => p.kind === 'admin' && p.name === name && p.admin1 === c.admin1);
    if (existing) return { id: existing.id, rule: 'event.location-service-county' };
    const id = nextId('p', places);
    const added: Place = { id, name, kind: 'admin', country: c.country, admin1: c.admin1, city: null, lat: null, lon: null, mentions: [{ text: name, start, end: start + name.length, rule: 'place.local-service' }], rule: 'event.location-service-county' };
    return { id, rule: 'event.location-service-county', added };
  }
  return null;
}

/** The service town as the event's place: a place already listed, or a new one (with the next free id) for the caller to add. */
function addServicePlace(places: Place[], svc: NonNullable<ReturnType<typeof serviceCity>>, rule = 'event.location-service-city'): LocationChoice {
  const existing = places.find((p) => p.kind === 'city' && p.name === svc.name && p.admin1 === svc.admin1);
  if (existing) return { id: existing.id, rule };
  const id = nextId('p', places);
  const added: Place = { id, name: svc.name, kind: 'city', country: svc.country, admin1: svc.admin1, city: null, lat: svc.lat, lon: svc.lon, mentions: [{ text: svc.text, start: svc.start, end: svc.end, rule: 'place.local-service' }], rule };
  return { id, rule, added };
}

function eventLocationFromPlaces(a: Analysis, places: Place[], trigger: Trigger | null): { id: string; rule: string } | null {
  const tail = outletTail(a);
  const inTail = (m: { start: number }): boolean => tail !== null && a.title !== null && m.start >= tail && m.start < a.title.end;
  const content = places.filter((p) => p.mentions.some((m) => a.isContent(m.start, m.end)));
  const cityLike = (p: Place): boolean => p.kind === 'city' || (p.city !== null && p.kind !== 'country' && p.kind !== 'admin');
  // a city in a country the article names nowhere else, by no other place of it, is a misreading ("Ala." read as a town in Italy)
  const countryMentions = new Map<string, number>();
  const countryPlaces = new Map<string, number>();
  for (const p of content) {
    if (!p.country) continue;
    countryMentions.set(p.country, (countryMentions.get(p.country) ?? 0) + (p.kind === 'country' || p.kind === 'admin' ? p.mentions.length : 0));
    countryPlaces.set(p.country, (countryPlaces.get(p.country) ?? 0) + 1);
  }
  const homeless = (p: Place): boolean =>
    !!p.country && content.length > 1 && !countryMentions.get(p.country) && (countryPlaces.get(p.country) ?? 0) <= 1 &&
    [...countryMentions].some(([c, n]) => c !== p.country && n > 0);
  const cities = content.filter((p) => cityLike(p) && !homeless(p));
  const dl = a.dateline.place;
  const atDateline = (m: { start: number; end: number }): boolean => !!dl && m.start < dl.end && dl.start < m.end;
  const inText = (p: Place, s: Sentence, locative: boolean): boolean =>
    p.mentions.some((m) => inSentence(m, s) && !atDateline(m) && !inTail(m) && !STREET_AFTER.test(a.text.slice(m.end, m.end + 14)) && (!locative || LOCATIVE.test(a.text.slice(Math.max(s.start, m.start - 40), m.start))));
  // the article's region: the first-level region named most (as a place, or as the region of its cities)
  const votes = new Map<string, number>();
  for (const p of content) {
    if (homeless(p)) continue;
    const region = p.kind === 'admin' ? p.name : p.admin1;
    // the outlet's tagline ("WTOC-TV: Savannah, Beaufort, SC") names its market, not the story's region
    const told = p.mentions.filter((m) => !inTail(m)).length;
    if (region && p.kind !== 'country' && told > 0) votes.set(region, (votes.get(region) ?? 0) + told);
  }
  const top = [...votes.entries()].sort((x, y) => y[1] - x[1])[0];
  const fits = (p: Place): boolean => !top || p.admin1 === top[0] || (votes.get(p.admin1 ?? '') ?? 0) >= top[1];
  const consistent = cities.filter(fits);
  const sentences = [...(trigger ? [trigger.sentence] : []), ...leadSentences(a, 3)];
  // a local dateline ("MESA, Ariz. —") places the story, unless the lead names a city abroad (a Washington dateline on Baghdad news)
  const datelineCity = cities.find((p) => p.mentions.some(atDateline));
  if (datelineCity) {
    const abroad = sentences.some((s) => cities.some((x) => x !== datelineCity && x.country !== datelineCity.country && inText(x, s, false)));
    if (!abroad) return { id: datelineCity.id, rule: 'event.location-dateline' };
  }
  for (const s of sentences) {
    const p = consistent.find((x) => inText(x, s, true)) ?? consistent.find((x) => inText(x, s, false));
    if (p) return { id: p.id, rule: s === trigger?.sentence ? 'event.location-trigger-sentence' : 'event.location-lead' };
  }
  // a town of the lead outside the article's region only when no town of that region is named at all
  // ("outside the Bonanza nightclub" in a Corpus Christi station's story is no town in Georgia)
  for (const s of consistent.length ? [] : sentences) {
    const p = cities.find((x) => inText(x, s, true)) ?? cities.find((x) => inText(x, s, false));
    if (p) return { id: p.id, rule: s === trigger?.sentence ? 'event.location-trigger-sentence' : 'event.location-lead' };
  }
  const dateline = cities.find((p) => p.mentions.some(atDateline));
  if (dateline) return { id: dateline.id, rule: 'event.location-dateline' };
  const fitting = [...consistent].sort((p, q) => q.mentions.length - p.mentions.length || p.mentions[0].start - q.mentions[0].start)[0];
  if (fitting) return { id: fitting.id, rule: 'event.location-most-mentioned-city' };
  if (cities.length) {
    const most = [...cities].sort((p, q) => q.mentions.length - p.mentions.length || p.mentions[0].start - q.mentions[0].start)[0];
    return { id: most.id, rule: 'event.location-most-mentioned-city' };
  }
  // no city: the first-level region the article names most, else the region or country of the lead
  const region = top ? content.find((p) => p.kind === 'admin' && p.name === top[0]) : undefined;
  if (region) return { id: region.id, rule: 'event.location-region' };
  for (const s of sentences) {
    const p = content.find((x) => x.kind !== 'other' && !homeless(x) && inText(x, s, false));
    if (p) return { id: p.id, rule: 'event.location-lead-region' };
  }
  return null;
}
