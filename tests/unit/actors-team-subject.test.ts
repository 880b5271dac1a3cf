import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// In team sports a one-word town or county acting as a side is its club (issue 15): actor.sports-team-subject.
const mentions = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors
  .flatMap((a) => a.mentions.map((m) => ({ text: m.text, start: m.start, kind: a.kind, rule: m.rule })));

describe('actors-team-subject.test.ts: actor.sports-team-subject', () => {
  it('a county right before a verb of what sides do, alone or coordinated', () => {
    const text = 'CRICKET - COUNTY TITLE RACE GOES TO THE WIRE .\nLONDON 1996-08-31\nHampshire and Sussex both face hard finishes on Monday .\nHampshire need another 150 with six wickets in hand .\n';
    const got = mentions(text);
    const first = text.indexOf('Hampshire and');
    expect(got).toContainEqual({ text: 'Hampshire', start: first, kind: 'organization', rule: 'actor.sports-team-subject' });
    expect(got.find((m) => m.text === 'Sussex')?.kind).toBe('organization');
    const second = text.lastIndexOf('Hampshire');
    expect(got).toContainEqual({ text: 'Hampshire', start: second, kind: 'organization', rule: 'actor.sports-team-subject' });
  });

  it('not a venue, not a player named in full, not outside team sports', () => {
    const venue = 'CRICKET - RAIN AT TAUNTON .\nLONDON 1996-08-31\nRain fell at Hampshire need on Monday .\n';
    expect(mentions(venue).filter((m) => m.rule === 'actor.sports-team-subject')).toEqual([]);
    const player = 'SOCCER - LATE GOAL .\nLONDON 1996-08-31\nMarko Brannick scored twice . Brannick scored again in the last minute .\n';
    expect(mentions(player).filter((m) => m.rule === 'actor.sports-team-subject')).toEqual([]);
    const prose = 'Hampshire need more money for their roads , the council said on Monday .\n';
    expect(mentions(prose).filter((m) => m.rule === 'actor.sports-team-subject')).toEqual([]);
  });
});
