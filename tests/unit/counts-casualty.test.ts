// Counts of casualties (issue #6): the casualty forms added to the count rules, with their rule ids.
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/extract/counts/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

type Want = { text: string; value: number; unit: string | null; category: string; rule: string };

const CASES: [string, Want][] = [
  ['Police are investigating a fatal double shooting.', { text: 'double shooting', value: 2, unit: null, category: 'injured', rule: 'count.multiple-shooting' }],
  ['Detectives are working a triple homicide in the suburb.', { text: 'triple homicide', value: 3, unit: null, category: 'killed', rule: 'count.multiple-homicide' }],
  ['One victim survived.', { text: 'One victim', value: 1, unit: 'victim', category: 'injured', rule: 'count.injured-after' }],
  ['One of the five victims survived the shooting.', { text: 'One of the five victims', value: 1, unit: 'victim', category: 'injured', rule: 'count.injured-after' }],
  ['She was one of four teenagers shot at the park.', { text: 'one of four teenagers', value: 1, unit: 'teenager', category: 'injured', rule: 'count.shot-after' }],
  ['Four of the five people shot died of their injuries.', { text: 'Four of the five people', value: 4, unit: 'person', category: 'killed', rule: 'count.killed-after' }],
  ['He shot the victims, murdering four of them and wounding a fifth individual.', { text: 'a fifth individual', value: 1, unit: 'individual', category: 'injured', rule: 'count.ordinal-casualty' }],
  ['The second victim, a child, was taken to the hospital.', { text: 'The second victim', value: 1, unit: 'victim', category: 'injured', rule: 'count.ordinal-casualty' }],
  ['Police say a Northland teen was killed in an accidental shooting.', { text: 'a Northland teen', value: 1, unit: 'teen', category: 'killed', rule: 'count.article-casualty' }],
  ['His co-actor, an 18-year-old Milwaukee man, was also shot.', { text: 'an 18-year-old Milwaukee man', value: 1, unit: 'man', category: 'injured', rule: 'count.article-shot' }],
  ['Two men were taken to an area hospital.', { text: 'Two men', value: 2, unit: 'man', category: 'injured', rule: 'count.injured-after' }],
  // a count added to one already told: "another 15", "five more"
  ['They killed 23 soldiers and injured another 15.', { text: '15', value: 15, unit: null, category: 'injured', rule: 'count.injured-before' }],
  ['Two were killed and five more were wounded.', { text: 'five', value: 5, unit: null, category: 'injured', rule: 'count.injured-after' }],
  ['Porterville officer, suspect wounded in exchange of gunfire\n\nThe officer was shot.', { text: 'suspect', value: 1, unit: 'suspect', category: 'injured', rule: 'count.list-casualty' }],
  ['Porterville officer, suspect wounded in exchange of gunfire\n\nThe officer was shot.', { text: 'Porterville officer', value: 1, unit: 'officer', category: 'injured', rule: 'count.headline-casualty' }],
  ['A man accidentally shot and wounded himself and his 10-year-old son.', { text: 'his 10-year-old son', value: 1, unit: 'son', category: 'injured', rule: 'count.reflexive-and-shot' }],
  ['Nine-Year-Old Struck By Gunshots In Dallas\n\nA child was hurt.', { text: 'Nine-Year-Old', value: 1, unit: null, category: 'injured', rule: 'count.headline-shot' }],
  ['Parish fired, killing Sarah Davidson and injuring Leanne Smith and Dustin Grey.', { text: 'Sarah Davidson', value: 1, unit: null, category: 'killed', rule: 'count.name-casualty' }],
  ['Parish fired, killing Sarah Davidson and injuring Leanne Smith and Dustin Grey.', { text: 'Dustin Grey', value: 1, unit: null, category: 'injured', rule: 'count.name-casualty' }],
  ['He shot his wife and then himself. Both died at the scene.', { text: 'Both', value: 2, unit: null, category: 'killed', rule: 'count.both-casualty' }],
  ['Two men were found. Both men were shot in the legs.', { text: 'Both men', value: 2, unit: null, category: 'injured', rule: 'count.both-shot' }],
  ['Police said the victim is in stable condition.', { text: 'victim', value: 1, unit: 'victim', category: 'injured', rule: 'count.definite-casualty' }],
  ['Police said the victim was shot in the leg.', { text: 'victim', value: 1, unit: 'victim', category: 'injured', rule: 'count.definite-shot' }],
  ['A Dayton man was hit by gunfire while sitting in his car.', { text: 'A Dayton man', value: 1, unit: 'man', category: 'injured', rule: 'count.article-shot' }],
  ['Police said a man showed up at a hospital with a gunshot wound.', { text: 'a man', value: 1, unit: 'man', category: 'injured', rule: 'count.article-casualty' }],
  ['Police said a second man drove himself to a hospital with a gunshot wound to the leg.', { text: 'a second man', value: 1, unit: 'man', category: 'injured', rule: 'count.ordinal-casualty' }],
  ["A 22-year-old man walked into St. Mary's Hospital with a wound to his arm.", { text: 'A 22-year-old man', value: 1, unit: 'man', category: 'injured', rule: 'count.article-casualty' }],
  ["Two men were rushed to St. Joseph's Hospital.", { text: 'Two men', value: 2, unit: 'man', category: 'injured', rule: 'count.injured-after' }],
  ['Garcia and one other teen survived the attack.', { text: 'Garcia', value: 1, unit: null, category: 'injured', rule: 'count.name-coordinated' }],
  ['Man Arrested in Shooting of Sheriff\'s Deputy\n\nHe was arrested.', { text: 'Sheriff\'s Deputy', value: 1, unit: 'deputy', category: 'injured', rule: 'count.of-shot' }],
  ['Police investigate the killing of teen in Dallas.', { text: 'teen', value: 1, unit: 'teen', category: 'killed', rule: 'count.of-casualty' }],
  ['A 15-month-old in the minivan was also struck.', { text: 'A 15-month-old', value: 1, unit: null, category: 'injured', rule: 'count.article-shot' }],
  // one more person after "and", next to a count the verb before reached: "killed a woman and her teenage son"
  ['A gunman killed a woman and her teenage son.', { text: 'her teenage son', value: 1, unit: 'son', category: 'killed', rule: 'count.article-coordinated' }],
  ['A gunman shot a woman and her teenage son.', { text: 'her teenage son', value: 1, unit: 'son', category: 'injured', rule: 'count.article-coordinated-shot' }],
  // one person before "and" and a count told what befell it: "A woman and her two children were shot"
  ['A woman and her two children were shot.', { text: 'A woman', value: 1, unit: 'woman', category: 'injured', rule: 'count.article-coordinated-shot' }],
  ['A man and two women were killed.', { text: 'A man', value: 1, unit: 'man', category: 'killed', rule: 'count.article-coordinated' }],
  // "another" alone after a casualty count is one more person
  ['One person was killed and another was wounded.', { text: 'another', value: 1, unit: null, category: 'injured', rule: 'count.article-casualty' }],
  // "found" between the noun and what befell it: "was found shot to death"
  ['A man was found shot to death in his car.', { text: 'A man', value: 1, unit: 'man', category: 'killed', rule: 'count.article-casualty' }],
  ['A homeowner shot and killed an intruder.', { text: 'an intruder', value: 1, unit: 'intruder', category: 'killed', rule: 'count.article-casualty' }],
  // the object of "sent" told where it went
  ['The shooting sent three people to the hospital.', { text: 'three people', value: 3, unit: 'person', category: 'injured', rule: 'count.injured-after' }],
  // the reflexive as a second object of the killing verb: "killed his girlfriend and then himself"
  ['Police said he killed his girlfriend and then himself.', { text: 'himself', value: 1, unit: null, category: 'killed', rule: 'count.reflexive-casualty' }],
  // the victim before "before/after ... himself" is the verb's object, not the one who killed himself
  ['A man fatally shot his wife before turning the gun on himself.', { text: 'himself', value: 1, unit: null, category: 'killed', rule: 'count.reflexive-casualty' }],
  // what a bullet did to the people it struck
  ['Gunfire hit two people outside a bar on Sunday.', { text: 'two people', value: 2, unit: 'person', category: 'injured', rule: 'count.struck-before' }],
  ['Teen shot, killed by permit holder\n\nA teen was shot.', { text: 'Teen', value: 1, unit: 'teen', category: 'killed', rule: 'count.headline-casualty' }],
  // headline-ese after a clause that told a casualty: "Man killed, teen wounded", "Man dead and woman hurt"
  ['Man killed, teen wounded in Dayton shooting\n\nPolice are investigating.', { text: 'teen', value: 1, unit: 'teen', category: 'injured', rule: 'count.headline-casualty' }],
  ['Man dead and woman hurt in Dayton shooting\n\nPolice are investigating.', { text: 'woman', value: 1, unit: 'woman', category: 'injured', rule: 'count.headline-casualty' }],
];

