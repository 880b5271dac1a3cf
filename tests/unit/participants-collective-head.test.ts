// A collective noun after a perpetrator head is the description's head ("urban commando units", "a terrorist cell"),
// and a description denied by "no" is nobody ("No specific militia group has claimed responsibility"): hand-written
// mixed-case sentences, whole pipeline (src/extract/participants/rules.ts).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';

const F = 'participants-collective-head.test.ts';
const perpetrators = (text: string): { text: string; kind: string }[] => {
  const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), {});
  return (r.events ?? []).flatMap((e) => e.perpetrators.map((id) => r.actors.find((a) => a.id === id)!))
    .map((a) => ({ text: a.mentions[0]?.text ?? a.name, kind: a.kind }));
};

describe(`${F}: a collective noun after a perpetrator head`, () => {
  it.each<[string, string]>([
    ['The Front reports that urban commando units staged simultaneous attacks on the army barracks in Tarma on Tuesday.', 'urban commando units'],
    ['A terrorist cell bombed a power station outside Quito on Friday, police said.', 'A terrorist cell'],
    ['Two guerrilla columns raided the town hall of San Lucas at dawn.', 'Two guerrilla columns'],
  ])('%j: perpetrator %j, a group', (text, want) => {
    expect(perpetrators(text), `${F}: ${text}`).toContainEqual({ text: want, kind: 'group' });
  });
  it('after a head that is no perpetrator, the collective noun is left out: "Police units" stays "Police"', () => {
    const p = perpetrators('LIMA, 3 May (AFP) -- Police units attacked a rebel camp on Friday.');
    expect(p.map((x) => x.text)).toEqual(['Police']);
  });
  it('a description denied by "no" is no participant: no perpetrator for "No specific militia group had claimed responsibility"', () => {
    const p = perpetrators('A car bomb destroyed a bank in Lima on Monday. No specific militia group had claimed responsibility for the bombing.');
    expect(p).toEqual([]);
  });
});
