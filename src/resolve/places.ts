// Place mentions -> places on the gazetteer, one per referent, with every mention.
// Each mention is resolved on its own (countries, named areas, first-level regions, cities), the
// ambiguous ones against the document's other places (a country or US state named in the text, the
// dateline) and then by prominence (capitals, population); mentions of one referent are grouped.
import type { Analysis } from '../analyse/index.js';
import { foldName, likelyCounty, type Admin1, type City, type County, type Gazetteer } from '../gazetteer/index.js';
import { NAMED_AREAS } from '../extract/places/lexicon.js';
import type { PlaceMention } from '../extract/types.js';
import type { Place, PlaceKind } from '../record/schema.js';
import { americanUsage, statesInContent } from './text-states.js';

export type ResolvedPlace = Omit<Place, 'id'> & { rule: string };

interface Resolution {
  key: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  admin1: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  rule: string;
  /** What the resolution rests on, where a later step asks: a "City, Region" pair, a pattern's noun, the text's own regions. */
  basis?: 'pair' | 'pattern' | 'context';
}

interface DocContext {
  countries: Set<string>;
  /** "US.CA"-style codes of first-level regions named in the text */
  admins: Set<string>;
  datelineStart: number;
  datelineEnd: number;
  /** the counties the content names, also inside other names ("the Weld County Coroner's office"): every county so named */
  counties: County[];
  /** the regions the text's town names could lie in (townRegions): each name's share, by "country:admin1" */
  towns: TownRegions;
  /** country names read as a US town of a state the text names (countryTowns), by folded name */
  countryTowns: Map<string, City>;
}

/**
 * The regions the document's town names could lie in: for each name, each region that holds a town so named,
 * with the share 1/k of a name found in k regions. Towns named together are near each other ("Holyoke police
 * ... in Chicopee" are two Massachusetts towns), so a region that holds several of the names is the likely one.
 */
interface TownRegions {
  byName: Map<string, Map<string, number>>;
  total: Map<string, number>;
}

const regionKey = (c: City): string => `${c.country}:${c.admin1 ?? ''}`;

function townRegions(gz: Gazetteer, mentions: PlaceMention[]): TownRegions {
  const byName = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'water' || m.kind === 'facility' || m.kind === 'address' || m.form === 'terrain' || m.form === 'direction') continue;
    const name = foldName(m.lookup ?? m.text);
    if (!name || byName.has(name)) continue;
    const regions = new Set(gz.citiesByName(m.lookup ?? m.text, { minor: true }).filter((c) => c.admin1 !== null).map(regionKey));
    const share = new Map<string, number>();
    for (const r of regions) share.set(r, 1 / regions.size);
    byName.set(name, share);
    for (const [r, w] of share) total.set(r, (total.get(r) ?? 0) + w);
  }
  return { byName, total };
}

/** How much the document's other town names speak for a town's region (0 when none lies there). */
function townSupport(towns: TownRegions, name: string, c: City): number {
  const r = regionKey(c);
  return (towns.total.get(r) ?? 0) - (towns.byName.get(foldName(name))?.get(r) ?? 0);
}

/** Score per unit of townSupport (capped at 2 units): one unambiguous neighbour outweighs a tenfold population. */
const TOWN_SUPPORT_WEIGHT = 1.5;

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

/** Title case for a name written in capitals ("TIGRIS RIVER" -> "Tigris River"). */
function displayName(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s\-(/])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function countryPlace(gz: Gazetteer, code: string, rule: string, name?: string): Resolution | null {
  const c = gz.countryByCode(code);
  if (!c) return null;
  return { key: `country:${code}:${name ?? ''}`, name: name ?? c.name, kind: 'country', country: code, admin1: null, city: null, lat: c.lat, lon: c.lon, rule };
}

function adminPlace(a: Admin1, rule: string): Resolution {
  return { key: `admin:${a.code}`, name: a.name, kind: 'admin', country: a.country, admin1: a.name, city: null, lat: round(a.lat), lon: round(a.lon), rule };
}

/** The city a name means; `pick` says whether the text's own regions chose it. */
const pickedCity = (pick: { city: City; rule: string; context: boolean }): Resolution =>
  pick.context ? { ...cityPlace(pick.city, pick.rule), basis: 'context' } : cityPlace(pick.city, pick.rule);

