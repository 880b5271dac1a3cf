// The main event: trigger and CAMEO type, date, place, roles, casualties (hand-made items + a real analysis).
import { describe, expect, it } from 'vitest';
import { assembleEvent as assemble, type EventInput } from '../../src/event/index.js';
import { extractCounts } from '../../src/extract/counts/index.js';
import { withIds } from '../../src/resolve/ids.js';
import { placeLookup } from '../../src/resolve/event-places.js';
import { serviceNames } from '../../src/extract/places/services.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { Actor, Count, DateItem, Place } from '../../src/record/schema.js';
import { analyseText, REFERENCE, seedText } from '../helpers.js';
import { createGazetteer } from '../../src/gazetteer/index.js';

const gazetteer = createGazetteer();

/** The event alone (the places the event adds are checked where they matter). */
const assembleEvent = (input: Omit<EventInput, 'lookup'>) => assemble({ ...input, lookup: placeLookup(gazetteer, serviceNames(input.a)) }).event;

const at = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`event.test.ts: ${s} not in text`);
  return { text: s, start, end: start + s.length };
};
const date = (text: string, id: string, s: string, value: string): DateItem => ({ id, ...at(text, s), type: 'date', value, granularity: 'day', relative: true, rule: 'test' });
const city = (text: string, id: string, name: string, admin1: string, country = 'US'): Place => ({
  id, name, kind: 'city', country, admin1, city: null, lat: null, lon: null, mentions: [at(text, name)], rule: 'test',
});
const person = (text: string, id: string, name: string): Actor => ({
  id, name, kind: 'person', title: null, country: null, affiliation: null, mentions: [at(text, name)], rule: 'test',
});
const countsOf = (text: string): Count[] => withIds('c', extractCounts(analyseText(text)), (c) => c.start) as Count[];

