// The library API: extract(text, options) -> a validated record.
import { describe, expect, it } from 'vitest';
import { extract, EventRecordSchema, recordJsonSchema } from '../../src/index.js';
import { seedText } from '../helpers.js';

describe('extract()', () => {
  it('returns a record that passes the schema, with the given id and publication date', () => {
    const rec = extract(seedText(), { published: '2023-12-08', id: 'seed' });
    expect(EventRecordSchema.safeParse(rec).success).toBe(true);
    expect(rec.id).toBe('seed');
    expect(rec.published).toEqual({ value: '2023-12-08', source: 'option' });
    expect(JSON.stringify(rec)).not.toContain('"rule"');
  });

  it('keeps rule ids with explain', () => {
    const rec = extract('Storm hits Maine\n\nA storm hit Portland, Maine on Tuesday, officials said.', { published: '2023-12-08', explain: true });
    for (const d of rec.dates) expect(d.rule).toBeTruthy();
  });

  it('rejects an invalid publication date and a non-string text', () => {
    expect(() => extract('text', { published: '2023-02-30' })).toThrow(RangeError);
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
  });

  it('never resolves against the clock without a publication date', () => {
    const rec = extract('Rockets hit the base on Friday.\n');
    expect(rec.published.source).toBe('none');
    expect(rec.warnings).toHaveLength(1);
    for (const d of rec.dates) if (d.relative) expect(d.value === null || d.value.includes('X')).toBe(true);
  });

  it('exposes the JSON Schema', () => {
    expect(recordJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});
