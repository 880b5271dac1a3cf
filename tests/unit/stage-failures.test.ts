// No silent failures (#20): a stage that throws leaves a stage_failed warning on the record, the other stages'
// items stay, the record still validates, and the CLI would exit 0 for it.
import { describe, expect, it } from 'vitest';
import { EventRecordSchema, makeDocument } from '../../src/index.js';
import { extractDocument, STAGE_FAILED } from '../../src/pipeline.js';
import { reportFailure } from '../../src/analyse/index.js';

const TEXT = 'Gunmen killed three people in Mosul on Friday, police said. "It was a massacre," said Ali Hassan, a witness.';
const doc = () => makeDocument(TEXT, { id: 't', published: '2023-12-08' });
const boom = (): never => {
  throw new Error('boom');
};

describe('a stage that throws', () => {
  it.each(['dates', 'counts', 'places', 'actors', 'quotes', 'participants', 'things', 'weapons', 'event', 'events'] as const)('%s: warning with a stable code, the rest kept, valid record', (stage) => {
    const clean = extractDocument(doc());
    expect(clean.warnings.filter((w) => w.startsWith(STAGE_FAILED))).toEqual([]);
    const r = extractDocument(doc(), { stages: { [stage]: boom } });
    expect(r.warnings).toContain(`${STAGE_FAILED}: ${stage} stage failed: boom`);
    expect(EventRecordSchema.safeParse(r).success).toBe(true);
    // the stages that did not fail still deliver
    if (stage !== 'dates') expect(r.dates.length).toBeGreaterThan(0);
    if (stage !== 'quotes') expect(r.quotes.length).toBe(clean.quotes.length);
    if (stage === 'event') expect(r.event).toBeNull();
  });

  it('a failure inside a stage (one sentence, one rule) is reported once per message, and the stage goes on', () => {
    const r = extractDocument(doc(), {
      stages: {
        counts: (a) => {
          reportFailure(a, 'counts', new Error('odd sentence'));
          reportFailure(a, 'counts', new Error('odd sentence'));
          return [];
        },
      },
    });
    expect(r.warnings.filter((w) => w.startsWith(STAGE_FAILED))).toEqual([`${STAGE_FAILED}: counts stage failed: odd sentence`]);
    expect(r.actors.length).toBeGreaterThan(0);
  });
});