describe('event.test.ts: the main event', () => {
  it('seed article: a rocket strike on Baghdad, no injuries, deaths not said', () => {
    const text = seedText();
    const r = extractDocument(makeDocument(text, { id: 'seed', published: REFERENCE }), { explain: true });
    const e = r.event!;
    expect(e).not.toBeNull();
    expect(e.type.code.slice(0, 2)).toBe('19');
    expect(e.type).toEqual({ code: '194', label: 'fight with artillery and tanks' });
    // the headline's "strike" names it; the lead's "fired (a barrage of rockets)" tells it, and is the trigger (issue #17)
    expect(e.trigger).toMatchObject(at(text, 'fired'));
    expect(e.id).toBe('e1');
    expect(r.dates.find((d) => d.id === e.date)?.value).toBe('2023-12-08');
    expect(r.places.find((p) => p.id === e.location)?.name).toBe('Baghdad');
    expect(e.killed).toBeNull();
    expect(e.injured).toBe(0);
    expect(e.rules).toMatchObject({ type: 'event.weapon-subcode', injured: 'event.injured-negated', killed: 'event.killed-not-said' });
    // its entry in `events` reads "No injuries were reported" as nobody killed either (README "Every event")
    expect(r.events?.find((x) => x.id === e.id)).toMatchObject({ killed: 0, injured: 0 });
    const perps = e.perpetrators.map((id) => r.actors.find((x) => x.id === id)?.name);
    expect(perps).toContain('Iran-backed militias');
    const counts = e.counts.map((id) => r.counts.find((c) => c.id === id)?.text);
    expect(counts).toContain('Roughly 14 Katyusha rockets');
    expect(counts).toContain('No injuries');
  });

  it('US shooting: killed and injured from the lead, date and city of the lead, the victim and the suspect', () => {
    const text =
      'Man killed, 2 wounded in Dayton shooting\n\n' +
      'DAYTON, Ohio - A man was shot and killed and two women were wounded Saturday night in Dayton, police said.\n\n' +
      'Police identified the victim as John Carter. Officers arrested Mark Lewis, 31, at the scene.\n';
    const a = analyseText(text, '2016-05-08');
    const dates = [date(text, 'd1', 'Saturday night', '2016-05-07')];
    const places = [city(text, 'p1', 'Dayton', 'Ohio')];
    const actors = [person(text, 'a1', 'John Carter'), person(text, 'a2', 'Mark Lewis')];
    const e = assembleEvent({ a, dates, counts: countsOf(text), places, actors, quotes: [] })!;
    expect(e.type.code).toBe('193');
    expect(e.killed).toBe(1);
    expect(e.injured).toBe(2);
    expect(e.date).toBe('d1');
    expect(e.location).toBe('p1');
    expect(e.victims).toEqual(['a1']);
    expect(e.perpetrators).toEqual(['a2']);
  });

  it('those shot who did not die are the injured: "four people were shot, two fatally"', () => {
    const text = 'Shooting in Akron\n\nFour people were shot, two fatally, early Sunday in Akron.\n';
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect([e.killed, e.injured]).toEqual([2, 2]);
    expect(e.rules).toMatchObject({ killed: 'event.killed-lead', injured: 'event.injured-shot-lead' });
  });

  it('the shooter who then killed himself is one of the dead: "girl has died" + "shooting and killing himself"', () => {
    const text =
      '7-year-old girl has died after sportsplex shooting\n\n' +
      'Police are trying to learn why the 57-year-old man targeted her and her mother before shooting and killing himself.\n';
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect(e.killed).toBe(2);
    expect(e.rules).toMatchObject({ killed: 'event.killed-plus-suicide' });
  });

  it('those found with gunshot wounds are shot, not yet injured: "a man and his daughter with multiple gunshot wounds"', () => {
    const text =
      '9-year-old dies, father injured\n\nA young girl was killed and her father was injured Wednesday in a shooting.\n\n' +
      'Police found a 39-year-old man and his 9-year-old daughter with multiple gunshot wounds inside the home.\n';
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect([e.killed, e.injured]).toEqual([1, 1]);
  });

  it('passive voice: "Y was attacked by X"', () => {
    const text = 'Convoy attacked\n\nThe Red Cross convoy was attacked by the Rebel Front near the border.\n';
    const actors: Actor[] = [
      { id: 'a1', name: 'Red Cross', kind: 'organization', title: null, country: null, affiliation: null, mentions: [at(text, 'Red Cross')] },
      { id: 'a2', name: 'Rebel Front', kind: 'group', title: null, country: null, affiliation: null, mentions: [at(text, 'Rebel Front')] },
    ];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: [], places: [], actors, quotes: [] })!;
    expect(e.type.code).toBe('190');
    expect(e.perpetrators).toEqual(['a2']);
  });

  it('protests and arrests get their CAMEO codes', () => {
    const protest = 'Thousands protest in Paris\n\nThousands of people marched in Paris on Saturday.\n';
    expect(assembleEvent({ a: analyseText(protest), dates: [], counts: [], places: [], actors: [], quotes: [] })?.type).toEqual({ code: '141', label: 'demonstrate or rally' });
    const arrest = 'Police arrest mayor\n\nPolice arrested the mayor on Friday.\n';
    expect(assembleEvent({ a: analyseText(arrest), dates: [], counts: [], places: [], actors: [], quotes: [] })?.type.code).toBe('173');
  });
});