function cityPlace(c: City, rule: string): Resolution {
  return { key: `city:${c.country}:${c.admin1 ?? ''}:${c.name}`, name: c.name, kind: 'city', country: c.country, admin1: c.admin1, city: null, lat: c.lat, lon: c.lon, rule };
}

/** The best city for a name: the document's countries and regions first, then capitals and population. */
function pickCity(gz: Gazetteer, name: string, cities: City[], doc: DocContext, inDateline: boolean): { city: City; rule: string; context: boolean } | null {
  if (cities.length === 0) return null;
  let best: City | null = null;
  let bestScore = -Infinity;
  let rule = 'resolve.place-city-prominence';
  let context = false;
  for (const c of cities) {
    let score = Math.log10(Math.max(10, c.population));
    const inCountry = doc.countries.has(c.country);
    if (c.featureCode === 'PPLC') score += inDateline ? 4 : 1.5;
    // a region's seat is meant by the bare name, but not over a bigger namesake abroad while the text names neither
    // country ("St. Louis" alone is Missouri's, not Senegal's "Saint-Louis")
    else if (c.featureCode === 'PPLA' && (inCountry || !cities.some((o) => o.country !== c.country && o.population > c.population))) score += 0.5;
    const inAdmin = c.admin1 !== null && doc.admins.has(adminCodeOf(gz, c));
    if (inCountry) score += 1.5;
    if (inAdmin) score += 2;
    // a county the text names holds this town ("Franklin" in a "Johnson County" story: Indiana's)
    const inCounty = doc.counties.length > 0 && c.country === 'US' && doc.counties.some((k) => k.admin1 === c.admin1 && k.places.includes(foldName(c.name)));
    if (inCounty) score += 3;
    const neighbours = TOWN_SUPPORT_WEIGHT * Math.min(2, townSupport(doc.towns, name, c));
    score += neighbours;
    if (score > bestScore) {
      // the neighbours chose it when it would not win without them
      const byNeighbours = neighbours > 0 && best !== null && score - neighbours <= bestScore;
      bestScore = score;
      best = c;
      context = !inCounty && (inAdmin || inCountry);
      rule = inCounty ? 'resolve.place-city-county' : byNeighbours ? 'resolve.place-city-neighbours' : context ? 'resolve.place-city-context' : inDateline && c.featureCode === 'PPLC' ? 'resolve.place-dateline-capital' : 'resolve.place-city-prominence';
    }
  }
  return best ? { city: best, rule, context } : null;
}

function adminCodeOf(gz: Gazetteer, c: City): string {
  return gz.adminsByName(c.admin1 ?? '').find((a) => a.country === c.country)?.code ?? '';
}

/** "New York State", "Washington state": a US state named with the word "state" after it. */
export function usStateWithSuffix(gz: Gazetteer, name: string): Admin1 | undefined {
  const m = /^(.+?)\s+[Ss]tate$/.exec(name.trim());
  if (!m) return undefined;
  return gz.adminsByName(m[1]).find((a) => a.country === 'US');
}

