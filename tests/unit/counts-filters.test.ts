// The not-a-count filters (src/extract/counts/filters.ts), one example each, written by hand: the filter that
// holds on the number is the one named, and the number is no count of the record.
import { describe, expect, it } from 'vitest';
import { notACount } from '../../src/extract/counts/filters.js';
import { readCore } from '../../src/extract/counts/number.js';
import { sentenceTokens } from '../../src/extract/counts/terms.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { analyseText } from '../helpers.js';

const F = 'counts-filters.test.ts';

describe(`${F}: each filter on its own example`, () => {
  it.each<[string, string, string]>([
    ['count.not-phone', 'Call 555-1234 for details, police said.', '555-1234'],
    ['count.not-percent', 'Unemployment rose 5 percent in Ohio.', '5'],
    ['count.not-year', 'In 2019 the party won the vote.', '2019'],
    ['count.not-emergency-number', 'Dial 911 if you see him, police said.', '911'],
    ['count.not-compound-modifier', 'A 3-point lead held until the end.', '3-point'],
    ['count.not-identifier', 'Flight 370 vanished over the sea.', '370'],
    ['count.not-address', 'He lives at 345 Main Street in Dayton.', '345'],
    ['count.not-time', 'They met at 10 p.m. on Friday.', '10'],
  ])('%s: %j (%s)', (id, text, number) => {
    const a = analyseText(text, '2023-12-08');
    const s = a.sentences[0];
    const toks = sentenceTokens(a, s);
    const i = toks.findIndex((t) => t.text.startsWith(number.split(/[-:]/)[0]));
    expect(i, `${F}: ${number} in ${text}`).toBeGreaterThanOrEqual(0);
    const core = readCore(toks, i);
    expect(core, `${F}: ${number} read as a number`).not.toBeNull();
    expect(notACount({ toks, i, core: core!, hasQualifier: false })?.id).toBe(id);
    // and the record holds no count of it
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }));
    expect(r.counts.filter((c) => c.text.includes(number.split(/[-:]/)[0]))).toEqual([]);
  });
});
