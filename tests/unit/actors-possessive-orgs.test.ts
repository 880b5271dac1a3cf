import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A firm named after its founder keeps its possessive (issue 15, name boundaries): rule actor.org-possessive.
const actors = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors;
const mentionTexts = (text: string) => actors(text).flatMap((a) => a.mentions.map((m) => `${m.text}/${a.kind}/${m.rule}`));

describe('actors-possessive-orgs.test.ts: actor.org-possessive', () => {
  it.each([
    // [text, the mention with its "'s", kind]
    ["Analysts said the offer for Halvering 's was generous .", "Halvering 's"],
    ["Brekstone 's will close two stores , the company said .", "Brekstone 's"],
    ["Shares of Brekstone Inc fell . Brekstone 's said on Tuesday that it would close two stores .", "Brekstone 's"],
    ["Shares in Talmage 's rose 3 percent , while Talmage 's stock was unchanged .", "Talmage 's"],
    ["The rating agency Pollard 's was cautious .", "Pollard 's"],
  ])('%j: %s is one organisation with its possessive', (text, name) => {
    const a = actors(text).find((x) => x.mentions.some((m) => m.text === name));
    expect(a?.kind).toBe('organization');
    const ms = a!.mentions.filter((m) => m.text === name);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.rule).toBe('actor.org-possessive');
      expect(text.slice(m.start, m.end)).toBe(name);
    }
  });

  it('repeats the firm wherever the text repeats the name with its possessive', () => {
    const text = "Talmage 's shares jumped . The bid for Talmage 's was generous .";
    const a = actors(text).find((x) => x.mentions.some((m) => m.text === "Talmage 's"))!;
    expect(a.mentions.map((m) => m.start)).toEqual([0, text.lastIndexOf("Talmage 's")]);
  });

  it.each([
    // a possessive that owns something, a person named in full, a title word, a contracted "has"
    "Officials praised Halvering 's plan on Monday .",
    "Mary Halvering spoke on Monday . The idea was Halvering 's .",
    "The match at Lord 's was drawn .",
    "Mr Halvering 's agreed to stay .",
  ])('%j: no firm with a possessive', (text) => {
    expect(mentionTexts(text).filter((m) => m.includes("'s"))).toEqual([]);
  });
});

// A possessive firm opens the company's name after it (issue 15): rule actor.org-possessive-company.
describe('actors-possessive-orgs.test.ts: actor.org-possessive-company', () => {
  it.each([
    ["The bid for Halvering 's Bancshares Inc. by Corvel Corp. was generous . Analysts liked the offer for Halvering 's .", "Halvering 's Bancshares Inc."],
    ["Shares of Brekstone 's Trust Co rose . A bid for Brekstone 's was made .", "Brekstone 's Trust Co"],
  ])('%j: %s is one organisation', (text, name) => {
    const ms = mentionTexts(text);
    const rule = 'actor.org-possessive-company';
    expect(ms).toContain(`${name}/organization/${rule}`);
    expect(ms.filter((m) => m.startsWith(name.split(' ')[0]) && !m.startsWith(name))).toEqual([`${name.split(' ')[0]} 's/organization/actor.org-possessive`]);
  });

  it('leaves a firm whose possessive owns a common noun alone', () => {
    const text = "Talmage 's shares jumped . The bid for Talmage 's was generous .";
    expect(mentionTexts(text).some((m) => m.includes('org-possessive-company'))).toBe(false);
  });
});