function resolveName(gz: Gazetteer, name: string, doc: DocContext, inDateline: boolean): Resolution | null {
  const key = foldName(name);
  const area = NAMED_AREAS[key];
  if (area) {
    const display = area.name ?? displayName(name);
    if (area.kind === 'country' && area.country) {
      const admin = gz.adminsByName(display).find((a) => a.country === area.country);
      return { key: `area:${key}`, name: display, kind: 'country', country: area.country, admin1: null, city: null, lat: round(admin?.lat ?? null), lon: round(admin?.lon ?? null), rule: 'resolve.place-named-area' };
    }
    return { key: `area:${foldName(display)}`, name: display, kind: area.kind, country: area.country ?? null, admin1: null, city: null, lat: area.lat ?? null, lon: area.lon ?? null, rule: 'resolve.place-named-area' };
  }
  const country = gz.countryByName(name);
  if (country) return countryPlace(gz, country.code, 'resolve.place-country');
  const state = usStateWithSuffix(gz, name);
  if (state) return adminPlace(state, 'resolve.place-state-suffix');
  const admins = gz.adminsByName(name);
  const cities = gz.citiesByName(name, { minor: true });
  const city = pickCity(gz, name, cities, doc, inDateline);
  if (admins.length > 0) {
    const admin = admins.find((a) => doc.countries.has(a.country)) ?? admins.find((a) => a.country === 'US') ?? admins[0];
    // a capital or a region's seat, or a city as big as a third of its region, is meant by the bare name
    const c = city?.city;
    const cityWins =
      c !== undefined &&
      (c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.country === admin.country) || c.population >= admin.population * 0.3);
    if (!cityWins || !city) return adminPlace(admin, 'resolve.place-admin');
    return pickedCity(city);
  }
  if (city) {
    // a namesake in a state the text does not name, while a town of the name has a post office in the state it does
    // name ("Meriden" in a Kansas Highway Patrol story): the told state's town; not for a city of 100,000 or more,
    // which its name means wherever the story's people come from (check: state +18 net with it, +21 without, but then
    // incidents pair F1 .763 -> .760). So too a namesake abroad chosen by its size alone, in a country the text does
    // not name ("Tivoli" in a New York story: the Hudson village's post office, not Italy's town)
    const c = city.city;
    const usTold = [...doc.admins].some((x) => x.startsWith('US.'));
    const abroad = c.country !== 'US' && !doc.countries.has(c.country);
    if ((c.country === 'US' || abroad) && c.population < 100000 && usTold && !doc.admins.has(adminCodeOf(gz, c))) {
      const told = statesTold(gz, gz.postalStates(name), doc);
      if (told.length === 1) return postalResolution(displayName(name), told[0]);
    }
    // a small town abroad chosen by its size alone, in a text about the US only: no town the text confirms (a name
    // our gazetteer lacks in the US, or no town at all), so no country of its own (check: city +5 net, state +8)
    if (abroad && c.population < 100000 && doc.countries.has('US') && [...doc.countries].every((x) => x === 'US')) {
      const shown = displayName(name);
      return { key: `other:${foldName(shown)}`, name: shown, kind: 'other', country: null, admin1: null, city: null, lat: null, lon: null, rule: 'resolve.place-unresolved' };
    }
    return pickedCity(city);
  }
  return null;
}

/** "Pima County", "Orleans Parish": a US county's name, as written, without a leading article. */
const COUNTY_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}.' -]{0,40}\s(?:County|Parish|Borough))$/u;

const stateCode = (gz: Gazetteer, state: string): string | undefined => gz.adminsByName(state).find((x) => x.country === 'US')?.code;
/** The US states (full names) among `states` that the text names. */
const statesTold = (gz: Gazetteer, states: string[], doc: DocContext): string[] => states.filter((st) => doc.admins.has(stateCode(gz, st) ?? ''));

/**
 * The county a name means: the one in a state the text names, else the one that holds a town the text names
 * ("Montgomery County ... in Conroe": Texas's), else the likely one (`likelyCounty`).
 */
function pickCounty(gz: Gazetteer, name: string, admins: Set<string>, towns: TownRegions): County | null {
  const m = COUNTY_NAME.exec(name.trim());
  if (!m) return null;
  const rows = gz.countiesByName(m[1]);
  if (rows.length === 0) return null;
  const named = rows.filter((c) => admins.has(stateCode(gz, c.admin1) ?? ''));
  if (named.length === 1) return named[0];
  const pool = named.length > 1 ? named : rows;
  const holding = pool.filter((c) => c.places.some((t) => towns.byName.has(t)));
  if (holding.length === 1) return holding[0];
  return likelyCounty(rows);
}

function countyPlace(c: County, name: string): Resolution {
  return { key: `admin:US:${foldName(c.name)}:${c.admin1}`, name: displayName(name.replace(/^the\s+/i, '')), kind: 'admin', country: c.country, admin1: c.admin1, city: null, lat: null, lon: null, rule: 'resolve.place-county' };
}

/**
 * A town known only by its post office ("Pollok"): in the state the text is about among those with a town so
 * named, or in the only such state when the text names no country but the US.
 */
function postalPlace(gz: Gazetteer, name: string, doc: DocContext): Resolution | null {
  const states = gz.postalStates(name);
  const told = statesTold(gz, states, doc);
  const onlyUS = [...doc.countries].every((c) => c === 'US');
  const state = told.length === 1 ? told[0] : told.length === 0 && states.length === 1 && onlyUS ? states[0] : null;
  return state ? postalResolution(name, state) : null;
}

function postalResolution(name: string, state: string): Resolution {
  return { key: `city:US:${state}:${name}`, name, kind: 'city', country: 'US', admin1: state, city: null, lat: null, lon: null, rule: 'resolve.place-postal-town' };
}

