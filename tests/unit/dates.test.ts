// Dates extractor (src/extract/dates): TIMEX3 extents, types and values against a fixed reference date.
import { describe, expect, it } from 'vitest';
import { createDateTagger } from '../../src/extract/dates/index.js';
import { easterSunday } from '../../src/extract/dates/normalise.js';
import { REFERENCE, analyseText, expectExactSpans, seedText } from '../helpers.js';

/** One tagger for the file, as a pipeline keeps one (createPipeline). */
const { extract: extractDates } = createDateTagger();

const FILE = 'dates.test.ts';
type Row = [text: string, span: string, type: string, value: string | null];

function datesOf(text: string, published: string | null = REFERENCE) {
  const a = analyseText(text, published);
  const ds = extractDates(a);
  expectExactSpans(text, ds);
  return ds;
}

function expectOne(text: string, span: string, type: string, value: string | null, published: string | null = REFERENCE): void {
  const ds = datesOf(text, published);
  const start = text.indexOf(span);
  const hit = ds.find((d) => d.start === start && d.end === start + span.length);
  expect(hit, `${FILE}: ${JSON.stringify(span)} in ${JSON.stringify(text)}; got ${JSON.stringify(ds.map((d) => [d.text, d.value]))}`).toBeDefined();
  expect([hit!.type, hit!.value], `${FILE}: ${JSON.stringify(text)}`).toEqual([type, value]);
}

describe('dates: the seed article (published Friday 2023-12-08)', () => {
  const text = seedText();
  const a = analyseText(text);
  const ds = extractDates(a).filter((d) => a.isContent(d.start, d.end));
  const at = (span: string, from = 0) => {
    const start = text.indexOf(span, from);
    return ds.find((d) => d.start === start && d.end === start + span.length);
  };

  it('keeps every span exact', () => expectExactSpans(text, ds));

  it('reads "Friday" as the publication day, several times', () => {
    const fridays = ds.filter((d) => d.text === 'Friday');
    expect(fridays.length).toBeGreaterThanOrEqual(3);
    for (const f of fridays) expect([f.type, f.value, f.granularity, f.relative]).toEqual(['date', '2023-12-08', 'day', true]);
    expect(ds.find((d) => d.start === text.indexOf('on Friday') + 3)?.text).toBe('Friday');
  });

  it.each([
    ['4:15 a.m. Friday', 'time', '2023-12-08T04:15', 'minute'],
    ['Oct. 17', 'date', '2023-10-17', 'day'],
    ['Dec. 4', 'date', '2023-12-04', 'day'],
    ['October', 'date', '2023-10', 'month'],
    ['24-hour period', 'duration', 'PT24H', 'hour'],
    ['a day or two', 'duration', 'P1D', 'day'],
    ['several days', 'duration', 'PXD', 'day'],
    ['the past', 'date', 'PAST_REF', null],
  ])('%s -> %s %s', (span, type, value, granularity) => {
    const d = at(span);
    expect(d, `${FILE}: ${span}`).toBeDefined();
    expect([d!.type, d!.value, d!.granularity]).toEqual([type, value, granularity]);
  });

  it('reads every "Thursday" as 2023-12-07', () => {
    const thursdays = ds.filter((d) => d.text === 'Thursday');
    expect(thursdays).toHaveLength(3);
    for (const t of thursdays) expect(t.value).toBe('2023-12-07');
  });

  it('takes "the past" out of "In the past" as PAST_REF', () => {
    const start = text.indexOf('In the past') + 3;
    expect(ds.find((d) => d.start === start)?.value).toBe('PAST_REF');
  });

  it('carries a rule id on every candidate', () => {
    for (const d of ds) expect(d.rule).toMatch(/^(?:date|time|duration|set|ref)\.[a-z-]+$/);
  });
});

