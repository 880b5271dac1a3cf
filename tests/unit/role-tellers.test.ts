// The main event's person rules (src/event/roles.ts PERSON_RULES): a relative or a spokesman who tells the story is
// no suspect, and words the sentence quotes ("an arrest has been made") make no sentence of arrest. Facts by hand.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const perps = (r: EventRecord): string[] => (r.event?.perpetrators ?? []).map((id) => r.actors.find((a) => a.id === id)?.name ?? id);

describe('role-tellers.test.ts: the teller is no suspect', () => {
  it('"Ruiz\'s sister, Elena Ruiz, said" after a quote about an arrest: the sister is no perpetrator; the one charged is', () => {
    const r = run(
      'Man charged in Lakewood bar shooting\n\nA man has been charged with murder in a shooting outside a Lakewood bar on Saturday, prosecutors said.\n\n' +
        'Marcus Hill was arrested Tuesday in Aurora. Anthony Ruiz, 31, died at the scene.\n\n' +
        '"We are relieved that an arrest has been made," Ruiz\'s sister, Elena Ruiz, said in a statement.\n',
    );
    expect(perps(r)).toContain('Marcus Hill');
    expect(perps(r)).not.toContain('Elena Ruiz');
    expect(r.actors.some((a) => a.name === 'Elena Ruiz')).toBe(true);
  });

  it('a kin apposition in a sentence of arrest outside quotes is still the suspect (event.role-person-kin)', () => {
    const r = run('Man shot dead in Reno\n\nA man was shot dead in Reno on Friday. Police arrested his son, Mark Brown, on charges of murder.\n');
    expect(perps(r)).toContain('Mark Brown');
    expect(r.event?.rules.perpetrators).toBe('event.role-person-kin');
  });
});

describe('role-tellers.test.ts: the passive subject lies in the trigger\'s clause', () => {
  it('"The Police Department has identified the man who was shot": the police are no target', () => {
    const r = run('Police identify man killed in Tuesday shooting\n\nThe Oklahoma City Police Department has identified the man who was shot and killed Tuesday afternoon in northeast Oklahoma City.\n');
    const targets = (r.event?.targets ?? []).map((id) => r.actors.find((a) => a.id === id)?.name ?? id);
    expect(targets).not.toContain('Oklahoma City Police Department');
    expect(r.actors.some((a) => a.name === 'Oklahoma City Police Department')).toBe(true);
  });

  it('"John Smith, 24, was shot" still makes him the target (event.role-passive-subject)', () => {
    const r = run('Man shot in Dallas\n\nJohn Smith, 24, was shot on Friday night in Dallas, police said.\n');
    expect((r.event?.targets ?? []).map((id) => r.actors.find((a) => a.id === id)?.name)).toContain('John Smith');
    expect(r.event?.rules.targets).toBe('event.role-passive-subject');
  });
});

describe('role-tellers.test.ts: a name inside a street\'s name is no actor', () => {
  it('"Martin Luther King Avenue" is a place, and "Martin Luther" no person, nor a victim', () => {
    const r = run('Man killed in shooting\n\nJamal Carter, 34, was found near NE 23rd Street and Martin Luther King Avenue with multiple gunshot wounds on Tuesday.\n');
    expect(r.places.some((p) => p.name === 'Martin Luther King Avenue' && p.kind === 'facility')).toBe(true);
    expect(r.actors.map((a) => a.name)).not.toContain('Martin Luther');
    const victims = (r.event?.victims ?? []).map((id) => r.actors.find((a) => a.id === id)?.name);
    expect(victims).toContain('Jamal Carter');
    expect(victims).not.toContain('Martin Luther');
  });
});

describe('role-tellers.test.ts: a name inside a relative clause is not the subject', () => {
  it('"Nordvik, which is listed on the Oslo Stock Exchange, said": the exchange is no perpetrator', () => {
    const r = run('Nordvik cuts forecast\n\nNordvik, which is listed on the Oslo Stock Exchange, said on Tuesday that profit would fall.\n');
    expect(perps(r)).not.toContain('Oslo Stock Exchange');
  });

  it('"Hezbollah attacked Israel" keeps its subject (event.role-active-subject)', () => {
    const r = run('Hezbollah attacked Israel on Friday.\n');
    expect(perps(r)).toContain('Hezbollah');
  });
});

describe('role-tellers.test.ts: "Washington, D.C." names the District, not a stray place', () => {
  it('"D.C." after its town is the District of Columbia (place.us-state-abbrev), no unresolved "D.c."', () => {
    const r = run('Man shot in capital\n\nA man was shot in Washington, D.C., on Friday, police said.\n');
    const names = r.places.map((p) => p.name);
    expect(names).toContain('District of Columbia');
    expect(names).not.toContain('D.c.');
    const dc = r.places.find((p) => p.name === 'District of Columbia')!;
    expect(dc.mentions[0].rule).toBe('place.us-state-abbrev');
  });
});

describe('role-tellers.test.ts: one teller pattern for both role readers (src/event/teller.ts)', () => {
  it('TELLER_NEXT reads the speech verb after a name, past a comma, an apposition, or a title and name', async () => {
    const { TELLER_NEXT } = await import('../../src/event/teller.js');
    expect(TELLER_NEXT.test(', said in a statement')).toBe(true);
    expect(TELLER_NEXT.test(', told the News-Press that her son')).toBe(true);
    expect(TELLER_NEXT.test(', a police spokesman, told reporters')).toBe(true);
    expect(TELLER_NEXT.test(' said')).toBe(true);
    expect(TELLER_NEXT.test(' spokesman Ahmed Khan said')).toBe(true);
    // an age is no apposition, and a clause of the crime is none either when the source is another's
    expect(TELLER_NEXT.test(', 35, said')).toBe(false);
    expect(TELLER_NEXT.test(', shot and wounded five people in Brooklyn on Saturday, reported Metro.')).toBe(false);
    expect(TELLER_NEXT.test(' was shot in the leg')).toBe(false);
  });
});