describe('event.test.ts: roles and place', () => {
  it('people listed together share their role: "identified the victims as A, 35; B, 18; and C, 41"', () => {
    const text =
      'Three killed in Columbus shooting\n\nThree people were shot and killed on Saturday in Columbus.\n\n' +
      'Police identified the victims as Ann Hart, 35; Tia Nolan, 18; and Mike Ball, 41. Police arrested Rob Adams, 27, on Monday.\n';
    const actors = ['Ann Hart', 'Tia Nolan', 'Mike Ball', 'Rob Adams'].map((n, i) => person(text, `a${i + 1}`, n));
    const e = assembleEvent({ a: analyseText(text, '2016-05-10'), dates: [], counts: countsOf(text), places: [], actors, quotes: [] })!;
    expect(e.victims).toEqual(['a1', 'a2', 'a3']);
    expect(e.perpetrators).toEqual(['a4']);
    expect(e.killed).toBe(3);
  });

  it('people given with an age in a sentence of the crime are its people: suspects where it speaks of charges, victims where of harm', () => {
    const text =
      'Two teens killed at park\n\nTwo teens were shot and killed at a park on Wednesday.\n\n' +
      'Martin Melendrez, 23; Santo Diaz, 20; and Kevin Brizuela, 19, each face two counts of murder.\n\n' +
      "Stef'an Strawder, an 18-year-old basketball star, and Sean Archilles, 14, were killed. Briana Sides, 15, was found bleeding upstairs.\n";
    const names = ['Martin Melendrez', 'Santo Diaz', 'Kevin Brizuela', "Stef'an Strawder", 'Sean Archilles', 'Briana Sides'];
    const actors = names.map((n, i) => person(text, `a${i + 1}`, n));
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors, quotes: [] })!;
    expect(e.perpetrators).toEqual(['a1', 'a2', 'a3']);
    expect(e.victims).toEqual(['a4', 'a5', 'a6']);
  });

  it('named victims count when no number does', () => {
    const text = 'Shooting on Elm Street\n\nPolice are investigating a shooting on Elm Street.\n\nAnn Hart, 35, was pronounced dead at the scene. Tia Nolan is in critical condition.\n';
    const actors = [person(text, 'a1', 'Ann Hart'), person(text, 'a2', 'Tia Nolan')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors, quotes: [] })!;
    expect(e.victims).toEqual(['a1', 'a2']);
    expect([e.killed, e.injured]).toEqual([1, 1]);
    expect(e.rules).toMatchObject({ injured: 'event.injured-named-victims' });
  });

  it.each([
    // a named person said to be shot counts as injured when nobody is said to have died
    ['Shooting on Elm Street\n\nPolice are investigating a shooting on Elm Street.\n\nJohn Smith, 24, was shot in the leg. He is expected to survive.\n', null, 1],
    // but not when a death is told: the one shot may be the one who died
    ['Shooting on Elm Street\n\nPolice are investigating a fatal shooting on Elm Street.\n\nJohn Smith, 24, was shot in the chest.\n', 1, null],
  ])('a named person said to be shot: %j', (text, killed, injured) => {
    const actors = [person(text, 'a1', 'John Smith')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors, quotes: [] })!;
    expect(e.victims).toEqual(['a1']);
    expect([e.killed, e.injured]).toEqual([killed, injured]);
  });

  it.each([
    ['A 37-year-old Janesville man was killed Sunday while hunting near Milton.', 'Janesville'],
    ['Blake Shurling, 20, of Tennille, was shot and killed Friday at a home in Statesboro.', 'Tennille'],
  ])("a town told only as someone's home is not the event's place while another town is named: %j", (lead, home) => {
    const text = `Hunter killed\n\n${lead}\n`;
    const other = home === 'Janesville' ? 'Milton' : 'Statesboro';
    const state = home === 'Janesville' ? 'Wisconsin' : 'Georgia';
    const places = [city(text, 'p1', home, state), city(text, 'p2', other, state)];
    expect(assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places, actors: [], quotes: [] })?.location).toBe('p2');
    // alone, the home town is still the best guess
    const alone = `Hunter killed\n\n${lead.replace(/ (?:near|in) \w+\.$/, '.').replace(/ at a home in \w+\.$/, '.')}\n`;
    expect(assembleEvent({ a: analyseText(alone), dates: [], counts: countsOf(alone), places: [city(alone, 'p1', home, state)], actors: [], quotes: [] })?.location).toBe('p1');
  });

  it('a local dateline places the story; a city abroad in the lead wins over a Washington dateline', () => {
    const local = 'Two hurt in shooting\n\nMESA, Ariz. - Two men were wounded in a Phoenix-area shooting on Friday.\n';
    const a1 = analyseText(local);
    const places1 = [city(local, 'p1', 'MESA', 'Arizona'), { ...city(local, 'p2', 'Phoenix', 'Arizona'), mentions: [at(local, 'Phoenix')] }];
    places1[0] = { ...places1[0], name: 'Mesa' };
    expect(assembleEvent({ a: a1, dates: [], counts: countsOf(local), places: places1, actors: [], quotes: [] })?.location).toBe('p1');
    const abroad = 'Rockets hit embassy\n\nWASHINGTON - Militias fired rockets at the embassy in Baghdad on Friday.\n';
    const a2 = analyseText(abroad);
    const places2 = [{ ...city(abroad, 'p1', 'WASHINGTON', 'District of Columbia'), name: 'Washington' }, city(abroad, 'p2', 'Baghdad', 'Baghdad', 'IQ')];
    const e2 = assembleEvent({ a: a2, dates: [], counts: [], places: places2, actors: [], quotes: [] })!;
    expect(e2.location).toBe('p2');
    expect(e2.type.code).toBe('194');
  });
});