/** What is no casualty count: [text, the count's text, the category it must not have]. */
const NOT: [string, string, string][] = [
  ['Two young girls shot, killed by father', 'Two young girls', 'injured'],
  ['The two brothers survived by their mother were buried on Friday.', 'The two brothers', 'injured'],
  ['He pleaded guilty to killing four people and trying to kill a fifth.', 'a fifth', 'killed'],
  ['The man had tried to kill two officers before he fled.', 'two officers', 'killed'],
  ['A man accidentally shot and wounded himself while cleaning his handgun.', 'himself', 'injured'],
  ['Emma and her mother were rushed to the hospital.', 'Emma', 'injured'],
  ['Another was arrested after the shooting.', 'Another', 'injured'],
  ['A gunman killed a man and his dog.', 'dog', 'killed'],
  ['A gunman killed a man, and his brother spoke to reporters.', 'his brother', 'killed'],
  ['After the shooting Adams and Wade fled the scene.', 'Adams', 'injured'],
  ['After the shooting, two men fled.', 'two men', 'injured'],
  ['This shooting is the seventh death during 2016.', 'the seventh', 'killed'],
  ['The 39-year-old was flown to a Las Vegas hospital, where he died.', '39-year-old', 'injured'],
  ['Both sides blamed each other after the attack.', 'Both', 'killed'],
  ['Both men and women were killed in the attack.', 'Both', 'killed'],
  ['A man was hit by a car on Friday.', 'A man', 'injured'],
  ['A woman was taken to the hospital as a precaution.', 'A woman', 'injured'],
  ['Two officers were taken to a hospital to be checked.', 'Two officers', 'injured'],
  ['Officers took two people to the hospital as a precaution.', 'two people', 'injured'],
];

