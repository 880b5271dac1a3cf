// Roles of people in the main event (src/event/roles.ts): who is a victim or a perpetrator, read from the
// words around a person's name. Hand-made person actors over a real analysis, no trigger.
import { describe, expect, it } from 'vitest';
import { KIN_VICTIM_RULE, PRONOUN_VICTIM_RULE, roles } from '../../src/event/roles.js';
import type { Actor } from '../../src/record/schema.js';
import { analyseText } from '../helpers.js';

const FILE = 'actors-roles.test.ts';

function person(text: string, id: string, name: string): Actor {
  const mentions = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) mentions.push({ text: name, start: i, end: i + name.length });
  return { id, name, kind: 'person', title: null, country: null, affiliation: null, mentions } as Actor;
}

const HEAD = 'Shooting in Elm Park\n\nPolice are investigating a shooting in Elm Park on Friday.\n\n';

describe(`${FILE}: people put into the event's roles`, () => {
  it.each([
    // an age written "11-years-old" (and "11 years old") before the name
    ['age before the name, plural years', 'One of the victims of the shooting is just 11-years-old, Nhi Nguyen.\n', 'Nhi Nguyen', 'victim'],
    ['age before the name, spaced', 'Among the dead was a 17 years old Tom Reyes, his family said.\n', 'Tom Reyes', 'victim'],
    // a kin or person noun in apposition: "the child, Name," in a sentence of harm
    ['kin noun in apposition', 'Reports said the child, Melia Jones, was released after being treated for a gunshot wound.\n', 'Melia Jones', 'victim'],
    ['possessive kin noun in apposition', "Deputies said the boy's father, Kevin Ahles, had been at home when the shot was fired.\n", 'Kevin Ahles', 'victim'],
    ['kin noun in a sentence of charges', 'Her husband, Dale Moss, faces charges of attempted murder.\n', 'Dale Moss', 'perpetrator'],
    // an aged person whose harm is told in the sentence before
    ['harm in the previous sentence', 'Two women were wounded.\n\nThe women were Lydia Nielson, 51, and Jessica Burgess, 19.\n', 'Jessica Burgess', 'victim'],
    // someone taken to hospital or found hurt
    ['rushed to hospital', 'Paramedics said Ann Lowe was rushed to a hospital in critical condition.\n', 'Ann Lowe', 'victim'],
    ['found with a gunshot wound', 'Officers said Ann Lowe was found with a gunshot wound to the chest.\n', 'Ann Lowe', 'victim'],
    ['among the wounded', 'Ann Lowe was among the wounded, police said.\n', 'Ann Lowe', 'victim'],
    // someone detained, sought or said to have shot
    ['detained', 'Officers said Jon Graham was detained near the scene.\n', 'Jon Graham', 'perpetrator'],
    ['sought by police', 'Police are searching for Jon Graham in connection with the shooting.\n', 'Jon Graham', 'perpetrator'],
    ['allegedly shot', 'Jon Graham allegedly shot the man during an argument.\n', 'Jon Graham', 'perpetrator'],
    // someone who fled or escaped
    ['fled', 'Officers said Jon Graham then fled in a blue pickup.\n', 'Jon Graham', 'perpetrator'],
    ['escaped', 'Jon Graham escaped before officers arrived.\n', 'Jon Graham', 'perpetrator'],
    // the person whose home was the scene of the harm is its target
    ['home of the person', 'Neighbours gathered outside the home of Val Jackson, where two adults were murdered.\n', 'Val Jackson', 'target'],
    // identified as the victim, one of those shot, the victim in apposition, a possessive death, found lying
    ['identified as the victim', 'Ann Lowe was identified as the victim.\n', 'Ann Lowe', 'victim'],
    ['one of those shot', 'Ann Lowe was one of two people shot.\n', 'Ann Lowe', 'victim'],
    ['the victim in apposition', 'Ann Lowe, the victim, was a mother of three.\n', 'Ann Lowe', 'victim'],
    ["a possessive death", "Ann Lowe's killing shocked the neighbourhood.\n", 'Ann Lowe', 'victim'],
    ['found lying', 'Officers found Ann Lowe lying in the street.\n', 'Ann Lowe', 'victim'],
    // arraigned, held in jail, a warrant issued, a gunman identified by name
    ['arraigned', 'Jon Graham was arraigned Monday on murder charges.\n', 'Jon Graham', 'perpetrator'],
    ['remains in jail', 'Jon Graham remains in the county jail on a $1 million bond.\n', 'Jon Graham', 'perpetrator'],
    ['a warrant issued', 'A warrant was issued for Jon Graham.\n', 'Jon Graham', 'perpetrator'],
    ['the gunman identified as', 'The gunman, identified as Jon Graham, fled on foot.\n', 'Jon Graham', 'perpetrator'],
  ])('%s', (_label, body, name, role) => {
    const text = HEAD + body;
    const x = person(text, 'a1', name);
    const r = roles(analyseText(text), [x], null);
    expect(role === 'victim' ? r.victims : role === 'target' ? r.targets : r.perpetrators).toEqual(['a1']);
    if (role === 'target') expect(r.rules.targets).toBe('event.role-person-home');
  });

  it.each([
    ['a kin noun with no harm or charges nearby', 'Police said the council met on Monday.\n\nThe mayor, Ann Hart, spoke at the meeting.\n\nShe thanked her sister, Jo Hart, for coming.\n', 'Jo Hart'],
    ['the home of a person with no harm in the sentence', 'Police said the party was at the home of Val Jackson on Monday.\n', 'Val Jackson'],
    ['found with a gun (no victim)', 'Police said John Doe was found with a gun in his car on Monday.\n', 'John Doe'],
    ['a name with no age, kin noun or role words', 'Police said John Doe spoke to reporters on Monday.\n', 'John Doe'],
  ])('no role: %s', (_label, body, name) => {
    const text = 'Town council meets\n\n' + body;
    const x = person(text, 'a1', name);
    const r = roles(analyseText(text), [x], null);
    expect([...r.victims, ...r.perpetrators, ...r.targets]).toEqual([]);
  });
});

