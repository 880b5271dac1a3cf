import { describe, expect, it } from 'vitest';
import { extractParticipants, participantsDomain } from '../../src/extract/participants/index.js';
import { analyseText } from '../helpers.js';

// participant.refine-noun-modifier: a bare singular head right before a lower-case noun modifies that noun.
const found = (text: string) => extractParticipants(analyseText(text)).map((p) => ({ text: p.text, start: p.start, end: p.end }));

describe('participants-noun-modifier.test.ts: a head used as a modifier names no one', () => {
  it('lists its refiner in the domain', () => {
    expect(participantsDomain.refiners.map((r) => r.id)).toContain('participant.refine-noun-modifier');
  });
  it.each([
    ['The rules forbid firing at civilian targets in the south .', 'civilian'],
    ['They do not rule out guerrilla attacks on the troops .', 'guerrilla'],
  ])('%j: no participant %s', (text, head) => {
    expect(found(text).some((p) => p.text.toLowerCase() === head)).toBe(false);
  });
  it('keeps a bare head that is the subject of a verb with an object ("Gunman kills two")', () => {
    const text = 'Gunman kills two in bar shooting .';
    expect(found(text)).toContainEqual({ text: 'Gunman', start: 0, end: 6 });
  });
  it('keeps a head with a determiner or a number ("the gunman", "two gunmen")', () => {
    const text = 'Police said the gunman fled after two gunmen opened fire .';
    const ps = found(text);
    expect(ps).toContainEqual({ text: 'the gunman', start: 12, end: 22 });
    expect(ps).toContainEqual({ text: 'two gunmen', start: 34, end: 44 });
  });
});

describe('participants-noun-modifier.test.ts: a head opening its sentence', () => {
  it('keeps "Soldier" in "Soldier dies in blast"', () => {
    expect(found('Soldier dies in blast near the border .')).toContainEqual({ text: 'Soldier', start: 0, end: 7 });
  });
});
