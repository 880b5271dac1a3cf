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
