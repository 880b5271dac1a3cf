// One example per date rule (#20: every rule id reached by a test): the rule's id, a sentence, the extent it
// marks and the TIMEX3 value, with the reference date Friday 2023-12-08. Written by hand, one line per rule.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';

const F = 'dates-rules.test.ts';

describe(`${F}: each rule on its own example`, () => {
  it.each<[string, string, string, string]>([
    ['date.year', 'He was born in 1998, police said.', '1998', '1998'],
    ['date.ago', 'The attack came two years ago.', 'two years ago', '2021'],
    ['date.anchored-day', 'Later that day, the troops left.', 'that day', ''],
    ['date.century', 'The 19th century saw wars.', 'The 19th century', '18'],
    ['date.decade', 'Prices fell during the 1990s.', '1990s', '199X'],
    ['date.deictic-day', 'They met today.', 'today', '2023-12-08'],
    ['date.holiday', 'They met on Christmas Day.', 'Christmas Day', '2022-12-25'],
    ['date.month', 'Talks resumed in March.', 'March', '2023-03'],
    ['date.month-relative-year', 'He left in March last year.', 'March last year', '2022-03'],
    ['date.spoken-year', 'It was nineteen ninety-eight when he left.', 'nineteen ninety-eight', '1998'],
    ['date.year-end', 'The plan runs until year-end.', 'year-end', '2023'],
    ['date.year-open', 'The mill will not earn money until 2031 or later.', '2031 or later', '2031'],
    ['date.year-open', 'Plans for 2030 and beyond were shelved.', '2030 and beyond', '2030'],
    ['date.year-open', 'The chapel was built in 1850 or earlier, records show.', '1850 or earlier', '1850'],
    ['date.half', 'Profits rose in the first half of 2023.', 'the first half of 2023', '2023-H1'],
    ['date.season', 'The attack came last spring.', 'last spring', '2023-SP'],
    ['date.weekday-glued', 'Police said onWednesday night it was calm.', 'Wednesday night', '2023-12-06TNI'],
    ['date.comparison-period', 'Sales rose 5 percent in the same period.', 'the same period', '2023-Q3'],
    ['date.chrono', 'The deal closed on 11/30/2023.', '11/30/2023', '2023-11-30'],
    // an ISO 8601 time in UTC keeps its zone designator
    ['date.chrono', 'The notice was posted at 2023-12-07T10:15Z by the court.', '2023-12-07T10:15Z', '2023-12-07T10:15Z'],
    ['date.day-offset', 'He died the day after Christmas.', 'the day after Christmas', '2022-12-26'],
    ['date.relative-unit', 'He arrived in 2004. That year, the war began.', 'That year', '2004'],
    ['duration.adjectival', 'A two-year plan was approved.', 'two-year', 'P2Y'],
    ['duration.bare-plural', 'He waited for weeks.', 'weeks', 'PXW'],
    ['duration.number-unit', 'He stayed for three long months.', 'three long months', 'P3M'],
    ['duration.vague', 'The talks took a long time.', 'a long time', 'PXX'],
    ['duration.unit-long', 'A month-long strike ended.', 'month-long', 'P1M'],
    ['duration.adjectival-vague', 'She signed a multiyear contract.', 'multiyear', 'PXY'],
    ['duration.adjectival-vague', 'He ended a several-month stint abroad.', 'several-month', 'PXM'],
    ['ref.future', 'The future of the region is bright.', 'The future', 'FUTURE_REF'],
    ['ref.past', 'In the past, it was calm.', 'the past', 'PAST_REF'],
    ['ref.at-the-time', 'The old guard ran the town at the time.', 'the time', 'PAST_REF'],
    ['ref.at-the-time', 'At that time, few farms had phones.', 'that time', 'PAST_REF'],
    ['set.adverb', 'She works weekly.', 'weekly', 'P1W'],
    ['set.per-unit', 'Buses run twice a day.', 'a day', 'P1D'],
    ['set.weekday-plural', 'Markets close on Mondays.', 'Mondays', 'XXXX-WXX-1'],
    ['time.part-of-day-deictic', 'The shop opened this morning.', 'this morning', '2023-12-08TMO'],
    ['time.clock-in-the', 'He left at 4 in the morning.', '4 in the morning', '2023-12-08T04:00'],
    ['time.clock-24h', 'The blast was at 14:30 GMT.', '14:30 GMT', '2023-12-08T14:30Z'],
    ['time.clock-with-day', 'It happened at 4:15 a.m. Friday.', '4:15 a.m. Friday', '2023-12-08T04:15'],
    // a clock without a.m./p.m. on a day's night is the evening hour: 22:30, not 10:30
    ['time.clock-with-day', 'It happened about 10:30 Thursday night.', '10:30 Thursday night', '2023-12-07T22:30'],
    ['time.clock-with-day', 'It happened about 9:15 Thursday morning.', '9:15 Thursday morning', '2023-12-07T09:15'],
  ])('%s: %j', (rule, text, extent, value) => {
    const r = extractDocument(makeDocument(text, { id: 't', published: '2023-12-08' }), { explain: true });
    const d = r.dates.find((x) => x.rule === rule);
    expect(d, `${F}: ${rule} on ${text}`).toBeDefined();
    expect(d!.text).toBe(extent);
    expect(text.slice(d!.start, d!.end)).toBe(extent);
    expect(d!.value ?? '').toBe(value);
  });
});
