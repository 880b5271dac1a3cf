import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// A capitalised adjective opening a sentence opens the organisation its context reads (issue 15, name boundaries):
// rule actor.org-initial-adjective.
const mentionTexts = (text: string) =>
  extract(text, { published: REFERENCE, explain: true }).actors.flatMap((a) => a.mentions.map((m) => `${m.text}/${a.kind}/${m.rule}`));

describe('actors-initial-adjective.test.ts: actor.org-initial-adjective', () => {
  const rule = 'actor.org-initial-adjective';
  it.each([
    ['Markets were calm .\nPacific Veltrix shares fell 3 percent .', 'Pacific Veltrix'],
    ['Markets were calm .\nContinental Brauwick shares rose on Tuesday .', 'Continental Brauwick'],
  ])('%j: %s is one organisation', (text, name) => {
    expect(mentionTexts(text)).toContain(`${name}/organization/${rule}`);
  });

  it('leaves an adverb opening the sentence out of the name', () => {
    expect(mentionTexts('Markets were calm .\nMeanwhile Brauwick shares rose on Tuesday .')).toEqual(['Brauwick/organization/actor.org-context']);
  });

  it.each([
    ['Markets were calm .\nRival Brauwick shares rose on Tuesday .'],
    ['Markets were calm .\nAiling Brauwick shares rose on Tuesday .'],
  ])('leaves a describing adjective (descriptor-adjectives.json) out of the name: %j', (text) => {
    expect(mentionTexts(text)).toEqual(['Brauwick/organization/actor.org-context']);
  });
});
