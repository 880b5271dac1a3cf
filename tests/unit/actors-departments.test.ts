import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A state's department named with its nationality before it ("German Foreign Ministry"): the name is the
// department's, the nationality gives its country (issue 15, fourth round of names).
const actors = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors;

describe('actors-departments.test.ts: a nationality before a state department', () => {
  it.each([
    // [text, mention, kind, country]
    ['" All sides must talk , " German Foreign Ministry spokesman Martin Erdmann said .', 'Foreign Ministry', 'government', 'DE'],
    ['The Iranian Interior Ministry said on Friday the border was closed .', 'Interior Ministry', 'government', 'IR'],
    ['A Russian Defence Ministry official denied the report .', 'Defence Ministry', 'government', 'RU'],
    ['The British Foreign Office said it was concerned .', 'Foreign Office', 'organization', 'GB'],
    ['The U.S. Justice Department filed suit .', 'U.S. Justice Department', 'government', null],
  ])('%j: %s, a %s of %s', (text, name, kind, country) => {
    const a = actors(text).find((x) => x.mentions.some((m) => m.text === name));
    expect(a, JSON.stringify(actors(text).map((x) => x.mentions.map((m) => m.text)))).toBeDefined();
    expect(a!.kind).toBe(kind);
    const m = a!.mentions.find((x) => x.text === name)!;
    expect(text.slice(m.start, m.end)).toBe(name);
    if (country) expect(a!.country).toBe(country);
  });

  it.each([
    // [text, mention kept whole]: parties, agencies and firms keep their nationality
    ['The Indonesian Democratic Party met on Friday .', 'Indonesian Democratic Party'],
    ['The official Iraqi News Agency said .', 'Iraqi News Agency'],
  ])('%j keeps %s whole', (text, name) => {
    expect(actors(text).some((x) => x.mentions.some((m) => m.text === name))).toBe(true);
  });
});

// An office named by its holder in the possessive is one name: "the Hernando County Sheriff's Office said" had left
// an organisation called "Office" (644 such actors on the events check split, 39 after).
describe('actors-departments.test.ts: an office named by its holder', () => {
  it.each([
    ["A man was shot, the Hernando County Sheriff's Office said.", "Hernando County Sheriff's Office"],
    ["A man was shot, the Pima County Sheriff's Department said.", "Pima County Sheriff's Department"],
    ["The Cook County Medical Examiner's Office identified him.", "Cook County Medical Examiner's Office"],
    ["The Governor's Office declined to comment.", "Governor's Office"],
  ])('%j names %s', (text, name) => {
    const list = actors(text);
    const a = list.find((x) => x.name === name);
    expect(a, JSON.stringify(list.map((x) => x.name))).toBeDefined();
    expect(text.slice(a!.mentions[0].start, a!.mentions[0].end)).toBe(name);
    expect(list.map((x) => x.name)).not.toContain('Office');
    expect(list.map((x) => x.name)).not.toContain('Department');
  });

  it("a shop's owner in the possessive makes no office: \"Smith's Bakery\" is no sheriff's", () => {
    expect(actors("Smith's Bakery was robbed on Friday.").map((x) => x.name)).not.toContain("Smith's Bakery");
  });
});
