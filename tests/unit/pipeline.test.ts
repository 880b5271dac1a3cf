// createPipeline (#20): a pipeline compiles its rules once and owns them; two pipelines give the same record,
// the standard one (extractDocument) too, and a pipeline with a stage replaced uses it.
import { describe, expect, it } from 'vitest';
import { createPipeline, extractDocument, makeDocument } from '../../src/index.js';

const TEXT = 'Gunmen killed three people in Mosul on Friday, police said. "It was a massacre," said Ali Hassan, a witness.';
const doc = () => makeDocument(TEXT, { id: 't', published: '2023-12-08' });

describe('pipeline.test.ts: createPipeline', () => {
  it('two pipelines and extractDocument give the same record', () => {
    const p = createPipeline();
    const q = createPipeline();
    const r = p.extract(doc(), { explain: true });
    expect(q.extract(doc(), { explain: true })).toEqual(r);
    expect(extractDocument(doc(), { explain: true })).toEqual(r);
    // facts written by hand: Friday 2023-12-08's Friday is that day; Mosul; three killed; the police's indirect quote and Ali Hassan's direct one
    expect(r.dates.find((d) => d.text === 'Friday')?.value).toBe('2023-12-08');
    expect(r.places.map((x) => x.name)).toContain('Mosul');
    expect(r.event?.killed).toBe(3);
    expect(r.quotes.map((x) => [x.text, x.type])).toEqual([['Gunmen killed three people in Mosul on Friday', 'indirect'], ['It was a massacre,', 'direct']]);
  });

  it('a pipeline with a stage replaced runs it, and leaves the standard one alone', () => {
    const p = createPipeline({ stages: { quotes: () => [] } });
    expect(p.extract(doc()).quotes).toEqual([]);
    expect(extractDocument(doc()).quotes.length).toBe(2);
  });
});
