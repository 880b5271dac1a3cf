// Where the publication date is read when the input gives none (src/analyse/dateline.ts): one example per rule,
// written by hand, with the value and the span of the date as written.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../helpers.js';

const F = 'published-rules.test.ts';

describe(`${F}: each rule on its own example`, () => {
  it.each<[string, string, string, string]>([
    ['published.dateline-iso', 'Rain stops play\n\nLONDON 1996-08-30\n\nRain stopped play on Friday.', '1996-08-30', '1996-08-30'],
    ['published.header', 'Bomb kills three\nPublished: March 5, 2016\n\nA bomb killed three people.', 'March 5, 2016', '2016-03-05'],
    ['published.agency-dateline', 'BAGHDAD, Dec 8, 2023 (Reuters) - A bomb killed three people in Baghdad.', 'Dec 8, 2023', '2023-12-08'],
    ['published.byline', 'Bomb kills three\nUpdated Dec. 8, 2023 at 10:30 AM EST\n\nA bomb killed three people.', 'Dec. 8, 2023', '2023-12-08'],
  ])('%s: %j', (rule, text, written, value) => {
    const p = analyseText(text, null).dateline.published;
    expect(p, `${F}: ${rule}`).not.toBeNull();
    expect(p).toMatchObject({ rule, value });
    expect(text.slice(p!.start, p!.end)).toBe(written);
  });
});