/** The US towns (not a city's section, GeoNames PPLX) named exactly so, small ones too. */
function usTownsNamed(gz: Gazetteer, name: string): City[] {
  return gz.citiesByName(name, { minor: true }).filter((c) => c.country === 'US' && c.featureCode !== 'PPLX' && foldName(c.name) === foldName(name));
}

/**
 * A name read as a lake, a park or a hill ("Lake Charles", "Oak Park", "Crystal Lake", "Country Club Hills") that is,
 * whole, a US town of a state the text names: the town (a city's section, "Lincoln Park" of Chicago, stays a park).
 */
function terrainTown(gz: Gazetteer, name: string, doc: DocContext): Resolution | null {
  const towns = usTownsNamed(gz, name);
  const told = towns.filter((c) => doc.admins.has(adminCodeOf(gz, c)));
  if (told.length === 1) return cityPlace(told[0], 'resolve.place-terrain-town');
  // a text that names no state and no country but the US: the one town so named, or one five times the next
  if (told.length > 0 || [...doc.admins].some((x) => x.startsWith('US.')) || [...doc.countries].some((c) => c !== 'US')) return null;
  const [first, next] = [...towns].sort((x, y) => y.population - x.population);
  return first && (!next || next.population * 5 <= first.population) ? cityPlace(first, 'resolve.place-terrain-town') : null;
}

function resolveMention(gz: Gazetteer, m: PlaceMention, doc: DocContext): Resolution {
  const inDateline = m.start >= doc.datelineStart && m.end <= doc.datelineEnd;
  const lookup = m.lookup ?? m.text;
  if (m.kind === 'water' || m.kind === 'facility' || m.kind === 'address') {
    const area = NAMED_AREAS[foldName(lookup)];
    if (area) return resolveName(gz, lookup, doc, inDateline)!;
    const town = m.kind === 'address' ? null : terrainTown(gz, m.text, doc);
    if (town) return town;
    const name = displayName(lookup);
    return { key: `${m.kind}:${foldName(name)}`, name, kind: m.kind ?? 'other', country: null, admin1: null, city: null, lat: null, lon: null, rule: 'resolve.place-pattern', basis: 'pattern' };
  }
  if (m.form === 'direction' && m.lookup) {
    const base = resolveName(gz, m.lookup, doc, inDateline);
    const name = displayName(m.text);
    // "South Philadelphia": the part of a city lies in that city
    const inCity = base?.kind === 'city' ? base.name : null;
    return { key: `region:${foldName(name)}`, name, kind: 'region', country: base?.country ?? null, admin1: base?.kind === 'admin' || base?.kind === 'city' ? base.admin1 : null, city: inCity, lat: null, lon: null, rule: inCity ? 'resolve.place-direction-city-part' : 'resolve.place-direction-region' };
  }
  if (m.lookup && m.form === 'terrain') {
    const county = m.kind === 'admin' ? pickCounty(gz, m.text, doc.admins, doc.towns) : null;
    if (county) return countyPlace(county, m.text);
    const town = m.kind === 'admin' ? null : terrainTown(gz, m.text, doc);
    if (town) return town;
    const base = resolveName(gz, m.lookup, doc, inDateline);
    const name = displayName(m.text);
    if (base && m.kind === 'admin' && base.kind === 'admin') {
      return { ...base, key: `admin:${base.country}:${foldName(m.lookup)}`, name, kind: 'admin', admin1: base.admin1 ?? base.name, city: null, rule: 'resolve.place-admin' };
    }
    // "Harris County": a district named like a town lies in that town's region only when the text is about that region
    const code = base?.kind === 'city' && base.admin1 ? gz.adminsByName(base.admin1).find((x) => x.country === base.country)?.code : undefined;
    const local = base !== null && (base.kind !== 'city' || (code !== undefined && doc.admins.has(code)));
    return {
      key: `${m.kind}:${foldName(name)}`,
      name,
      kind: m.kind ?? 'other',
      country: local ? base.country : null,
      admin1: local && base.kind === 'city' ? base.admin1 : null,
      city: null,
      lat: null,
      lon: null,
      rule: 'resolve.place-pattern',
      basis: 'pattern',
    };
  }
  const asTown = doc.countryTowns.get(foldName(lookup));
  if (asTown) return cityPlace(asTown, 'resolve.place-country-town');
  const r = resolveName(gz, lookup, doc, inDateline);
  if (r) return r;
  const name = displayName(m.text);
  if (m.rule === 'place.post-office-town') {
    const postal = postalPlace(gz, name, doc);
    if (postal) return postal;
  }
  return { key: `${m.kind ?? 'other'}:${foldName(name)}`, name, kind: m.kind ?? 'other', country: null, admin1: null, city: null, lat: null, lon: null, rule: 'resolve.place-unresolved' };
}

