// Cities and first-level regions by name. Major cities (population >= 15,000, capitals, seats of
// first-order divisions) and first-level regions are sharded together by first letter, the smaller
// places by first two letters; a shard is read on the first lookup that needs it (small places only
// when a caller asks for them).
import type { LetterShard, Loader } from './load.js';
import type { PostalIndex } from './postal.js';
import type { AreaCodeIndex } from './area-codes.js';
import type { RowLookup } from './lines.js';
import { postalKey, postalStatesByKey, postalTownIn, type PostalTown } from './postal.js';
import { foldName, MAJOR_POPULATION, minorShardOf, shardOf, type AdminRow, type CityRow, type CountyIndex } from './prepare.js';
import { remembered } from './memo.js';

export { foldName } from './prepare.js';

export interface City {
  name: string;
  country: string;
  /** first-level region's name, or null */
  admin1: string | null;
  population: number;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL ... */
  featureCode: string;
}

export interface Admin1 {
  name: string;
  country: string;
  /** "US.CA" */
  code: string;
  /** population-weighted centre of its listed cities (approximate) */
  lat: number | null;
  lon: number | null;
  /** total population of its listed cities (a prominence measure) */
  population: number;
}


const toCity = (r: CityRow): City => ({
  name: r[0],
  country: r[1],
  admin1: r[2] || null,
  population: r[3],
  lat: r[4],
  lon: r[5],
  featureCode: r[6],
});

const toAdmin = (r: AdminRow): Admin1 => ({
  name: r[0],
  country: r[1],
  code: r[2],
  lat: r[5] > 0 ? r[3] : null,
  lon: r[5] > 0 ? r[4] : null,
  population: r[5],
});

/**
 * Other romanisations GeoNames may use for a name written the English way: "Grozny" -> "Groznyy",
 * "Krasnoyarsky" -> "Krasnoyarskiy" (BGN/PCGN spellings of Russian endings).
 */
function variants(key: string): string[] {
  const out: string[] = [];
  if (/[^y]y$/.test(key)) out.push(`${key}y`);
  if (/sky$/.test(key)) out.push(`${key.slice(0, -1)}iy`);
  if (/[^i]ya$/.test(key)) out.push(`${key.slice(0, -2)}iya`);
  return out;
}

/** A particle written joined to the capital of the name that follows ("LaSalle", "DeKalb", "McKees Rocks"). */
const CAMEL_PARTICLE = /(?:^|\s)(?:La|Le|De|Du|Di|Da|Mc|Van|Von)\p{Lu}/u;
const CAMEL_PARTICLES = /(^|\s)(La|Le|De|Du|Di|Da|Mc|Van|Von)(?=\p{Lu})/gu;

/** Abbreviated and full words that begin town names: "St. Paul" is GeoNames' "Saint Paul", "Ft. Myers" "Fort Myers". */
const LEADING_WORDS: [string, string][] = [['st ', 'saint '], ['ste ', 'sainte '], ['ft ', 'fort '], ['mt ', 'mount ']];

/** The same town's name spelled the other usual ways ("LaSalle" / "La Salle", "St. Paul" / "Saint Paul"), as keys. */
function otherSpellings(name: string, key: string): string[] {
  const out = new Set<string>();
  // "LaSalle" is also written "La Salle", "DeKalb" "De Kalb"
  if (CAMEL_PARTICLE.test(name)) out.add(foldName(name.replace(CAMEL_PARTICLES, '$1$2 ')));
  for (const [short, long] of LEADING_WORDS) {
    if (key.startsWith(short)) out.add(long + key.slice(short.length));
    else if (key.startsWith(long)) out.add(short + key.slice(long.length));
  }
  out.delete(key);
  return [...out];
}

export interface County {
  /** "Weld County" */
  name: string;
  country: string;
  /** its state's name */
  admin1: string;
  /** how many GeoNames towns lie in it (ranks same-named counties) */
  towns: number;
  /** the folded names of those towns */
  places: readonly string[];
  /** its most populous town and that town's population, when known */
  main: { name: string; population: number } | null;
}

/**
 * The county a name means without other evidence: the only one so named, or one with five times the towns of
 * the next ("Cook County": Illinois, 165 towns, before Georgia's 2; not "Wayne County": Michigan 37, New York 10).
 */
export function likelyCounty(rows: County[]): County | null {
  return rows.length === 1 || (rows.length > 1 && rows[0].towns >= 5 * rows[1].towns) ? rows[0] : null;
}

/** The places of one gazetteer: each shard is read on the first lookup that needs it, answers are remembered. */
export interface Places {
  /** Cities named so (folded: case, accents and periods do not matter), most populous first. */
  citiesByName(name: string, options?: { minor?: boolean }): City[];
  /** First-level regions (states, provinces, governorates) named so, most populous first. */
  adminsByName(name: string): Admin1[];
  /** "IQ.07" -> "Baghdad" */
  adminName(country: string, adminCode: string): string | null;
  /** US counties (parishes, boroughs) named so ("Pima County"), the one with the most towns first. */
  countiesByName(name: string): County[];
  /**
   * The US postal town of a place in a US state (by the state's name): the place's own name in the postal
   * spelling when a ZIP code carries it, else the town of the nearest ZIP centre (src/gazetteer/postal.ts).
   */
  postalTown(state: string, name: string, lat: number | null, lon: number | null): PostalTown | null;
  /** The US states (full names) with a postal town of this name, in the postal spelling ("Pollok" -> ["Texas"]). */
  postalStates(name: string): string[];
  /** The US state (full name) a telephone area code serves ("417" -> "Missouri"), or null (unknown, toll-free). */
  stateOfAreaCode(code: string): string | null;
}

