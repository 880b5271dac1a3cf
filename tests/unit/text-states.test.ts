import { describe, expect, it } from 'vitest';
import { americanUsage, statesInContent } from '../../src/resolve/text-states.js';
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

describe('American local-news usage (src/resolve/text-states americanUsage)', () => {
  it.each<[string, boolean]>([
    ['Officers responded to the 1800 block of Mini Drive at about 10 p.m.', true],
    ["The sheriff's office said deputies found the man.", true],
    ['The district attorney will review the case.', true],
    ['He was booked into the county jail.', true],
    ['Police in Linden said a man was shot.', false],
    ['The Sheriff of Nottingham rode out.', false],
  ])('%s', (text, want) => {
    expect(americanUsage(analyseText(text))).toBe(want);
  });
});
