// newsx incidents on hand-made records: the features read from a record, the join rules, the merge of
// the fields, the day window and determinism. The expected values were written by hand.
import { describe, expect, it } from 'vitest';
import { featuresOf, IncidentResolver, incidentOut, type IncidentOut } from '../../src/incidents/index.js';
import { dayNumber as dayOf } from '../../src/record/days.js';
import { contradicts, EVIDENCE } from '../../src/incidents/rules.js';
import { SCHEMA_ID, type EventRecord } from '../../src/record/schema.js';

interface Spec {
  id: string;
  published?: string;
  /** The event's date value; 'published' for a date that stands for the publication day. */
  date?: string;
  city?: string;
  admin1?: string;
  /** The text names the state too (an admin place), so the state is told, not the gazetteer's guess. */
  stateTold?: boolean;
  country?: string;
  killed?: number | null;
  injured?: number | null;
  /** Named victims. */
  victims?: string[];
  title?: string;
  street?: string;
  code?: string;
  /** The city's coordinates. */
  lat?: number;
  lon?: number;
}

function record(s: Spec): EventRecord {
  const places: EventRecord['places'] = [];
  if (s.city) places.push({ id: 'p1', name: s.city, kind: 'city', country: s.country ?? 'US', admin1: s.admin1 ?? null, city: null, lat: s.lat ?? null, lon: s.lon ?? null, mentions: [{ text: s.city, start: 0, end: s.city.length }] });
  else if (s.admin1) places.push({ id: 'p1', name: s.admin1, kind: 'admin', country: s.country ?? 'US', admin1: null, city: null, lat: null, lon: null, mentions: [{ text: s.admin1, start: 0, end: s.admin1.length }] });
  if (s.city && s.admin1 && s.stateTold) places.push({ id: 'p3', name: s.admin1, kind: 'admin', country: s.country ?? 'US', admin1: s.admin1, city: null, lat: null, lon: null, mentions: [{ text: s.admin1, start: 0, end: s.admin1.length }] });
  if (s.street) places.push({ id: 'p2', name: s.street, kind: 'facility', country: s.country ?? 'US', admin1: s.admin1 ?? null, city: s.city ?? null, lat: null, lon: null, mentions: [{ text: s.street, start: 0, end: s.street.length }] });
  const actors: EventRecord['actors'] = (s.victims ?? []).map((name, i) => ({ id: `a${i + 1}`, name, kind: 'person', title: null, country: null, affiliation: null, mentions: [{ text: name, start: 0, end: name.length }] }));
  const dates: EventRecord['dates'] = [];
  if (s.date === 'published') dates.push({ id: 'd1', text: '', start: 0, end: 0, type: 'date', value: s.published ?? null, granularity: 'day', relative: false, source: 'published' });
  else if (s.date) dates.push({ id: 'd1', text: 'Saturday', start: 0, end: 8, type: 'date', value: s.date, granularity: 'day', relative: true });
  return {
    schema: SCHEMA_ID,
    id: s.id,
    title: s.title ?? null,
    published: { value: s.published ?? null, source: s.published ? 'input' : 'none' },
    event: {
      type: { code: s.code ?? '193', label: 'fight with small arms and light weapons' },
      trigger: { text: 'shot', start: 0, end: 4 },
      date: dates.length ? 'd1' : null,
      location: places.length ? 'p1' : null,
      perpetrators: [],
      targets: [],
      victims: actors.map((a) => a.id),
      killed: s.killed ?? null,
      injured: s.injured ?? null,
      counts: [],
    },
    dates,
    places,
    actors,
    counts: [],
    quotes: [],
    meta: {},
    warnings: [],
  };
}

function group(specs: Spec[]): IncidentOut[] {
  const resolver = new IncidentResolver();
  specs.forEach((s, i) => resolver.add(featuresOf(record(s), i)));
  return resolver.drain(true).map(incidentOut);
}

const dayton = { published: '2023-06-12', date: '2023-06-10', city: 'Dayton', admin1: 'Ohio' };