describe('event.test.ts: a diplomatic mission is its government, and a target', () => {
  it.each([
    ['Militias fired rockets at the US Embassy in Baghdad on Friday.', 'US Embassy', 'US'],
    ['Gunmen attacked the U.S. Consulate in Benghazi.', 'U.S. Consulate', 'US'],
    ['Protesters stormed the Iranian Embassy in London.', 'Iranian Embassy', 'IR'],
  ])('%j: target %j (government of %s)', (text, name, country) => {
    const r = extractDocument(makeDocument(text, { published: REFERENCE }), { explain: true });
    const target = r.actors.find((x) => x.id === r.event?.targets[0]);
    expect(target).toMatchObject({ name, kind: 'government', country });
    expect(text.slice(target!.mentions[0].start, target!.mentions[0].end)).toBe(name);
  });

  it('the seed: Iran-backed militias fired at the US Embassy', () => {
    const r = extractDocument(makeDocument(seedText(), { published: REFERENCE }));
    const name = (id: string | undefined) => r.actors.find((x) => x.id === id)?.name;
    expect(name(r.event?.perpetrators[0])).toBe('Iran-backed militias');
    expect(name(r.event?.targets[0])).toBe('US Embassy');
  });
});

describe('event.test.ts: the county whose sheriff reports it', () => {
  it.each<[string, string, string, string, string, string]>([
    // a rural county whose seat has another name: the county, no town
    ['Anson County', 'Anson County', 'admin', 'North Carolina', 'Anson County', 'event.location-service-county'],
    // a rural county whose seat bears its name: the seat
    ['Dinwiddie County', 'Dinwiddie', 'city', 'Virginia', 'Dinwiddie County', 'event.location-county-seat'],
    // a big city's county: the city (its postal address), told by the county's name
    ['Pima County', 'Tucson', 'city', 'Arizona', 'Pima County', 'event.location-county-city'],
  ])('with no place named, the county of the sheriff (%s) places the event: %s', (county, name, kind, admin1, mention, rule) => {
    const text = `Girls shot\n\nTwo girls were shot and killed on Wednesday, the ${county} Sheriff’s Department said.\n`;
    const a = analyseText(text);
    const { event, places } = assemble({ a, dates: [], counts: countsOf(text), places: [], actors: [], quotes: [], lookup: placeLookup(gazetteer, serviceNames(a)) });
    const p = places.find((x) => x.id === event!.location)!;
    expect(p).toMatchObject({ name, kind, country: 'US', admin1 });
    expect(text.slice(p.mentions[0].start, p.mentions[0].end)).toBe(mention);
    expect(event!.rules?.location).toBe(rule);
  });

  it('a county name many states share places nothing', () => {
    const text = 'Man shot\n\nA man was shot on Wednesday, the Montgomery County Sheriff said.\n';
    expect(assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!.location).toBeNull();
  });
});

