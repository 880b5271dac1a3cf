import { describe, expect, it } from 'vitest';
import { statesInContent } from '../../src/resolve/text-states.js';
import { analyseText } from '../helpers.js';

describe('US states named in the content (src/resolve/text-states)', () => {
  it.each<[string, string[]]>([
    ['Deputies arrested him in the woods in NW Minnesota on Monday.', ['Minnesota']],
    ['The man fled from West Virginia to Virginia.', ['West Virginia', 'Virginia']],
    ['Police in North Carolina and New York said so. North Carolina agreed.', ['North Carolina', 'New York']],
    ['George Washington slept here.', []],
    ['A Texas-based company and a Minnesotan man.', []],
  ])('%s', (text, want) => {
    expect(statesInContent(analyseText(text))).toEqual(want);
  });
});