describe('incident features', () => {
  it('reads the day, place, casualties, surnames, finer places and title words of the main event', () => {
    const f = featuresOf(record({ ...dayton, id: 'a', killed: 1, injured: 2, victims: ['Marcus Whitfield Jr.', 'Tanya Roscoe'], street: 'Maple Street', title: 'Man killed in Dayton shooting; suspect fled in stolen Buick' }), 0);
    expect(f).toMatchObject({ id: 'a', dateFrom: 'text', dateValue: '2023-06-10', city: 'dayton', admin1: 'ohio', country: 'US', killed: 1, injured: 2 });
    expect([f.dayMin, f.dayMax]).toEqual([dayOf('2023-06-10'), dayOf('2023-06-10')]);
    expect(f.roleNames).toEqual(['roscoe', 'whitfield']);
    expect(f.spots).toEqual(['maple street']);
    // "Dayton" is the place's own name; man, killed, shooting, suspect are common news words
    expect(f.words).toEqual(['buick', 'fled', 'stolen']);
  });

  it('a neighbourhood is a spot like a street; a town is not', () => {
    const base = record({ ...dayton, id: 'a' });
    const f = featuresOf({ ...base, places: [...base.places, { id: 'p9', name: 'Five Oaks', kind: 'region', country: 'US', admin1: 'Ohio', city: 'Dayton', lat: null, lon: null, mentions: [{ text: 'Five Oaks', start: 0, end: 9 }] }] }, 0);
    expect(f.spots).toEqual(['five oaks']);
  });

  it("a street's direction prefix is left out of its spot, so another report's spelling meets it", () => {
    const base = record({ ...dayton, id: 'a' });
    const street = (name: string) => ({ id: 'p9', name, kind: 'address' as const, country: 'US', admin1: 'Ohio', city: 'Dayton', lat: null, lon: null, mentions: [{ text: name, start: 0, end: name.length }] });
    expect(featuresOf({ ...base, places: [...base.places, street('E. Hudson Street')] }, 0).spots).toEqual(['hudson street']);
    expect(featuresOf({ ...base, places: [...base.places, street('North Kilpatrick Avenue')] }, 0).spots).toEqual(['kilpatrick avenue']);
    // one word after the direction is a name of its own: kept whole
    expect(featuresOf({ ...base, places: [...base.places, street('East Germantown')] }, 0).spots).toEqual(['east germantown']);
  });

  it('a record dated only by its publication day may be about that day or the two before', () => {
    const f = featuresOf(record({ id: 'a', published: '2023-06-12', date: 'published', city: 'Dayton', admin1: 'Ohio' }), 0);
    expect(f.dateFrom).toBe('published');
    expect([f.dayMin, f.dayMax]).toEqual([dayOf('2023-06-10'), dayOf('2023-06-12')]);
  });

  it('a month is its days; a vaguer date falls back to the publication day', () => {
    const month = featuresOf(record({ id: 'a', published: '2023-06-12', date: '2023-05' }), 0);
    expect([month.dayMin, month.dayMax]).toEqual([dayOf('2023-05-01'), dayOf('2023-05-31')]);
    const year = featuresOf(record({ id: 'b', published: '2023-06-12', date: '2022' }), 0);
    expect(year.dateFrom).toBe('published');
  });

  it('casualty counts contradict only when far apart', () => {
    expect(contradicts(1, 2)).toBe(false); // died later
    expect(contradicts(2, 4)).toBe(false);
    expect(contradicts(1, 5)).toBe(false); // a first report counts those taken to hospital
    expect(contradicts(0, 3)).toBe(false);
    expect(contradicts(1, 7)).toBe(true);
    expect(contradicts(0, 6)).toBe(true);
    expect(contradicts(3, 12)).toBe(false); // three hurt at first, twelve once the hospitals counted
    expect(contradicts(3, 16)).toBe(true);
    expect(contradicts(10, 13)).toBe(false);
    expect(contradicts(10, 31)).toBe(false);
    expect(contradicts(10, 51)).toBe(true);
  });
});

