import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { REFERENCE } from '../helpers.js';

// actor.no-event-or-place-head: a capitalised phrase of two words or more that ends in an event's head word names the
// event, not an organisation (lexicon/event-heads.json: "final", "show", "election", ...).
const actors = (text: string) => extract(text, { published: REFERENCE }).actors;

describe('actors-event-heads.test.ts: event names are no actors', () => {
  it.each([
    ['She is going to the IAAF Grand Prix Final in Milan next month .', 'IAAF Grand Prix Final'],
    ['The car was shown at the Paris Motor Show on Thursday .', 'Paris Motor Show'],
  ])('%j: no actor spans %s', (text, name) => {
    const start = text.indexOf(name);
    expect(start).toBeGreaterThan(0);
    expect(actors(text).some((a) => a.mentions.some((m) => m.start === start && m.end === start + name.length))).toBe(false);
  });
  it('an organisation named with a head word of its own stays one', () => {
    const text = 'The Federal Election Commission said on Friday it would look into the complaint .';
    const a = actors(text).find((x) => x.mentions.some((m) => m.text === 'Federal Election Commission'));
    expect(a?.kind).not.toBe('person');
    expect(a).toBeDefined();
  });
});
