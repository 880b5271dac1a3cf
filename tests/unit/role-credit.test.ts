// A news outlet that credits the story ("HOUSTON (AP) —", a headline's "- WMC Action News 5") is no party to the
// event: neither the main event's grammar roles (src/event/roles.ts) nor the entries' (src/event/events/3-roles.ts)
// take it. Facts written by hand.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { analyse } from '../../src/analyse/index.js';
import { isCredit } from '../../src/event/credit.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE } from '../helpers.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const roleNames = (r: EventRecord): string[] => {
  const ids = [r.event, ...(r.events ?? [])].flatMap((e) => (e ? [...(e.perpetrators ?? []), ...(e.targets ?? []), ...(e.victims ?? [])] : []));
  return ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? r.places.find((p) => p.id === id)?.name ?? id);
};

describe('role-credit.test.ts: a crediting outlet fills no role', () => {
  it('a wire credit in the dateline is no target of the passive trigger after it', () => {
    const r = run('Two killed in Houston shooting\n\nHOUSTON (AP) — Two men were killed and three people were wounded early Sunday when gunfire erupted outside a gas station, police said.\n');
    expect(r.actors.some((a) => a.name === 'AP' && a.kind === 'media')).toBe(true);
    expect(roleNames(r)).not.toContain('AP');
    expect(r.event?.killed).toBe(2);
  });

  it('a station credit in the dateline is no perpetrator of the active trigger after it', () => {
    const r = run('Four hurt in shooting\n\nPHILADELPHIA (CBS) – Investigators say four men are hospitalized after a shooting in Philadelphia on Tuesday night.\n');
    expect(roleNames(r)).not.toContain('CBS');
  });

  it('isCredit: parentheses and the headline credit a media actor; a body mention of it does not, nor anyone else', () => {
    const text = 'Man shot in Dallas - WFAA News\n\nDALLAS (WFAA) — A gunman fired at the WFAA News van on Friday, police said.\n';
    const a = analyse(makeDocument(text, { id: 't', published: REFERENCE }));
    const at = (s: string, from = 0): { start: number; end: number } => { const start = text.indexOf(s, from); return { start, end: start + s.length }; };
    const media = { kind: 'media' as const };
    expect(isCredit(a, media, at('WFAA News'))).toBe(true); // the headline's outlet tail
    expect(isCredit(a, media, at('WFAA', text.indexOf('(')))).toBe(true); // "(WFAA)"
    expect(isCredit(a, media, at('WFAA News', text.indexOf('the WFAA')))).toBe(false); // the van's owner, in the body
    expect(isCredit(a, { kind: 'organization' }, at('WFAA', text.indexOf('(')))).toBe(false);
  });
});