describe('event.test.ts: the big city written outside the running text, when nothing else places a violent event', () => {
  it.each<[string, string, string, string]>([
    // a photo credit's paper: the Chronicle's market
    ['Boy hurt\n\nA 5-year-old boy was shot in the leg Tuesday, police said.\n\nPhoto: Michael Ciaglo, Houston Chronicle\n\nThe boy was taken to a hospital.\n', 'Houston', 'Texas', 'Houston'],
    // written inside a web address
    ['Boy hurt\n\nA boy was shot in the leg Tuesday, police said.\n\nPhoto: Jane Doe / HoustonChronicle.com\n', 'Houston', 'Texas', 'Houston'],
    // a station's copyright line
    ['Boy hurt\n\nA boy was shot in the leg Tuesday, police said.\n\n© Copyright 2016 CBS Chicago. All Rights Reserved.\n', 'Chicago', 'Illinois', 'Chicago'],
  ])('%j -> %s, %s', (text, name, admin1, mention) => {
    const r = extractDocument(makeDocument(text, { published: REFERENCE }), { explain: true });
    const p = r.places.find((x) => x.id === r.event!.location)!;
    expect(p).toMatchObject({ name, kind: 'city', country: 'US', admin1, rule: 'event.location-big-city-named' });
    expect(text.slice(p.mentions[0].start, p.mentions[0].end)).toBe(mention);
    expect(p.mentions[0].rule).toBe('place.big-city-named');
  });

  it('not for an event of no violence, nor a town word the running text uses as no place', () => {
    const calm = 'Budget passed\n\nThe council approved the budget on Tuesday.\n\nPhoto: Michael Ciaglo, Houston Chronicle\n';
    expect(extractDocument(makeDocument(calm, { published: REFERENCE })).event?.location ?? null).toBeNull();
  });

  it('a town the text places the event in wins; a small town or a county\'s name is no big city', () => {
    const placed = 'Boy hurt\n\nA boy was shot in Mesquite on Tuesday, police said.\n\nPhoto: Michael Ciaglo, Houston Chronicle\n';
    const r = extractDocument(makeDocument(placed, { published: REFERENCE }));
    expect(r.places.find((x) => x.id === r.event!.location)?.name).toBe('Mesquite');
    for (const text of ['Boy hurt\n\nA boy was shot Tuesday, police said.\n\nPhoto: Jane Doe, Lufkin Daily News\n', 'Man shot\n\nA man was shot on Wednesday, deputies said. Photo: Montgomery County Sheriff\n']) {
      const x = extractDocument(makeDocument(text, { published: REFERENCE }), { explain: true });
      expect(x.places.find((p) => p.id === x.event!.location)?.rule ?? null).not.toBe('event.location-big-city-named');
      expect(x.places.map((p) => p.name)).not.toContain('Montgomery');
    }
  });
});

describe('event.test.ts: casualties told by a name', () => {
  it('add to the tally but are no counts of the record', () => {
    const text = 'Woman killed in shooting\n\nPolice said the gunman shot and killed Leanne Smith and wounded Dustin Grey on Monday.\n';
    const r = extractDocument(makeDocument(text, { published: REFERENCE }), { explain: true });
    expect(r.event).toMatchObject({ killed: 1, injured: 1 });
    expect(r.counts.map((c) => c.text)).toEqual(['Woman']);
    expect(r.counts.some((c) => c.rule?.startsWith('count.name-'))).toBe(false);
    for (const id of r.event!.counts) expect(r.counts.some((c) => c.id === id)).toBe(true);
  });
});

describe('event.test.ts: the outlet named in the headline', () => {
  it('a station tagline after the headline names its market, not the place of the story', () => {
    const text = 'Student killed after early morning shooting - WTOC-TV: Savannah, Beaufort, SC, News\n\nA shooting early Wednesday in Statesboro left one student dead.\n';
    const places = [city(text, 'p1', 'Beaufort', 'South Carolina'), city(text, 'p2', 'Statesboro', 'Georgia')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places, actors: [], quotes: [] })!;
    expect(e.location).toBe('p2');
  });
});