/** The other spelling of a name that opens on a saint: "st louis county" <-> "saint louis county", "ste genevieve" <-> "sainte genevieve"; null when it opens on none. */
export function saintSpelling(folded: string): string | null {
  const m = /^(st|ste|saint|sainte) (.+)$/.exec(folded);
  if (!m) return null;
  const other = { st: 'saint', ste: 'sainte', saint: 'st', sainte: 'ste' }[m[1] as 'st' | 'ste' | 'saint' | 'sainte'];
  return `${other} ${m[2]}`;
}

export function createPlaces(loader: Loader): Places {
  const letters = new Map<string, LetterShard>();
  const minor = new Map<string, RowLookup<CityRow>>();
  let adminCodes: Record<string, string> | null = null;
  let counties: CountyIndex | null = null;
  let postal: PostalIndex | null = null;
  let postalNames: Map<string, string[]> | null = null;
  const adminName = (country: string, adminCode: string): string | null => {
    adminCodes ??= loader.adminCodes();
    const key = `${country}.${adminCode}`;
    return Object.hasOwn(adminCodes, key) ? adminCodes[key] : null;
  };
  let areaCodes: AreaCodeIndex | null = null;

  function letter(key: string): LetterShard {
    const shard = shardOf(key);
    let ix = letters.get(shard);
    if (!ix) {
      ix = loader.letter(shard);
      letters.set(shard, ix);
    }
    return ix;
  }

  function lookupName(name: string, options: { minor?: boolean }): City[] {
    const key = foldName(name);
    if (!key) return [];
    const exact = lookupCities(key, options);
    const more = otherSpellings(name, key).flatMap((k) => lookupCities(k, options)).filter((c) => !exact.some((x) => x.name === c.name && x.admin1 === c.admin1 && x.country === c.country));
    if (more.length > 0) return [...exact, ...more].sort((a, b) => b.population - a.population);
    if (exact.length > 0) return exact;
    for (const v of variants(key)) {
      const found = lookupCities(v, {}).filter((c) => c.population >= MAJOR_POPULATION);
      if (found.length > 0) return found;
    }
    return [];
  }

  function lookupCities(key: string, options: { minor?: boolean }): City[] {
    const big = letter(key).cities;
    const rows = [...(big.get(key) ?? [])];
    if (options.minor) {
      const shard = minorShardOf(key);
      let ix = minor.get(shard);
      if (!ix) {
        ix = loader.minorCities(shard);
        minor.set(shard, ix);
      }
      const more = ix.get(key);
      if (more) rows.push(...more);
      rows.sort((a, b) => b[3] - a[3]);
    }
    return rows.map(toCity);
  }

  function lookupAdmins(name: string): Admin1[] {
    const key = foldName(name);
    if (!key) return [];
    const ix = letter(key).admins;
    return (ix.get(key) ?? []).map(toAdmin);
  }

  const majorAnswers = remembered((name) => lookupName(name, {}));
  const minorAnswers = remembered((name) => lookupName(name, { minor: true }));
  const adminAnswers = remembered(lookupAdmins);
  const adminsByName = (name: string): Admin1[] => adminAnswers(name).slice();

  return {
    citiesByName: (name, options = {}) => (options.minor ? minorAnswers : majorAnswers)(name).slice(),
    adminsByName,
    adminName,
    countiesByName(name) {
      const folded = foldName(name);
      if (!folded) return [];
      counties ??= loader.counties();
      // news writes "St. Louis County", "St. Tammany Parish"; GeoNames mostly spells the saint out ("Saint Louis County")
      const key = Object.hasOwn(counties.byName, folded) ? folded : saintSpelling(folded);
      return key && Object.hasOwn(counties.byName, key) ? counties.byName[key].map(([n, country, admin1, towns, places = [], main = '', pop = 0]) => ({ name: n, country, admin1, towns, places, main: main ? { name: main, population: pop } : null })) : [];
    },
    stateOfAreaCode(code) {
      areaCodes ??= loader.areaCodes();
      return Object.hasOwn(areaCodes, code) ? areaCodes[code] : null;
    },
    postalTown(state, name, lat, lon) {
      const code = adminsByName(state).find((a) => a.country === 'US')?.code;
      if (!code) return null;
      postal ??= loader.postal();
      return postalTownIn(postal, code.slice(3), name, lat, lon);
    },
    postalStates(name) {
      const key = postalKey(name);
      if (!key) return [];
      postal ??= loader.postal();
      postalNames ??= postalStatesByKey(postal);
      return (postalNames.get(key) ?? []).map((st) => adminName('US', st)).filter((x): x is string => x !== null);
    },
  };
}
