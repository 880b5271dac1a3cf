// The number slot of a participant description (src/extract/participants/rules.ts, NUMBER_SLOT, read by
// participant.description and participant.armed-men): a range of two numbers ("approximately 20 or 30", "15 to 20")
// stays in the description, in mixed case and in lower case. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { analyse } from '../../src/analyse/index.js';
import { extractParticipants } from '../../src/extract/participants/index.js';

const F = 'participants-number-range.test.ts';
const doc = (text: string) => makeDocument(text, { id: 't', published: '2023-12-08' });
const parts = (text: string) => extractParticipants(analyse(doc(text)));

describe(`${F}: a range of two numbers opens the description`, () => {
  it.each<[string, string, string, number]>([
    ['Approximately 20 or 30 gunmen machinegunned a bus on the coastal highway on Sunday.', 'Approximately 20 or 30 gunmen', 'participant.description', 20],
    ['approximately 20 or 30 gunmen machinegunned a bus on the coastal highway on sunday.', 'approximately 20 or 30 gunmen', 'participant.description', 20],
    ['Police said 15 to 20 armed men burned the town hall of Cajamarca.', '15 to 20 armed men', 'participant.armed-men', 15],
    ['police said 15 to 20 armed men burned the town hall of cajamarca.', '15 to 20 armed men', 'participant.armed-men', 15],
  ])('%j: perpetrator %j', (text, want, rule, count) => {
    // a text in lower case is read truecased ("Gunmen"): compare without case
    const p = parts(text).find((x) => x.text.toLowerCase() === want.toLowerCase());
    expect(p, `${F}: ${want} in ${JSON.stringify(parts(text).map((x) => x.text))}`).toBeDefined();
    expect(p!.rule).toBe(rule);
    expect(text.slice(p!.start, p!.end)).toBe(want);
    expect(p!.leaning).toBe('perpetrator');
    expect(p!.count).toBe(count);
    const r = extractDocument(doc(text), {});
    const perps = (r.events ?? []).flatMap((e) => e.perpetrators).map((id) => r.actors.find((a) => a.id === id)!);
    expect(perps.flatMap((a) => a.mentions).map((m) => m.text.toLowerCase()), `${F}: perpetrators of ${text}`).toContain(want.toLowerCase());
  });

  it('a number alone still opens it, and "or" before a word is no range', () => {
    expect(parts('About 30 gunmen attacked the barracks.').map((x) => x.text)).toContain('About 30 gunmen');
    expect(parts('Two or three gunmen attacked the barracks.').map((x) => x.text)).toContain('three gunmen');
  });
});
