import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places/index.js';
import { resolvePlaces } from '../../src/resolve/places.js';
import { analyseText, expectExactSpans, seedText } from '../helpers.js';
import { createResources } from '../../src/resources.js';

const r = createResources();

const FILE = 'places.test.ts';

function mentions(text: string): [string, number, string][] {
  const a = analyseText(text);
  const ms = extractPlaces(a, r).filter((m) => a.isContent(m.start, m.end));
  expectExactSpans(text, ms);
  return ms.map((m) => [m.text, m.start, m.rule]);
}

function places(text: string) {
  const a = analyseText(text);
  return resolvePlaces(r.gazetteer, extractPlaces(a, r).filter((m) => a.isContent(m.start, m.end)), a);
}

describe('place mentions (src/extract/places)', () => {
  it.each<[string, [string, number, string][]]>([
    ['Rockets hit Baghdad on Friday.', [['Baghdad', 12, 'place.gazetteer-city']]],
    ['Iran-backed militias struck.', [['Iran', 0, 'place.gazetteer-country']]],
    ['The Israel-Hamas conflict broke out.', [['Israel', 4, 'place.gazetteer-country']]],
    ['In a statement, Iraq’s Prime Minister spoke.', [['Iraq', 16, 'place.gazetteer-country']]],
    ['forces at al-Asaf airbase in western Iraq', [['al-Asaf', 10, 'place.facility-lowercase'], ['Iraq', 37, 'place.gazetteer-country']]],
    ['Japan began the defence against Syria .', [['Japan', 0, 'place.gazetteer-country'], ['Syria', 32, 'place.gazetteer-country']]],
    ['Boats sailed up the Tigris River on Monday.', [['Tigris River', 20, 'place.water-pattern']]],
    ['Tankers crossed the Persian Gulf.', [['Persian Gulf', 20, 'place.named-area']]],
    ['Violence spread across the Middle East.', [['Middle East', 27, 'place.named-area']]],
    ['Fires burned in Southern California.', [['Southern California', 16, 'place.direction-region']]],
    ['Crowds filled Tiananmen Square.', [['Tiananmen Square', 14, 'place.facility-pattern']]],
    ['The blast hit a bakery on Rue Victor Hugo.', [['Rue Victor Hugo', 26, 'place.street-prefix']]],
    ['Protesters marched down Avenida Paulista.', [['Avenida Paulista', 24, 'place.street-prefix']]],
    ['A convoy was hit near Deir ez-Zor.', [['Deir ez-Zor', 22, 'place.gazetteer-city']]],
    ['A Garland woman was hurt.', [['Garland', 2, 'place.gazetteer-city']]],
    // a town named by ordinary words is a hometown before a word for a person (place.refine-common-word)
    ['A Great Falls man was hurt.', [['Great Falls', 2, 'place.gazetteer-city']]],
    // a headline drops the article: the small town opening it before "man" is a hometown
    ['Tennille man injured in shooting\n\nA man was shot Monday.', [['Tennille', 0, 'place.gazetteer-town']]],
    // also a town of ordinary words opening the headline (place.refine-common-word): "Great Falls student"
    ['Great Falls student injured in shooting\n\nA student was shot Monday.', [['Great Falls', 0, 'place.gazetteer-city']]],
    // a US town too small for the gazetteer, after a locative cue, known by its post office; not "the Capitol"
    ['A boy was hurt near Pollok on Monday.', [['Pollok', 20, 'place.post-office-town']]],
    ['Protesters gathered at the Capitol on Monday.', []],
    ['He was born in St. Louis, Mo. in 1950.', [['St. Louis', 15, 'place.gazetteer-city'], ['Mo.', 26, 'place.us-state-abbrev']]],
    ['U.S. President Bill Clinton spoke.', [['U.S.', 0, 'place.gazetteer-country']]],
    ['CHINA SAYS TAIWAN SPOILS ATMOSPHERE .', [['CHINA', 0, 'place.gazetteer-country'], ['TAIWAN', 11, 'place.gazetteer-country']]],
    ['LONDON 1996-08-30\nShares rose.', [['LONDON', 0, 'place.gazetteer-city']]],
    ['Talks in Bosnia and Herzegovina resumed.', [['Bosnia and Herzegovina', 9, 'place.gazetteer-country']]],
    ['The Gulf of Mexico is calm.', [['Gulf of Mexico', 4, 'place.water-pattern']]],
    ['Rebels held the village of Layron .', [['Layron', 27, 'place.settlement-of']]],
    ['Fighting raged east of Zorvanka .\nZorvanka is now quiet .', [['Zorvanka', 23, 'place.settlement-of'], ['Zorvanka', 34, 'place.repeat-name']]],
    ['A fire gutted a restaurant in al-Daih village .', [['al-Daih', 30, 'place.settlement-named']]],
    ['Farmers in Huize county protested .', [['Huize', 11, 'place.settlement-named']]],
    ['Rebels hid in a Kurdish village .', []],
    // place.locative-unknown: an unknown word right after "in"/"near", ending its clause or before a function word
    ['The fighting in Qorvasht in northern Iraq went on .', [['Qorvasht', 16, 'place.locative-unknown'], ['Iraq', 37, 'place.gazetteer-country']]],
    ['They set up a headquarters near Zelbani , he said .', [['Zelbani', 32, 'place.locative-unknown']]],
    ['He yelled at them in Hebrew .', []],
    ['Bonds fell after the sharp drop in Treasuries , dealers said .', []],
    ['Interest grew in Dorvell shares .', []],
    ['He works in Qorvasht .\nThe Qorvasht side won .', []],
    ['The talks in Zelbani ended .\nZelbani is quiet now .', [['Zelbani', 13, 'place.locative-unknown'], ['Zelbani', 29, 'place.repeat-name']]],
    ['England won by five wickets at Old Trafford on Thursday .', [['England', 0, 'place.named-area'], ['Old Trafford', 31, 'place.venue-at']]],
    ['The third test is at Edgbaston , Birmingham .', [['Edgbaston', 21, 'place.venue-at'], ['Birmingham', 33, 'place.gazetteer-city']]],
    ['He met his coach at Torino , Emiliano Mondonico .', []],
    // place.dateline-town: the unknown town before the comma of a dateline, before a known country
    ['ROWING - CREWS WAIT FOR WIND .\nSKJOLDVIK , Norway 1996-09-02\nThe regatta was put off .', [['SKJOLDVIK', 31, 'place.dateline-town'], ['Norway', 43, 'place.gazetteer-country']]],
    ['ROWING - CREWS WAIT FOR WIND .\nKVALMOR , Sunday 1996-09-02\nThe regatta was put off .', []],
    ['He lives in Columbus, GA now.', [['Columbus', 12, 'place.gazetteer-city'], ['GA', 22, 'place.us-state-abbrev']]],
    ['It was sent from Jacksonville , Fla .', [['Jacksonville', 17, 'place.gazetteer-city'], ['Fla', 32, 'place.us-state-abbrev']]],
    ['The Netherlands drew 2-2 with Brazil .', [['The Netherlands', 0, 'place.gazetteer-country'], ['Brazil', 30, 'place.gazetteer-country']]],
    ['Peter Nicol of Scotland won .', [['Scotland', 15, 'place.named-area']]],
    ['Prices rose in N. Korea . and S. Korea .', [['N. Korea', 15, 'place.gazetteer-country'], ['S. Korea', 30, 'place.gazetteer-country']]],
    ['He left the Federal Republic of Yugoslavia .', [['Federal Republic of Yugoslavia', 12, 'place.republic-of']]],
    ['Deputies searched Lake County on Monday.', [['Lake County', 18, 'place.terrain-pattern']]],
    ['Nowadays Libby Lake Park is quiet.', [['Libby Lake Park', 9, 'place.facility-pattern']]],
    ['Riots broke out in Bombay and Rangoon .', [['Bombay', 19, 'place.gazetteer-city'], ['Rangoon', 30, 'place.gazetteer-city']]],
    ['Moscow-backed leader Zavgayev and Hong Kong-based CITIC', [['Moscow', 0, 'place.gazetteer-city']]],
  ])(`${FILE}: %j`, (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it.each([
    ['German and Iraqi officials met.'],
    ['Police said the man was arrested along the road.'],
    ['Man arrested after chase.'],
    ['Young man injured in shooting\n\nA man was shot Monday.'],
    ['The Bank of England raised rates.'],
    ['Japan Airlines cut fares.'],
    ['Shares of Douglas & Lomason rose.'],
    ['Sales rose in August and March.'],
    ['Wimbledon finalist MaliVai Washington lost .\nThe 11th-seeded Washington fell short .'],
    ['Rodriguez homered off Chad Ogea in the first .'],
    ['He is a pro-Moscow leader and an ex-England bowler .'],
    ['The Michigan National Bank and the U.S. Treasury agreed .'],
    ['West Bank and Gaza Strip'.toLowerCase()],
    ['Hillary Clinton spoke to voters .\nThey gave money to Clinton and Clinton’s aides .'],
    ['President Obama met Obama’s team at NATO and in Congress .'],
    ['She studied at the University and sent it to Vice President Biden .'],
    ['the us and china'],
    [''],
    ['   \n\n  '],
    ['Constructor and ToString met ValueOf in Constructor , HasOwnProperty .'],
    ['((( ))) --- ,,, 123 4-5'],
  ])(`${FILE}: no place in %j`, (text) => {
    expect(mentions(text)).toEqual([]);
  });

  it(`${FILE}: odd input never throws and spans stay exact`, () => {
    const words = fc.constantFrom('Iraq', 'al-', 'al', '-', ' ', '\n', ',', '.', 'of', 'and', 'The', 'BAGHDAD', 'St.', 'Mo.', 'GA', 'village', 'Lake', 'River', '’s', "'s", '\u0301', '😀', 'New', 'York', 'airbase', 'gas field', '1996-08-30', '&', 'Washington');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }).map((xs) => xs.join(' ')), fc.string({ maxLength: 40 }), (s, junk) => {
        for (const text of [s, junk + s]) {
          const a = analyseText(text);
          const ms = extractPlaces(a, r);
          expectExactSpans(text, ms);
          for (const p of resolvePlaces(r.gazetteer, ms, a)) expectExactSpans(text, p.mentions);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it(`${FILE}: a city in a team-sports report is a club unless it is where the match is`, () => {
    const text = 'SOCCER - LEEDS WIN .\nLONDON 1996-08-30\nLeeds beat Chelsea 2-1 in London on Friday .';
    expect(mentions(text).map((m) => m[0])).toEqual(['LONDON', 'London']);
  });
});

describe('place resolution (src/resolve/places.ts)', () => {
  it.each<[string, string[]]>([
    // place.refine-business-name: a town's name between "the" and a business noun is the business's
    ['The shooting happened outside the Bonanza nightclub on Friday.', []],
    // place.refine-cross-street: a town's name after a street is the cross street
    ['It happened on Baldwin near Greenwood early Sunday.', []],
    // a title-case headline's "In" is still a locative: small towns after it count
    ['Teenager Shot In Duquesne\n\nA teenager was shot on Friday.', ['Duquesne']],
  ])(`${FILE}: %j -> %j`, (text, names) => {
    expect(mentions(text).map(([t]) => t)).toEqual(names);
  });

  it.each<[string, string, Record<string, unknown>]>([
    // a county lies in its state (resolve.place-county) and places the text's towns there
    ['A man died in LaSalle on Saturday, the Weld County coroner said.', 'Weld County', { kind: 'admin', country: 'US', admin1: 'Colorado', rule: 'resolve.place-county' }],
    ['A man died in LaSalle on Saturday, the Weld County coroner said.', 'La Salle', { kind: 'city', admin1: 'Colorado' }],
    ['Deputies searched Harris County on Friday.', 'Harris County', { kind: 'admin', admin1: 'Texas', rule: 'resolve.place-county' }],
    // many states have a Montgomery County: without a state in the text, none is guessed
    ['Deputies searched Montgomery County on Friday.', 'Montgomery County', { kind: 'admin', admin1: null }],
    ['Deputies searched Montgomery County, Texas, on Friday.', 'Montgomery County', { kind: 'admin', admin1: 'Texas', rule: 'resolve.place-county' }],
    // ... but the one that holds a town the text names (Conroe lies in Texas's Montgomery County)
    ['Montgomery County deputies found the stolen truck in Conroe late Sunday.', 'Montgomery County', { kind: 'admin', admin1: 'Texas', rule: 'resolve.place-county' }],
    ['Montgomery County deputies found the stolen truck in Conroe late Sunday.', 'Conroe', { kind: 'city', admin1: 'Texas', rule: 'resolve.place-city-county' }],
    // "St." is GeoNames' "Saint"
    ['Police in St. Paul said the man fled.', 'Saint Paul', { kind: 'city', admin1: 'Minnesota' }],
  ])(`${FILE}: %j -> %s`, (text, name, expected) => {
    const p = places(text).find((x) => x.name === name);
    expect(p).toMatchObject(expected);
  });


  it(`${FILE}: the seed article`, () => {
    const ps = places(seedText());
    const byName = new Map(ps.map((p) => [p.name, p]));
    const baghdad = byName.get('Baghdad')!;
    expect(baghdad).toMatchObject({ kind: 'city', country: 'IQ', admin1: 'Baghdad', city: null });
    expect(baghdad.lat).toBeCloseTo(33.34, 1);
    expect(baghdad.lon).toBeCloseTo(44.4, 1);
    expect(baghdad.mentions.map((m) => m.start)).toEqual([42, 162]);
    expect(byName.get('Iraq')).toMatchObject({ kind: 'country', country: 'IQ' });
    expect(byName.get('Syria')).toMatchObject({ kind: 'country', country: 'SY' });
    expect(byName.get('Middle East')).toMatchObject({ kind: 'region' });
    expect(byName.get('Washington, D.C.')).toMatchObject({ kind: 'city', country: 'US' });
    expect(byName.get('al-Asaf airbase')).toMatchObject({ kind: 'facility', country: 'IQ' });
    expect(byName.get('Conoco gas field')).toMatchObject({ kind: 'facility', country: 'SY' });
    // "Tigris River" is only in photo captions, which are not content
    expect(byName.has('Tigris River')).toBe(false);
    const text = seedText();
    for (const p of ps) expectExactSpans(text, p.mentions);
    // nothing from captions
    const a = analyseText(text);
    for (const p of ps) for (const m of p.mentions) expect(a.isContent(m.start, m.end)).toBe(true);
  });

  it.each([
    ['Protests in Paris, Texas grew.', 'Paris', 'US'],
    ['Protests in Paris grew.', 'Paris', 'FR'],
    ['He flew to London on Monday.', 'London', 'GB'],
    ['Fires burned in California.', 'California', 'US'],
    ['Rain fell on Texas and Bavaria.', 'Texas', 'US'],
    ['Police in New York State said the man was shot.', 'New York', 'US'],
  ])(`${FILE}: %j -> %s in %s`, (text, name, country) => {
    expect(places(text).find((p) => p.name === name)).toMatchObject({ country });
  });

  it.each([
    ['Police in New York State said a man was shot in Caledonia.', 'Caledonia', 'New York'],
    ['A man was shot in Avon, troopers in New York State said.', 'Avon', 'New York'],
  ])(`${FILE}: a state named with "State" is the state and speaks for its towns: %j`, (text, name, admin1) => {
    const ps = places(text);
    expect(ps.find((p) => p.name === name)).toMatchObject({ admin1, country: 'US' });
  });

  it.each([
    ['Shots rang out in South Philadelphia on Friday.', 'South Philadelphia', 'Philadelphia', 'Pennsylvania', 'resolve.place-direction-city-part'],
    ['Storms hit Northern California on Friday.', 'Northern California', null, 'California', 'resolve.place-direction-region'],
  ])(`${FILE}: a direction-named part of a city lies in that city: %j`, (text, name, city, admin1, rule) => {
    expect(places(text).find((p) => p.name === name)).toMatchObject({ kind: 'region', city, admin1, rule });
  });

  it(`${FILE}: a country name is never a town of the same name`, () => {
    expect(places('Troops left Georgia and Jordan.').map((p) => [p.name, p.kind, p.country])).toEqual([
      ['Georgia', 'country', 'GE'],
      ['Jordan', 'country', 'JO'],
    ]);
  });

  it(`${FILE}: one place per referent with all its mentions`, () => {
    const ps = places('Rockets hit Baghdad. BAGHDAD is tense; Iraq and the U.S. and the United States talked.');
    expect(ps.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Baghdad', ['Baghdad', 'BAGHDAD']],
      ['Iraq', ['Iraq']],
      ['United States', ['U.S.', 'United States']],
    ]);
  });

  it.each([
    ['He lives in Columbus, GA now.', 'Columbus', 'Georgia'],
    ['A shooting in Columbus, Georgia. Columbus police said more.', 'Columbus', 'Georgia'],
    ['Officers in Paris, Texas said.', 'Paris', 'Texas'],
  ])(`${FILE}: a town and its region, %j`, (text, name, admin1) => {
    const ps = places(text);
    const town = ps.filter((p) => p.name === name);
    expect(town).toHaveLength(1);
    expect(town[0]).toMatchObject({ kind: 'city', country: 'US', admin1, rule: 'resolve.place-city-region-pair' });
    expect(ps.find((p) => p.name === admin1)).toMatchObject({ kind: 'admin', country: 'US' });
  });

  it(`${FILE}: a street takes the one country, region and city the text names`, () => {
    const ps = places('Police in Pittsburgh said the shooting happened on Penn Avenue late Friday.');
    expect(ps.find((p) => p.name === 'Penn Avenue')).toMatchObject({
      kind: 'facility',
      country: 'US',
      admin1: 'Pennsylvania',
      city: 'Pittsburgh',
      rule: 'resolve.place-document-context',
    });
  });

  it(`${FILE}: the dateline's Washington is the capital`, () => {
    const ps = places('WASHINGTON – Officials said talks went on.\n\nMore text here.');
    expect(ps[0]).toMatchObject({ name: 'Washington, D.C.', kind: 'city', country: 'US', admin1: 'District of Columbia' });
  });
});

describe('a county or the other towns named in the text tell which same-named town is meant', () => {
  it.each<[string, string, string, string]>([
    // Franklin, Tennessee is the bigger one; Franklin, Indiana lies in Johnson County
    ['FRANKLIN (Feb. 4, 2014) – Johnson County authorities said a man was shot in Franklin on Monday.', 'Franklin', 'Indiana', 'resolve.place-city-county'],
    // a county inside an office's name counts too
    ['The Weld County Coroner’s office named the man who died in a shooting early Saturday in LaSalle.', 'La Salle', 'Colorado', 'resolve.place-city-county'],
    // no county: the bigger town
    ['A man was shot in Franklin on Monday.', 'Franklin', 'Tennessee', 'resolve.place-city-prominence'],
    // no country told: a region's seat has no edge over a bigger namesake ("Saint-Louis" is a Senegalese region's seat)
    ['A man was shot and killed in St. Louis on Tuesday night.', 'St. Louis', 'Missouri', 'resolve.place-city-context'],
    // the text's other towns: Springfield, Illinois is the prominent one; Chicopee lies only in Massachusetts
    ['A man was shot in Springfield on Friday night. He was taken to a hospital in Chicopee, police said.', 'Springfield', 'Massachusetts', 'resolve.place-city-neighbours'],
    ['Two people were wounded in a shooting in Columbia on Sunday. The suspect was arrested in Jefferson City.', 'Columbia', 'Missouri', 'resolve.place-city-neighbours'],
    // alone, the prominent one (a city that big speaks for its own state)
    ['A man was shot in Springfield on Friday night.', 'Springfield', 'Illinois', 'resolve.place-city-context'],
    // a town known only by its post office: the state the text names among those with such a town, or the only one
    ['A boy was hurt near Pollok, Texas, on Monday.', 'Pollok', 'Texas', 'resolve.place-postal-town'],
    ['A boy was hurt near Pollok on Monday, deputies said.', 'Pollok', 'Texas', 'resolve.place-postal-town'],
    // a namesake elsewhere, while the state the text names has a post office of the name: that state's town
    // ("Meriden" is a Connecticut city of 60,000 in the gazetteer, and a Kansas post office)
    ['A man was shot in Meriden on Saturday, the Kansas Highway Patrol said.', 'Meriden', 'Kansas', 'resolve.place-postal-town'],
    // not a city of 100,000 or more: "Atlanta" stays Georgia's though Kansas, named too, has a post office so named
    ['A man who moved from Kansas last year was shot in Atlanta on Saturday.', 'Atlanta', 'Georgia', 'resolve.place-city-context'],
    // a namesake abroad chosen by its size alone, in a country the text does not name: the told state's post office
    // ("Kinsale" is an Irish town of 3,800 in the gazetteer, and a Virginia post office)
    ['Two men were shot in Kinsale on Sunday, Virginia State Police said.', 'Kinsale', 'Virginia', 'resolve.place-postal-town'],
  ])(`${FILE}: %j -> %s, %s`, (text, name, admin1, rule) => {
    const p = places(text).find((x) => x.kind === 'city' && x.name === name);
    expect(p).toMatchObject({ admin1, rule });
  });
});

describe('a small town abroad, chosen by its size alone in a text about the US only, is no town the text confirms', () => {
  it(`${FILE}: "Pisa" in a Texas sheriff's story has no country`, () => {
    const p = places('A man was shot near Pisa on Friday night, the Texas sheriff’s office said.').find((x) => x.name === 'Pisa');
    expect(p).toMatchObject({ kind: 'other', country: null, admin1: null, rule: 'resolve.place-unresolved' });
  });
  it(`${FILE}: a country the text names keeps its town ("Pisa" in a story that names Italy)`, () => {
    const p = places('A student from Texas was hurt near Pisa, Italy, on Friday.').find((x) => x.name === 'Pisa');
    expect(p).toMatchObject({ kind: 'city', country: 'IT' });
  });
});

describe('a name read as a lake, a park or hills that is, whole, a town of a state the text names is the town', () => {
  it.each<[string, string, string]>([
    ['A teenager was wounded in Crystal Lake late Friday, Illinois State Police said.', 'Crystal Lake', 'Illinois'],
    ['Two men were shot in Lake Charles on Saturday, a Louisiana trooper said.', 'Lake Charles', 'Louisiana'],
    ['A woman was hurt in a shooting in Country Club Hills, Illinois officials said.', 'Country Club Hills', 'Illinois'],
  ])(`${FILE}: %j -> %s, %s (resolve.place-terrain-town)`, (text, name, admin1) => {
    const p = places(text).find((x) => x.name === name);
    expect(p).toMatchObject({ kind: 'city', country: 'US', admin1, rule: 'resolve.place-terrain-town' });
  });
  it(`${FILE}: a section of a city stays a park ("Lincoln Park" in an Illinois story), and a name of towns of like size stays as read`, () => {
    expect(places('A man was shot in Lincoln Park, Illinois officials said.').find((x) => x.name === 'Lincoln Park')).toMatchObject({ kind: 'facility' });
    expect(places('Two men were shot in Forest Park on Saturday.').find((x) => x.name === 'Forest Park')).toMatchObject({ kind: 'facility' });
  });
  it(`${FILE}: no state named: the one town so named, or one five times the next ("Lake Charles"; "Forest Park" stays a park)`, () => {
    expect(places('Two men were shot in Lake Charles on Saturday.').find((x) => x.name === 'Lake Charles')).toMatchObject({ kind: 'city', admin1: 'Louisiana', rule: 'resolve.place-terrain-town' });
  });
});

describe('a country named after a locative that is also a town of the US state the text names is the town', () => {
  it.each<[string, string, string]>([
    ['A man was shot late Saturday in Lebanon, Tennessee police said. He was taken to a hospital in Nashville.', 'Lebanon', 'Tennessee'],
    ['A teenager was wounded Friday in Mexico, Missouri, police said.', 'Mexico', 'Missouri'],
    ['A woman was shot Sunday in Peru, Indiana, and Miami County deputies arrested a suspect.', 'Peru', 'Indiana'],
  ])(`${FILE}: %j -> %s, %s (resolve.place-country-town)`, (text, name, admin1) => {
    const p = places(text).find((x) => x.name === name);
    expect(p).toMatchObject({ kind: 'city', country: 'US', admin1 });
  });
  it(`${FILE}: without a "Town, State" pair: the town of the state told (resolve.place-country-town)`, () => {
    expect(places('A man was hurt in a shooting in Jordan on Saturday, a Minnesota deputy said.').find((x) => x.name === 'Jordan')).toMatchObject({ kind: 'city', admin1: 'Minnesota', rule: 'resolve.place-country-town' });
  });
  it(`${FILE}: a text that names no US state, or names another country too, keeps the country`, () => {
    expect(places('Fighting flared again in Lebanon on Saturday, officials said.').find((x) => x.name === 'Lebanon')).toMatchObject({ kind: 'country' });
    expect(places('Refugees from Syria arrived in Jordan, a Minnesota charity said.').find((x) => x.name === 'Jordan')).toMatchObject({ kind: 'country' });
  });
});

describe(`${FILE}: a weekday after a town is no part of a longer name (place.refine-longer-name)`, () => {
  it('"shot in Hialeah Tuesday night" reads the town', () => {
    expect(mentions('Two teenagers were shot in Hialeah Tuesday night, officers said.')).toEqual([['Hialeah', 27, 'place.gazetteer-city']]);
  });
  it('a firm named after the town still hides it', () => {
    expect(mentions('Shares of Texas Instruments fell on Tuesday.')).toEqual([]);
  });
});
