// Rule participant.premodifier (src/extract/participants/rules.ts): a premodifier the modifiers lexicon does not
// list, between a determiner or number and a perpetrator head, stays in the description with them. Hand-written
// sentences; each description must be the event's perpetrator with its whole span.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { analyse } from '../../src/analyse/index.js';
import { extractParticipants } from '../../src/extract/participants/index.js';

const F = 'participants-premodifier.test.ts';
const RULE = 'participant.premodifier';

const parts = (text: string) => extractParticipants(analyse(makeDocument(text, { id: 't', published: '2023-12-08' })));

describe(`${F}: ${RULE} keeps an unlisted premodifier and the determiner or number before it`, () => {
  it.each<[string, string, number | undefined]>([
    ['The mayor of Tulua was shot dead by two paid assassins on Friday night.', 'two paid assassins', 2],
    ['A band of 12 hired gunmen set fire to the town hall in Cali.', 'A band of 12 hired gunmen', 12],
    ['The trained kidnappers shot a banker outside his office in Lima.', 'The trained kidnappers', undefined],
  ])('%j: perpetrator %j', (text, want, count) => {
    const p = parts(text).find((x) => x.text === want);
    expect(p, `${F}: ${want} in ${JSON.stringify(parts(text).map((x) => x.text))}`).toBeDefined();
    expect(p!.rule).toBe(RULE);
    expect(text.slice(p!.start, p!.end)).toBe(want);
    expect(p!.count).toBe(count);
    expect(p!.leaning).toBe('perpetrator');
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), {});
    const perps = (r.events ?? []).flatMap((e) => e.perpetrators).map((id) => r.actors.find((a) => a.id === id)!);
    expect(perps.flatMap((a) => a.mentions).map((m) => m.text), `${F}: perpetrators of ${text}`).toContain(want);
  });

  it.each<[string, string]>([
    // no determiner or number before the verb: the verb is no premodifier
    ['Soldiers killed rebels near the river on Tuesday.', 'rebels'],
    // the rule is for perpetrator heads only
    ['The explosive force of the blast hurt three exiled union leaders.', 'force'],
  ])('%j: stays %j', (text, want) => {
    expect(parts(text).map((x) => x.text)).toContain(want);
    expect(parts(text).some((x) => x.rule === RULE)).toBe(false);
  });
});
