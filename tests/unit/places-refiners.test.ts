// The place refiners (src/extract/places/refine.ts), one example each, written by hand: the name is a place
// candidate of the rules, and the refiner named removes it.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/places/tokens.js';
import { buildRuns, findInRuns, makeContext } from '../../src/extract/places/extract.js';
import { PLACE_REFINERS } from '../../src/extract/places/refine.js';
import { analyseText } from '../helpers.js';
import { createGazetteer } from '../../src/gazetteer/index.js';
import { extract } from '../../src/index.js';

const gazetteer = createGazetteer();

const F = 'places-refiners.test.ts';

/** The text's analysis, its place context and the runs of capitalised tokens the place rules read. */
function candidates(text: string) {
  const a = analyseText(text, '2023-12-08');
  const toks = tokenize(a, (s, e) => a.isContent(s, e));
  const runs = buildRuns(a.text, toks);
  return { a, ctx: makeContext(a, gazetteer, toks, runs), runs };
}

describe(`${F}: each refiner on its own example`, () => {
  it.each<[string, string, string]>([
    ['place.refine-prefixed', 'Ex-England captain Smith was hurt in Leeds.', 'England'],
    ['place.refine-business-name', 'Police said a man was shot outside the Aspen nightclub in Dallas.', 'Aspen'],
    ['place.refine-person-name', 'Mr. Kent said he was hurt in London.', 'Kent'],
    ['place.refine-cross-street', 'A man was shot on Baldwin near Greenwood on Friday.', 'Greenwood'],
    ['place.refine-capitals-line', 'SOCCER - LEEDS BEAT CHELSEA 2-1\n\nLeeds beat Chelsea 2-1 on Saturday.', 'CHELSEA'],
    ['place.refine-sports-team', 'SOCCER - LEEDS BEAT CHELSEA 2-1\n\nLeeds beat Chelsea 2-1 on Saturday.', 'Leeds'],
    // a town at the start of a row of figures, in a table of three rows or more, is what the row counts for
    ['place.refine-sports-team', 'LEAGUE STANDINGS .\nNEW YORK 1996-08-30\nStandings :\nBaltimore 70 63 .526 4\nBoston 69 65 .515 5\nToronto 63 71 .470 11', 'Boston'],
    // a results line opening on a rank: the competitor, the country in brackets, then the team or make
    ['place.refine-competitor-team', 'MOTORCYCLING - RACE IN JAPAN .\n1. Tomas Berg ( Japan ) Kawasaki 41:02.7', 'Kawasaki'],
    ['place.refine-person-surname', 'Chelsea Clinton visited Paris.', 'Clinton'],
    ['place.refine-longer-name', 'Texas Instruments said profits rose.', 'Texas'],
    ['place.refine-common-word', 'The Mobile team lost.', 'Mobile'],
    ['place.refine-compound-modifier', 'A London-based spokesman said rebels shelled Arbil.', 'London'],
    ['place.refine-compound-modifier', 'The Amman-bound plane landed in Cyprus.', 'Amman'],
    ['place.refine-compound-modifier', 'Shares of the Hong Kong-listed company rose in Tokyo.', 'Hong Kong'],
  ])('%s: %j (%s)', (id, text, name) => {
    const { a, ctx, runs } = candidates(text);
    const found = findInRuns(ctx, runs);
    const named = (xs: typeof found) => xs.filter((f) => a.text.slice(f.start, f.end) === name);
    expect(named(found).length, `${F}: ${name} is a candidate`).toBeGreaterThan(0);
    const refiner = PLACE_REFINERS.find((r) => r.id === id)!;
    expect(named(refiner.run(ctx, found))).toEqual([]);
    // the other places of the text stay
    const others = found.filter((f) => a.text.slice(f.start, f.end) !== name && a.text.slice(f.start, f.end).toUpperCase() !== name.toUpperCase());
    for (const f of others) if (!['place.refine-person-name', 'place.refine-sports-team', 'place.refine-capitals-line'].includes(id)) expect(refiner.run(ctx, found)).toContain(f);
  });
});

describe(`${F}: place.refine-compound-modifier keeps places of sides and plain places`, () => {
  it.each<[string, string]>([
    ['Iran-backed militias fired rockets in Syria.', 'Iran'],
    ['U.S.-led planes flew over Iraq.', 'U.S.'],
    ['He was based in London for years.', 'London'],
    ['London - based on what police said, two died.', 'London'],
  ])('%j keeps %s', (text, name) => {
    const { a, ctx, runs } = candidates(text);
    const found = findInRuns(ctx, runs).filter((f) => a.text.slice(f.start, f.end) === name);
    expect(found.length, `${name} is a candidate`).toBeGreaterThan(0);
    const refiner = PLACE_REFINERS.find((r) => r.id === 'place.refine-compound-modifier')!;
    expect(refiner.run(ctx, found)).toEqual(found);
  });
});

describe(`${F}: a town's own service names the town`, () => {
  it.each<[string, string]>([
    ['Marion police said a man was shot Friday.', 'Marion'],
    ['A man was shot Friday night, Marion Police Chief Tom Smith said.', 'Marion'],
    ['Aurora Police said two people were hurt.', 'Aurora'],
    // a town named like a person the story names (place.refine-person-surname) keeps a town's cues
    ['John Tracy, 25, was shot Friday. Tracy police are looking for a suspect.', 'Tracy'],
    ['John Tracy, 25, was shot Friday. Police said a Tracy man was hurt.', 'Tracy'],
    ['John Tracy, 25, was shot Friday. Police were called to Tracy, California.', 'Tracy'],
  ])('%j keeps %s through every refiner', (text, name) => {
    const { a, ctx, runs } = candidates(text);
    let found = findInRuns(ctx, runs);
    for (const r of PLACE_REFINERS) found = r.run(ctx, found);
    expect(found.map((f) => a.text.slice(f.start, f.end))).toContain(name);
  });
  it('through the pipeline, the town stays a place beside its police department (an actor)', () => {
    const r = extract('Florence Police Department officers found a man shot on Friday.', { published: '2023-12-08' });
    expect(r.places.map((p) => p.name)).toContain('Florence');
    expect(r.actors.map((x) => x.name)).toContain('Florence Police Department');
    expect(r.places.find((p) => p.name === 'Florence')!.mentions).toEqual([{ text: 'Florence', start: 0, end: 8 }]);
  });
});
