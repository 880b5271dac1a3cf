// The event date: which date item the event refers to, and the publication-day fallback (fixed reference dates).
import { describe, expect, it } from 'vitest';
import { assembleEvent } from '../../src/event/index.js';
import { eventDate } from '../../src/event/date.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { DateItem } from '../../src/record/schema.js';
import { analyseText } from '../helpers.js';

const F = 'event-date.test.ts';
const at = (text: string, s: string) => {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`${F}: ${s} not in text`);
  return { text: s, start, end: start + s.length };
};
const day = (text: string, id: string, s: string, value: string): DateItem => ({ id, ...at(text, s), type: 'date', value, granularity: 'day', relative: true, rule: 'test' });

describe(`${F}: the publication day when the text gives the event no date`, () => {
  it('a report with no date text: the event refers to an added item for the publication day (empty span, source "published")', () => {
    const text = 'Man shot in Fresno\n\nA man was shot in the hand in central Fresno, police said.\n';
    const { event, dates } = assembleEvent({ a: analyseText(text, '2016-08-19'), dates: [], counts: [], places: [], actors: [], quotes: [] });
    expect(event?.date).toBe('d1');
    expect(event?.rules).toMatchObject({ date: 'event.date-published' });
    expect(dates).toEqual([{ id: 'd1', text: '', start: 0, end: 0, type: 'date', value: '2016-08-19', granularity: 'day', relative: false, source: 'published', rule: 'event.date-published' }]);
  });

  it('the added item takes the next free id and leaves the input array alone', () => {
    const text = 'Man shot in Reno\n\nA man was shot in Reno. A vigil is planned for Friday.\n';
    const input = [day(text, 'd1', 'Friday', '2016-08-26')];
    const { event, dates } = assembleEvent({ a: analyseText(text, '2016-08-19'), dates: input, counts: [], places: [], actors: [], quotes: [] });
    expect(event?.date).toBe('d2');
    expect(dates.map((d) => [d.id, d.value, d.source])).toEqual([['d1', '2016-08-26', undefined], ['d2', '2016-08-19', 'published']]);
    expect(input).toHaveLength(1);
  });

  it('the day of a date-time publication date', () => {
    const text = 'Man shot in Reno\n\nA man was shot in Reno.\n';
    expect(eventDate(analyseText(text, '2016-08-19T23:15:00Z'), [], null)?.added?.value).toBe('2016-08-19');
  });

  it('a date in the text wins: no item is added', () => {
    const text = 'Man shot in Reno\n\nA man was shot in the leg outside a bar in Reno on Wednesday night, police said.\n';
    const { event, dates } = assembleEvent({ a: analyseText(text, '2016-08-19'), dates: [day(text, 'd1', 'Wednesday night', '2016-08-17')], counts: [], places: [], actors: [], quotes: [] });
    expect(event?.date).toBe('d1');
    expect(dates).toHaveLength(1);
  });

  it('without a publication date nothing is made up', () => {
    const text = 'Man shot in Reno\n\nA man was shot in Reno.\n';
    const { event, dates } = assembleEvent({ a: analyseText(text, null), dates: [], counts: [], places: [], actors: [], quotes: [] });
    expect(event?.date).toBeNull();
    expect(dates).toEqual([]);
  });

  it('no event, no added date', () => {
    const text = 'Recipe of the week\n\nMix the flour with the butter.\n';
    expect(assembleEvent({ a: analyseText(text, '2016-08-19'), dates: [], counts: [], places: [], actors: [], quotes: [] }).dates).toEqual([]);
  });

  it('the record validates, and the item keeps its source without --explain', () => {
    const text = 'Man shot in Fresno\n\nA man was shot in the hand in central Fresno, police said.\n';
    const r = extractDocument(makeDocument(text, { id: 'x', published: '2016-08-19' }));
    const d = r.dates.find((x) => x.id === r.event?.date);
    expect(d).toEqual({ id: d?.id, text: '', start: 0, end: 0, type: 'date', value: '2016-08-19', granularity: 'day', relative: false, source: 'published' });
  });
});
