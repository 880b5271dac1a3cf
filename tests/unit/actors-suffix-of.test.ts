import { describe, expect, it } from 'vitest';
import { REFERENCE } from '../helpers.js';
import { extract } from '../../src/index.js';

const FILE = 'actors-suffix-of.test.ts';

describe(`${FILE}: an organisation's last word before "of"/"for" goes on into the name (actor.org-head)`, () => {
  it.each([
    // [sentence, whole name]
    ['She lectures at the Glasgow School of Marine Studies every spring .', 'Glasgow School of Marine Studies'],
    ['A survey by the Centre for Rural Housing found rents rising .', 'Centre for Rural Housing'],
    ['Officials of the Pemberton Institution of Surveyors met on Tuesday .', 'Pemberton Institution of Surveyors'],
  ])(`${FILE}: %j -> %s`, (text, name) => {
    const r = extract(text, { published: REFERENCE, explain: true });
    const start = text.indexOf(name);
    const mentions = r.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, kind: a.kind })));
    expect(mentions, JSON.stringify(r.actors)).toContainEqual({ text: name, start, end: start + name.length, rule: 'actor.org-head', kind: 'organization' });
    // no shorter name inside it, and no place cut from its end
    expect(mentions.filter((m) => m.start >= start && m.end <= start + name.length && m.end - m.start < name.length)).toEqual([]);
    expect(r.places.flatMap((p) => p.mentions).filter((m) => m.start >= start && m.end <= start + name.length)).toEqual([]);
  });

  it(`${FILE}: a company's form before "of" does not open a longer name ("Inc for")`, () => {
    const text = 'Shares of Brandley Tools Inc for the year rose .';
    const r = extract(text, { published: REFERENCE, explain: true });
    expect(r.actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('Brandley Tools Inc for');
  });
});
