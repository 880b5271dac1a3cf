// events.institution-name (src/event/events/institution.ts): a description that is a state institution told by its
// common name ("the army", "the Salvadoran armed forces") names an organisation; its members told in the plural stay
// unnamed descriptions, and so does an institution a modifier makes no state body ("the rebel army").
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';
import { isInstitution } from '../../src/event/events/institution.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });

describe('events.institution-name', () => {
  it('reads the common name of a state institution', () => {
    for (const t of ['the army', 'the Salvadoran armed forces', "the country's army", 'the national police', 'the National Guard']) expect(isInstitution(t), t).toBe(true);
    for (const t of ['soldiers', 'the troops', 'army troops', 'the rebel army', 'army', 'the policemen']) expect(isInstitution(t), t).toBe(false);
  });

  it('gives the institution a named organisation actor and leaves its members unnamed', () => {
    const r = run('The army attacked the village on Monday. Soldiers killed three peasants on Tuesday.');
    const army = r.actors.find((a) => a.name.toLowerCase() === 'army');
    expect(army?.named).toBeUndefined();
    expect(army?.rule).toBe('events.institution-name');
    expect((r.events ?? []).some((e) => army && e.perpetrators.includes(army.id))).toBe(true);
    const soldiers = r.actors.find((a) => a.name.toLowerCase() === 'soldiers');
    expect(soldiers?.named).toBe(false);
  });
});