/** "Weld County", "the Pima County Sheriff's Department", "Orleans Parish": a county's name as written in the content. */
const COUNTY_IN_TEXT = /\b((?:[A-Z][a-z]+\.?\s){1,3}(?:County|Parish))\b/g;
const NOT_A_NAME = /^(?:The|A|An|By|In|At|And|Said|Of|For|From|To|On|Northern|Southern|Eastern|Western|North|South|East|West|Rural|Neighboring|Nearby)\s+/;

/** The counties the content names (every county of each name: the towns they hold tell which one is meant). */
export function countiesNamed(gz: Gazetteer, a: Analysis): County[] {
  const out: County[] = [];
  const seen = new Set<string>();
  COUNTY_IN_TEXT.lastIndex = 0;
  for (let m = COUNTY_IN_TEXT.exec(a.text); m; m = COUNTY_IN_TEXT.exec(a.text)) {
    let name = m[1];
    for (let lead = NOT_A_NAME.exec(name); lead; lead = NOT_A_NAME.exec(name)) name = name.slice(lead[0].length);
    if (!/\s/.test(name) || seen.has(name) || !a.isContent(m.index, m.index + m[0].length)) continue;
    seen.add(name);
    out.push(...gz.countiesByName(name));
  }
  return out;
}

/** The document's evident countries and regions: those named by a country or US-state mention, and the dateline's. */
function documentContext(gz: Gazetteer, mentions: PlaceMention[], a: Analysis, phoned: string | null): DocContext {
  const countries = new Set<string>();
  const admins = new Set<string>();
  for (const m of mentions) {
    const name = m.lookup ?? m.text;
    const c = gz.countryByName(name);
    if (c) countries.add(c.code);
    const area = NAMED_AREAS[foldName(name)];
    if (area?.country) {
      countries.add(area.country);
      continue;
    }
    const suffixed = usStateWithSuffix(gz, name);
    const ad = suffixed ? [suffixed] : gz.adminsByName(name);
    // a US state's name (also "Georgia", "New York") or a region named only once on the gazetteer
    const state = ad.find((x) => x.country === 'US') ?? (ad.length === 1 ? ad[0] : undefined);
    if (state) {
      admins.add(state.code);
      if (!c) countries.add(state.country);
    }
  }
  // a county named once places the text in its state ("Weld County" -> Colorado), as a state's name does
  const towns = townRegions(gz, mentions);
  for (const m of mentions) {
    const county = m.kind === 'admin' ? pickCounty(gz, m.text, admins, towns) : null;
    const code = county ? stateCode(gz, county.admin1) : undefined;
    if (code) {
      admins.add(code);
      countries.add('US');
    }
  }
  // a state the content names in full, where no mention holds it ("Deputies arrested him in NW Minnesota")
  for (const name of statesInContent(a)) {
    const state = gz.adminsByName(name).find((x) => x.country === 'US');
    if (state) {
      admins.add(state.code);
      countries.add('US');
    }
  }
  // a local telephone number's area code ("call police at 417-555-0100"): its state is the story's
  const byPhone = phoned ? gz.adminsByName(phoned).find((x) => x.country === 'US') : undefined;
  if (byPhone) {
    admins.add(byPhone.code);
    countries.add('US');
  }
  // a text that names no country but writes American local-news usage ("the 1800 block of", "sheriff's deputies")
  if (countries.size === 0 && americanUsage(a)) countries.add('US');
  const countryTowns = countryTownsOf(gz, mentions, a, admins);
  for (const t of countryTowns.keys()) countries.delete(gz.countryByName(t)?.code ?? '');
  const dl = a.dateline.place;
  return { countries, admins, datelineStart: dl?.start ?? -1, datelineEnd: dl?.end ?? -1, counties: countiesNamed(gz, a), towns, countryTowns };
}

