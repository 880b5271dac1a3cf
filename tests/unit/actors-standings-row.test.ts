import { describe, expect, it } from 'vitest';
import { actorMentionOf } from '../actor-helpers.js';

// Sports tables (ner13): the first row of a standings table right after a heading line with no full stop is a club's.
const mentionOf = actorMentionOf;

const STANDINGS = 'SOCCER - SCOTTISH LEAGUE STANDINGS .\nGLASGOW 1996-08-31\nStandings ( played , won , drawn , lost , goals for , against , points ) :\nDivision one\nGreenhill Morton 3 2 0 1 5 2 6\nDunmore 3 1 2 0 3 2 5\nSt Kelvin 2 1 1 0 3 0 4\n';

describe('actors-standings-row.test.ts: standings rows after a heading line', () => {
  it('actor.sports-team-row: a standings row after a heading line without a full stop is a club, whatever its words read as', () => {
    const m = mentionOf(STANDINGS, 'Greenhill Morton');
    expect(m?.kind).toBe('organization');
    expect(m?.rule).toBe('actor.sports-team-row');
    expect(STANDINGS.slice(m!.start, m!.end)).toBe('Greenhill Morton');
  });

  it('actor.sports-team-row: a national side in a standings row stays its country', () => {
    const text = 'SOCCER - WORLD CUP STANDINGS .\nLONDON 1996-08-31\nGroup one\nScotland 3 2 0 1 5 2 6\nAustria 3 1 2 0 3 2 5\n';
    expect(mentionOf(text, 'Scotland')).toBeNull();
  });
});
