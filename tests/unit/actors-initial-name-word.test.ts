import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A name's opening word at a sentence's start (issue 15, name boundaries): the first-word trim in trim()
// (passes/2-names.ts) keeps a common word the document writes inside a sentence too, and a word no English word
// list knows (read as common only from its ending's tags). Invented names.
const mentions = (text: string) =>
  extract(text, { published: REFERENCE, explain: true }).actors.flatMap((a) => a.mentions.map((m) => `${m.text}@${m.start}/${a.kind}`));

describe('actors-initial-name-word.test.ts: a name opening a sentence keeps its first word', () => {
  it.each([
    ['Federal Tanvale said on Monday it would close a plant .\nShares in Federal Tanvale fell 4 percent .', 'Federal Tanvale'],
    ['Golden Brauwick said on Monday it would close a plant .\nAnalysts at Golden Brauwick expect a loss .', 'Golden Brauwick'],
  ])('the same words inside a sentence elsewhere: %j', (text, name) => {
    expect(mentions(text)).toContain(`${name}@0/organization`);
  });

  it('a common word that opens the sentence everywhere it is written stays out ("Rival Brauwick")', () => {
    const m = mentions('Rival Brauwick posted a loss .\nRival Brauwick was hit by the weak yen .');
    expect(m).toContain('Brauwick@6/organization');
    expect(m.some((x) => x.startsWith('Rival'))).toBe(false);
  });

  it.each([
    ['Kerrived Ostamo said he would appeal .', 'Kerrived Ostamo'],
    ['Dorfied Kamenski scored twice in the second half .', 'Dorfied Kamenski'],
  ])('a first word no word list knows is the name\'s own: %j', (text, name) => {
    expect(mentions(text)).toContain(`${name}@0/person`);
  });

  it('a role noun opening the sentence is still no part of the name ("Police Chief ...")', () => {
    expect(mentions('Police Chief Tomas Brenner said two men were held .')).toEqual(['Tomas Brenner@13/person']);
  });
});
