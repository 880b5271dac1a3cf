// Perpetrators told by what they are (src/extract/participants/lexicon/heads.json, leaning perpetrator): sentences
// written by hand; each description must be the event's perpetrator with its own words as the span.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';

const F = 'participants-perpetrator-heads.test.ts';

describe(`${F}: a perpetrator head noun makes the description the doer`, () => {
  it.each<[string, string]>([
    ['Drug traffickers bombed the courthouse in Medellin on Monday.', 'Drug traffickers'],
    ['Armed bandits ambushed a bus near the border.', 'Armed bandits'],
    ['Three hitmen killed the judge outside his home.', 'Three hitmen'],
    ['Paramilitaries attacked the village school.', 'Paramilitaries'],
  ])('%j: perpetrator %j', (text, want) => {
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), {});
    const e = (r.events ?? [])[0];
    expect(e, `${F}: an event in ${text}`).toBeDefined();
    const perps = e!.perpetrators.map((id) => r.actors.find((a) => a.id === id)!);
    const m = perps.flatMap((a) => a.mentions).find((x) => x.text === want);
    expect(m, `${F}: ${want} among ${JSON.stringify(perps.map((a) => a.name))}`).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(want);
    expect(perps.find((a) => a.mentions.includes(m!))!.named).toBe(false);
  });
});
