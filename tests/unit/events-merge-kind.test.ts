// events.merge-kind: frames whose acts clash (a bombing, a stabbing) are two events; a word of death or hurt after an act names no kind.
import { describe, expect, it } from 'vitest';
import { actKinds, kindsClash, KIND_RULE } from '../../src/event/events/4-merge.js';
import { eventsDomain } from '../../src/event/events/index.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { REFERENCE } from '../helpers.js';

const m = (code: string, text: string): { code: string; text: string } => ({ code, text });

describe('events.merge-kind', () => {
  it('is declared in the events domain', () => {
    expect(KIND_RULE.id).toBe('events.merge-kind');
    expect(eventsDomain.rules.map((r) => r.id)).toContain('events.merge-kind');
  });

  const ROWS: [string, { code: string; text: string }[], { code: string; text: string }[], boolean][] = [
    ['bomb attack vs stabbing', [m('183', 'bomb attack')], [m('182', 'stabbed')], true],
    ['shooting vs stabbed to death', [m('193', 'shot')], [m('1823', 'stabbed to death')], true],
    ['airstrike vs knifing', [m('195', 'airstrike')], [m('190', 'knifed')], true],
    ['explosion then killed', [m('183', 'explosion')], [m('1823', 'killed')], false],
    ['explosion then wounded', [m('183', 'blast')], [m('182', 'wounded')], false],
    ['bombing then the attack', [m('183', 'bombing')], [m('190', 'attack')], false],
    ['stabbing then stabbed', [m('182', 'stabbing')], [m('182', 'stabbed')], false],
    ['shot and stabbed vs shooting', [m('193', 'shot'), m('182', 'stabbed')], [m('193', 'shooting')], false],
    ['stabbing vs assaulted (no kind)', [m('182', 'stabbing')], [m('182', 'assaulted')], false],
  ];
  it.each(ROWS)('%s', (_name, x, y, clash) => {
    expect(kindsClash(actKinds(x), actKinds(y))).toBe(clash);
    expect(kindsClash(actKinds(y), actKinds(x))).toBe(clash);
  });

  it('a stabbing told after a bomb attack is an event of its own: its perpetrator is no bomber', () => {
    const text = 'Bomb hits station\n\nThe police station was the target of a bomb attack on Friday. Officials blamed the attack on the Shining Path. A man with a knife was stabbed by his brother.';
    const r = extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
    const all = r.events ?? [];
    const withStab = all.filter((e) => e.mentions?.some((x) => x.text === 'stabbed'));
    const withBomb = all.filter((e) => e.mentions?.some((x) => x.text === 'bomb attack'));
    expect(withStab.length).toBeGreaterThan(0);
    expect(withBomb.length).toBeGreaterThan(0);
    for (const e of withStab) expect(e.mentions?.some((x) => x.text === 'bomb attack')).toBe(false);
    const brother = r.actors.filter((a) => /brother/.test(a.name)).map((a) => a.id);
    for (const e of withBomb) for (const id of brother) expect(e.perpetrators).not.toContain(id);
  });
});
