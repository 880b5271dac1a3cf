// The event date: which date item the event refers to, and the publication-day fallback (fixed reference dates).
import { describe, expect, it } from 'vitest';
import { assembleEvent as assemble, type EventInput } from '../../src/event/index.js';
import { placeLookup } from '../../src/resolve/event-places.js';
import { eventDate } from '../../src/event/date.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { DateItem } from '../../src/record/schema.js';
import { analyseText } from '../helpers.js';
import { createGazetteer } from '../../src/gazetteer/index.js';

const F = 'event-date.test.ts';
/** The event stage with a gazetteer look-up that knows no service names (these texts name none). */
const assembleEvent = (input: Omit<EventInput, 'lookup'>) => assemble({ ...input, lookup: placeLookup(createGazetteer(), { towns: [], counties: [] }) });
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

  it('event.date-published-later-act: a headline of an arrest or an identification and no date in the text: the day before publication', () => {
    const record = (text: string) => extractDocument(makeDocument(text, { id: 't', published: '2016-08-19' }), { explain: true });
    const picked = (text: string) => { const r = record(text); return [r.dates.find((d) => d.id === r.event?.date)?.value, r.event?.rules?.date]; };
    expect(picked('Deputies arrest teenager in fatal Fresno shooting\n\nA man was shot and killed in central Fresno, deputies said.\n')).toEqual(['2016-08-18', 'event.date-published-later-act']);
    expect(picked('Coroner identifies man found shot in Fresno\n\nA man was found shot in central Fresno, police said.\n')).toEqual(['2016-08-18', 'event.date-published-later-act']);
    // the headline tells the violence itself: the publication day
    expect(picked('Man shot and killed in central Fresno\n\nA man was shot and killed in central Fresno, deputies said.\n')).toEqual(['2016-08-19', 'event.date-published']);
  });

  it('a holiday named long before publication and away from the violence dates nothing of the story; next to it, it does', () => {
    const record = (text: string, published: string) => extractDocument(makeDocument(text, { id: 't', published }), { explain: true });
    const teaser = 'Girl, 9, struck by gunshots in Dallas\n\nBest Destinations For A Proper St. Patrick\'s Day\n\nA 9-year-old girl was struck by gunshots in Dallas, police said.\n';
    const r1 = record(teaser, '2016-08-14');
    expect([r1.dates.find((d) => d.id === r1.event?.date)?.value, r1.event?.rules?.date]).toEqual(['2016-08-14', 'event.date-published']);
    const told = 'Man shot on Christmas Day\n\nA man was shot and killed on Christmas Day in Dallas, police said on Thursday.\n';
    const r2 = record(told, '2016-03-10');
    expect([r2.dates.find((d) => d.id === r2.event?.date)?.value, r2.event?.rules?.date]).toEqual(['2015-12-25', 'event.date-near-trigger']);
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

/** Runs the real dates extractor on a text and returns the event's date value and rule. */
function eventDay(text: string, published: string): [string | null, string | undefined] {
  const r = extractDocument(makeDocument(text, { id: 'x', published }), { explain: true });
  const d = r.dates.find((x) => x.id === r.event?.date);
  return [d?.value?.slice(0, 10) ?? null, r.event?.rules?.date];
}

describe(`${F}: which day the lead ties to the violence`, () => {
  type Row = [why: string, text: string, published: string, day: string, rule: string];
  it.each<Row>([
    [
      'an earlier day in a later sentence about another incident is not this one\'s',
      'Columbus teen killed\n\nPolice believe Monday night’s fatal shooting at Bull Creek Apartments was an act of revenge.\n\n' +
        'Police say they believe this shooting was in retaliation for the killing of Dominique Horton on Thursday, Jan. 5.\n',
      '2017-01-17', '2017-01-16', 'event.date-near-trigger',
    ],
    [
      'the incident of the sentence before ("two other teenagers, who were also slain") keeps its own day',
      'Two teens killed in park shooting\n\nTwo teenagers are dead after a gunman opened fire on an Oceanside park.\n\n' +
        'The bullets started to fly around 8:50 p.m. Wednesday night, and two teens were shot in Libby Lake Park.\n\n' +
        'The bodies were found near a memorial for two other teenagers, who were also slain by gang gunfire in that park.\n\n' +
        'Sandra Salgado, 14, and Felix Solano, 16, were shot to death in Libby Lake Park on May 3, 2011.\n',
      '2013-03-14', '2013-03-13', 'event.date-near-trigger',
    ],
    [
      'the earliest day next to the violence still wins in a follow-up: "died Tuesday ... shot Friday"',
      'Teen dies after shooting\n\nA 16-year-old boy died Tuesday, four days after he was shot Friday evening in a dispute over a car.\n',
      '2016-11-08', '2016-11-04', 'event.date-near-trigger',
    ],
    [
      'the day of a story about the shooting is not the shooting\'s ("In a story on Aug. 10 about a shooting")',
      'Correction: Houston shooting story\n\nHOUSTON (AP) — In a story on Aug. 10 about a shooting in a Houston home that left eight people dead, the AP misspelled two names.\n\n' +
        'Deputies say a man had held the family captive on Saturday and fired on them when they came to the door.\n',
      '2015-08-11', '2015-08-08', 'event.date-near-trigger',
    ],
    [
      'the date that signs an embedded post dates the post',
      'Deputy kills robbery suspect\n\nShooting at the restaurant on Research Forest Drive. 3 ppl shot pic.twitter.com/EAjbhne8Am — Tracy Clemons (@TracyABC13) November 23, 2016\n\n' +
        'Detectives say when the suspect came in Tuesday night he had a gun and grabbed an employee of the restaurant.\n',
      '2016-11-23', '2016-11-22', 'event.date-lead',
    ],
    [
      'a day followed by a later act ("on Feb. 23, he was charged") and a day of asking are not the event\'s',
      'Man charged in homicide\n\nA month later, on Feb. 23, he was charged with fatally shooting Jihad Cromer in a house in McKees Rocks.\n\n' +
        'Asked Friday about his decision, the judge said he could not discuss the case of the defendant.\n\n' +
        'The defendant now is in the county jail, charged with killing Jihad, 17, on Feb. 21 in the house on Robb Street.\n',
      '2017-03-04', '2017-02-21', 'event.date-near-trigger',
    ],
    [
      'no day next to the violence in the first ten sentences: the earliest one told next to it later (event.date-near-trigger-late), not a day of the lead told of something else',
      'Family faces funeral costs\n\nJoe Snowden lost his mother in a car crash on April 10.\n\n' +
        'Now he is faced with covering all the costs himself.\n\nHis father died two weeks earlier.\n\nFriends have started a fund.\n\n' +
        'The fund has raised a few hundred dollars.\n\nHe says he is grateful.\n\nThe family lives in Estill County.\n\n' +
        'They moved there years ago.\n\nHis sister lives nearby.\n\nShe helps when she can.\n\n' +
        'His nephew was hurt as well.\n\nPolice say a 5-year-old fired a gun from the trunk of a car Saturday, wounding the boy.\n',
      '2014-04-15', '2014-04-12', 'event.date-near-trigger-late',
    ],
    [
      'a night that crossed midnight: the lead\'s "early Monday" (event.date-after-midnight), not the later "late Sunday night" told of the same shooting',
      'Two hurt in Elmwood shooting\n\nTwo men were wounded when shots were fired outside a bar in Elmwood early Monday, police said.\n\n' +
        'Officers found the men in the parking lot.\n\nWitnesses said an argument inside the bar turned into a fight late Sunday night before the shots were fired.\n',
      '2019-03-12', '2019-03-11', 'event.date-after-midnight',
    ],
    [
      'the story starts on the day before the one told with the violence (event.date-day-before-told-first): "Friday night" told first, "shot Saturday" after it',
      'Man wounded on Birch Street\n\nNeighbors on Birch Street called police Friday night about a loud argument between two men.\n\n' +
        'A 24-year-old man was shot Saturday after the argument resumed, police said.\n',
      '2019-03-11', '2019-03-08', 'event.date-day-before-told-first',
    ],
    [
      'no day next to the violence: the day told farther from it in its sentence (event.date-violent-sentence), not the first day of the lead, told of a gathering',
      'Friends remember wounded cook\n\nFriends of Omar Diaz gathered Saturday at a diner on Fifth Avenue.\n\nThey brought flowers and cards.\n\n' +
        'Diaz, 31, works as a cook there.\n\n' +
        'He was shot in the leg while walking home with two friends along the north side of the Elm Park footbridge near Fifth Avenue around 9:40 p.m. Thursday.\n',
      '2019-03-11', '2019-03-07', 'event.date-violent-sentence',
    ],
    [
      'the day told first is not the day before the violence\'s: the violence\'s day stands (event.date-near-trigger)',
      'Man wounded on Birch Street\n\nNeighbors on Birch Street called police Thursday night about a loud argument between two men.\n\n' +
        'A 24-year-old man was shot Saturday after the argument resumed, police said.\n',
      '2019-03-11', '2019-03-09', 'event.date-near-trigger',
    ],
  ])('%s', (_why, text, published, dayValue, rule) => {
    expect(eventDay(text, published), `${F}: ${JSON.stringify(text.slice(0, 60))}`).toEqual([dayValue, rule]);
  });
});

describe(`${F}: the month the lead puts the violence in (event.date-in-lead-month)`, () => {
  type Row = [why: string, text: string, published: string, day: string | null, rule: string];
  it.each<Row>([
    [
      'a follow-up: the court day lies outside the month of the murder; the day of that month named later is the event\'s',
      'Adams sentenced to life\n\nRobert Adams was sentenced to life for the quadruple murders at a South Linden home in June of 2015.\n\n' +
        'Adams pleaded guilty Tuesday to four murders and an attempted murder.\n\n' +
        'The victims were shot in the basement of a house on Hudson Street on June 13, 2015, prosecutors said.\n',
      '2017-01-19', '2015-06-13', 'event.date-in-lead-month',
    ],
    [
      'the day picked already lies in that month: nothing changes',
      'Man charged in June shooting\n\nA man was charged today for a fatal June shooting in Kelvyn Park.\n\n' +
        'The charges stem from a June 21 shooting that happened shortly before 8 p.m. on Kilpatrick Avenue, police said.\n',
      '2013-08-14', '2013-06-21', 'event.date-near-trigger',
    ],
  ])('%s', (_why, text, published, dayValue, rule) => {
    expect(eventDay(text, published), `${F}: ${JSON.stringify(text.slice(0, 60))}`).toEqual([dayValue, rule]);
  });

  it('no day of that month in the text: the month does not invent one', () => {
    const text = 'Officer justified in shooting\n\nAn officer was justified in the shooting death of a teenager in February, a grand jury ruled on Tuesday.\n';
    expect(eventDay(text, '2017-03-21')[1]).not.toBe('event.date-in-lead-month');
  });

  it.each<[why: string, text: string, published: string, value: string | null, rule: string | undefined]>([
    ['a month before publication: the month alone (event.date-lead-coarse)', 'Teen facing trial\n\nA teenager charged in the shooting death of a friend in late September appeared in court on Wednesday.\n', '2016-10-13', '2016-09', 'event.date-lead-coarse'],
    ['a year before publication: the year alone', 'Man pleads guilty\n\nA man pleaded guilty Tuesday to fatally shooting four people at an Ohio home in 2015.\n', '2017-01-17', '2015', 'event.date-lead-coarse'],
    ['a "year" more than ten years back is no incident\'s year', 'Man shot\n\nA man was shot in the 1900 block of Elm Street on Friday.\n', '2016-04-25', '2016-04-22', 'event.date-near-trigger'],
  ])('%s', (_why, text, published, value, rule) => {
    const r = extractDocument(makeDocument(text, { id: 'x', published }), { explain: true });
    expect(r.dates.find((x) => x.id === r.event?.date)?.value ?? null).toBe(value);
    expect(r.event?.rules?.date).toBe(rule);
  });
});

describe(`${F}: a day still to come is no day of the event`, () => {
  type Row = [why: string, text: string, published: string, day: string | null, rule: string | undefined];
  it.each<Row>([
    [
      '"turns 6 on Sunday" (read back into the past week by the dates stage): the day of the clock time, the publication day, is the event\'s',
      'Five shot in Boynton Beach\n\nFive people were shot outside of a house in Boynton Beach just after 4:20 p.m. The boy who was shot turns 6-years-old on Sunday.\n',
      '2017-01-21', '2017-01-21', 'event.date-publication',
    ],
    [
      '"is set to face a judge Thursday" is not the shooting\'s day, though it lies next to the violence; the day told with the shooting is',
      'Man charged in shooting\n\nThe man who shot a woman in Reno on Saturday night is set to face a judge Thursday.\n',
      '2016-08-23', '2016-08-20', 'event.date-near-trigger',
    ],
    [
      'the weekday after the publication\'s (a Tuesday story\'s "Wednesday night") is no day of the past week the text makes sure of: the publication day is the event\'s',
      'Man killed in Dayton\n\nA man was shot and killed Wednesday night in Dayton, police said.\n',
      '2016-05-10', '2016-05-10', 'event.date-published',
    ],
    [
      'with its week told ("last Wednesday night", "Wednesday, May 4") the same weekday is kept',
      'Man killed in Dayton\n\nA man was shot and killed last Wednesday night in Dayton, police said.\n',
      '2016-05-10', '2016-05-04', 'event.date-near-trigger',
    ],
    [
      'and a bare weekday further back than the day after the publication\'s is kept ("Monday night" in a Tuesday story)',
      'Man killed in Dayton\n\nA man was shot and killed Monday night in Dayton, police said.\n',
      '2016-05-10', '2016-05-09', 'event.date-near-trigger',
    ],
    [
      'a day told as past is kept ("was shot Sunday")',
      'Boy shot in Reno\n\nA boy was shot Sunday in Reno and will recover, police said.\n',
      '2016-08-23', '2016-08-21', 'event.date-near-trigger',
    ],
  ])('%s', (_why, text, published, dayValue, rule) => {
    expect(eventDay(text, published), `${F}: ${JSON.stringify(text.slice(0, 60))}`).toEqual([dayValue, rule]);
  });
});

describe(`${F}: a day told next to the violence outranks the month the lead names (event.date-lead-coarse)`, () => {
  it.each<[why: string, text: string, published: string, value: string, rule: string]>([
    [
      'a day of another month told next to the killing: that day, not "last month"',
      'New details in murder of family\n\nNew details about last month\'s murders of eight people have surfaced.\n\nThe family were shot and killed inside their home on August 8th.\n',
      '2016-05-02', '2015-08-08', 'event.date-near-trigger',
    ],
    [
      'no day told next to the violence: the month alone, as before',
      'Teen facing trial\n\nA teenager charged in the shooting death of a friend in late September appeared in court on Wednesday.\n',
      '2016-10-13', '2016-09', 'event.date-lead-coarse',
    ],
  ])('%s', (_why, text, published, value, rule) => {
    const r = extractDocument(makeDocument(text, { id: 'x', published }), { explain: true });
    expect(r.dates.find((x) => x.id === r.event?.date)?.value ?? null).toBe(value);
    expect(r.event?.rules?.date).toBe(rule);
  });
});
