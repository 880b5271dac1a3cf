import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { keepDescribedInUse } from '../../src/resolve/described.js';
import { REFERENCE } from '../helpers.js';

// Actors the text only describes ("US forces", "the Iraqi government") are actors of the record where an event's
// role or a quote's speaker refers to them; otherwise they are left out and their country stays a place.
const d = { descriptive: true as const };
const n = {};
const roles = (perpetrators: string[], targets: string[] = [], victims: string[] = []) => ({ perpetrators, targets, victims });

describe('described-actors.test.ts: descriptions join the record where it needs them', () => {
  it.each([
    // [actors (id, mentions), events, speakers, ids kept]
    [[{ id: 'a1', mentions: [d] }], [roles(['a1'])], [], ['a1']],
    [[{ id: 'a1', mentions: [d] }], [roles([], ['a1'])], [], ['a1']],
    [[{ id: 'a1', mentions: [d] }], [null, roles([], [], ['a1'])], [], ['a1']],
    [[{ id: 'a1', mentions: [d] }], [], ['a1'], ['a1']],
    [[{ id: 'a1', mentions: [d] }], [roles(['a2'])], [null], []],
    [[{ id: 'a1', mentions: [d, n] }, { id: 'a2', mentions: [n] }], [], [], ['a1', 'a2']],
    [[{ id: 'a1', mentions: [d] }, { id: 'a2', mentions: [n] }, { id: 'a3', mentions: [d, d] }], [roles(['a3'])], [], ['a2', 'a3']],
  ])('%#: %j', (actors, events, speakers, kept) => {
    expect(keepDescribedInUse(actors, events, speakers).map((x) => x.id)).toEqual(kept);
  });

  it.each([
    // [text, description, in the record]
    ['Shares rose as analysts noted in a report on the US military .', 'US military', false],
    ['US forces attacked the town on Friday , killing two people .', 'US forces', true],
    ['Iran-backed militias fired rockets at the US Embassy in Baghdad on Friday .', 'Iran-backed militias', true],
  ])('%j: %s kept %s', (text, name, kept) => {
    const r = extract(text, { published: REFERENCE });
    expect(r.actors.some((a) => a.mentions.some((m) => m.text === name))).toBe(kept);
  });

  it('the country inside a left-out description stays a place', () => {
    const r = extract('Shares rose as analysts noted in a report on the US military .', { published: REFERENCE });
    expect(r.actors.some((a) => a.name === 'US military')).toBe(false);
    expect(r.places.some((p) => p.mentions.some((m) => m.text === 'US'))).toBe(true);
  });
});