describe('event.test.ts: the town of the police that report it', () => {
  it.each<[string, string, (t: string) => Place[], string, string, string]>([
    // no city among the places: the town whose police department speaks
    ['Man found dying\n\nThe Fort Wayne Police Department said officers found a man shot on Diplomat Drive on Thursday.\n', 'no place', () => [], 'Fort Wayne', 'Indiana', 'event.location-service-city'],
    // a neighbourhood read as a same-named town in another state
    ['Man shot\n\nA man was shot in Lawndale on Friday, said a Chicago Police Department spokesman.\n', 'other state', (t) => [city(t, 'p1', 'Lawndale', 'California')], 'Chicago', 'Illinois', 'event.location-service-city'],
    // a section of the big city whose police report it
    ['Man shot\n\nA man was shot in Englewood on Friday, according to Chicago Police.\n', 'section', (t) => [city(t, 'p1', 'Englewood', 'Illinois')], 'Chicago', 'Illinois', 'event.location-service-city-section'],
    // a small town's own police in a story that names the big city of the newsroom
    ['Man shot\n\nColumbus TV reports a man was shot on Friday, Zanesville Police said.\n', 'own police', (t) => [city(t, 'p1', 'Columbus', 'Ohio')], 'Zanesville', 'Ohio', 'event.location-service-town'],
    // no town in the lead: the town whose police report it outweighs a town named only further down
    ['Man shot\n\nA man was shot on Friday. He was taken to a hospital. His wounds were not serious.\n\nHe had moved from Lancaster last year. Zanesville police said the case is open.\n', 'police over most named', (t) => [city(t, 'p1', 'Lancaster', 'Ohio')], 'Zanesville', 'Ohio', 'event.location-service-over-most-named'],
    // a region read abroad, with no town of its country named: the town whose own police report it
    ['Man shot\n\nA man from Georgia was shot outside a bar on Saturday night, Fort Wayne police said.\n', 'over abroad', (t) => [{ ...city(t, 'p1', 'Georgia', 'Georgia', 'GE'), kind: 'country', admin1: null }], 'Fort Wayne', 'Indiana', 'event.location-service-over-abroad'],
  ])(`%j (%s) -> %s, %s`, (text, _why, mk, name, admin1, rule) => {
    const a = analyseText(text);
    const given = mk(text);
    const { event, places: ps } = assemble({ a, dates: [], counts: countsOf(text), places: given, actors: [], quotes: [], lookup: placeLookup(gazetteer, serviceNames(a)) });
    const e = event!;
    const p = ps.find((x) => x.id === e.location)!;
    // pure: the caller's array is left alone, the town comes back in the returned places
    expect(given.some((x) => x.id === e.location)).toBe(false);
    expect(p).toMatchObject({ name, admin1, kind: 'city' });
    expect(text.slice(p.mentions[0].start, p.mentions[0].end)).toBe(p.mentions[0].text);
    expect(e.rules?.location).toBe(rule);
  });

  it('the chosen town\'s own short name is no other town: "West Valley police" of West Valley City', () => {
    const text = 'Man shot\n\nA man was shot in West Valley City on Friday, West Valley police said.\n';
    const ps = [city(text, 'p1', 'West Valley City', 'Utah')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: ps, actors: [], quotes: [] })!;
    expect(e.location).toBe('p1');
  });

  it('a service named as a place abroad of the story is no US town: "Victoria Police" of Victoria, Australia (event.location-service-over-abroad)', () => {
    const text = 'Man shot\n\nA man was shot outside a bar on Saturday night, Victoria Police said.\n';
    const ps: Place[] = [{ ...city(text, 'p1', 'Victoria', 'Victoria', 'AU'), kind: 'admin' }];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: ps, actors: [], quotes: [] })!;
    expect(e.location).toBe('p1');
  });

  it('a town in the article\'s own state stays the event place', () => {
    const text = 'Man shot\n\nA man was shot in Evanston on Friday, said a Chicago Police Department spokesman.\n';
    const ps = [city(text, 'p1', 'Evanston', 'Illinois')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: ps, actors: [], quotes: [] })!;
    expect(e.location).toBe('p1');
  });
});

describe('event.test.ts: misread places', () => {
  it('a city in a country the article names nowhere else is not the event place; the region is', () => {
    const text = 'Two shot at bar\n\nTwo men were shot at a Lasalle bar in Colorado on Friday.\n';
    const places: Place[] = [
      { ...city(text, 'p1', 'Lasalle', 'Occitanie', 'FR') },
      { id: 'p2', name: 'Colorado', kind: 'admin', country: 'US', admin1: 'Colorado', city: null, lat: null, lon: null, mentions: [at(text, 'Colorado')] },
    ];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places, actors: [], quotes: [] })!;
    expect(e.location).toBe('p2');
    expect(e.rules).toMatchObject({ location: 'event.location-region' });
  });
});