describe('dates: calendar dates and times', () => {
  it.each<Row>([
    ['The attack happened on Friday, officials said.', 'Friday', 'date', '2023-12-08'],
    ['Talks resumed Tuesday in Geneva.', 'Tuesday', 'date', '2023-12-05'],
    ['The minister will travel to Paris on Monday.', 'Monday', 'date', '2023-12-11'],
    ['Officials met last Friday.', 'last Friday', 'date', '2023-12-01'],
    ['He spoke Thursday night.', 'Thursday night', 'date', '2023-12-07TNI'],
    ['It was signed on Oct. 17, 1998, in Washington.', 'Oct. 17, 1998', 'date', '1998-10-17'],
    ['The deal closed on 17 October 2023 in London.', '17 October 2023', 'date', '2023-10-17'],
    ['The vote took place on Friday, Oct. 13.', 'Friday, Oct. 13', 'date', '2023-10-13'],
    ['Prices rose in March 1997.', 'March 1997', 'date', '1997-03'],
    ['The plant closed in 1998.', '1998', 'date', '1998'],
    ['Sales fell in fiscal 1997.', 'fiscal 1997', 'date', '1997'],
    ['It grew fast in the 1990s.', '1990s', 'date', '199X'],
    ['Profit rose in the third quarter.', 'the third quarter', 'date', '2023-Q3'],
    ['Third-quarter profit rose.', 'Third-quarter', 'date', '2023-Q3'],
    ['Profit rose in the third quarter of 1998.', 'the third quarter of 1998', 'date', '1998-Q3'],
    ['Sales fell last year.', 'last year', 'date', '2022'],
    ['Sales will rise next year.', 'next year', 'date', '2024'],
    ['Rents rose this month.', 'this month', 'date', '2023-12'],
    ['They met last week.', 'last week', 'date', '2023-W48'],
    ['He left two years ago.', 'two years ago', 'date', '2021'],
    ['It opened three days ago.', 'three days ago', 'date', '2023-12-05'],
    // an approximate amount keeps the expression whole (TIMEX3 mod APPROX)
    ['The fence went up a month or so ago.', 'a month or so ago', 'date', '2023-11'],
    ['Fighting broke out in mid-October.', 'mid-October', 'date', '2023-10'],
    ['Earlier this month, the army withdrew.', 'Earlier this month', 'date', '2023-12'],
    ['The rebels attacked yesterday.', 'yesterday', 'date', '2023-12-07'],
    ['The talks resume tomorrow.', 'tomorrow', 'date', '2023-12-09'],
    ['The talks are held today.', 'today', 'date', '2023-12-08'],
    ['The blast came at 10:35 a.m. near the port.', '10:35 a.m.', 'time', '2023-12-08T10:35'],
    ['The army attacked this morning.', 'this morning', 'time', '2023-12-08TMO'],
    ['He will leave at 4 in the morning.', '4 in the morning', 'time', '2023-12-08T04:00'],
    ['Shares were up at mid-afternoon yesterday.', 'mid-afternoon yesterday', 'time', '2023-12-07TAF'],
    ['The curfew starts at 22:30 local time.', '22:30 local time', 'time', '2023-12-08T22:30'],
    ['The raid began at 3 a.m. on Tuesday.', '3 a.m. on Tuesday', 'time', '2023-12-05T03:00'],
    ['Troops withdrew last summer.', 'last summer', 'date', '2023-SU'],
    ['A decision is due in the future.', 'the future', 'date', 'FUTURE_REF'],
    ['He is now in custody.', 'now', 'date', 'PRESENT_REF'],
    ['Shelling has recently increased.', 'recently', 'date', 'PAST_REF'],
    ['Those were the results for the 1988 period and the year-ago quarter.', 'the year-ago quarter', 'date', '2022-Q3'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value));

  it('resolves a month of a past event to the year before when the reference year would put it ahead', () => {
    expectOne('The treaty was signed in November.', 'November', 'date', '2022-11', '2023-03-02');
  });
});

describe('dates: durations and sets', () => {
  it.each<Row>([
    ['The war lasted three years.', 'three years', 'duration', 'P3Y'],
    ['Prices rose over the past three years.', 'the past three years', 'duration', 'P3Y'],
    ['Earnings for the first nine months rose.', 'the first nine months', 'duration', 'P9M'],
    ['It was a 24-hour strike.', '24-hour', 'duration', 'PT24H'],
    ['He spent about five hours there.', 'five hours', 'duration', 'PT5H'],
    ['He spent 5 1/2 hours there.', '5 1/2 hours', 'duration', 'PT5H30M'],
    ['She testified for more than four hours.', 'more than four hours', 'duration', 'PT4H'],
    ['It took a few days.', 'a few days', 'duration', 'PXD'],
    ['A pilot arrived a minute and a half later.', 'a minute and a half', 'duration', 'PT1M30S'],
    ['It lost money in the past two quarters.', 'the past two quarters', 'duration', 'P2Q'],
    ['Shipments resume within two to three weeks.', 'two to three weeks', 'duration', 'P2W'],
    ['We are there to stay for a fairly lengthy period.', 'a fairly lengthy period', 'duration', 'PXX'],
    ['The paper is published weekly.', 'weekly', 'set', 'P1W'],
    ['They meet every week.', 'every week', 'set', 'P1W'],
    ['It costs $5 million a year.', 'a year', 'set', 'P1Y'],
    ['The ministry publishes figures daily.', 'daily', 'set', 'P1D'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value));
});

describe('dates: anchors, holidays, fallbacks', () => {
  it.each<Row>([
    ['The plant opened on March 3, 1998. Later that year it closed.', 'Later that year', 'date', '1998'],
    ['The plant opened on March 3, 1998. The following month it reopened.', 'The following month', 'date', '1998-04'],
    ['The plant opened on March 3, 1998. He returned the next day.', 'the next day', 'date', '1998-03-04'],
    ['He left in the first half of 1999.', 'the first half of 1999', 'date', '1999-H1'],
    ['Christmas Day was quiet.', 'Christmas Day', 'date', '2022-12-25'],
    ['Thanksgiving was calm.', 'Thanksgiving', 'date', '2023-11-23'],
    // Easter and the days told from it (Easter 2023: April 9), the floating US days, the fixed ones by another name
    ['He was shot on Easter Sunday.', 'Easter Sunday', 'date', '2023-04-09'],
    ['He was shot on Good Friday.', 'Good Friday', 'date', '2023-04-07'],
    ['He was shot on Mother’s Day.', 'Mother’s Day', 'date', '2023-05-14'],
    ["He was shot on Father's Day.", "Father's Day", 'date', '2023-06-18'],
    ['He was shot on Martin Luther King Day.', 'Martin Luther King Day', 'date', '2023-01-16'],
    ['He was shot on Black Friday.', 'Black Friday', 'date', '2023-11-24'],
    ['He was shot on the Fourth of July.', 'the Fourth of July', 'date', '2023-07-04'],
    ["He was shot on St. Patrick's Day.", "St. Patrick's Day", 'date', '2023-03-17'],
    ['Fighting in the late 1980s ended.', 'the late 1980s', 'date', '198'],
    ['Fighting in late 1980s Beirut ended.', 'late 1980s', 'date', '198'],
    ['It was built in the mid-1960s.', 'the mid-1960s', 'date', '196'],
    ['It was nineteen ninety-six.', 'nineteen ninety-six', 'date', '1996'],
    ['The rule takes effect 2023-12-15 at 14:30.', '2023-12-15 at 14:30', 'time', '2023-12-15T14:30'],
    ['The ruling came 12/01/2023 in Baghdad.', '12/01/2023', 'date', '2023-12-01'],
    ['Net fell from the year-earlier quarter.', 'the year-earlier quarter', 'date', '2022-Q3'],
    ['They will meet at noon Saturday.', 'noon Saturday', 'time', '2023-12-09T12:00'],
    ['The blast came at about 10:35 a.m. (0735 GMT) Thursday.', '10:35 a.m.', 'time', '2023-12-07T10:35'],
    ['The judge ruled at midday.', 'midday', 'time', '2023-12-08T12:00'],
    ['Troops left three days later.', 'three days', 'duration', 'P3D'],
    ['Profit rose 5% from a year earlier.', 'a year earlier', 'date', '2022'],
    // an open end stays in the extent (TIMEX3 mod ON_OR_AFTER), but not a comparison ("or later than that")
    ['Profit is not expected until 2027 or later, the firm said.', '2027 or later', 'date', '2027'],
    ['The work may be done by 2030 or later than that.', '2030', 'date', '2030'],
    ['They will decide at that time.', 'that time', 'date', 'FUTURE_REF'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value));

  it('reads no holiday inside another name (the Good Friday Agreement, Easter Island)', () => {
    for (const text of ['The Good Friday Agreement held.', 'They sailed to Easter Island.']) {
      expect(datesOf(text).map((d) => d.text), `${FILE}: ${text}`).toEqual([]);
    }
  });

  it('finds Easter Sunday by the Gregorian computus', () => {
    expect([2016, 2019, 2024, 2025].map((y) => easterSunday(y))).toEqual([{ m: 3, d: 27 }, { m: 4, d: 21 }, { m: 3, d: 31 }, { m: 4, d: 20 }]);
  });

  it('leaves an anchored expression unresolved when nothing before it names a date', () => {
    expectOne('Later that year it closed.', 'Later that year', 'date', null);
  });
});

describe('dates: tense, anchors and reporting periods (published Friday 2023-12-08)', () => {
  type DatedRow = [text: string, span: string, type: string, value: string | null, published?: string];
  it.each<DatedRow>([
    // a future marker anywhere in the verb group wins over a past participle
    ['Collins will be named commander for a mission in December.', 'December', 'date', '2023-12', '2023-03-04'],
    ['The dividend would be paid on a date in January.', 'January', 'date', '2024-01', '2023-10-26'],
    // "until"/"by" look ahead, unless a past perfect puts the limit behind
    ['Until Thursday, they had not called him a suspect.', 'Thursday', 'date', '2023-12-07'],
    ['The ban was extended until Tuesday.', 'Tuesday', 'date', '2023-12-12'],
    ['Banks were likely to buy the stock as soon as trading opened Monday.', 'Monday', 'date', '2023-12-11'],
    // a progressive sets a day ahead, but not a day in the possessive, which dates the noun after it
    ["Police are investigating Sunday's shooting.", 'Sunday', 'date', '2023-12-03'],
    // nor a day right after a noun of a thing that happened; an arrangement's object does not stop it
    ['Police are investigating a shooting Tuesday night on Main Street.', 'Tuesday night', 'date', '2023-12-05TNI'],
    ['The ministers are meeting the president Tuesday.', 'Tuesday', 'date', '2023-12-12'],
    // the past (coming) year, the last decade: the calendar unit before (after) the reference
    ['Hate groups grew over the past year.', 'the past year', 'date', '2022'],
    ['Wages lost ground in the last decade.', 'the last decade', 'date', '201'],
    ['The plant will close over the coming year.', 'the coming year', 'date', '2024'],
    ['He campaigned hard in the last week of the race.', 'the last week', 'duration', 'P1W'],
    // coordinated days, a month after "the", trading days
    ['A summit will be held on April 24 and 25.', '25', 'date', '2024-04-25'],
    ['The March accession will let them join.', 'March', 'date', '2024-03'],
    ['Eight trading days after Oct. 12, the index had recovered.', 'Eight trading days', 'duration', 'P8D'],
    // anchored to the day in focus
    ['Shares fell on Oct. 27, 2023. Dealers placed orders in the morning.', 'the morning', 'time', '2023-10-27TMO'],
    ['Shares closed at 2082.1 on Oct. 20, down from the previous Friday.', 'the previous Friday', 'date', '2023-10-13'],
    ['The court met on Oct. 20, 2023 and again the following Monday.', 'the following Monday', 'date', '2023-10-23'],
    ['The day before last Tuesday, he left.', 'The day before last Tuesday', 'date', '2023-12-04'],
    ['He arrived the day after Christmas Day.', 'the day after Christmas Day', 'date', '2022-12-26'],
    // the period a comparison refers to is the one its sentence reports
    ['For the nine months, net rose to $5 million from $4 million a year earlier.', 'a year earlier', 'date', '2022'],
    ['Third-quarter net rose to $5 million from $4 million a year earlier.', 'a year earlier', 'date', '2022-Q3'],
    ['In the first nine months, net was $3 million, against a loss in the 2022 period.', 'the 2022 period', 'date', '2022'],
    // "soon" ahead of the report, not inside a past story
    ['The budget will soon move into surplus.', 'soon', 'date', 'FUTURE_REF'],
  ])('%j: %j -> %s %s', (text, span, type, value, published) => expectOne(text, span, type, value, published ?? REFERENCE));
});

describe('dates: news leads, a clock with its day (published Monday 2017-01-23 unless given)', () => {
  type LeadRow = [text: string, span: string, type: string, value: string | null, published?: string];
  it.each<LeadRow>([
    // "are investigating" sets no day ahead when a noun phrase stands between it and the day: the day dates the shooting
    ['Police are investigating a fatal double shooting involving two teenagers in the Ninth Ward Saturday night.', 'Saturday night', 'date', '2017-01-21TNI'],
    // a progressive right before its day is an arrangement ahead
    ['The two leaders are meeting Saturday in Paris.', 'Saturday', 'date', '2017-01-28'],
    // a clock time and its day with its part of day are one time: the clock is exact, the part goes
    ['The bullets started to fly around 8:50 p.m. Wednesday night in Libby Lake Park.', '8:50 p.m. Wednesday night', 'time', '2013-03-13T20:50', '2013-03-14'],
    ['Deputies responded to a residence around 10 p.m. Tuesday night.', '10 p.m. Tuesday night', 'time', '2016-08-30T22:00', '2016-08-31'],
    ['The call came Sunday morning at 3:30 a.m. from a neighbour.', 'Sunday morning at 3:30 a.m.', 'time', '2014-03-09T03:30', '2014-03-09'],
    // a clock time is not given the day of the next sentence: the full stop of "p.m." ends its sentence
    ['Five people were shot just after 4:20 p.m.\n\nThe boy who was shot turns 6 on Sunday.', '4:20 p.m', 'time', '2017-01-21T16:20', '2017-01-21'],
    ['Five people were shot just after 4:20 p.m. The boy who was shot turns 6 on Sunday.', '4:20 p.m', 'time', '2017-01-21T16:20', '2017-01-21'],
    // scraped text that lost a space: the weekday glued to a word is still read, without the word
    ['The man entered the restaurant on Research Forest DriveTuesday night.', 'Tuesday night', 'date', '2016-11-22TNI', '2016-11-23'],
    ['Officers arrived around 9 p.m. on Main StreetFriday.', 'Friday', 'date', '2017-01-20'],
  ])('%j: %j -> %s %s', (text, span, type, value, published) => expectOne(text, span, type, value, published ?? '2017-01-23'));

  it('a clock time still takes the day named in its sentence: "at about 10:35 a.m. (0735 GMT) Friday"', () => {
    expectOne('The blast came at about 10:35 a.m. (0735 GMT) Friday near the port.', '10:35 a.m.', 'time', '2023-12-08T10:35');
  });
});

describe('dates: a clock time the article gives in GMT or UTC carries the zone designator Z (published Friday 2023-12-08)', () => {
  it.each<Row>([
    ['The blast came at about 10:35 a.m. (0735 GMT) Friday near the port.', '0735 GMT', 'time', '2023-12-08T07:35Z'],
    ['Trading stopped at 1430 UTC on Wednesday.', '1430 UTC on Wednesday', 'time', '2023-12-06T14:30Z'],
        ['Polls close at 21:00 UTC.', '21:00 UTC', 'time', '2023-12-08T21:00Z'],
    // the zone in parentheses, and an article that says its times are UTC
    ['The quake struck at 14:30 (UTC) on Wednesday.', '14:30 (UTC) on Wednesday', 'time', '2023-12-06T14:30Z'],
    ['The quake struck at 2:30 p.m. (GMT) Thursday.', '2:30 p.m. (GMT) Thursday', 'time', '2023-12-07T14:30Z'],
    ['All times are UTC. The first quake struck at 14:30 and a second at 16:05.', '16:05', 'time', '2023-12-08T16:05Z'],
    ['All times are UTC. Markets in New York opened at 9:30 a.m. EST.', '9:30 a.m. EST', 'time', '2023-12-08T09:30'],
    ['Local time is GMT+3. The quake struck at 14:30.', '14:30', 'time', '2023-12-08T14:30'],
    // another zone keeps the clock as written: no offset is invented
    ['The meeting starts at 10 a.m. EST Monday.', '10 a.m. EST Monday', 'time', '2023-12-11T10:00'],
    ['Police said the call came at 3:15 p.m. local time.', '3:15 p.m. local time', 'time', '2023-12-08T15:15'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value));

  // a zoned clock's bare weekday is the one nearest publication (Friday 2023-12-08), whatever the tense
  it.each<Row>([
    ['The launch was moved to 9 a.m. GMT Monday.', '9 a.m. GMT Monday', 'time', '2023-12-11T09:00Z'],
    ['The strike began at 6 a.m. EST Wednesday.', '6 a.m. EST Wednesday', 'time', '2023-12-06T06:00'],
    ['Voting ends at 8 p.m. local time Tuesday.', '8 p.m. local time Tuesday', 'time', '2023-12-05T20:00'],
    ['The summit opens at 10 a.m. CET Sunday.', '10 a.m. CET Sunday', 'time', '2023-12-10T10:00'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value));

  it.each([
    // four digits with a zone only: a year or a count before GMT is no clock
    ['The 1998 GMT standard was revised.', '1998 GMT'],
    ['Flight 2345 UTC-bound left late.', '2345 UTC'],
  ])('%j: no time %j', (text, span) => {
    expect(datesOf(text).some((d) => d.text === span && d.type === 'time')).toBe(false);
  });
});

describe('dates: granularity, relative and rule ids are truthful', () => {
  type Meta = [text: string, span: string, rule: string, granularity: string | null, relative: boolean];
  it.each<Meta>([
    ['The attack happened on Friday.', 'Friday', 'date.weekday', 'day', true],
    ['It was signed on Oct. 17, 1998, in Washington.', 'Oct. 17, 1998', 'date.month-day-year', 'day', false],
    ['Prices rose in March 1997.', 'March 1997', 'date.month-year', 'month', false],
    ['Sales fell last year.', 'last year', 'date.relative-unit', 'year', true],
    ['They met last week.', 'last week', 'date.relative-unit', 'week', true],
    ['Profit rose in the third quarter.', 'the third quarter', 'date.quarter', 'quarter', true],
    ['The war lasted three years.', 'three years', 'duration.number-unit', 'year', false],
    ['The blast came at 10:35 a.m. near the port.', '10:35 a.m.', 'time.clock', 'minute', true],
    ['The raid began at 3 a.m. on Tuesday.', '3 a.m. on Tuesday', 'time.clock-with-day', 'minute', true],
    ['He is now in custody.', 'now', 'ref.present', null, true],
    ['They meet every week.', 'every week', 'set.every', 'week', false],
    ['A summit will be held on April 24 and 25.', '25', 'date.coordinated-day', 'day', true],
    ['The day before last Tuesday, he left.', 'The day before last Tuesday', 'date.day-offset', 'day', true],
  ])('%j: %j by %s (%s, relative %s)', (text, span, rule, granularity, relative) => {
    const ds = datesOf(text);
    const start = text.indexOf(span);
    const hit = ds.find((d) => d.start === start && d.end === start + span.length);
    expect(hit, `${FILE}: ${JSON.stringify(span)} in ${JSON.stringify(text)}; got ${JSON.stringify(ds.map((d) => d.text))}`).toBeDefined();
    expect([hit!.rule, hit!.granularity, hit!.relative], `${FILE}: ${JSON.stringify(text)}`).toEqual([rule, granularity, relative]);
  });
});

describe('dates: without a publication date', () => {
  it.each<Row>([
    ['The attack happened on Friday.', 'Friday', 'date', 'XXXX-WXX-5'],
    ['It began on Oct. 17.', 'Oct. 17', 'date', 'XXXX-10-17'],
    ['Sales fell last year.', 'last year', 'date', null],
    ['The plant closed in 1998.', '1998', 'date', '1998'],
    ['Prices rose over three years.', 'three years', 'duration', 'P3Y'],
  ])('%j: %j -> %s %s', (text, span, type, value) => expectOne(text, span, type, value, null));

  it('marks relative expressions as relative, absolute ones not', () => {
    const ds = datesOf('On Friday, 1998 figures were out; last year was worse.', null);
    expect(ds.map((d) => [d.text, d.relative])).toEqual([['Friday', true], ['1998', false], ['last year', true]]);
  });
});

describe('dates: robustness', () => {
  it.each([[''], ['   \n\n  '], ['😀 on Friday 😀'], ['𝒜𝒷𝒸 1998'], ['no dates here at all'], ['x'.repeat(5000)]])('does not throw on %j', (text) => {
    expect(() => datesOf(text)).not.toThrow();
  });

  it('keeps spans exact around astral characters', () => {
    const text = '😀😀 The attack came on Friday 😀 after 3 days.';
    const ds = datesOf(text);
    expect(ds.map((d) => d.text)).toEqual(['Friday', '3 days']);
  });
});

// A visible backlog: these are known to fail today (vitest reports them fixed when they start to pass).
describe('dates: known failures (backlog)', () => {
  it.fails('reads "in five years" as the date five years ahead', () => {
    expectOne('The stock will be redeemed in five years.', 'five years', 'date', '2028');
  });
});
