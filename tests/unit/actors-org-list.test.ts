import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// Issue 15, organisations missed in lists: a name nothing read, joined by "," / "and" / "or" to an organisation read
// by a rule (not the tagger's guess), is an organisation too: rule actor.org-list.
const read = (text: string) => {
  const r = extract(text, { published: REFERENCE, explain: true });
  return {
    orgs: r.actors.filter((a) => a.kind !== 'person').flatMap((a) => a.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule }))),
    places: r.places.flatMap((p) => p.mentions.map((m) => m.text)),
  };
};

describe('actors-org-list.test.ts: actor.org-list', () => {
  it('the names listed with a company read by its suffix are organisations, along the whole list', () => {
    const text = 'Bids came from Halvorsen Holdings Inc. , Brightwater and Quillon on Tuesday .';
    const { orgs } = read(text);
    for (const name of ['Brightwater', 'Quillon']) {
      const start = text.indexOf(name);
      expect(orgs).toContainEqual({ text: name, start, end: start + name.length, rule: 'actor.org-list' });
    }
  });

  it('"or" joins them too', () => {
    const text = 'A buyer may grab Halvorsen Holdings Inc. or Quillon before the year ends .';
    const start = text.indexOf('Quillon');
    expect(read(text).orgs).toContainEqual({ text: 'Quillon', start, end: start + 7, rule: 'actor.org-list' });
  });

  it('a country in the list stays a place', () => {
    const { orgs, places } = read('Halvorsen Holdings Inc. , Quillon and Norway signed the accord on Tuesday .');
    expect(orgs.some((m) => m.text === 'Norway')).toBe(false);
    expect(places).toContain('Norway');
  });

  it('names listed up to an ampersand are the partners of one firm, not a list of firms', () => {
    const { orgs } = read('The lawyers were Brightwater , Quillon & Dasset Ltd , the filing showed .');
    expect(orgs.some((m) => m.rule === 'actor.org-list')).toBe(false);
  });

  it('a common word right after an organisation read by its head word carries that name on', () => {
    const { orgs } = read('The Halvorsen Ministry of Agriculture , Fisheries and Forestry said on Tuesday it would act .');
    expect(orgs.some((m) => m.rule === 'actor.org-list' && m.text === 'Fisheries')).toBe(false);
  });
});