describe('event.test.ts: places that are not the event place', () => {
  it('a city of a country named once abroad is still home when other places of its country are named: Menasha with a veteran of Vietnam', () => {
    const text = 'Four dead in Menasha shooting\n\nA gunman opened fire on a bridge in Menasha on Sunday. He was a veteran of Vietnam who lived in Neenah.\n';
    const places: Place[] = [
      city(text, 'p1', 'Menasha', 'Wisconsin'),
      { id: 'p2', name: 'Vietnam', kind: 'country', country: 'VN', admin1: null, city: null, lat: null, lon: null, mentions: [at(text, 'Vietnam')] },
      city(text, 'p3', 'Neenah', 'Wisconsin'),
    ];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places, actors: [], quotes: [] })!;
    expect(e.location).toBe('p1');
  });

  it('a place name that goes on as a street\'s names the street: "the 5700 block of Port Lillian Drive" under an Indianapolis dateline', () => {
    const text = 'Teen shot over shoes\n\nINDIANAPOLIS, Ind. - A teen was shot in the 5700 block of Port Lillian Drive on Friday.\n';
    const places: Place[] = [
      { ...city(text, 'p1', 'INDIANAPOLIS', 'Indiana'), name: 'Indianapolis' },
      city(text, 'p2', 'Port Lillian', 'Victoria', 'AU'),
    ];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places, actors: [], quotes: [] })!;
    expect(e.location).toBe('p1');
    expect(e.rules).toMatchObject({ location: 'event.location-dateline' });
  });
});

