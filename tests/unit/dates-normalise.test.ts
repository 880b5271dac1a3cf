// Dates extractor: calendar arithmetic and TIMEX3 formatting (src/extract/dates/normalise.ts, durationValue).
import { describe, expect, it } from 'vitest';
import { fmtWeek, granularityOf, parseReference, resolveWeekday, shiftQuarter, yearFor } from '../../src/extract/dates/normalise.js';
import { durationValue } from '../../src/extract/dates/rules.js';
import { parseNumber, parseSpokenYear } from '../../src/extract/dates/lexicon.js';
import { REFERENCE } from '../helpers.js';

const ref = parseReference(REFERENCE)!; // Friday 2023-12-08

describe('dates normalise: weekdays', () => {
  it.each([
    [5, 'past', '2023-12-08'], [4, 'past', '2023-12-07'], [6, 'past', '2023-12-02'], [1, 'past', '2023-12-04'],
    [5, 'future', '2023-12-08'], [1, 'future', '2023-12-11'], [6, 'future', '2023-12-09'], [3, 'none', '2023-12-06'],
  ] as const)('weekday %i in %s context -> %s', (dow, tense, day) => {
    const d = resolveWeekday(ref, dow, tense);
    expect(`${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`).toBe(day);
  });
});

describe('dates normalise: years of months without one', () => {
  it.each([
    [10, null, 'past', 2023], [12, 25, 'past', 2023], [3, null, 'future', 2024], [1, 5, 'future', 2024], [1, 5, 'none', 2024],
    [6, null, 'none', 2023], [11, null, 'none', 2023],
  ] as const)('month %i day %s (%s) -> %i', (m, d, tense, y) => {
    expect(yearFor(ref, m, d, tense)).toBe(y);
  });
});

describe('dates normalise: formats', () => {
  it.each([
    ['2023-12-08', '2023-W49'], ['2021-01-01', '2020-W53'], ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (day, week) => expect(fmtWeek(parseReference(day)!)).toBe(week));

  it('shifts quarters across years', () => {
    expect(shiftQuarter(ref, -1)).toBe('2023-Q3');
    expect(shiftQuarter(ref, -5)).toBe('2022-Q3');
    expect(shiftQuarter(ref, 1)).toBe('2024-Q1');
  });

  it.each([
    [3, 'years', 'P3Y'], [24, 'hour', 'PT24H'], [5.5, 'hours', 'PT5H30M'], [1.5, 'years', 'P1Y6M'], [null, 'days', 'PXD'],
    [2, 'decades', 'P20Y'], [1, 'minute', 'PT1M'], [2, 'weeks', 'P2W'], [null, 'centuries', 'PXC'], [2, 'quarters', 'P2Q'],
  ] as const)('duration %s %s -> %s', (n, unit, value) => expect(durationValue(n, unit)?.value).toBe(value));

  it.each([
    ['2023-12-08', 'day'], ['2023-12', 'month'], ['2023', 'year'], ['2023-W49', 'week'], ['2023-Q3', 'quarter'], ['199X', 'decade'],
    ['2023-12-08T04:15', 'minute'], ['2023-12-08TMO', 'part-of-day'], ['P3D', 'day'], ['PT24H', 'hour'], ['PRESENT_REF', null], ['2023-SU', 'season'],
  ] as const)('granularity of %s is %s', (value, g) => expect(granularityOf(value)).toBe(g));

  it.each([
    ['twenty-four', 24], ['twenty four', 24], ['a', 1], ['5 1/2', 5.5], ['1,000', 1000], ['one and a half', 1.5], ['a hundred', 100],
  ] as const)('number %j = %d', (raw, n) => expect(parseNumber(raw)).toBe(n));

  it.each([['nineteen ninety-six', 1996], ['two thousand', 2000], ['nineteen hundred', 1900]] as const)('spoken year %j = %d', (raw, y) => {
    expect(parseSpokenYear(raw)).toBe(y);
  });

  it('reads no reference from nothing or nonsense', () => {
    expect(parseReference(null)).toBeNull();
    expect(parseReference('yesterday')).toBeNull();
    expect(parseReference('2023-12-08T10:30:00Z')?.time).toBe('10:30');
  });
});
