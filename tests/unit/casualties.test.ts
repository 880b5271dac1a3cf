// Casualties of the main event (issue #6): killed and injured from the counts, with the rule behind each.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { REFERENCE } from '../helpers.js';

type Case = [name: string, text: string, killed: number | null, injured: number | null, rules: { killed?: string; injured?: string }];

const CASES: Case[] = [
  [
    'a victim told "in stable but serious condition" lived: one injured (event.injured-survivor-condition)',
    'Shooting on Birch Lane\n\nPolice are looking into a shooting at a home on Birch Lane on Monday afternoon.\n\n' +
      'Police said the boy remains in stable but serious condition.\n',
    null, 1, { injured: 'event.injured-survivor-condition' },
  ],
  [
    'a double shooting counts two people hit; the one who died is not also injured',
    'Fatal double shooting in the 9th Ward\n\nPolice are investigating a fatal double shooting Saturday night.\n\n' +
      'Police said one adult victim was pronounced dead at the scene.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-shot-lead' },
  ],
  [
    'the second victim, described by an appositive, is one more person, not two',
    'Man killed in shooting\n\nPolice said one adult victim was pronounced dead at the scene.\n\nThe second victim, a child, was taken to the hospital.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-lead' },
  ],
  [
    'one more person "also struck" is injured besides the dead',
    'Two-year-old shot in crossfire\n\nThe two-year-old fatally shot while in a minivan on Friday lived in St. Paul.\n\n' +
      'A 15-month-old in the minivan was also struck but suffered injuries that were not life-threatening.\n',
    1, 1, { injured: 'event.injured-lead' },
  ],
  [
    'one more person named by an ordinal and "shot" is injured besides the dead, not one of them',
    'Man killed in shooting\n\nOne man was killed and a second man was shot in the leg on Main Street on Sunday, police said.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-lead' },
  ],
  [
    'a parent counted by children ("father of three") is one person killed, not three',
    'Father killed outside nightclub\n\nMarcus Bell, the 34-year-old father of three who was shot and killed outside a nightclub early Saturday, was buried on Thursday.\n',
    1, null, { killed: 'event.killed-lead' },
  ],
  [
    '"shot, killed" in a headline is killed, not shot and alive',
    'Two young girls shot, killed by father\n\nTwo young girls were shot and killed on Wednesday night, deputies said.\n',
    2, null, { killed: 'event.killed-lead', injured: 'event.injured-not-said' },
  ],
  [
    'a survivor of the shooting is one of the injured',
    'Teen charged in 4 slayings\n\nA 16-year-old boy has been charged in the slayings of four people at a home last summer.\n\n' +
      'Prosecutors said he helped an accomplice rob five victims, then the accomplice shot the victims. One victim survived.\n',
    4, 1, { killed: 'event.killed-lead', injured: 'event.injured-lead' },
  ],
  [
    'the sentences after the first body sentence that speaks tell the wounded',
    'Weapon identified\n\nDeputies are looking for the owner of a gun.\n\nThe gun was found in a car.\n\nThe car was parked at a home.\n\n' +
      'The owner was questioned.\n\nA 7-year-old girl was killed on Saturday.\n\nDeputies say a boy fired the weapon from the trunk.\n\nAnother 5-year-old was hurt.\n',
    1, 1, { killed: 'event.killed-body', injured: 'event.injured-body' },
  ],
  [
    'a man "found dying" is dead',
    'Police investigate after man found dying on Diplomat Drive\n\nPolice are investigating after a man was found on Diplomat Drive.\n',
    1, null, { killed: 'event.killed-death-statement' },
  ],
  [
    'later in the lead, a plain report of a death counts',
    'Police investigate on Diplomat Drive\n\nPolice are investigating on Diplomat Drive.\n\nOfficers responded to a report of a man down.\n\n' +
      'He was taken to a hospital, where he was pronounced dead shortly after arrival.\n',
    1, null, { killed: 'event.killed-late-death-statement' },
  ],
  [
    'later in the lead, "did not survive" and "were unable to save him" report the death of the one shot',
    'Man shot on Main Street\n\nA man was shot on Main Street on Sunday.\n\nMedics were unable to save him.\n',
    1, null, { killed: 'event.killed-late-death-statement' },
  ],
  [
    'a shooting that "claimed the life of" someone is a death',
    'Shooting on Main Street\n\nA shooting on Main Street on Sunday claimed the life of a 25-year-old man.\n',
    1, null, { killed: 'event.killed-death-statement' },
  ],
  [
    'a murder-suicide told without a count is two dead: the one killed and the killer',
    'Police investigate on Main Street\n\nPolice are investigating an apparent murder-suicide on Main Street on Sunday.\n',
    2, null, { killed: 'event.killed-murder-suicide' },
  ],
  [
    'a count of one dead in a lead that calls it a murder-suicide is two dead: the one counted is the victim or the killer',
    'Woman dies on Main Street\n\nA woman was shot and killed in an apparent murder-suicide on Main Street on Sunday, police said.\n',
    2, null, { killed: 'event.killed-murder-suicide' },
  ],
  [
    'an attempted murder-suicide is no death',
    'Police investigate on Main Street\n\nPolice are investigating an attempted murder-suicide on Main Street on Sunday.\n',
    null, null, { killed: 'event.killed-not-said' },
  ],
  [
    'an officer and a suspect wounded in a headline are two',
    'Porterville officer, suspect wounded in exchange of gunfire\n\nThe shooting happened on Friday night.\n',
    null, 2, { injured: 'event.injured-lead' },
  ],
  [
    'an incident at the same place earlier is not the event',
    'Four men shot near the park\n\nPolice said they are still early in the investigation.\n\n' +
      'We also learned that a 19-year-old male was shot and killed on the same block just last week.\n\nFour men were shot near the park on Tuesday night.\n',
    null, 4, { killed: 'event.killed-not-said', injured: 'event.injured-shot-lead' },
  ],
  [
    'a lead sentence opening on an earlier time tells of another incident',
    'Teen surrenders after girl injured in accidental shooting\n\nA 17-year-old has surrendered after another teen was critically injured on Wednesday.\n\n' +
      'Exactly one week ago, a 13-year-old boy died after a gun found by teenagers went off.\n',
    null, 1, { killed: 'event.killed-not-said', injured: 'event.injured-lead' },
  ],
  [
    'the same words said again are one group, not two',
    'Two young girls shot, killed by father\n\nTwo young girls shot, killed by father News Two young girls shot, killed by father Two young girls were shot and killed on Wednesday.\n',
    2, null, { killed: 'event.killed-lead' },
  ],
  [
    'the shooter shot by police is not added to the victims\' count (measured on the check split: wrong more often than right)',
    'Gunman wounds four in Greenville\n\nA man shot four people near a store on Friday, police said.\n\n' +
      'Officers told him to drop his weapon, but he opened fire on them. Police then shot Faust, but he continued to resist arrest.\n',
    null, 4, { injured: 'event.injured-lead' },
  ],
  [
    'not when the count already holds him',
    'Shooting spree motivated by race\n\nThe shooting spree that injured five people, including the gunman, was motivated by race.\n\n' +
      'Police then shot Faust, but he continued to resist arrest.\n',
    null, 5, { injured: 'event.injured-lead' },
  ],
  [
    'nor when the shooter shot by police died',
    'Gunman wounds four in Greenville\n\nA man shot four people near a store on Friday, police said.\n\n' +
      'Police then shot Faust, who died at the scene.\n',
    1, 4, { killed: 'event.killed-death-statement' },
  ],
  [
    'one person shot, then an autopsy or the victim\'s death: the one shot died',
    'Boy shooting victim identified\n\nDeputies continued to investigate the accidental shooting of 3-year-old Gavin Stiles.\n\n' +
      'Investigators plan to interview the parents, who were at home with Gavin when he was shot.\n\nAn autopsy was scheduled for Saturday.\n',
    1, 0, { killed: 'event.killed-shot-then-died', injured: 'event.injured-shot-then-died' },
  ],
  [
    '"the victim" told hurt is one injured when nothing else counts them',
    'Shooting in Dayton\n\nPolice are investigating a shooting Friday in Dayton.\n\nThe victim was taken to a hospital in stable condition.\n',
    null, 1, { injured: 'event.injured-lead' },
  ],
  [
    'but "the victim" of a shooting that killed a man is the one who died',
    'Man killed in Dayton\n\nA man was shot and killed Friday in Dayton.\n\nPolice said the victim was taken to a hospital.\n',
    1, null, { killed: 'event.killed-lead', injured: 'event.injured-definite-is-dead' },
  ],
  [
    'a count of two or more may hold the shooter already: his suicide told later adds no one',
    'Two dead in Dayton shooting\n\nTwo people were killed in a shooting Friday in Dayton, police said.\n\nThe gunman then turned the gun on himself.\n',
    2, null, { killed: 'event.killed-lead' },
  ],
  [
    'one person told as having shot himself, in a story of a death, is the one who died, not one more hurt',
    'Boy who shot himself has died\n\nA 7-year-old boy who accidentally shot himself at his home on Tuesday has died, police said.\n\n' +
      'The boy was rushed to a hospital in critical condition.\n',
    1, null, { injured: 'event.injured-reflexive-is-dead' },
  ],
  [
    'one person who shot himself in a story with no death stays injured',
    'Boy shoots himself\n\nA 7-year-old boy accidentally shot himself at his home on Tuesday, police said.\n\n' +
      'The boy was rushed to a hospital in critical condition.\n',
    null, 1, {},
  ],
  [
    'no count and no death, but a pronoun told as shot: one injured',
    'Gunfire on Elm Street\n\nPolice were called to Elm Street on Sunday night after reports of gunfire.\n\nShe was shot in the leg, police said.\n',
    null, 1, { injured: 'event.injured-pronoun-hurt' },
  ],
  [
    'no count of the injured, but a victim told as in stable condition: one injured, besides the dead',
    'Man killed in shooting on Pine Street\n\nOne man was killed in a shooting on Pine Street on Sunday night, police said.\n\n' +
      'A relative of the dead man was hurt and remains in stable condition.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-survivor-condition' },
  ],
  [
    'no count of the injured, but a victim told as recovering: one injured',
    'Man killed in shooting on Pine Street\n\nOne man was killed in a shooting on Pine Street on Sunday night, police said.\n\n' +
      'A relative of the dead man was hurt and is recovering at home.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-survivor-condition' },
  ],
  [
    'the dead are counted and one more person is told hurt without a number: one injured (event.injured-also-hurt)',
    'Man killed on Cedar Avenue\n\nOne man was killed in a shooting on Cedar Avenue late Friday, officers said.\n\n' +
      'A neighbor standing nearby was also hospitalized, officers said.\n',
    1, 1, { killed: 'event.killed-lead', injured: 'event.injured-also-hurt' },
  ],
  [
    'the dead are counted and the charges tell of those the killer tried to kill: so many injured (event.injured-attempted-murder)',
    'Man charged in Elm Street killing\n\nA man was charged on Tuesday in the shooting death of a 30-year-old cook on Elm Street.\n\n' +
      'He faces one count of murder and three counts of attempted murder, prosecutors said.\n',
    1, 3, { injured: 'event.injured-attempted-murder' },
  ],
  [
    'one more person the killer tried to kill, named by an ordinal, is one injured (event.injured-attempted-murder)',
    'Gunman admits killing two\n\nA gunman admitted on Monday to killing two men and trying to kill a third at a gas station last spring.\n',
    2, 1, { killed: 'event.killed-lead', injured: 'event.injured-attempted-murder' },
  ],
  [
    'nothing in the lead or the twelve sentences after it counts the hurt, a later sentence does: so many injured (event.injured-late-count)',
    'Gunfire at Harbor Road festival\n\n' +
      'The festival on Harbor Road drew a large crowd on Saturday evening. ' +
      'Vendors sold food and crafts along the waterfront. ' +
      'A band played on the main stage until dark. ' +
      'Organizers said the event has been held every summer for a decade. ' +
      'Parking was scarce near the pier. ' +
      'Many families arrived by bus from nearby towns. ' +
      'The weather stayed warm and dry all day. ' +
      'A fireworks show had been planned for later that night. ' +
      'Local shops stayed open late for the visitors. ' +
      'The mayor spoke briefly at the opening. ' +
      'Volunteers handed out water at the gates. ' +
      'Traffic was slow on the bridge into town. ' +
      'The city council approved the event in March. ' +
      'Tickets sold out a week in advance. ' +
      'A children\'s area offered games and face painting. ' +
      'Shortly after nine o\'clock, gunfire broke out near the stage. ' +
      'Two people were wounded in the shooting, police said.\n',
    null, 2, { injured: 'event.injured-late-count' },
  ],
  [
    'one more person "also shot and killed" is not an injured one',
    'Man killed on Cedar Avenue\n\nOne man was killed in a shooting on Cedar Avenue late Friday, officers said.\n\n' +
      'His brother was also shot and killed, officers said.\n',
    1, null, { killed: 'event.killed-lead' },
  ],
  [
    'a victim told as in critical condition is not counted as a survivor (those may die later)',
    'Man killed in shooting on Pine Street\n\nOne man was killed in a shooting on Pine Street on Sunday night, police said.\n\n' +
      'A relative of the dead man was hurt and remains in critical condition.\n',
    1, null, { killed: 'event.killed-lead' },
  ],
  [
    'a count picking some of a group told before ("two of whom") is not added to it',
    'Three wounded in shooting\n\nThree people were wounded on Oak Street on Sunday night, two of whom are in critical condition, police said.\n',
    null, 3, { injured: 'event.injured-lead' },
  ],
  [
    'an age set off by commas after a title\'s person noun that is also a verb ("Man, 23, killed") is no count of the dead',
    'Man, 23, killed in Dayton shooting\n\nPolice are investigating a shooting on Main Street on Sunday night.\n',
    1, null, { killed: 'event.killed-lead' },
  ],
  [
    'a pronoun "shot at" is no one hit',
    'Gunfire on Elm Street\n\nPolice were called to Elm Street on Sunday night after reports of gunfire.\n\nHe was shot at from a passing car, police said.\n',
    null, null, {},
  ],
  [
    'one person shot and in critical condition stays injured',
    'Boy, 15, shot in Englewood\n\nA 15-year-old boy was shot Thursday night.\n\nHe was taken to a hospital in critical condition.\n',
    null, 1, { killed: 'event.killed-not-said', injured: 'event.injured-shot-lead' },
  ],
  [
    'a death told without a count, then the shooter\'s suicide: he is one of the dead',
    'Girl has died after Sportsplex shooting\n\nPolice say the shooter at the Sportsplex was a family friend.\n\n' +
      'Seven-year-old Emma, who died Friday after she and her mother were shot outside the Sportsplex, was the victim of a man with a gun.\n\n' +
      'Investigators believe the suspect shot them and then turned his gun on himself.\n',
    2, null, { killed: 'event.killed-plus-suicide' },
  ],
  [
    'a count of one told as a man, then the gunman\'s suicide: the one dead may be the gunman, the count stays',
    'Man dead after shooting\n\nOne man was killed in a shooting on Sunday night, police said.\n\n' +
      'Police said the gunman then turned the gun on himself.\n',
    1, null, { killed: 'event.killed-lead' },
  ],
  [
    'the gunman\'s suicide as the second object of the killing verb: "killed his wife and then himself" is two dead',
    'Murder-suicide in Reno\n\nPolice said a man shot and killed his wife and then himself on Friday in Reno.\n',
    2, null, { killed: 'event.killed-lead' },
  ],
  ['"A man and two women were killed" is three dead', 'Three dead in Tucson\n\nA man and two women were killed Tuesday in Tucson.\n', 3, null, { killed: 'event.killed-lead' }],
  ['"one was killed and another wounded" is one dead, one hurt', 'Shooting in Reno\n\nOne person was killed and another wounded in a shooting Friday in Reno.\n', 1, 1, { killed: 'event.killed-lead', injured: 'event.injured-lead' }],
  ['"three people, including a girl" is three, not four', 'Shooting in Reno\n\nThree people, including a 4-year-old girl, were wounded in a shooting Friday in Reno.\n', null, 3, { injured: 'event.injured-lead' }],
  ['"was found shot to death" is one dead', 'Man found dead in Reno\n\nA man was found shot to death Friday in Reno.\n', 1, null, { killed: 'event.killed-lead' }],
  // the forms issue #6 names
  [
    'repeated mentions do not add up: "four people -- three men and one woman"',
    'Shooting in Vallejo injures 4\n\nPolice are investigating a shooting that left four people hospitalized on Wednesday night.\n\n' +
      'When officers arrived, they determined that four people — three men and one woman — had been injured by the gunfire.\n',
    null, 4, { injured: 'event.injured-lead' },
  ],
  ['"shot and killed a man" is one dead', 'Man killed in Dayton\n\nAn officer shot and killed a man on Friday in Dayton.\n', 1, null, { killed: 'event.killed-lead' }],
  ['"No injuries were reported" is injured 0', 'Rocket attack on base\n\nMilitants fired rockets at the base on Friday. No injuries were reported.\n', null, 0, { injured: 'event.injured-negated' }],
  ['"no one was hurt" is injured 0', 'Shots fired at home\n\nShots were fired at a home on Friday, but no one was hurt.\n', null, 0, { injured: 'event.injured-negated' }],
  ['"two were wounded"', 'Gunfire at party\n\nGunfire broke out at a party on Friday and two were wounded.\n', null, 2, { injured: 'event.injured-lead' }],
  [
    'a toll over a span of time is a tally, not the event\'s: "has killed thousands since 2009"',
    'Bomber kills 12 in Maiduguri\n\nA suicide bomber killed at least 12 people at a checkpoint in Maiduguri on Wednesday. ' +
      'The attack bore the hallmarks of Boko Haram, the militant group that has killed thousands of people in the northeast since 2009.\n',
    12, null, { killed: 'event.killed-lead' },
  ],
  [
    'the dead told in the lead, then a body sentence tells how many were shot and that some died: the rest are injured',
    'Three dead after shooting at Elm Street home\n\nThree people were killed in a shooting at a home on Elm Street early Sunday, police said.\n\n' +
      'Officers arrived at the house around 2 a.m. after neighbors called 911.\n\nThe street was closed for several hours.\n\n' +
      'Neighbors said the block is usually quiet.\n\nDetectives spent the morning talking to witnesses.\n\n' +
      'Investigators said the gunman walked into the kitchen and shot five people. Three of the victims died before help arrived.\n',
    3, 2, { killed: 'event.killed-lead', injured: 'event.injured-body-shot' },
  ],
  [
    'two dead counted, then the shooter who turned the gun on himself and died of it: three dead',
    'Two dead in Oak Lane shooting\n\nA shooting at a home on Oak Lane on Tuesday night left two people dead, police said.\n\n' +
      'Investigators said Tom Reed shot his wife and his stepson before turning the gun on himself.\n\n' +
      'Reed died from a self-inflicted gunshot wound at the scene, the sheriff said.\n',
    3, null, { killed: 'event.killed-plus-suicide' },
  ],
  [
    'the shooter who turned the gun on himself but is on life support is not one of the dead',
    'Two dead in Oak Lane shooting\n\nA shooting at a home on Oak Lane on Tuesday night left two people dead, police said.\n\n' +
      'Investigators said Tom Reed shot his wife and his stepson before turning the gun on himself.\n\n' +
      'Reed, who was found with a self-inflicted gunshot wound, is on life support, the sheriff said.\n',
    2, null, { killed: 'event.killed-lead' },
  ],
  [
    'two dead in a story called a double murder-suicide: the two killed and the killer',
    'Police call Pine Falls deaths a double murder-suicide\n\nTwo people were found shot dead inside a home in Pine Falls on Monday morning, police said.\n',
    3, null, { killed: 'event.killed-murder-suicide' },
  ],
  [
    'a double murder and suicide attempt is two dead, not three',
    'Pine Falls man held after double murder and suicide attempt\n\nTwo people were found shot dead inside a home in Pine Falls on Monday morning, police said.\n',
    2, null, { killed: 'event.killed-lead' },
  ],
];

describe('casualties.test.ts: killed and injured of the main event', () => {
  it.each(CASES)('%s', (name, text, killed, injured, rules) => {
    const r = extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
    const e = r.event;
    expect(e, `casualties.test.ts: ${name}`).not.toBeNull();
    expect([e!.killed, e!.injured], `casualties.test.ts: ${name}`).toEqual([killed, injured]);
    expect(e!.rules, `casualties.test.ts: ${name}`).toMatchObject(rules);
  });

  it('"survived by his wife" (an obituary) is no injury', () => {
    const text = 'Man killed in crash\n\nA man was killed in a shooting on Friday. He is survived by his wife and two sons.\n';
    const e = extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true }).event!;
    expect([e.killed, e.injured]).toEqual([1, null]);
  });
});
