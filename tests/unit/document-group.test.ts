// Pass 10 of events (role.document-group): fighters described only as insurgents are the fighters of the one
// insurgent group the report names. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/document.js';
import { extractDocument } from '../../src/pipeline.js';
import { REFERENCE } from '../helpers.js';
import { documentGroupPerpetrators } from '../../src/event/events/10-document-group.js';
import type { Analysis } from '../../src/analyse/index.js';

const run = (text: string) => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const perps = (r: ReturnType<typeof run>, trigger: string) => {
  const e = r.events!.find((x) => x.trigger.text === trigger)!;
  return { names: e.perpetrators.map((id) => r.actors.find((x) => x.id === id)?.name).sort(), rule: e.rules?.perpetrators };
};

describe('document-group.test.ts: the one insurgent group of the report joins its described fighters (role.document-group)', () => {
  it('a group named by its long form before the acronym: "a guerrilla column attacked the farm"', () => {
    const r = run('A radio station of the Guatemalan National Revolutionary Unity (URNG) said on Monday that a guerrilla column attacked the Santa Rosa farm in Escuintla.');
    expect(perps(r, 'attacked')).toEqual({ names: ['URNG', 'guerrilla column'], rule: 'role.active-subject' });
  });
  it('a group whose name holds a word of insurgency, told in another sentence', () => {
    const r = run('The Farabundo Marti National Liberation Front issued a communique on Friday. Urban commandos attacked the 1st Infantry Brigade headquarters in San Salvador.');
    expect(perps(r, 'attacked').names).toContain('Farabundo Marti National Liberation Front');
  });
  it('no insurgent group named, or the doers are no insurgents: nothing added', () => {
    const r = run('The Red Cross said on Monday that a guerrilla column attacked the Santa Rosa farm in Escuintla.');
    expect(perps(r, 'attacked').names).not.toContain('Red Cross');
    const s = run('The Farabundo Marti National Liberation Front issued a communique on Friday. Soldiers attacked a village in Chalatenango.');
    expect(perps(s, 'attacked').names).not.toContain('Farabundo Marti National Liberation Front');
  });
  it('the pass names its rule when it gives an event its first named perpetrator', () => {
    const text = 'The Farabundo Marti National Liberation Front issued a communique on Friday. Urban commandos attacked the 1st Infantry Brigade headquarters in San Salvador.';
    const r = run(text);
    const e = r.events!.find((x) => x.trigger.text === 'attacked')!;
    const fmln = r.actors.find((x) => x.name === 'Farabundo Marti National Liberation Front')!;
    const entry = { ...e, perpetrators: e.perpetrators.filter((id) => id !== fmln.id), rules: {} as Record<string, string> };
    documentGroupPerpetrators({ text } as Analysis, [entry], r.actors);
    expect(entry.perpetrators).toContain(fmln.id);
    expect(entry.rules.perpetrators).toBe('role.document-group');
  });
});