describe('event.test.ts: the event date', () => {
  it('the day next to the violence, not the day of what followed: "died Tuesday after he was shot Friday"', () => {
    const text = 'Teen dies after shooting\n\nA 16-year-old boy died Tuesday, four days after he was shot Friday evening in a dispute.\n';
    const dates = [date(text, 'd1', 'Tuesday', '2016-11-08'), date(text, 'd2', 'Friday', '2016-11-04')];
    const e = assembleEvent({ a: analyseText(text, '2016-11-08'), dates, counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect(e.date).toBe('d2');
    expect(e.rules).toMatchObject({ date: 'event.date-near-trigger' });
    expect(e.killed).toBe(1);
  });

  it('a day told as that of a later act is not the event day: "Police said Monday afternoon", "on Wednesday identified"', () => {
    const text =
      'Four shootings in Norfolk\n\nFour people were injured in shootings in Norfolk on Sunday.\n\n' +
      'Police said Monday afternoon that they believe the shootings are connected.\n';
    const dates = [date(text, 'd1', 'Sunday', '2016-08-14'), date(text, 'd2', 'Monday afternoon', '2016-08-08')];
    const e = assembleEvent({ a: analyseText(text, '2016-08-14'), dates, counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect(e.date).toBe('d1');
    expect(e.rules).toMatchObject({ date: 'event.date-near-trigger' });
    const text2 = 'Suspect killed by deputy identified\n\nThe sheriff on Wednesday identified the suspect killed in a robbery.\n\nOfficials say he tried to rob the restaurant at gunpoint on Nov. 22.\n';
    const dates2 = [date(text2, 'd1', 'Wednesday', '2016-11-30'), date(text2, 'd2', 'Nov. 22', '2016-11-22')];
    expect(assembleEvent({ a: analyseText(text2, '2016-11-30'), dates: dates2, counts: countsOf(text2), places: [], actors: [], quotes: [] })?.date).toBe('d2');
  });

  it('a date that opens or closes a span is not the event date: "between Jan. 1, 2014 and June 30, 2016"', () => {
    const text =
      'Girl shoots herself\n\nA 5-year-old girl accidentally shot herself Tuesday night.\n\n' +
      'There were 1,000 accidental shootings between Jan. 1, 2014 and June 30, 2016.\n';
    const dates = [date(text, 'd1', 'Tuesday night', '2017-01-17'), date(text, 'd2', 'Jan. 1, 2014', '2014-01-01'), date(text, 'd3', 'June 30, 2016', '2016-06-30')];
    expect(assembleEvent({ a: analyseText(text, '2017-01-18'), dates, counts: countsOf(text), places: [], actors: [], quotes: [] })?.date).toBe('d1');
  });

  it('a date that bounds a span is not the event date: "attacks since Oct. 17"', () => {
    const text = 'Rockets hit base\n\nMilitias fired rockets at the base on Friday.\n\nThere have been 78 attacks since Oct. 17.\n';
    const dates = [date(text, 'd1', 'Friday', '2023-12-08'), date(text, 'd2', 'Oct. 17', '2023-10-17')];
    expect(assembleEvent({ a: analyseText(text), dates, counts: countsOf(text), places: [], actors: [], quotes: [] })?.date).toBe('d1');
  });
});

describe('event.test.ts: negative cases', () => {
  it('no trigger, no event', () => {
    const text = 'Recipe of the week\n\nMix the flour with the butter and bake for an hour.\n';
    expect(assembleEvent({ a: analyseText(text), dates: [], counts: [], places: [], actors: [], quotes: [] })).toBeNull();
  });

  it('a date after publication is not the event date', () => {
    const text = 'Shooting in Reno\n\nA man was shot in Reno. A vigil is planned for Friday.\n';
    const dates = [date(text, 'd1', 'Friday', '2023-12-15')];
    const e = assembleEvent({ a: analyseText(text), dates, counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    // the text gives the event no usable date: it falls back to the publication day (see event-date.test.ts)
    expect(e.date).not.toBe('d1');
    expect(e.rules).toMatchObject({ date: 'event.date-published' });
  });

  it('statistics are not the event\'s dead', () => {
    const text = 'Shooting in Tulsa\n\nA man was wounded in a shooting on Monday.\n\nStatistics show 165 people were murdered in the city each year.\n';
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect(e.killed).toBeNull();
    expect(e.injured).toBe(1);
  });

  it('an active subject is no casualty: "A gunman killed one person"', () => {
    const text = 'Rampage in Mesa\n\nA gunman killed one person and wounded five others on Wednesday.\n';
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: countsOf(text), places: [], actors: [], quotes: [] })!;
    expect([e.killed, e.injured]).toEqual([1, 5]);
  });

  it('a town in a state no other place names gives way to the town of the story\'s state: "event.location-region-town"', () => {
    const text = 'Man shot in Springfield\n\nA man was shot outside a bar in Springfield on Monday.\n\nHe was taken to a hospital in Kettering. ' +
      'Deputies of Montgomery County said the bar lies on the road to Dayton, and Ohio investigators joined the search.\n\n' +
      'Springfield neighbors said the Springfield bar had seen fights before. Springfield has two bars.\n';
    const county: Place = { ...city(text, 'p3', 'Montgomery County', 'Ohio'), kind: 'admin' };
    const state: Place = { ...city(text, 'p4', 'Ohio', 'Ohio'), kind: 'admin' };
    const springfield = { ...city(text, 'p1', 'Springfield', 'Illinois'), mentions: [...text.matchAll(/Springfield/g)].map((m) => at(text, 'Springfield', m.index)) };
    const places = [springfield, city(text, 'p2', 'Kettering', 'Ohio'), county, state, city(text, 'p5', 'Dayton', 'Ohio')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: [], places, actors: [], quotes: [] })!;
    expect([e.location, e.rules.location]).toEqual(['p2', 'event.location-region-town']);
  });

  it('the body\'s first sentence gives the town a headline shortens: "event.location-lead-over-title"', () => {
    const text = 'Girl shot at a party in Maple Grove\n\nA 9-year-old girl was wounded in Brooklyn Park late Friday, police said.\n\nShe is expected to recover.\n';
    const places = [city(text, 'p1', 'Maple Grove', 'Minnesota'), city(text, 'p2', 'Brooklyn Park', 'Minnesota')];
    const e = assembleEvent({ a: analyseText(text), dates: [], counts: [], places, actors: [], quotes: [] })!;
    expect([e.location, e.rules.location]).toEqual(['p2', 'event.location-lead-over-title']);
    // a first sentence that repeats the headline's town keeps it
    const same = 'Girl shot at a party in Maple Grove\n\nA 9-year-old girl from Brooklyn Park was wounded in Maple Grove late Friday, police said.\n';
    const kept = assembleEvent({ a: analyseText(same), dates: [], counts: [], places: [{ ...city(same, 'p1', 'Maple Grove', 'Minnesota'), mentions: [at(same, 'Maple Grove'), at(same, 'Maple Grove', 40)] }, city(same, 'p2', 'Brooklyn Park', 'Minnesota')], actors: [], quotes: [] })!;
    expect(kept.location).toBe('p1');
  });

  it('never throws on odd input', () => {
    for (const text of ['', '\n', 'shot', 'No one.', 'killed killed killed']) {
      expect(() => assembleEvent({ a: analyseText(text), dates: [], counts: [], places: [], actors: [], quotes: [] })).not.toThrow();
    }
  });
});
