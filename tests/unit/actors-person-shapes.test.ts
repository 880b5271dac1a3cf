import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// People whose names look like something else: a surname that is also a place or event word after a first
// name ("Anthony Hill"), a first name the tagger reads as a place after a nationality ("Australian Anthony Hill").
const actors = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors;
const found = (text: string, name: string) => actors(text).find((a) => a.mentions.some((m) => m.text === name));

describe('actors-person-shapes.test.ts: people named like places', () => {
  it.each([
    // [text, mention, rule]
    ['Anthony Hill won the final in three games on Sunday .', 'Anthony Hill', 'actor.person-surname-head'],
    ['The Queensland batsman Stuart Law made 80 not out .', 'Stuart Law', 'actor.person-surname-head'],
  ])('%j: %s is a person (%s)', (text, name, rule) => {
    const a = found(text, name);
    expect(a?.kind).toBe('person');
    const m = a!.mentions.find((x) => x.text === name)!;
    expect(m.rule).toBe(rule);
    expect(text.slice(m.start, m.end)).toBe(name);
  });

  it('the surname alone names the person later', () => {
    const text = 'Anthony Hill won the final on Sunday .\nHill said he was tired .';
    const a = found(text, 'Anthony Hill')!;
    expect(a.mentions.map((m) => m.text)).toEqual(['Anthony Hill', 'Hill']);
  });

  it('a nationality before a first name that the tagger reads as a place gives the country, not the name', () => {
    const text = 'Controversial Australian Anthony Hill called his opponent a cheat .';
    const a = found(text, 'Anthony Hill');
    expect(a?.kind).toBe('person');
    expect(a?.country).toBe('AU');
  });

  it.each([
    // a first name that is an English word makes a place ("Forest Hill"); a lone head word is no one
    ['Residents of Forest Hill said the water was off .', 'Forest Hill'],
    ['The law was passed on Friday .', 'law'],
  ])('%j: %s is no person', (text, name) => {
    expect(actors(text).filter((a) => a.kind === 'person').flatMap((a) => a.mentions.map((m) => m.text))).not.toContain(name);
  });

  it('a weakly read organisation (actor.org-compromise) labels no other occurrence; a weakly read person does (actor.doc-propagate)', () => {
    const org = 'PAN AM FLIES AGAIN .\nNEW YORK 1996-08-30\nHe flew Pan Am to London on Friday .';
    const mentions = actors(org).flatMap((a) => a.mentions.map((m) => `${m.text}/${m.rule}`));
    expect(mentions).toContain('Pan Am/actor.org-compromise');
    expect(mentions.some((m) => m.startsWith('PAN AM'))).toBe(false);
    const person = 'Ralph Bloch said the market was tired .\nBloch said rates would rise .';
    expect(found(person, 'Ralph Bloch')?.mentions.map((m) => `${m.text}/${m.rule}`)).toEqual(['Ralph Bloch/actor.person-compromise', 'Bloch/actor.doc-propagate']);
  });

  it.each([
    // a closing sign-off line: the desk to call, right before its number (a telephone label ends the name)
    ['Shares rose on Friday .\n-- Bombay Commodities +91-22-265 9000', 'Bombay Commodities', 'actor.signoff-desk'],
    ['Shares rose on Friday .\n-- Air Cargo Newsroom Tel+44 171 542 8982 Fax +44 171 542 5017', 'Air Cargo Newsroom', 'actor.signoff-desk'],
    ['Shares rose on Friday .\n-- New York Newsdesk 212-859-1610 .', 'New York Newsdesk', 'actor.signoff-desk'],
    // "newsdesk" ends a medium's name anywhere (lexicon org-suffixes.json)
    ['The Chicago Newsdesk said the report was late .', 'Chicago Newsdesk', 'actor.org-suffix'],
  ])('%j: %s is a medium (%s)', (text, name, rule) => {
    const a = found(text, name);
    expect(a?.kind).toBe('media');
    expect(a!.mentions.find((m) => m.text === name)?.rule).toBe(rule);
  });

  it('a person named right after the dashes of a sign-off stays a person', () => {
    const text = 'Shares rose on Friday .\n-- Jane Smith +44 171 542 7658';
    expect(found(text, 'Jane Smith')?.kind).toBe('person');
  });

  it('in team sports, an ordinary word alone at a line start before one or two figures labels the line (teams.ts rowLabel), a club keeps its row', () => {
    const text = 'SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\nResults on Saturday :\nReading 4 1 1 2 5 10 4\nOrrell 13 Bath 56\nHalftime 1-0 .\nAttendance 23,000';
    const names = actors(text).filter((a) => a.kind !== 'person').flatMap((a) => a.mentions.map((m) => `${m.text}/${m.rule}`));
    expect(names).toContain('Reading/actor.sports-team-row');
    expect(names.some((n) => n.startsWith('Bath/'))).toBe(true);
    expect(names.some((n) => n.startsWith('Halftime') || n.startsWith('Attendance'))).toBe(false);
  });

  it('a club after the previous side\'s score range and a comma stands in its slot ("133-5 , Derbyshire 471")', () => {
    const text = 'CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES .\nLONDON 1996-08-30\nChesterfield : Worcestershire 238 and 133-5 , Derbyshire 471 ( J. Adams 123 ) .';
    const club = found(text, 'Derbyshire');
    expect(club?.kind).toBe('organization');
    expect(club!.mentions[0].rule).toBe('actor.sports-team');
  });

  it('in cricket, a row of two words or more before figures is a bowler, a one-word row a county', () => {
    const text = 'CRICKET - ENGLAND V PAKISTAN SCOREBOARD .\nLONDON 1996-08-30\nBowling :\nWasim Akram 10 1 45 2\nMushtaq Ahmed 10 0 52 1\n' +
      'Standings :\nEssex 14 5 3 6 180\nKent 14 4 4 6 170';
    const all = actors(text);
    expect(all.find((a) => a.mentions.some((m) => m.text === 'Wasim Akram'))?.kind).toBe('person');
    expect(all.find((a) => a.mentions.some((m) => m.text === 'Mushtaq Ahmed'))?.kind).toBe('person');
    const essex = all.find((a) => a.mentions.some((m) => m.text === 'Essex'));
    expect(essex?.kind).toBe('organization');
    expect(essex!.mentions[0].rule).toBe('actor.sports-team-row');
  });
});