describe(`${FILE}: a pronoun said to be hit stands for the person named before it (event.role-pronoun-victim)`, () => {
  const roleOf = (body: string, names: string[]): { victims: string[]; perpetrators: string[] } => {
    const text = HEAD + body;
    const xs = names.map((n, i) => person(text, `a${i + 1}`, n));
    const r = roles(analyseText(text), xs, null);
    return { victims: r.victims, perpetrators: r.perpetrators };
  };

  it.each([
    ['sentence opening', 'Officers found Carl Adams in a parked car.\n\nHe was pronounced dead at the scene.\n', ['Carl Adams'], ['a1']],
    ['after an opening phrase', 'Officers found Carl Adams in a parked car.\n\nMinutes later, he was pronounced dead.\n', ['Carl Adams'], ['a1']],
    ['what the named person says', 'Bryan Gibbs said he was shot in the leg while he slept.\n', ['Bryan Gibbs'], ['a1']],
    ['a joined clause', 'Ernest Jasper crossed the street to help, and he was shot twice.\n', ['Ernest Jasper'], ['a1']],
    ['the nearest of two names', 'Mark Lee drove to the house of Carl Adams.\n\nHe was shot in the chest.\n', ['Mark Lee', 'Carl Adams'], ['a2']],
    ['survived his injuries', 'Ernest Jasper survived his injuries for a short time.\n', ['Ernest Jasper'], ['a1']],
  ])('%s', (_label, body, names, victims) => {
    expect(PRONOUN_VICTIM_RULE.id).toBe('event.role-pronoun-victim');
    expect(roleOf(body, names).victims).toEqual(victims);
  });

  it.each([
    ['the speaker of the sentence before', '"It was chaos," said Chief Val Cunningham.\n\nHe was shot in the abdomen.\n', ['Val Cunningham']],
    ['a person noun between', 'Mark Lee drove up to a woman on the porch.\n\nShe was shot in the chest.\n', ['Mark Lee']],
    ['an object pronoun between', 'Ana Marie was with her that night at the home where she was shot.\n', ['Ana Marie']],
    ['a first name of the other sex', 'Officers spoke to John Miller on Friday.\n\nShe was shot in the arm.\n', ['John Miller']],
    ['a pronoun inside a clause of the sentence', 'Carl Adams said the woman who he saw was shot.\n', ['Carl Adams']],
    ['a name two sentences back', 'Carl Adams lives nearby.\n\nThe street was quiet.\n\nHe was shot in the arm.\n', ['Carl Adams']],
    ['survived an attack (a target unhurt, not a victim)', 'Carl Adams survived an attack on his life on Friday.\n', ['Carl Adams']],
  ])('no victim: %s', (_label, body, names) => {
    expect(roleOf(body, names).victims).toEqual([]);
  });

  it('a person already read as the one who shot is not turned into a victim', () => {
    const r = roleOf('Mark Lee was arrested on Saturday.\n\nHe was wounded by an officer.\n', ['Mark Lee']);
    expect(r).toEqual({ victims: [], perpetrators: ['a1'] });
  });
});

describe(`${FILE}: a person whose kin are spoken of is the one hit (event.role-person-mourned)`, () => {
  const victimsOf = (body: string, name: string): string[] => {
    const text = HEAD + body;
    return roles(analyseText(text), [person(text, 'a1', name)], null).victims;
  };
  it('"Kaleb Ahles\'s mother said" makes Kaleb Ahles a victim', () => {
    expect(KIN_VICTIM_RULE.id).toBe('event.role-person-mourned');
    expect(victimsOf("Kaleb Ahles's mother said he loved to fish.\n", 'Kaleb Ahles')).toEqual(['a1']);
    expect(victimsOf("Friends gathered as Kaleb Ahles' family held a vigil.\n", 'Kaleb Ahles')).toEqual(['a1']);
    expect(victimsOf('The family of 16-year-old Kaleb Ahles asked for privacy.\n', 'Kaleb Ahles')).toEqual(['a1']);
  });
  it('not in a sentence of arrest or charges, and not for a word other than kin', () => {
    expect(victimsOf("Jon Graham's mother said her son was arrested on Friday.\n", 'Jon Graham')).toEqual([]);
    expect(victimsOf("Jon Graham's car was parked outside.\n", 'Jon Graham')).toEqual([]);
  });
});
