// Where the main event happened: a city of the trigger's sentence or the lead, or the town whose police report it.
// The choice only: gazetteer look-ups and new places' ids come from the resolve stage (src/resolve/event-places.ts).
import type { Analysis, Sentence } from '../analyse/index.js';
import type { Place } from '../record/schema.js';
import type { Trigger } from './trigger.js';
import { leadSentences } from './trigger.js';
import type { LocationChoice, PlaceLookup } from '../resolve/event-places.js';

export type { LocationChoice } from '../resolve/event-places.js';

function inSentence(x: { start: number }, s: Sentence): boolean {
  return x.start >= s.start && x.start < s.end;
}
/** A place name that goes on as a street's ("Port Lillian Drive") names the street, not a city. */
const STREET_AFTER = /^\s+(?:Drive|Dr|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Court|Ct|Way|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Terrace|Trail|Pike)\b/;
/** After a town named as a person's home: "a Janesville man", "an Oakland resident", "a Gary native". */
const HOME_AFTER = /^\s+(?:(?:\d{1,3}-year-old\s+)?(?:man|woman|men|women|teen|teens|teenager|teenagers|boy|girl|youth|resident|residents|native|couple|father|mother|student))\b/;
/** Before a town named as a person's home: "Blake Shurling, 20, of", "a resident of", "a native of". */
const HOME_BEFORE = /(?:,\s*\d{1,3},?\s+(?:of|from)|\b(?:resident|residents|native|natives)\s+of)\s+$/;
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

/** The event's place: a city of the trigger's sentence or the lead (not the dateline when another is named), then any city. */
export function eventLocation(a: Analysis, places: Place[], trigger: Trigger | null, lookup: PlaceLookup): LocationChoice | null {
  const choice = eventPlace(a, places, trigger, lookup);
  return choice ? regionTown(lookup.postalPlace(lookup.countyTown(choice, places), places), places) : null;
}

/** How many other places of one state make it the story's region against a town of a state none of them names. */
const REGION_PLACES = 4;

/**
 * A US town chosen in a state that no other place of the story lies in, while four or more of the story's places (its
 * towns, counties, the state itself) lie in one other state: the chosen town is a namesake or someone's home, and the
 * event is in the story's state, at its town named most ("Springfield" read in Illinois in a story of Dayton,
 * Montgomery County and Ohio).
 */
function regionTown(choice: LocationChoice, places: Place[]): LocationChoice {
  const chosen = choice.added ?? places.find((p) => p.id === choice.id);
  if (!chosen || chosen.kind !== 'city' || chosen.country !== 'US' || !chosen.admin1) return choice;
  const byState = new Map<string, Place[]>();
  for (const p of places) {
    if (p.id === chosen.id || p.country !== 'US' || p.kind === 'country') continue;
    const state = p.kind === 'admin' && p.admin1 === null ? p.name : p.admin1;
    if (!state) continue;
    if (state === chosen.admin1) return choice;
    byState.set(state, [...(byState.get(state) ?? []), p]);
  }
  const ranked = [...byState].sort((x, y) => y[1].length - x[1].length);
  const [top, next] = ranked;
  if (!top || top[1].length < REGION_PLACES || (next && next[1].length === top[1].length)) return choice;
  const town = top[1].filter((p) => p.kind === 'city').sort((p, q) => q.mentions.length - p.mentions.length || p.mentions[0].start - q.mentions[0].start)[0];
  return town ? { id: town.id, rule: 'event.location-region-town' } : choice;
}

/** Assault, fighting, mass violence (CAMEO 18-20): local news, told by a local newsroom in its market. */
const violent = (t: Trigger | null): boolean => t !== null && /^(?:18|19|20)/.test(t.code);