/** A locative right before a name ("shot in Lebanon", "near Mexico"). */
const LOCATIVE_BEFORE = /\b(?:in|near|outside|at|into|through)\s+$/i;

/**
 * A country's name that is also a US town of the state the text names ("shot in Lebanon" in a Tennessee story, "Mexico,
 * Missouri"), after a locative or before ", <state>", in a text that names no other country and no country with
 * another word: the town. A text that names no US state keeps the country ("Jordan" in world news).
 */
function countryTownsOf(gz: Gazetteer, mentions: PlaceMention[], a: Analysis, admins: Set<string>): Map<string, City> {
  const out = new Map<string, City>();
  if (![...admins].some((x) => x.startsWith('US.'))) return out;
  mentions.forEach((m, i) => {
    const name = m.lookup ?? m.text;
    const c = gz.countryByName(name);
    if (!c || c.code === 'US' || m.text !== name) return;
    const next = mentions[i + 1];
    const paired = next !== undefined && /^ ?, ?$/.test(a.text.slice(m.end, next.start)) && gz.adminsByName(next.lookup ?? next.text).some((x) => x.country === 'US');
    if (!paired && !LOCATIVE_BEFORE.test(a.text.slice(Math.max(0, m.start - 12), m.start))) return;
    const towns = usTownsNamed(gz, name).filter((t) => admins.has(adminCodeOf(gz, t)));
    if (towns.length === 1) out.set(foldName(name), towns[0]);
  });
  if (out.size === 0) return out;
  // the text names no other country: every other country or named area's mention is the US or one of these towns
  for (const m of mentions) {
    const name = m.lookup ?? m.text;
    const code = gz.countryByName(name)?.code ?? NAMED_AREAS[foldName(name)]?.country;
    if (code && code !== 'US' && !out.has(foldName(name))) return new Map();
  }
  return out;
}

/** A facility, water or other place with no country takes the one it is said to be in ("airbase in western Iraq"). */
function placeInside(res: Resolution[], mentions: PlaceMention[], a: Analysis): void {
  for (let i = 0; i < mentions.length; i++) {
    const r = res[i];
    if (r.country !== null || (r.kind !== 'facility' && r.kind !== 'water' && r.kind !== 'other')) continue;
    const next = mentions[i + 1];
    if (!next) continue;
    const between = a.text.slice(mentions[i].end, next.start);
    const tail = (mentions[i].lookup ?? '').length > mentions[i].text.length ? (mentions[i].lookup ?? '').slice(mentions[i].text.length) : '';
    const gap = between.startsWith(tail) ? between.slice(tail.length) : between;
    if (!/^\s*(?:,|in|near|outside|at|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?$/i.test(gap) && !/^\s*,\s*$/.test(gap)) continue;
    const host = res[i + 1];
    r.country = host.country;
    if (host.kind === 'city') {
      r.city = host.name;
      r.admin1 = host.admin1;
    } else if (host.kind === 'admin') r.admin1 = host.admin1;
  }
}

/**
 * "Columbus, Georgia", "Paris, Texas", "Baghdad, Iraq": a town followed by its region or country is
 * resolved with it (the town in that region; the region, not a country of the same name).
 */
function resolvePairs(gz: Gazetteer, sorted: PlaceMention[], a: Analysis, res: Resolution[]): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const m = sorted[i];
    const n = sorted[i + 1];
    if (!/^ ?, ?$/.test(a.text.slice(m.end, n.start))) continue;
    if (res[i].kind !== 'city' && !(res[i].kind === 'admin' && m.form !== 'terrain')) continue;
    const cities = gz.citiesByName(m.lookup ?? m.text, { minor: true });
    if (cities.length === 0) continue;
    const outer = n.lookup ?? n.text;
    const admins = gz.adminsByName(outer);
    const country = gz.countryByName(outer);
    for (const ad of admins) {
      const city = cities.find((c) => c.country === ad.country && c.admin1 === ad.name);
      if (city) {
        res[i] = { ...cityPlace(city, 'resolve.place-city-region-pair'), basis: 'pair' };
        res[i + 1] = { ...adminPlace(ad, 'resolve.place-city-region-pair'), basis: 'pair' };
        break;
      }
    }
    if (res[i].basis !== 'pair' && country) {
      const city = cities.find((c) => c.country === country.code);
      if (city) res[i] = { ...cityPlace(city, 'resolve.place-city-region-pair'), basis: 'pair' };
    }
  }
}

