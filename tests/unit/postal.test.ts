// US postal towns (src/gazetteer/postal.ts) and the event's town as its postal address names it (src/resolve/event-places.ts, for src/event/location.ts).
import { describe, expect, it } from 'vitest';
import { postalKey, postalTownIn, preparePostal, type PostalIndex } from '../../src/gazetteer/postal.js';
import { createGazetteer } from '../../src/gazetteer/index.js';
import { countyTown, postalPlace } from '../../src/resolve/event-places.js';
import type { Place } from '../../src/record/schema.js';

const gazetteer = createGazetteer();

const INDEX: PostalIndex = preparePostal([
  { latitude: 38.9223, longitude: -76.8755, city: 'Hyattsville', state: 'MD', country: 'US' },
  { latitude: 38.9559, longitude: -76.9455, city: 'Hyattsville', state: 'MD', country: 'US' },
  { latitude: 39.0, longitude: -76.5, city: 'Annapolis', state: 'MD', country: 'US' },
  { latitude: 40.5068, longitude: -80.0849, city: 'Mc Kees Rocks', state: 'PA', country: 'US' },
  { latitude: 38.63, longitude: -90.24, city: 'Saint Louis', state: 'MO', country: 'US' },
  { latitude: 45.5, longitude: -73.6, city: 'Montreal', state: 'QC', country: 'CA' },
]);

describe('postal.test.ts: postal keys', () => {
  it.each([
    ['McKees Rocks', 'mckeesrocks'],
    ['Mc Kees Rocks', 'mckeesrocks'],
    ['St. Louis', 'saintlouis'],
    ['Saint Louis', 'saintlouis'],
    ['Ft. Myers', 'fortmyers'],
    ['Mt. Vernon', 'mountvernon'],
    ['Opa-locka', 'opalocka'],
    ['Washington, D.C.', 'washington'],
  ])('%s -> %s', (name, key) => expect(postalKey(name)).toBe(key));
});

describe('postal.test.ts: the postal town of a place', () => {
  it.each<[string, string, string, number | null, number | null, string | null, string | null]>([
    ['a postal town is its own', 'MD', 'Hyattsville', 38.95, -76.94, 'Hyattsville', 'postal.same-town'],
    ['the postal spelling', 'PA', 'McKees Rocks', 40.5, -80.08, 'Mc Kees Rocks', 'postal.spelling'],
    ['"St." spelled out', 'MO', 'St. Louis', null, null, 'Saint Louis', 'postal.spelling'],
    ['an unincorporated place: the nearest ZIP centre', 'MD', 'Landover', 38.934, -76.8966, 'Hyattsville', 'postal.nearest-zip'],
    ['no ZIP centre within the radius', 'MD', 'Cumberland', 39.65, -78.76, null, null],
    ['no coordinates and no postal town of the name', 'MD', 'Landover', null, null, null, null],
    ['a state the index does not know', 'QC', 'Montreal', 45.5, -73.6, null, null],
  ])('%s: %s %s', (_why, state, name, lat, lon, town, how) => {
    const t = postalTownIn(INDEX, state, name, lat, lon);
    expect(t?.name ?? null).toBe(town);
    expect(t?.how ?? null).toBe(how);
  });

  it('leaves out the ZIPs of one addressee: a business, a bank, an agency, a mail service', () => {
    const index = preparePostal([
      { latitude: 38.895, longitude: -77.036, city: 'Parcel Return Service', state: 'DC', country: 'US' },
      { latitude: 38.91, longitude: -77.04, city: 'Washington', state: 'DC', country: 'US' },
      { latitude: 40.1, longitude: -75.1, city: 'First National Bank', state: 'PA', country: 'US' },
      { latitude: 48.63, longitude: -112.33, city: 'Cut Bank', state: 'MT', country: 'US' },
      { latitude: 47.57, longitude: -117.7, city: 'Medical Lake', state: 'WA', country: 'US' },
    ]);
    expect(index.DC.n).toEqual(['Washington']);
    expect(index.PA).toBeUndefined();
    expect([index.MT.n, index.WA.n]).toEqual([['Cut Bank'], ['Medical Lake']]);
    // the capital's own name, told with its district: its own postal town, not the nearest addressee's ZIP
    expect(gazetteer.postalTown('District of Columbia', 'Washington, D.C.', 38.8951, -77.0364)).toMatchObject({ name: 'Washington', how: 'postal.spelling' });
  });

  it('reads the real data by state name', () => {
    expect(gazetteer.postalTown('Maryland', 'Landover', 38.934, -76.89664)?.name).toBe('Hyattsville');
    expect(gazetteer.postalTown('California', 'Foothill Farms', 38.67877, -121.35114)?.name).toBe('Sacramento');
    expect(gazetteer.postalTown('New York', 'Bushwick', 40.69427, -73.91875)?.name).toBe('Brooklyn');
    expect(gazetteer.postalTown('Illinois', 'Chicago', 41.85, -87.65)?.how).toBe('postal.same-town');
    expect(gazetteer.postalTown('Atlantis', 'Chicago', 41.85, -87.65)).toBeNull();
  });
});

const place = (id: string, name: string, admin1: string, lat: number | null, lon: number | null, extra: Partial<Place> = {}): Place => ({
  id, name, kind: 'city', country: 'US', admin1, city: null, lat, lon, mentions: [{ text: name, start: 10, end: 10 + name.length, rule: 'test' }], rule: 'test', ...extra,
});