describe('counts-casualty.test.ts: casualty counts', () => {
  it.each(CASES)('%s -> %j', (text, want) => {
    const counts = extractCounts(analyseText(text));
    expectExactSpans(text, counts);
    const c = counts.find((x) => x.text === want.text);
    expect(c, `counts-casualty.test.ts: ${text}`).toBeDefined();
    expect({ text: c!.text, value: c!.value, unit: c!.unit, category: c!.category, rule: c!.rule }).toEqual(want);
    expect(c!.start).toBe(text.indexOf(want.text));
  });

  it.each(NOT)('%s: %s is not %s', (text, wanted, category) => {
    const counts = extractCounts(analyseText(text));
    expect(counts.filter((c) => text.slice(c.start, c.end).includes(wanted.split(' ').pop()!) && c.category === category), `counts-casualty.test.ts: ${text}`).toEqual([]);
  });
});

describe('counts-casualty.test.ts: an appositive is the same person', () => {
  it('"The second victim, a child, was taken to the hospital" is one count', () => {
    const text = 'The second victim, a child, was taken to the hospital.';
    const counts = extractCounts(analyseText(text)).filter((c) => c.category === 'injured');
    expect(counts.map((c) => [c.text, c.value, c.rule])).toEqual([['The second victim', 1, 'count.ordinal-casualty']]);
  });
});

describe('counts-casualty.test.ts: a plural quantity as the subject of a verb counts people', () => {
  const SUBJECTS: [string, Want][] = [
    ['Thousands protest fuel prices in Lagos\n\nThousands of people marched.', { text: 'Thousands', value: 2000, unit: null, category: 'people', rule: 'count.vague-subject' }],
    ['Hundreds of thousands rally in Paris.', { text: 'Hundreds of thousands', value: 200000, unit: null, category: 'people', rule: 'count.vague-subject' }],
    ['Thousands march on the capital.', { text: 'Thousands', value: 2000, unit: null, category: 'people', rule: 'count.vague-subject' }],
    ['Thousands were evacuated from the city.', { text: 'Thousands', value: 2000, unit: null, category: 'displaced', rule: 'count.displaced-after' }],
    ['Dozens of officers were hurt.', { text: 'Dozens of officers', value: 24, unit: 'officer', category: 'injured', rule: 'count.injured-after' }],
  ];
  it.each(SUBJECTS)('%s -> %j', (text, want) => {
    const counts = extractCounts(analyseText(text));
    expectExactSpans(text, counts);
    const c = counts.find((x) => x.start === text.indexOf(want.text));
    expect(c, `counts-casualty.test.ts: ${text}`).toBeDefined();
    expect({ text: c!.text, value: c!.value, unit: c!.unit, category: c!.category, rule: c!.rule }).toEqual(want);
  });

  it('the verb is no counted noun: no unit "protest" or "fuel"', () => {
    const counts = extractCounts(analyseText('Thousands protest fuel prices in Lagos\n\nPolice said.'));
    expect(counts.map((c) => c.unit)).not.toContain('fuel');
    expect(counts.map((c) => c.unit)).not.toContain('protest');
  });
});
