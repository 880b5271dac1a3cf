// Countries by name and by demonym, loaded lazily on first call (a small prepared JSON file).
import type { Loader } from './load.js';
import type { CountryIndex } from './prepare.js';
import { remembered } from './memo.js';

export interface Country {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** common English name */
  name: string;
  lat: number;
  lon: number;
  capital: string | null;
}

/** Title case, ALL CAPS or as the data writes it: a name in lower case is a word ("turkey", "china"). */
function caseAllowed(s: string): boolean {
  s = s.replace(/^the\s+/i, '');
  const first = s.match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

const SPACES = /\s/;

function clean(s: string): string {
  // most names are one plain word: nothing to clean
  return SPACES.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The countries of one gazetteer: the index is read on the first call, answers are remembered. */
export interface Countries {
  /** "Iraq", "U.S.", "US" (upper case only), "USA", "United States", "America", "UK", "Britain", "JAPAN". */
  countryByName(name: string): Country | null;
  /** "Iraqi" -> IQ, "Americans" -> US, "Israeli", "Syrian", "South Korean"; null for lower-case words. */
  countryByDemonym(word: string): Country | null;
  countryByCode(code: string): Country | null;
  /** Every country, sorted by code. */
  allCountries(): Country[];
}

export function createCountries(loader: Pick<Loader, 'countries'>): Countries {
  let loaded: { index: CountryIndex; byCode: Map<string, Country> } | null = null;
  function load(): { index: CountryIndex; byCode: Map<string, Country> } {
    if (!loaded) {
      const index = loader.countries();
      loaded = { index, byCode: new Map(index.countries.map(([code, name, lat, lon, capital]) => [code, { code, name, lat, lon, capital }])) };
    }
    return loaded;
  }

  function lookupCountry(name: string): Country | null {
    const s = clean(name);
    if (!s || s.length > 60) return null;
    const { index: ix, byCode: codes } = load();
    const exact = Object.hasOwn(ix.exact, s) ? ix.exact[s] : undefined;
    if (exact) return codes.get(exact) ?? null;
    if (!caseAllowed(s)) return null;
    const byName = (k: string): string | undefined => (Object.hasOwn(ix.names, k) ? ix.names[k] : undefined);
    let code = byName(s.toLowerCase());
    if (!code && /^the /i.test(s)) code = byName(s.slice(4).toLowerCase());
    return code ? (codes.get(code) ?? null) : null;
  }

  function lookupDemonym(word: string): Country | null {
    const s = clean(word);
    if (!s || s.length > 40 || !caseAllowed(s)) return null;
    const { index: ix, byCode: codes } = load();
    const key = s.toLowerCase();
    const demonym = (k: string): string | undefined => (Object.hasOwn(ix.demonyms, k) ? ix.demonyms[k] : undefined);
    let code = demonym(key);
    if (!code && key.endsWith('s') && !/(?:ss|sh|ch|ese)$/.test(key.slice(0, -1))) code = demonym(key.slice(0, -1));
    if (!code && key.endsWith('men')) code = demonym(`${key.slice(0, -3)}man`);
    return code ? (codes.get(code) ?? null) : null;
  }

  const countryAnswers = remembered(lookupCountry);
  const demonymAnswers = remembered(lookupDemonym);
  return {
    countryByName: (name) => (typeof name === 'string' ? countryAnswers(name) : null),
    countryByDemonym: (word) => (typeof word === 'string' ? demonymAnswers(word) : null),
    countryByCode: (code) => load().byCode.get(code.toUpperCase()) ?? null,
    allCountries: () => [...load().byCode.values()],
  };
}
