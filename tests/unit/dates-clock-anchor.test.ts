// A clock time with no day in its sentence belongs to the day the story named just before it (src/extract/dates/refine.ts
// mergeClockWithDay), not to the publication day. Facts written by hand.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const dates = (text: string, published: string) => extract(text, { published }).dates.map((d) => [d.text, d.value]);

describe('dates-clock-anchor.test.ts: a lone clock time takes the day named before it', () => {
  it('"late Saturday ... at about 11:45 p.m." (published Sunday) is Saturday 23:45', () => {
    const text = 'Three shot at party\n\nOne person was killed late Saturday, police said.\n\nOfficers responded at about 11:45 p.m. and found three men who had been shot.\n';
    expect(dates(text, '2019-03-10')).toContainEqual(['11:45 p.m.', '2019-03-09T23:45']);
  });

  it('with no day named before it, the clock time keeps the publication day', () => {
    expect(dates('Fire\n\nOfficers responded at about 11:45 p.m. to a fire.\n', '2019-03-10')).toContainEqual(['11:45 p.m.', '2019-03-10T23:45']);
  });

  it('a day named far before (beyond a paragraph or two) is no anchor', () => {
    const filler = 'The city council met to discuss the budget and the new library. '.repeat(8);
    const text = `Council\n\nThe council met on Saturday. ${filler}\n\nOfficers responded at about 11:45 p.m. to a fire.\n`;
    expect(dates(text, '2019-03-10')).toContainEqual(['11:45 p.m.', '2019-03-10T23:45']);
  });
});
