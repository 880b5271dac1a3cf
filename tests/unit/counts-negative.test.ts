// Numbers that are not counts: dates, times, ages, durations, ordinals, addresses, phones, percentages, years.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts/index.js';
import { analyseText } from '../helpers.js';

const NOT_COUNTS: [string, string][] = [
  ['The attack happened on Dec. 4 at the base.', '4'],
  ['Rockets were fired around 4:15 a.m. Friday.', '4:15'],
  ['The shooting happened at about 10 p.m. on Sunday.', '10'],
  ['A 23-year-old man lives next door.', '23'],
  ['The victim, aged 23, was taken to hospital.', '23'],
  ['John Smith, 23, was charged with murder.', '23'],
  ['There were no attacks over a 24-hour period.', '24'],
  ['Shots were fired in the 1800 block of Mini Drive.', '1800'],
  ['It happened at 507 Imlay Avenue on Monday.', '507'],
  ['Call police at (800) 488-9383 with information.', '488-9383'],
  ['Crime rose 10% in the city.', '10%'],
  ['The company was founded in 2013 by two brothers.', '2013'],
  ['He finished 3rd in the race.', '3rd'],
  ['He was sentenced to 40 years in prison.', '40'],
  ['Image 1 of 40 shows the scene.', '1'],
  ['Neighbors called 911 after the shots.', '911'],
  ['The EB-5 program drew investors.', '5'],
];

describe('counts-negative.test.ts: not counts', () => {
  it.each(NOT_COUNTS)('%s has no count on %s', (text, number) => {
    const counts = extractCounts(analyseText(text));
    const at = text.indexOf(number);
    expect(counts.filter((c) => c.start <= at && at < c.end), `counts-negative.test.ts: ${text}`).toEqual([]);
  });

  it('does not count "no one" as one, nor a man who is not hurt', () => {
    const counts = extractCounts(analyseText('A man walked into the store. No one knows why.'));
    expect(counts).toEqual([]);
  });

  it('things hit by gunfire are no casualties, and an active subject is not its own victim', () => {
    const cars = extractCounts(analyseText('Two cars were struck by bullets.'));
    expect(cars.map((c) => [c.text, c.category])).toEqual([['Two cars', 'other']]);
    const gunman = extractCounts(analyseText('A gunman killed one person on Friday.'));
    expect(gunman.map((c) => [c.text, c.category])).toEqual([['one person', 'killed']]);
  });

  it('"tried to kill himself" is no casualty', () => {
    expect(extractCounts(analyseText('He took pills in an effort to kill himself.'))).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\n\n', '1', '- - -', '1,2,3,4,5,6', '$', 'a'.repeat(5000), '1 '.repeat(2000), '“no one”']) {
      expect(() => extractCounts(analyseText(text))).not.toThrow();
    }
  });
});
