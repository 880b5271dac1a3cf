// Perpetrator organisations (issue #17): a well-known armed group's name made of common words ("shining path") is
// recased as one name in a text in lower case (truecase's groupName, the actors' armed-groups list), so the group is
// read as an actor and takes the perpetrator role as it does in mixed case. Hand-written sentences, whole pipeline.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const perpetrators = (text: string): string[] => {
  const r = run(text);
  return [...new Set((r.events ?? []).flatMap((e) => e.perpetrators.map((id) => r.actors.find((a) => a.id === id)?.mentions?.[0]?.text ?? '')))];
};

describe('a well-known armed group named in common words, in a text in lower case', () => {
  it('mixed case: the Shining Path is the perpetrator', () => {
    expect(perpetrators('In the last two days the Shining Path murdered three town councillors near Huancayo, police said.')).toContain('Shining Path');
  });
  it('lower case: the same sentence gives the same group, quoted as written', () => {
    const text = 'in the last two days the shining path murdered three town councillors near huancayo, police said.';
    expect(perpetrators(text)).toContain('shining path');
    const r = run(text);
    expect(r.actors.find((a) => a.mentions[0].text === 'shining path')?.kind).toBe('group');
  });
  it('lower case: the group before its fighters is named with them', () => {
    expect(perpetrators('the bus was dynamited by shining path guerrillas on friday, the army said.')).toEqual(expect.arrayContaining(['shining path', 'guerrillas']));
  });
  it('a path that shines is no group (a name takes no "a")', () => {
    const r = run('the rescuers followed a shining path of lanterns to the collapsed mine on friday, where two miners were killed.');
    expect(r.actors.some((a) => a.name.toLowerCase() === 'shining path')).toBe(false);
  });
});

const NO_DESCRIPTOR_ALONE = 'actor.no-descriptor-alone';
describe(`${NO_DESCRIPTOR_ALONE}: a describing adjective alone names no one`, () => {
  it('"the Maoist \\"Shining Path\\" group": Maoist is no organisation and no perpetrator', () => {
    const text = 'Police said the car bomb was set off by the Maoist "Shining Path" group near the mayor\'s office on Monday.';
    const r = run(text);
    expect(r.actors.map((a) => a.name)).not.toContain('Maoist');
    expect(perpetrators(text)).not.toContain('Maoist');
    expect(r.actors.map((a) => a.name)).toContain('Shining Path');
  });
});
