// Perpetrators (issue #17), mixed case: a description that overlaps a group's name, and a group's name of two foreign
// words. Hand-written sentences with invented group names, whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
/** The perpetrators of the record's events: first mention's text, kind, named, and the rule of its first mention. */
const perpetrators = (text: string): { name: string; kind: string; named: boolean; rule: string }[] => {
  const r = run(text);
  const seen = new Set<string>();
  return (r.events ?? []).flatMap((e) => e.perpetrators).filter((id) => !seen.has(id) && !!seen.add(id)).map((id) => {
    const a = r.actors.find((x) => x.id === id);
    return { name: a?.mentions?.[0]?.text ?? '', kind: a?.kind ?? '', named: a?.named !== false, rule: String(a?.mentions?.[0]?.rule ?? '') };
  });
};

const PAST_NAME = 'role.description-past-name';
describe(`${PAST_NAME}: a description that starts inside a group's name is cut to its words after the name`, () => {
  it('"Popular Unity Army guerrillas attacked": the group and its guerrillas are both perpetrators', () => {
    const p = perpetrators('Popular Unity Army guerrillas attacked a police post outside the town on Tuesday night.');
    expect(p.map((x) => x.name).sort()).toEqual(['Popular Unity Army', 'guerrillas']);
    expect(p.find((x) => x.name === 'guerrillas')?.rule).toContain(PAST_NAME);
    expect(p.find((x) => x.name === 'Popular Unity Army')?.named).toBe(true);
  });
});

const FOREIGN_HEAD = 'actor.foreign-group-head';
describe(`${FOREIGN_HEAD}: a name that opens on a Spanish word for an armed group names a group, not a person`, () => {
  it('"Sendero Rojo claimed responsibility": the perpetrator is a named group', () => {
    const r = run('Sendero Rojo claimed responsibility for the bombing of a bank in the capital on Monday.');
    const a = r.actors.find((x) => x.name === 'Sendero Rojo');
    expect(a?.kind).toBe('group');
    expect(a?.rule).toBe(FOREIGN_HEAD);
    expect(perpetrators('Sendero Rojo claimed responsibility for the bombing of a bank in the capital on Monday.').map((x) => x.kind)).toContain('group');
  });
  it('"Comando Negro" too; a person\'s name of two foreign words stays a person', () => {
    expect(run('Police said Comando Negro carried out the attack on the bank.').actors.find((x) => x.name === 'Comando Negro')?.kind).toBe('group');
    expect(run('Police said Rodrigo Negro carried out the attack on the bank.').actors.find((x) => x.name === 'Rodrigo Negro')?.kind).toBe('person');
  });
});

describe('participant.armed-men: an adverb of manner before a modifier stays inside the description', () => {
  it('"a band of poorly armed men", "several fully masked gunmen": the whole description is the perpetrator', () => {
    expect(perpetrators('A band of poorly armed men kidnapped the town mayor on Sunday.').map((x) => x.name)).toContain('A band of poorly armed men');
    expect(perpetrators('Several fully masked gunmen shot the town mayor on Sunday.').map((x) => x.name)).toContain('Several fully masked gunmen');
  });
  it('"only" is no adverb of manner: "only armed men" does not open the description', () => {
    const r = run('Witnesses said only armed men were allowed to pass, and then gunmen shot the mayor.');
    expect(r.actors.some((a) => /^only\b/i.test(a.mentions?.[0]?.text ?? ''))).toBe(false);
  });
});
