// Physical targets of attacks, second round (issue #17): heads from the general things vocabulary
// (src/extract/things/lexicon/heads.json, rule thing.head). Hand-written mixed-case sentences, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';
import { EVENTS_IDS } from '../../src/event/events/index.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const targets = (text: string): string[] => {
  const r = run(text);
  return (r.events ?? []).flatMap((e) => e.targets.map((id) => (r.places.find((p) => p.id === id)?.mentions?.[0]?.text ?? '').toLowerCase()));
};

describe('thing.head: facilities, infrastructure and vehicles of the general vocabulary', () => {
  it('a drugstore, transformers and a station wagon are things hit', () => {
    expect(targets('Rebels bombed a drugstore in Ayacucho on Monday.')).toEqual(['a drugstore']);
    expect(targets('Guerrillas blew up pylons and transformers in Santa Ana on Monday.')).toEqual(['pylons', 'transformers']);
    expect(targets('Gunmen burned a station wagon in Cusco on Monday.')).toEqual(['a station wagon']);
  });
});

describe('a name that qualifies a thing is no target in its place', () => {
  it('a hospital named before an ambulance: the ambulance is the thing hit', () => {
    expect(targets('Guerrillas burned a Balboa Hospital ambulance in Popayan on Monday.')).toEqual(['a balboa hospital ambulance']);
  });
});

describe('role.thing-list: things listed after a plural thing share its role', () => {
  it('is the declared id', () => expect(EVENTS_IDS.thingList).toBe('role.thing-list'));
  it('a dash opens the list; an item with a modifier does not end it', () => {
    const t = targets('Rebels burned four vehicles on the coastal road -- a school bus, a tanker truck carrying 2,000 liters of diesel, and a pickup.');
    expect(t).toEqual(expect.arrayContaining(['a school bus', 'a tanker truck', 'a pickup']));
  });
  it('a colon after a place opens it too', () => {
    expect(targets('Rebels damaged two buildings in Lima on Monday: a school and a clinic.')).toEqual(expect.arrayContaining(['a school', 'a clinic']));
  });
});

describe('thing.head: the owner after "of the" is part of the thing', () => {
  it('the offices of a named corporation are the thing hit, the corporation its owner', () => {
    expect(targets('In Tarma, rebels set fire to the offices of the regional housing corporation on Monday.')).toEqual(['the offices of the regional housing corporation']);
    expect(targets('Rebels bombed the headquarters of the Andean Development Corporation in Lima on Monday.')).toEqual(['the headquarters of the andean development corporation']);
  });
  it('a head that takes no owner keeps its words', () => {
    expect(targets('Rebels bombed a bus of the city in Lima on Monday.')).toEqual(['a bus']);
  });
});