describe('postal.test.ts: the event town as its postal address names it', () => {
  it.each<[string, Place[], string, string, string | null]>([
    ['a neighbourhood: its postal town is added', [place('p1', 'Landover', 'Maryland', 38.934, -76.89664)], 'Hyattsville', 'p2', 'event.location-postal-town'],
    ['the postal town already in the record', [place('p1', 'Landover', 'Maryland', 38.934, -76.89664), place('p2', 'Hyattsville', 'Maryland', 38.95, -76.94)], 'Hyattsville', 'p2', 'event.location-postal-town'],
    ['the postal spelling', [place('p1', 'McKees Rocks', 'Pennsylvania', 40.4656, -80.0656)], 'Mc Kees Rocks', 'p2', 'event.location-postal-spelling'],
    ['a postal town stays', [place('p1', 'Duquesne', 'Pennsylvania', 40.3815, -79.8598)], 'Duquesne', 'p1', null],
    ['a city of a million keeps its name', [place('p1', 'Queens', 'New York', 40.68149, -73.83652)], 'Queens', 'p1', null],
    ['no region: left alone', [place('p1', 'Landover', '', 38.934, -76.89664, { admin1: null })], 'Landover', 'p1', null],
    ['not a town: left alone', [place('p1', 'Prince George\'s County', 'Maryland', null, null, { kind: 'admin' })], 'Prince George\'s County', 'p1', null],
  ])('%s', (_why, places, name, id, rule) => {
    const out = postalPlace(gazetteer, { id: 'p1', rule: 'event.location-lead' }, places);
    const all = out.added ? [...places, out.added] : places;
    expect(out.id).toBe(id);
    expect(all.find((p) => p.id === out.id)?.name).toBe(name);
    if (rule) expect(out.rule).toBe(rule);
    else expect(out.rule).toBe('event.location-lead');
    // the text's place stays as read
    expect(places[0].name).toBe(name === places[0].name ? name : places[0].name);
    if (out.added) expect(out.added.mentions[0]).toMatchObject({ start: 10, rule: 'place.postal-town' });
  });

  it('a service town chosen first is replaced by its postal town, under its id', () => {
    const added = place('p3', 'Landover', 'Maryland', 38.934, -76.89664);
    const out = postalPlace(gazetteer, { id: 'p3', rule: 'event.location-service-city', added }, [place('p1', 'Richmond', 'Virginia', 37.55, -77.46)]);
    expect(out).toMatchObject({ id: 'p3', rule: 'event.location-postal-town', added: { id: 'p3', name: 'Hyattsville' } });
  });
});

describe('postal.test.ts: an event placed only in a county', () => {
  const county = (id: string, name: string, admin1: string): Place => ({
    id, name, kind: 'admin', country: 'US', admin1, city: null, lat: null, lon: null, mentions: [{ text: name, start: 5, end: 5 + name.length, rule: 'test' }], rule: 'test',
  });
  const street = (id: string, name: string, admin1: string, city: string | null = null): Place => ({
    id, name, kind: 'facility', country: 'US', admin1, city, lat: null, lon: null, mentions: [{ text: name, start: 5, end: 5 + name.length, rule: 'test' }], rule: 'test',
  });
  it.each<[string, Place[], string, string, string | null]>([
    ['a big city\'s county: the city is added', [county('p1', 'Harris County', 'Texas')], 'Houston', 'p2', 'event.location-county-city'],
    ['the city already in the record', [county('p1', 'Pima County', 'Arizona'), place('p2', 'Tucson', 'Arizona', 32.22, -110.93)], 'Tucson', 'p2', 'event.location-county-city'],
    ['a rural county whose seat has another name stays, with no town', [county('p1', 'Anson County', 'North Carolina')], 'Anson County', 'p1', null],
    ['a rural county whose seat bears its name: the seat', [county('p1', 'Dinwiddie County', 'Virginia')], 'Dinwiddie', 'p2', 'event.location-county-seat'],
    ['a state is no county', [county('p1', 'Texas', 'Texas')], 'Texas', 'p1', null],
    ['a street with no town in the one county named: the county\'s big city', [street('p1', 'Neva Avenue', 'Illinois'), county('p2', 'Cook County', 'Illinois')], 'Chicago', 'p3', 'event.location-county-city'],
    ['a street with no town and two counties of its state: left alone', [street('p1', 'Neva Avenue', 'Illinois'), county('p2', 'Cook County', 'Illinois'), county('p3', 'DuPage County', 'Illinois')], 'Neva Avenue', 'p1', null],
    ['a street with no town and a county of another state: left alone', [street('p1', 'Neva Avenue', 'Illinois'), county('p2', 'Harris County', 'Texas')], 'Neva Avenue', 'p1', null],
    ['a street in a town: left alone', [street('p1', 'Neva Avenue', 'Illinois', 'Chicago'), county('p2', 'Harris County', 'Illinois')], 'Neva Avenue', 'p1', null],
  ])('%s', (_why, places, name, id, rule) => {
    const out = countyTown(gazetteer, { id: 'p1', rule: 'event.location-region' }, places);
    const all = out.added ? [...places, out.added] : places;
    expect(out.id).toBe(id);
    expect(all.find((p) => p.id === out.id)?.name).toBe(name);
    expect(out.rule).toBe(rule ?? 'event.location-region');
    if (out.added) expect(out.added.mentions[0]).toMatchObject({ start: 5, rule: 'place.county-city' });
  });
});
