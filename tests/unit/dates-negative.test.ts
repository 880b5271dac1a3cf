// Dates extractor: things that look like dates and are not (ages, scores, counts, names, verbs, prices).
import { describe, expect, it } from 'vitest';
import { createDateTagger } from '../../src/extract/dates/index.js';
import { analyseText } from '../helpers.js';

/** One tagger for the file, as a pipeline keeps one (createPipeline). */
const { extract: extractDates } = createDateTagger();

const FILE = 'dates-negative.test.ts';

describe('dates: negative cases', () => {
  it.each([
    ['A man in his 90s was among the injured.', '90s'],
    ['A 23-year-old man was arrested.', '23-year'],
    ['The victim, a 9-month-old girl, survived.', '9-month'],
    ['The home side won 2-1 in extra time.', '2-1'],
    ['The ratio was 3:2 in favour.', '3:2'],
    ['The final score was 14:30 after overtime.', '14:30'],
    ['Only 1/2 of the ballots were counted.', '1/2'],
    ['Militants fired 14 rockets at the base.', '14'],
    ['There are roughly 2,500 US troops in Iraq.', '2,500'],
    ['Troops may march into the city.', 'may'],
    ['The troops may march on the capital.', 'march'],
    ['Worshippers gathered at the Friday Mosque.', 'Friday'],
    ['He told the Sunday Times he would resign.', 'Sunday'],
    ['Call 555-1998 for information.', '1998'],
    ['The jet costs $1998 per seat.', '1998'],
    ['Police seized 1,998 kilograms of drugs.', '998'],
    ['Shares rose 2.5% to $14.75.', '14'],
    ['The company raised its quarterly dividend.', 'quarterly'],
    ['It appeared on "60 Minutes" that night.', '60 Minutes'],
    ['About a quarter of the vote went to him.', 'a quarter'],
    ['A second group of directors resigned.', 'A second'],
    ['He watches USA Today every morning.', 'Today'],
    ['The phone number is 555-0199, or call 1-800-555-0123.', '555'],
    ['Tickets cost $19.99, or £20 at the door.', '19'],
    ['About 2 1/2 percent of voters stayed home.', '2 1/2'],
    ['Now, he says, the plan looks different.', 'Now'],
    // "at the time" with an event after it is that event's time, no reference to the past of its own
    ['At the time of the flood, he was abroad.', 'the time'],
    ['At the time the bridge fell, nobody was on it.', 'the time'],
    ['Cash flowed from Miami, a trickle that soon became a flood.', 'soon'],
    ['He was soon released from hospital.', 'soon'],
    ['On May 5 and 6 people were hurt, police said.', '6 people'],
    ['The rebels may march toward the capital in the morning.', 'march'],
    ['Thousands rallied at the March 23 Movement headquarters.', 'March 23 Movement'],
    ['Veterans recalled the March on Washington.', 'March'],
    ['Critics of the May government protested.', 'May'],
    // a weekday glued to a word is read only when capitalised after a lower-case letter: "Sundays", "SUNDAYS" stay out
    ['Volunteers meet Sundays at the church.', 'Sundays'],
    ['He wrote for the weekly FRIDAYREVIEW magazine.', 'FRIDAYREVIEW'],
    ['The bar hosts a MondayNight quiz.', 'MondayNight'],
    // a video's length before a title: the minutes of a clock, not a day ("3:28 January 1997 Northern California flood")
    ['3:28 January 1997 Northern California flood: broken levees', '28'],
  ])('%j has no date over %j', (text, word) => {
    const ds = extractDates(analyseText(text));
    const at = text.indexOf(word);
    const hit = ds.find((d) => d.start < at + word.length && at < d.end);
    expect(hit, `${FILE}: ${JSON.stringify(text)} -> ${JSON.stringify(hit)}`).toBeUndefined();
  });

  it('takes no preposition into an extent', () => {
    const ds = extractDates(analyseText('It happened on Friday in March and since 1998.'));
    expect(ds.map((d) => d.text)).toEqual(['Friday', 'March', '1998']);
  });

  it('takes no trailing punctuation into an extent', () => {
    const ds = extractDates(analyseText('It happened last year, officials said.'));
    expect(ds.map((d) => d.text)).toEqual(['last year']);
  });
});
