import { describe, expect, it } from 'vitest';
import { actorMentionOf } from '../actor-helpers.js';

// Sports lists (ner13): the players of a squad listed by their surnames after players read by any rule.
const mentionOf = actorMentionOf;

const SQUAD = 'SOCCER - IRISH SQUAD NAMED .\nDUBLIN 1996-08-30\nMick McCarthy named Shay Given and Roy Keane in his side .\nThe team is as follows :\nGiven , Brannock , Keane , Tallant , McAlorum , Quinn .\n';

describe('actors-sports-lists.test.ts: squad lists', () => {
  it('actor.sports-player-list: a surname nothing read, listed with players, is a player', () => {
    for (const name of ['Brannock', 'Tallant', 'McAlorum']) {
      const m = mentionOf(SQUAD, name);
      expect(m?.kind, name).toBe('person');
      expect(m?.rule, name).toBe('actor.sports-player-list');
      expect(SQUAD.slice(m!.start, m!.end)).toBe(name);
    }
  });

  it('actor.sports-player-list: a club after a preposition and a sentence-opening adverb are no players', () => {
    const text = 'SOCCER - ITALIAN NEWS .\nROME 1996-08-30\nHe worked with his former coach at Torvino , Emiliano Mondonico .\nIronically , Karbacher had beaten Ivan Lendl two years ago .\n';
    expect(mentionOf(text, 'Torvino')?.kind).not.toBe('person');
    expect(mentionOf(text, 'Ironically')).toBeNull();
    // and outside sports, names listed with people are left alone
    expect(mentionOf('Talks between Roy Keane , Brannock and Tallant ended on Friday .', 'Brannock')?.rule).not.toBe('actor.sports-player-list');
  });
});
