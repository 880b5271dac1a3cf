import { describe, expect, it } from 'vitest';
import { actorMentionOf } from '../actor-helpers.js';

// ner19: the team or make after a competitor's country in brackets, on a results line opening on a rank.
const RACE = 'MOTOCROSS - WORLD CHAMPIONSHIP RACE .\nLIEGE , Belgium 1996-08-30\nResults of the race :\n1. Tomas Berg ( Sweden ) Kawasaki\n2. Luis Orta ( Spain ) Aprilia 1:02\n3. Pim Bakker ( Netherlands ) Suzuki 1:10\n';

describe('actors-competitor-team.test.ts: teams after a bracketed country', () => {
  it('place.refine-competitor-team: a town named like the make is the team, not a place', () => {
    for (const name of ['Kawasaki', 'Aprilia']) {
      const m = actorMentionOf(RACE, name);
      expect(m?.kind, name).toBe('organization');
      expect(RACE.slice(m!.start as number, m!.end as number)).toBe(name);
    }
  });

  it('a motocross headline is a sports report: the make after the country is a team', () => {
    expect(actorMentionOf(RACE, 'Suzuki')?.kind).toBe('organization');
    expect(actorMentionOf(RACE, 'Tomas Berg')?.kind).toBe('person');
  });

  it('place.refine-competitor-team: a team named like a country, after the competitor\'s country, is the team', () => {
    const text = 'MOTOR RACING - GRAND PRIX QUALIFYING .\nMONZA , Italy 1996-09-07\nQualifying times :\n1. Pete Lowry ( Britain ) Jordan 1:24.101\n2. Hans Vogt ( Germany ) Sauber 1:24.502\nJordan has not qualified so well all year .\n';
    const m = actorMentionOf(text, 'Jordan');
    expect(m?.kind).toBe('organization');
    expect(m?.start).toBe(text.indexOf('Jordan'));
    // the competitors' countries stay places, and so does a country outside such a line
    expect(actorMentionOf(text, 'Britain')).toBeNull();
    expect(actorMentionOf('1. Pete Lowry of Britain said Jordan was calm .', 'Jordan')?.kind).not.toBe('organization');
  });
});

describe('actors-competitor-team.test.ts: home nations in brackets', () => {
  it('actor.sports-team, actor.sports-team-row: a club before a home nation in brackets and its score is a club ("Celtic ( Scotland ) 3")', () => {
    const text = 'SOCCER - CUP WINNERS CUP RESULTS .\nLONDON 1996-09-12\nResults on Thursday :\nIn Glasgow : Celtic ( Scotland ) 3 Barry ( Wales ) 0\n';
    for (const name of ['Celtic', 'Barry']) {
      const m = actorMentionOf(text, name);
      expect(m?.kind, name).toBe('organization');
      expect(m?.rule, name).toMatch(/^actor\.sports-team(?:-row)?$/);
      expect(text.slice(m!.start as number, m!.end as number)).toBe(name);
    }
  });
});
