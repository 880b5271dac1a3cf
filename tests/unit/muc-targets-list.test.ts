// Physical targets of attacks, second round (issue #17): heads from the general things vocabulary
// (src/extract/things/lexicon/heads.json, rule thing.head). Hand-written mixed-case sentences, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

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