describe('grouping records into incidents', () => {
  it('the same day and city join; another city the same day does not', () => {
    const out = group([
      { ...dayton, id: 'a', killed: 1 },
      { ...dayton, id: 'b', killed: 1 },
      { ...dayton, id: 'c', city: 'Toledo', killed: 1 },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c']]);
    expect(out[0].incident).toBe('i1');
    expect(out[0].evidence).toEqual([{ record: 'b', score: 4, rules: [{ rule: 'incidents.same-day' }, { rule: 'incidents.same-city', detail: 'dayton' }] }]);
  });

  it('a shared victim name joins across two days; another state the texts tell never joins', () => {
    const out = group([
      { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', date: '2023-06-11', city: null as unknown as string, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'c', admin1: 'Indiana', stateTold: true, victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c']]);
    // b names no city: the state is its place
    expect(out[0].evidence[0].rules.map((r) => r.rule)).toEqual(['incidents.same-admin1', 'incidents.shared-role-name']);
  });

  it('incidents.veto-admin1: two people named in both (one of the event\'s) outweigh another state the texts tell; one does not', () => {
    const a = { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield', 'Lena Okafor'] };
    const two = group([a, { ...dayton, id: 'b', admin1: 'Indiana', stateTold: true, victims: ['Marcus Whitfield', 'Lena Okafor'] }]);
    expect(two.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(two[0].evidence[0].rules.map((r) => r.rule)).toContain('incidents.shared-role-name');
    const one = group([a, { ...dayton, id: 'c', admin1: 'Indiana', stateTold: true, victims: ['Marcus Whitfield'] }]);
    expect(one.map((i) => i.records)).toEqual([['a'], ['c']]);
  });

  it('incidents.veto-admin1: the same street named in both outweighs another state the texts tell; the same hospital does not', () => {
    const street = group([
      { ...dayton, id: 'a', stateTold: true, street: 'Hollis Avenue' },
      { ...dayton, id: 'b', admin1: 'Indiana', stateTold: true, street: 'Hollis Avenue' },
    ]);
    expect(street.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(street[0].evidence[0].rules.map((r) => r.rule)).toContain('incidents.shared-spot');
    const hospital = group([
      { ...dayton, id: 'a', stateTold: true, street: 'Mercy Hospital' },
      { ...dayton, id: 'b', admin1: 'Indiana', stateTold: true, street: 'Mercy Hospital' },
    ]);
    expect(hospital.map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('incidents.other-city: nothing off for another town when the same street is named in both (a mailing town, a neighbourhood)', () => {
    const a = { ...dayton, id: 'a', street: 'Salem Avenue' };
    const out = group([a, { ...dayton, id: 'b', city: 'Trotwood', admin1: null as unknown as string, street: 'Salem Avenue' }]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b']]);
    const other = group([a, { ...dayton, id: 'c', city: 'Trotwood', admin1: null as unknown as string, street: 'Shiloh Springs Road' }]);
    expect(other.map((i) => i.records)).toEqual([['a'], ['c']]);
    expect(out[0].evidence[0]).toEqual({ record: 'b', score: 5, rules: [{ rule: 'incidents.same-day' }, { rule: 'incidents.shared-spot', detail: 'salem avenue' }] });
  });

  it('incidents.near-city: a town within NEAR_KM of the incident\'s is no sign of another incident (incidents.other-city takes nothing off)', () => {
    const title = 'Gunfire erupts outside bowling alley';
    const at = { ...dayton, lat: 39.759, lon: -84.192, title };
    // Kettering lies 8 km from Dayton: the same day (2), state (1) and title words (2) join; Toledo, 200 km away, loses 2
    const out = group([
      { ...at, id: 'a' },
      { ...at, id: 'b', city: 'Kettering', lat: 39.69, lon: -84.169 },
      { ...at, id: 'c', city: 'Toledo', lat: 41.654, lon: -83.537 },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c']]);
    expect(out[0].evidence[0].rules.map((r) => r.rule)).not.toContain('incidents.other-city');
    expect(out[0].evidence[0].score).toBe(5);
    // a suburb 39 km out (Alvin for Houston) is still the same metropolitan area; 70 km out is not
    const houston = { published: '2016-07-28', date: '2016-07-26', city: 'Houston', admin1: 'Texas', lat: 29.7633, lon: -95.3633, title };
    expect(group([{ ...houston, id: 'a' }, { ...houston, id: 'b', city: 'Alvin', lat: 29.4239, lon: -95.2441 }]).map((i) => i.records)).toEqual([['a', 'b']]);
    expect(group([{ ...houston, id: 'a' }, { ...houston, id: 'b', city: 'Brookshire', lat: 29.786, lon: -96.0 }]).map((i) => i.records)).toEqual([['a'], ['b']]);
    // without coordinates the towns are only different ones
    expect(group([{ ...at, id: 'a', lat: undefined, lon: undefined }, { ...at, id: 'b', city: 'Kettering', lat: undefined, lon: undefined }]).map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('incidents.veto-days: a report dated by its month alone is no spread of the incident\'s days', () => {
    // "in June": the month holds the incident's day; the same city (2) and the victim's name (4) join it
    const out = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', date: '2023-06', published: '2023-07-20', victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'c', date: '2023-06-11', published: '2023-06-12', victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b', 'c']]);
  });

  it('incidents.shared-role-name: one of the commonest surnames shared is half the evidence of a rarer one', () => {
    // b names no city: the same state (1) and a shared rare surname (4) join; a shared "Johnson" (2) does not
    const rare = group([
      { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', date: '2023-06-11', city: null as unknown as string, victims: ['Marcus Whitfield'] },
    ]);
    expect(rare.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(rare[0].evidence[0].score).toBe(5);
    const common = group([
      { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Johnson'] },
      { ...dayton, id: 'b', date: '2023-06-11', city: null as unknown as string, victims: ['Marcus Johnson'] },
    ]);
    expect(common.map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('incidents.shared-words: title words count only where the place is shared (or the record names none)', () => {
    const title = 'Gunfire erupts at Raising Cane restaurant';
    const out = group([
      { ...dayton, id: 'a', title },
      { ...dayton, id: 'b', city: null as unknown as string, admin1: 'Indiana', title },
      { ...dayton, id: 'c', title },
      { id: 'd', published: '2023-06-12', date: '2023-06-10', title },
    ]);
    // b (a guessed state of its own, no city): the same day (2) and the words (2) made 4; the words do not count
    // in another place. d names no place: the words count
    expect(out.map((i) => i.records)).toEqual([['a', 'c', 'd'], ['b']]);
    expect(out[0].evidence.map((e) => e.rules.map((r) => r.rule))).toEqual([
      ['incidents.same-day', 'incidents.same-city', 'incidents.shared-words'],
      ['incidents.same-day', 'incidents.shared-words'],
    ]);
  });

  it('a shared name alone, with nothing of the day or the place in common, does not join', () => {
    const out = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield'] },
      // within the day tolerance, but no place and no day in common: one piece of evidence
      { ...dayton, id: 'b', date: '2023-06-11', city: null as unknown as string, admin1: null as unknown as string, victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('incidents.veto-place-only-off-day: a day apart, the same city and street join only with a person or a title word in common', () => {
    const placeOnly = group([
      { ...dayton, id: 'a', street: 'Salem Avenue', killed: 1 },
      { ...dayton, id: 'b', date: '2023-06-11', street: 'Salem Avenue', injured: 2 },
    ]);
    expect(placeOnly.map((i) => i.records)).toEqual([['a'], ['b']]);
    // the same dead counted in both (one or more): the veto does not apply
    const sameDead = group([
      { ...dayton, id: 'a', street: 'Salem Avenue', killed: 1 },
      { ...dayton, id: 'b', date: '2023-06-11', street: 'Salem Avenue', killed: 1 },
    ]);
    expect(sameDead.map((i) => i.records)).toEqual([['a', 'b']]);
    const noDead = group([
      { ...dayton, id: 'a', street: 'Salem Avenue', killed: 0 },
      { ...dayton, id: 'b', date: '2023-06-11', street: 'Salem Avenue', killed: 0 },
    ]);
    expect(noDead.map((i) => i.records)).toEqual([['a'], ['b']]);
    const withWord = group([
      { ...dayton, id: 'a', street: 'Salem Avenue', title: 'Barbershop gunfire leaves one dead' },
      { ...dayton, id: 'b', date: '2023-06-11', street: 'Salem Avenue', title: 'Barbershop owner speaks out' },
    ]);
    expect(withWord.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(withWord[0].evidence[0].rules.map((r) => r.rule)).toEqual(['incidents.same-city', 'incidents.shared-spot', 'incidents.shared-words']);
    // the same day: the place alone is enough
    const sameDay = group([
      { ...dayton, id: 'a', street: 'Salem Avenue' },
      { ...dayton, id: 'b', street: 'Salem Avenue' },
    ]);
    expect(sameDay.map((i) => i.records)).toEqual([['a', 'b']]);
  });

  it('the day tolerance: the same city three days apart is another incident, unless a follow-up within a year names two of its people', () => {
    const far = group([
      { ...dayton, id: 'a' },
      { ...dayton, id: 'b', date: '2023-06-13' },
    ]);
    expect(far.map((i) => i.records)).toEqual([['a'], ['b']]);
    const trial = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-08-15', date: '2023-08-15', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'c', published: '2023-08-20', date: '2023-08-20', victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'd', published: '2023-12-01', date: '2023-12-01', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'e', published: '2024-12-20', date: '2024-12-20', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
    ]);
    // c names one of them only; d, a trial 108 days after b, names both; e comes more than a year after d
    expect(trial.map((i) => i.records)).toEqual([['a', 'b', 'd'], ['c'], ['e']]);
  });

  it("incidents.veto-days: a follow-up's own day is not a day of the incident's, so a first-day report after it still joins", () => {
    const got = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-06-21', date: '2023-06-20', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'c', published: '2023-06-11' },
    ]);
    // b (an arrest ten days on) joins on the two names; c, dated the incident's day in the same city, joins too
    expect(got.map((i) => i.records)).toEqual([['a', 'b', 'c']]);
  });

  it('incidents.published-day: two undated reports in one city published a day apart join; two days apart they do not', () => {
    const undated = { city: 'Duquesne', admin1: 'Pennsylvania', date: 'published' as const };
    const near = group([
      { ...undated, id: 'a', published: '2017-02-27' },
      { ...undated, id: 'b', published: '2017-02-28' },
    ]);
    expect(near.map((i) => i.records)).toEqual([['a', 'b']]);
    const far = group([
      { ...undated, id: 'a', published: '2017-02-27' },
      { ...undated, id: 'b', published: '2017-03-01' },
    ]);
    expect(far.map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('a follow-up naming two of the event\'s people joins across the date veto in another town of another state too', () => {
    const out = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-08-15', date: '2023-08-15', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { id: 'c', published: '2023-08-16', date: '2023-08-15', city: 'Richmond', admin1: 'Indiana', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { id: 'd', published: '2023-08-16', date: '2023-08-15', city: 'Richmond', admin1: 'Indiana', victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('a follow-up within 90 days naming one of the event\'s people joins where both count the same dead, two or more', () => {
    const toll = (killed: number) =>
      group([
        { ...dayton, id: 'a', killed, victims: ['Marcus Whitfield'] },
        { ...dayton, id: 'b', published: '2023-07-03', date: '2023-07-01', killed, victims: ['Marcus Whitfield', 'Dorian Pell'] },
      ]).map((i) => i.records);
    expect(toll(3)).toEqual([['a', 'b']]);
    expect(toll(1)).toEqual([['a'], ['b']]);
  });

  it('a follow-up that names no town joins on two of the incident\'s people (and a follow-up in a town, an incident without one); one person is not enough', () => {
    const none = null as unknown as string;
    const out = group([
      { ...dayton, id: 'a', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-09-14', date: '2023-09-14', city: none, victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'c', published: '2023-09-20', date: '2023-09-20', city: none, victims: ['Tanya Roscoe', 'Dale Porter'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c']]);
    const reverse = group([
      { ...dayton, id: 'a', city: none, victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-09-14', date: '2023-09-14', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
    ]);
    expect(reverse.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(reverse[0].evidence[0].rules.map((r) => r.rule)).toEqual(['incidents.same-admin1', 'incidents.shared-role-name']);
  });

  it('a follow-up in another town of the same state (the court\'s seat) joins on two of the incident\'s people; in another state it does not', () => {
    const a = { ...dayton, id: 'a', title: 'Two shot outside tavern', victims: ['Marcus Whitfield', 'Tanya Roscoe'] };
    const court = group([a, { ...dayton, id: 'b', published: '2023-09-14', date: '2023-09-14', city: 'Xenia', title: 'Tavern shooting trial opens', victims: ['Marcus Whitfield', 'Tanya Roscoe'] }]);
    expect(court.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(court[0].evidence[0].score).toBe(4);
    const away = group([a, { ...dayton, id: 'c', published: '2023-09-14', date: '2023-09-14', city: 'Gary', admin1: 'Indiana', title: 'Tavern shooting trial opens', victims: ['Marcus Whitfield', 'Tanya Roscoe'] }]);
    expect(away.map((i) => i.records)).toEqual([['a'], ['c']]);
  });

  it('a follow-up that names two people, one of them the incident\'s, joins when it names the same spot too', () => {
    const out = group([
      { ...dayton, id: 'a', street: 'Salem Avenue', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-07-02', date: '2023-07-02', street: 'Salem Avenue', victims: ['Marcus Whitfield', 'Dale Porter'] },
      { ...dayton, id: 'c', published: '2023-08-20', date: '2023-08-20', street: 'Third Street', victims: ['Marcus Whitfield', 'Lee Grant'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c']]);
  });

  it('a follow-up within a month that names one of the incident\'s people joins with a distinctive title word, unless the surname is among the commonest', () => {
    const out = group([
      { ...dayton, id: 'a', title: 'Man killed outside Tavern bar', victims: ['Marcus Whitfield', 'Tanya Roscoe'] },
      { ...dayton, id: 'b', published: '2023-06-25', date: '2023-06-25', title: 'Arrest made in Tavern killing', victims: ['Marcus Whitfield', 'Dale Porter'] },
      { ...dayton, id: 'c', published: '2023-08-20', date: '2023-08-20', title: 'Tavern killer sentenced', victims: ['Marcus Whitfield', 'Lee Grant'] },
      { ...dayton, id: 'd', date: '2023-06-03', title: 'Man killed outside Lantern bar', victims: ['Marcus Johnson', 'Ann Cole'] },
      { ...dayton, id: 'e', published: '2023-06-20', date: '2023-06-20', title: 'Arrest made in Lantern killing', victims: ['Marcus Johnson', 'Bo Reed'] },
    ]);
    // (a follow-up is looked up by its people's names when it names two or more)
    // c: more than 30 days after; e: "Johnson" is one of the commonest surnames
    expect(out.map((i) => i.records)).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('far-apart tolls keep two reports apart', () => {
    const out = group([
      { ...dayton, id: 'a', injured: 1 },
      { ...dayton, id: 'b', injured: 8 },
    ]);
    expect(out).toHaveLength(2);
  });

  it("a lone town's state is the gazetteer's guess: a differing guess does not keep a report out", () => {
    const told = featuresOf(record({ ...dayton, id: 'a', stateTold: true }), 0);
    const guessed = featuresOf(record({ ...dayton, id: 'b' }), 1);
    expect([told.admin1Told, guessed.admin1Told]).toEqual([true, false]);
    // the same town and day, its state guessed as another of the town's namesakes: one incident
    const out = group([
      { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', admin1: 'Nevada', victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b']]);
    // two places of the record in one state tell it too
    const two = featuresOf({ ...record({ ...dayton, id: 'c' }), places: [...record({ ...dayton, id: 'c' }).places, { id: 'p9', name: 'Kettering', kind: 'city', country: 'US', admin1: 'Ohio', city: null, lat: null, lon: null, mentions: [{ text: 'Kettering', start: 0, end: 9 }] }] }, 2);
    expect(two.admin1Told).toBe(true);
  });

  it("a lone town's country is a guess too: only countries the texts tell keep reports apart", () => {
    // "Hamilton" read as Bermuda's capital in one report, as the Ohio city in the other
    const guessed = featuresOf(record({ ...dayton, id: 'b', city: 'Hamilton', admin1: 'Pembroke', country: 'BM' }), 1);
    expect([guessed.country, guessed.countryTold]).toEqual(['BM', false]);
    const out = group([
      { ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', city: 'Hamilton', admin1: 'Pembroke', country: 'BM', victims: ['Marcus Whitfield'] },
    ]);
    expect(out.map((i) => i.records)).toEqual([['a', 'b']]);
    // a text that names the country tells it: then the other country keeps it apart
    const base = record({ ...dayton, id: 'b', city: 'Hamilton', admin1: 'Pembroke', country: 'BM', victims: ['Marcus Whitfield'] });
    const named: EventRecord = { ...base, places: [...base.places, { id: 'p9', name: 'Bermuda', kind: 'country', country: 'BM', admin1: null, city: null, lat: null, lon: null, mentions: [{ text: 'Bermuda', start: 0, end: 7 }] }] };
    const f = featuresOf(named, 1);
    expect([f.countryTold, f.admin1Told]).toEqual([true, false]);
    const resolver = new IncidentResolver();
    resolver.add(featuresOf(record({ ...dayton, id: 'a', stateTold: true, victims: ['Marcus Whitfield'] }), 0));
    resolver.add(f);
    expect(resolver.drain(true).map(incidentOut).map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('the same toll of two or more adds a point: the same day with only the state joins on it', () => {
    // no city in b: the same day (2) and the same state (1) fall short of 4; the same toll of 3 makes it
    const withToll = group([
      { ...dayton, id: 'a', killed: 3 },
      { ...dayton, id: 'b', city: null as unknown as string, killed: 3 },
    ]);
    expect(withToll.map((i) => i.records)).toEqual([['a', 'b']]);
    expect(withToll[0].evidence[0].rules).toContainEqual({ rule: 'incidents.same-toll', detail: '3' });
    // one death is too common to tell incidents apart
    const one = group([
      { ...dayton, id: 'a', killed: 1 },
      { ...dayton, id: 'b', city: null as unknown as string, killed: 1 },
    ]);
    expect(one.map((i) => i.records)).toEqual([['a'], ['b']]);
  });

  it('merges: the latest report wins a toll that grew; the day most records give; disagreements listed', () => {
    const [i] = group([
      { ...dayton, id: 'a', killed: 1, injured: 2, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'b', date: '2023-06-11', published: '2023-06-13', killed: 2, injured: 1, victims: ['Marcus Whitfield'] },
      { ...dayton, id: 'c', published: '2023-06-11', killed: 1, injured: 2, victims: ['Marcus Whitfield'] },
    ]);
    expect(i.records).toEqual(['a', 'b', 'c']);
    expect(i.killed).toBe(2); // b is the latest report, and its toll is the largest: one died later
    expect(i.injured).toBe(2); // b's is not the largest: the value most records give
    expect(i.date).toEqual({ value: '2023-06-10', min: '2023-06-10', max: '2023-06-11', source: 'text' });
    expect(i.place).toMatchObject({ name: 'Dayton', city: 'Dayton', admin1: 'Ohio', country: 'US' });
    expect(i.disagreements).toEqual([
      { field: 'date', values: [{ value: '2023-06-10', records: ['a', 'c'] }, { value: '2023-06-11', records: ['b'] }] },
      { field: 'killed', values: [{ value: 1, records: ['a', 'c'] }, { value: 2, records: ['b'] }] },
      { field: 'injured', values: [{ value: 2, records: ['a', 'c'] }, { value: 1, records: ['b'] }] },
    ]);
  });

  it('records without a date or place stay alone; the output is the same on every run', () => {
    const specs: Spec[] = [{ id: 'x' }, { id: 'y' }, { ...dayton, id: 'a' }, { ...dayton, id: 'b' }];
    const first = group(specs);
    expect(first.map((i) => i.records)).toEqual([['x'], ['y'], ['a', 'b']]);
    expect(first[0]).toMatchObject({ date: { value: null, min: null, max: null, source: 'none' }, place: null });
    expect(JSON.stringify(group(specs))).toBe(JSON.stringify(first));
  });

  it('the window: past window/4 records held, closed incidents are let go in order; past window, open ones too', () => {
    const resolver = new IncidentResolver({ window: 8 });
    const add = (spec: Spec, i: number) => resolver.add(featuresOf(record(spec), i));
    // two records of a June incident, then a record a day for 150 days later in another city
    add({ ...dayton, id: 'june-a' }, 0);
    add({ ...dayton, id: 'june-b' }, 1);
    expect(resolver.drain()).toEqual([]); // 2 records held: nothing let go
    for (let k = 0; k < 4; k++) add({ id: `later-${k}`, published: `2023-11-0${k + 1}`, date: `2023-11-0${k + 1}`, city: 'Toledo', admin1: 'Ohio' }, 2 + k);
    // 6 held > 8 / 4: the June incident is more than 90 days behind the watermark, so closed and let go;
    // the November ones are open and stay
    expect(resolver.drain().map((i) => i.members.map((m) => m.id))).toEqual([['june-a', 'june-b']]);
    expect(resolver.forced).toBe(0);
    // a late report of the June incident now starts another incident
    const late = add({ ...dayton, id: 'june-c' }, 6);
    expect(late).toBe(resolver.size - 1);
    for (let k = 4; k < 9; k++) add({ id: `later-${k}`, published: `2023-11-0${k + 1}`, date: `2023-11-0${k + 1}`, city: `Town ${k}`, admin1: 'Ohio' }, 3 + k);
    // 10 held > 8: the first open incidents are let go, in order, until 8 are held
    const forced = resolver.drain();
    expect(forced.map((i) => i.members[0].id)).toEqual(['later-0', 'later-1']);
    expect(resolver.forced).toBe(2);
    expect(resolver.drain(true).map((i) => i.members[0].id)).toEqual(['later-2', 'later-3', 'june-c', 'later-4', 'later-5', 'later-6', 'later-7', 'later-8']);
  });

  it('the token index (default rules) finds the same incidents as comparing with every incident of the days', () => {
    // a deterministic jumble: 600 reports over 12 days, 4 cities of 2 states, 30 surnames, streets, tolls, titles
    let seed = 7;
    const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const cities = [['Dayton', 'Ohio'], ['Akron', 'Ohio'], ['Gary', 'Indiana'], ['Muncie', 'Indiana']];
    const surnames = Array.from({ length: 30 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${i}`);
    const specs: Spec[] = Array.from({ length: 600 }, (_, i) => {
      const [city, admin1] = cities[rand(4)];
      const day = 1 + rand(12);
      const dd = String(day).padStart(2, '0');
      return {
        id: `r${i}`,
        published: `2023-06-${String(day + rand(3)).padStart(2, '0')}`,
        date: rand(4) === 0 ? 'published' : `2023-06-${dd}`,
        ...(rand(6) === 0 ? {} : { city, admin1, stateTold: rand(3) === 0 }),
        killed: rand(4),
        injured: rand(3) === 0 ? null : rand(5),
        victims: rand(2) ? [`Ann ${surnames[rand(30)]}`] : [],
        street: rand(5) === 0 ? `${['Oak', 'Elm'][rand(2)]} Street` : undefined,
        title: rand(3) === 0 ? `Shooting near ${['market', 'school', 'church'][rand(3)]}` : undefined,
      };
    });
    const run = (resolver: IncidentResolver) => {
      specs.forEach((s, i) => resolver.add(featuresOf(record(s), i)));
      return resolver.drain(true).map((x) => x.members.map((m) => m.id));
    };
    const indexed = run(new IncidentResolver());
    // a copy of the rules is not the default: every incident of the days is compared
    const scanned = run(new IncidentResolver({ evidence: [...EVIDENCE] }));
    expect(indexed.filter((x) => x.length > 1).length).toBeGreaterThan(5);
    expect(indexed).toEqual(scanned);
    // an incident without a city: a report with a city meets it, and the same day and the published day are one
    // piece of evidence, not two, so it joins only with a name it shares
    const noCity: Spec[] = [
      { id: 'a', published: '2023-06-12', date: '2023-06-10', victims: ['Ann Roscoe'] },
      { id: 'b', published: '2023-06-11', date: 'published', victims: ['Ann Roscoe'] },
      { id: 'c', published: '2023-06-12', date: '2023-06-10', city: 'Dayton', admin1: 'Ohio' },
      { id: 'd', published: '2023-06-12', date: '2023-06-10', city: 'Dayton', admin1: 'Ohio', victims: ['Ann Roscoe'] },
    ];
    specs.splice(0, specs.length, ...noCity);
    expect(run(new IncidentResolver())).toEqual([['a', 'b', 'd'], ['c']]);
    expect(run(new IncidentResolver({ evidence: [...EVIDENCE] }))).toEqual([['a', 'b', 'd'], ['c']]);
  });
});