/**
 * A street, park, water or district with no country of its own lies where all the text's places lie:
 * the one country they share, the one region and the one city when they name only one.
 */
function fromDocument(res: Resolution[]): void {
  const located = res.filter((r) => r.country !== null && r.kind !== 'region');
  const countries = new Set(located.map((r) => r.country));
  if (countries.size !== 1) return;
  const [country] = [...countries];
  const admins = new Set(located.filter((r) => r.kind === 'city' || r.kind === 'admin').map((r) => r.admin1));
  const cities = new Set(located.filter((r) => r.kind === 'city').map((r) => r.name));
  for (const r of res) {
    if (r.country !== null || !(r.kind === 'facility' || r.kind === 'water' || r.kind === 'address' || r.basis === 'pattern')) continue;
    r.country = country;
    if (admins.size === 1 && r.admin1 === null) r.admin1 = [...admins][0];
    if (cities.size === 1 && (r.kind === 'facility' || r.kind === 'address') && r.city === null) r.city = [...cities][0];
    r.rule = 'resolve.place-document-context';
  }
}

/** `phoned`: the state the content's local telephone numbers name (src/resolve/text-states.ts stateByPhone), or null. */
export function resolvePlaces(gz: Gazetteer, mentions: PlaceMention[], a: Analysis, phoned: string | null = null): ResolvedPlace[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  const doc = documentContext(gz, sorted, a, phoned);
  let res = sorted.map((m) => resolveMention(gz, m, doc));
  // second pass: the regions of the well-known cities found (Chicago -> Illinois) also speak for the smaller towns
  let grew = false;
  for (const r of res) {
    // the part of a big city ("South Philadelphia") speaks for the city's region too
    if (r.kind === 'region' && r.city !== null && (gz.citiesByName(r.city)[0]?.population ?? 0) >= 100000 && r.country !== null && r.admin1) {
      const code = gz.adminsByName(r.admin1).find((x) => x.country === r.country)?.code;
      if (code && !doc.admins.has(code)) {
        doc.admins.add(code);
        grew = true;
      }
      continue;
    }
    if (r.kind !== 'city' && r.kind !== 'admin') continue;
    const confident = r.kind === 'admin' || r.basis === 'context' || (gz.citiesByName(r.name)[0]?.population ?? 0) >= 100000;
    if (!confident || r.country === null) continue;
    const code = r.admin1 ? gz.adminsByName(r.admin1).find((x) => x.country === r.country)?.code : undefined;
    if (code && !doc.admins.has(code)) {
      doc.admins.add(code);
      grew = true;
    }
    if (!doc.countries.has(r.country)) {
      doc.countries.add(r.country);
      grew = true;
    }
  }
  if (grew) {
    // a town the neighbours placed keeps that reason when its own region, now known, agrees
    const first = res;
    res = sorted.map((m, i) => {
      const r = resolveMention(gz, m, doc);
      return first[i].rule === 'resolve.place-city-neighbours' && first[i].key === r.key ? { ...r, rule: first[i].rule } : r;
    });
  }
  resolvePairs(gz, sorted, a, res);
  // one sense per text: a name resolved by its "Town, Region" pair means the same elsewhere
  const paired = new Map<string, Resolution>();
  sorted.forEach((m, i) => {
    if (res[i].basis === 'pair') paired.set(foldName(m.lookup ?? m.text), res[i]);
  });
  sorted.forEach((m, i) => {
    const p = paired.get(foldName(m.lookup ?? m.text));
    if (p && res[i].key !== p.key) res[i] = p;
  });
  placeInside(res, sorted, a);
  fromDocument(res);
  const groups = new Map<string, ResolvedPlace>();
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    const r = res[i];
    const key = r.kind === 'facility' || r.kind === 'water' || r.kind === 'other' ? `${r.key}:${r.country ?? ''}` : r.key;
    const mention = { text: m.text, start: m.start, end: m.end, rule: m.rule };
    const g = groups.get(key);
    if (g) {
      g.mentions.push(mention);
      continue;
    }
    groups.set(key, {
      name: r.name,
      kind: r.kind,
      country: r.country,
      admin1: r.admin1,
      city: r.city,
      lat: r.lat,
      lon: r.lon,
      mentions: [mention],
      rule: r.rule,
    });
  }
  return [...groups.values()];
}