function eventPlace(a: Analysis, places: Place[], trigger: Trigger | null, lookup: PlaceLookup): LocationChoice | null {
  const found = eventLocationFromPlaces(a, places, trigger, lookup.phoneState) ?? lookup.serviceCounty(places) ?? (violent(trigger) ? lookup.bigCityNamed(places) : null);
  const chosen = found ? places.find((p) => p.id === found.id) : undefined;
  const isCity = chosen !== undefined && (chosen.kind === 'city' || chosen.city !== null);
  if (isCity && chosen.country === 'US') {
    // a small town read in another state than the article's own police force ("Lawndale" in a Chicago Police story)
    const svc = lookup.serviceCity(chosen.admin1);
    // "West Valley police" of "West Valley City": the chosen town's own short name
    const fold = (x: string): string => x.toLowerCase().replace(/[^a-z]/g, '');
    if (!svc || fold(chosen.name).startsWith(fold(svc.text)) || fold(svc.text).startsWith(fold(chosen.name))) return found;
    if (svc.admin1 !== chosen.admin1) return lookup.servicePlace(places, svc);
    // no town of the trigger's sentence, the lead or the dateline: a town of the state whose own police report it
    // outweighs the town named most ("Conway police" in a story that names Myrtle Beach twice)
    if (found?.rule === 'event.location-most-mentioned-city') return lookup.servicePlace(places, svc, 'event.location-service-over-most-named');
    // a section of a city ("Englewood" of Chicago) or a small town beside a big city whose police report it: the big city
    const row = lookup.usTown(chosen.name, chosen.admin1);
    if (row && (row.featureCode === 'PPLX' || (row.population < 60000 && svc.population >= 5 * row.population && svc.population >= 300000))) return lookup.servicePlace(places, svc, 'event.location-service-city-section');
    // a small town's own police report it; the big city named is the newsroom's ("Zanesville Police" in a Columbus story)
    if (row && svc.population * 5 < row.population && row.population >= 300000) return lookup.servicePlace(places, svc, 'event.location-service-town');
    return found;
  }
  if (isCity) return found;
  const region = chosen && chosen.country === 'US' ? chosen.admin1 : null;
  const svc = lookup.serviceCity(region);
  if (!svc) return found;
  if (chosen && chosen.country !== null && chosen.country !== svc.country) {
    // a region, country or site abroad with no town of its country named ("Georgia" read as the country) in a story
    // told by a town's own police: the town is the event's place, unless the service's name is itself a place
    // abroad of the story ("Victoria Police" in Australia)
    const abroad = !places.some((p) => p.country === chosen.country && p.kind === 'city') && !places.some((p) => p.country !== svc.country && p.name === svc.text);
    return abroad ? lookup.servicePlace(places, svc, 'event.location-service-over-abroad') : found;
  }
  if (region && svc.admin1 !== region) return found;
  return lookup.servicePlace(places, svc);
}

function eventLocationFromPlaces(a: Analysis, places: Place[], trigger: Trigger | null, phoned: string | null = null): { id: string; rule: string } | null {
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
  const allCities = content.filter((p) => cityLike(p) && !homeless(p));
  // a town told only as someone's home ("a 37-year-old Janesville man", "Blake Shurling, 20, of Tennille") is where a
  // person lives, not where the event happened: it is a candidate only when no other town is
  const hometown = (p: Place): boolean =>
    p.mentions.every((m) => !a.isContent(m.start, m.end) || HOME_AFTER.test(a.text.slice(m.end, m.end + 25)) || HOME_BEFORE.test(a.text.slice(Math.max(0, m.start - 30), m.start)));
  const local = allCities.filter((p) => !hometown(p));
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
  // a local telephone number ("call police at 417-555-0100") names the article's region when a place of its state is named:
  // a tip line or a police desk is local, the places of other states are where people came from or went
  const phonedRegion = phoned && votes.has(phoned) ? phoned : null;
  const top = phonedRegion ? ([phonedRegion, votes.get(phonedRegion)!] as const) : [...votes.entries()].sort((x, y) => y[1] - x[1])[0];
  const fits = (p: Place): boolean => !top || p.admin1 === top[0] || (!phonedRegion && (votes.get(p.admin1 ?? '') ?? 0) >= top[1]);
  // the homes are left out only while another town of the story's region is named
  const cities = local.some(fits) ? local : allCities;
  const consistent = cities.filter(fits);
  const sentences = [...(trigger ? [trigger.sentence] : []), ...leadSentences(a, 3)];
  // a local dateline ("MESA, Ariz. —") places the story, unless the lead names a city abroad (a Washington dateline on Baghdad news)
  const datelineCity = cities.find((p) => p.mentions.some(atDateline));
  if (datelineCity) {
    const abroad = sentences.some((s) => cities.some((x) => x !== datelineCity && x.country !== datelineCity.country && inText(x, s, false)));
    if (!abroad) return { id: datelineCity.id, rule: 'event.location-dateline' };
  }
  // the body's first sentence names the place the headline shortens: a town it gives with a locative ("died in Tarpon
  // Springs") outweighs another town of the headline ("child shot in Palm Harbor") that the sentence does not repeat
  const firstBody = sentences.find((s) => s.zone === 'body');
  for (const s of sentences) {
    const p = consistent.find((x) => inText(x, s, true)) ?? consistent.find((x) => inText(x, s, false));
    if (!p) continue;
    if (s.zone === 'title' && firstBody && !inText(p, firstBody, false)) {
      const q = consistent.find((x) => x !== p && inText(x, firstBody, true));
      if (q) return { id: q.id, rule: 'event.location-lead-over-title' };
    }
    return { id: p.id, rule: s === trigger?.sentence ? 'event.location-trigger-sentence' : 'event.location-lead' };
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

/** The ids the event's place takes, here and in the resolve stage's look-ups (src/registry.ts reads them). */
export const LOCATION_IDS: readonly string[] = [
  'event.location-dateline', 'event.location-trigger-sentence', 'event.location-lead', 'event.location-most-mentioned-city',
  'event.location-region', 'event.location-lead-region', 'event.location-service-city', 'event.location-service-city-section',
  'event.location-service-town', 'event.location-service-county', 'event.location-county-city', 'event.location-postal-spelling',
  'event.location-postal-town', 'event.location-big-city-named', 'event.location-region-town', 'event.location-service-over-most-named',
  'event.location-service-over-abroad', 'event.location-county-seat', 'event.location-lead-over-title',
];
