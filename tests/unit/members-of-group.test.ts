// role.members-of-group (#17): the members of a named group told right before it share the group's perpetrator role,
// and their description runs over the group's name in the record ("members of the Red Dawn Front").
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/document.js';
import { extractDocument } from '../../src/pipeline.js';
import { REFERENCE } from '../helpers.js';

function perpetrators(text: string): string[] {
  const r = extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  return r.events.flatMap((e) => e.perpetrators).map((id) => byId.get(id)!.mentions[0].text);
}

describe('role.members-of-group', () => {
  it('gives the members of a group the role the group takes, their words running over its name', () => {
    const ps = perpetrators('Members of the Red Dawn Front attacked a police post in Ostava on Tuesday.');
    expect(ps).toContain('Red Dawn Front');
    expect(ps).toContain('Members of the Red Dawn Front');
  });
  it('reads "of" only: a group "from" a place or group tells where they came from, the description keeps its words', () => {
    const ps = perpetrators('A group of terrorists from the Red Dawn Front attacked a police post in Ostava on Tuesday.');
    expect(ps.some((p) => /from the Red Dawn Front/.test(p))).toBe(false);
  });
  it('leaves a description that is no member of the group alone ("the leaders of the Red Dawn Front" are not its members by this rule)', () => {
    const ps = perpetrators('Leaders of the Red Dawn Front attacked a police post in Ostava on Tuesday.');
    expect(ps).not.toContain('Leaders of the Red Dawn Front');
  });
});
