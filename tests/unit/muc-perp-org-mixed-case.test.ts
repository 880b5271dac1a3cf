// Perpetrator organisations (issue #17), in mixed case: shapes in which a named armed group got no perpetrator role.
// Hand-written sentences with invented group names (and a well-known group's name where the list of armed groups is
// what reads it), whole pipeline; each also tried in the lower case the MUC harness reads.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
/** The perpetrators of the record's events, by their first mention's text, with the rule that gave each its role. */
const perpetrators = (text: string): { name: string; kind: string; rule: string }[] => {
  const r = run(text);
  return (r.events ?? []).flatMap((e) => e.perpetrators.map((id) => {
    const a = r.actors.find((x) => x.id === id);
    return { name: a?.mentions?.[0]?.text ?? '', kind: a?.kind ?? '', rule: String((e.rules as Record<string, string>)?.perpetrators ?? '') };
  }));
};
const names = (text: string): string[] => [...new Set(perpetrators(text).map((p) => p.name))];

const QUOTED_NAME = 'role.quoted-name';
describe(`${QUOTED_NAME}: a name in quotation marks takes its role past the marks`, () => {
  it('"carried out by the \\"Red Dawn\\" group": the quoted group is the perpetrator', () => {
    const text = 'The attack on the power station was carried out by the "Red Dawn" group, a police spokesman said.';
    expect(names(text)).toContain('Red Dawn');
    const r = run(text);
    expect(r.events?.[0]?.rules?.perpetrators).toBe(`role.blamed-on+${QUOTED_NAME}+role.kind-noun`);
  });
  it('a well-known group in quotes as the subject, in mixed and in lower case', () => {
    expect(names('Police said "Shining Path" attacked a police post near the border on Monday.')).toContain('Shining Path');
    expect(names('police said "shining path" attacked a police post near the border on monday.')).toContain('shining path');
  });
  it('a quoted title is no doer: a quotation mark alone does not make a person the perpetrator of a noun it does not reach', () => {
    expect(names('The attack was condemned in an editorial titled "Red Dawn" on Monday.')).toEqual([]);
  });
});

const NO_DESCRIPTOR_ALONE = 'actor.no-descriptor-alone';
describe(`${NO_DESCRIPTOR_ALONE}: a describing adjective opening a name is trimmed off it`, () => {
  it('"the Maoist Red Dawn Front": the perpetrator is the Red Dawn Front, without its adjective', () => {
    const text = 'The bombing of the bridge was carried out by the Maoist Red Dawn Front, the army said.';
    expect(names(text)).toEqual(['Red Dawn Front']);
    expect(run(text).actors.map((a) => a.name)).not.toContain('Maoist Red Dawn Front');
  });
  it('"the Maoist Shining Path group", in mixed and in lower case', () => {
    expect(names('The attack was carried out by the Maoist Shining Path group, police said.')).toEqual(['Shining Path']);
    expect(names('the attack was carried out by the maoist shining path group, police said.')).toEqual(['shining path']);
  });
});

describe('actor.group-name: a group\'s name of common words opening a sentence keeps its first word', () => {
  it('"Shining Path guerrillas attacked ..." at a sentence\'s start, in mixed and in lower case', () => {
    expect(names('Shining Path guerrillas attacked a police post in the mountains on Monday.')).toEqual(expect.arrayContaining(['guerrillas', 'Shining Path']));
    expect(names('shining path guerrillas attacked a police post in the mountains on monday.')).toEqual(expect.arrayContaining(['guerrillas', 'shining path']));
    const r = run('Shining Path guerrillas attacked a police post in the mountains on Monday.');
    expect(r.actors.find((a) => a.name === 'Shining Path')?.rule).toBe('actor.group-name');
  });
  it('a name before a noun of armed groups is read at a sentence\'s start as inside it ("Red Dawn guerrillas")', () => {
    const inside = run('Police said Red Dawn guerrillas attacked a police post on Monday.').actors.find((a) => a.name === 'Red Dawn');
    const initial = run('Red Dawn guerrillas attacked a police post on Monday.').actors.find((a) => a.name === 'Red Dawn');
    expect(initial?.kind).toBe(inside?.kind);
    expect(initial).toBeDefined();
  });
});

const AFFILIATED = 'role.affiliated-description';
describe(`${AFFILIATED}: a named group whose possessive opens a description shares its role`, () => {
  it('"The Shining Path\'s guerrillas attacked": the guerrillas and the group, in mixed and in lower case', () => {
    expect(names("The Shining Path's guerrillas attacked a police post in the capital.")).toEqual(['guerrillas', 'Shining Path']);
    expect(names("the shining path's guerrillas attacked a police post in the capital.")).toEqual(['guerrillas', 'shining path']);
  });
  it('"the Red Dawn Front\'s guerrillas": the possessive name is read by its last word (an organisation), and takes the role', () => {
    const text = "Police said the Red Dawn Front's guerrillas attacked a police post on Monday.";
    const r = run(text);
    expect(r.actors.find((a) => a.name === 'Red Dawn Front')?.kind).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Red Dawn Front')?.rule).toBe('actor.org-suffix');
    expect(names(text)).toEqual(['guerrillas', 'Red Dawn Front']);
  });
  it('a person\'s possessive does not: "Carlos Mendez\'s gunmen" are the doers, not Mendez', () => {
    expect(names("Police said Carlos Mendez's gunmen attacked a police post on Monday.")).toEqual(['gunmen']);
  });
});
