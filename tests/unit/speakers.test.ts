import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { createFirstNames } from '../../src/extract/actors/names.js';
import { genderOf, resolveSpeakers } from '../../src/resolve/speakers.js';
import type { Actor } from '../../src/record/schema.js';
import { analyseText, seedText } from '../helpers.js';

const { extract: extractQuotes } = createQuoteTagger();
const names = createFirstNames();

const FILE = 'speakers.test.ts';

/** An actor with a mention at every occurrence of each of its names in the text. */
function actor(text: string, id: string, name: string, kind: Actor['kind'], title: string | null, names: string[] = [name]): Actor {
  const mentions: Actor['mentions'] = [];
  for (const n of names) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) mentions.push({ text: n, start: i, end: i + n.length });
  }
  mentions.sort((x, y) => x.start - y.start);
  return { id, name, kind, title, country: null, affiliation: null, mentions };
}

function resolve(text: string, actors: Actor[]) {
  const a = analyseText(text);
  return resolveSpeakers(extractQuotes(a), actors, a, names);
}

describe(`speakers: the seed article (${FILE})`, () => {
  const text = seedText();
  const actors = [
    actor(text, 'a1', 'Mohammed Shia al-Sudani', 'person', 'Prime Minister'),
    actor(text, 'a2', 'Sabrina Singh', 'person', 'Pentagon deputy spokesperson', ['Sabrina Singh', 'Singh']),
    actor(text, 'a3', 'Islamic Resistance', 'group', null),
  ];
  const qs = resolve(text, actors);
  const find = (s: string) => qs.find((q) => q.text.startsWith(s));

  it.each<[string, string, string, string, string]>([
    // quote start, actor id, name, attributing text, link rule
    ['targeting diplomatic missions', 'a1', 'Mohammed Shia al-Sudani', 'Iraq’s Prime Minister Mohammed Shia al-Sudani', 'speaker.actor-mention'],
    ['I would say that as of Dec. 4', 'a2', 'Sabrina Singh', 'she', 'speaker.pronoun-recent-person'],
    ['it’s really hard', 'a2', 'Sabrina Singh', 'the defense spokesperson', 'speaker.actor-title'],
    ['have like a day or two', 'a2', 'Sabrina Singh', 'the defense spokesperson', 'speaker.actor-title'],
    ['there had been no attacks on US forces in the region over a 24-hour period', 'a2', 'Sabrina Singh', 'Singh', 'speaker.actor-mention'],
  ])('%s -> %s', (start, id, name, said, rule) => {
    const q = find(start);
    expect(q, `${FILE}: ${start}`).toBeDefined();
    expect(q!.speaker).toMatchObject({ actor: id, name, text: said, rule });
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(said);
  });

  it('gives the verb of each quote', () => {
    expect(find('targeting diplomatic missions')?.verb).toBe('saying');
    expect(find('I would say that')?.verb).toBe('said');
  });
});

describe(`speakers: linking rules (${FILE})`, () => {
  it('links a surname to the person named in full earlier', () => {
    const text = 'Title\n\nJohn Kerry arrived on Monday.\n\n“We are ready,” Kerry said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'John Kerry', 'person', null, ['John Kerry'])]);
    expect(qs[0].speaker).toMatchObject({ actor: 'a1', name: 'John Kerry', text: 'Kerry', rule: 'speaker.actor-surname' });
  });

  it('skips a person of the other gender for "she"', () => {
    const text = 'Title\n\nMary Jones met John Smith on Monday.\n\n“It went well,” she said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Mary Jones', 'person', null), actor(text, 'a2', 'John Smith', 'person', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: 'a1', name: 'Mary Jones', text: 'she' });
  });

  it('does not take a person named inside the quote itself for "he"', () => {
    const text = 'Title\n\nTom Brown spoke first.\n\n“I told Peter Green to wait,” he said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Brown', 'person', null), actor(text, 'a2', 'Peter Green', 'person', null)]);
    expect(qs[0].speaker?.actor).toBe('a1');
  });

  it('prefers the head of an apposition over the person it is "for"', () => {
    const text = 'Title\n\n“No comment,” Mark MacDougall, an attorney for Bryan Pagliano, said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Mark MacDougall', 'person', 'attorney'), actor(text, 'a2', 'Bryan Pagliano', 'person', null)]);
    expect(qs[0].speaker?.actor).toBe('a1');
  });

  it('links "the ministry" to the one organisation named so', () => {
    const text = 'Title\n\nThe Ministry of Defence issued a note.\n\nThe talks will resume next week, the ministry said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Ministry of Defence', 'government', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: 'a1', text: 'the ministry', rule: 'speaker.actor-name-head' });
  });

  it('links nobody when a description fits several people equally', () => {
    const text = 'Title\n\nThe talks will resume next week, the spokesman said.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Ann Lee', 'person', 'spokesman'), actor(text, 'a2', 'Bo Kim', 'person', 'spokesman')]);
    expect(qs[0].speaker).toMatchObject({ actor: null, name: 'the spokesman', text: 'the spokesman' });
  });

  it('does not give a description the organisation named inside it', () => {
    const text = 'Title\n\nThe superintendent at Sto-Rox said counselors are on hand.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Sto-Rox', 'organization', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: null, text: 'The superintendent at Sto-Rox' });
  });

  it('links "who" to the person named right before it', () => {
    const text = 'Title\n\nHe hired Tom Brown, who said he was never paid.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Brown', 'person', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: 'a1', text: 'who', rule: 'speaker.relative-antecedent' });
  });

  it('links "who" across an apposition to the person named before it', () => {
    const text = 'Title\n\nHe met Marc Morial, the chief executive of the League, who said he was never paid.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Marc Morial', 'person', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: 'a1', name: 'Marc Morial', text: 'who', rule: 'speaker.relative-antecedent' });
  });

  it('names an unlinked "who" by the noun phrase before it, and keeps its mention', () => {
    const text = 'Title\n\nHe hired one former campaign staffer, who said he was never paid.\n';
    const qs = resolve(text, []);
    const at = text.indexOf('who');
    expect(qs[0].speaker).toMatchObject({ actor: null, name: 'one former campaign staffer', text: 'who', start: at, end: at + 3, rule: 'speaker.relative-description' });
  });

  it('links a possessive "his" as it links "he"', () => {
    const text = 'Title\n\nTom Brown spoke on Monday. Contrary to his claim that people would learn nothing, there would be a tax.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Brown', 'person', null)]);
    const q = qs.find((x) => x.speaker?.text === 'his');
    expect(q?.speaker).toMatchObject({ actor: 'a1', name: 'Tom Brown', rule: 'speaker.pronoun-recent-person' });
  });

  it('links "he" to the person that opens its own sentence before a closer possessor', () => {
    const text = 'Title\n\nTom Brown took to Twitter to accuse Bob Smith\'s campaign of what he called a "total con job" that night.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Brown', 'person', null), actor(text, 'a2', 'Bob Smith', 'person', null)]);
    const q = qs.find((x) => x.speaker?.text === 'he');
    expect(q?.speaker).toMatchObject({ actor: 'a1', name: 'Tom Brown', rule: 'speaker.pronoun-recent-person' });
  });

  it('links a sentence-opening "he" to the closest person before it', () => {
    const text = 'Title\n\nTom Brown met Bob Green on Monday. He said the talks had failed.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Brown', 'person', null), actor(text, 'a2', 'Bob Green', 'person', null)]);
    const q = qs.find((x) => x.speaker?.text === 'He');
    expect(q?.speaker).toMatchObject({ actor: 'a2', name: 'Bob Green' });
  });

  it('keeps the attributing words as the name when there is no actor', () => {
    const qs = resolve('Title\n\n“Fine,” she said.\n', []);
    expect(qs[0].speaker).toMatchObject({ actor: null, name: 'she', text: 'she' });
  });

  it.each<[Actor, string | null]>([
    [{ id: 'a1', name: 'Sabrina Singh', kind: 'person', title: null, country: null, affiliation: null, mentions: [{ text: 'Sabrina Singh', start: 0, end: 13 }] }, 'female'],
    [{ id: 'a1', name: 'Smith', kind: 'person', title: null, country: null, affiliation: null, mentions: [{ text: 'Mr. Smith', start: 0, end: 9 }] }, 'male'],
    [{ id: 'a1', name: 'Lee', kind: 'person', title: 'spokeswoman', country: null, affiliation: null, mentions: [{ text: 'Lee', start: 0, end: 3 }] }, 'female'],
    [{ id: 'a1', name: 'Xq Zz', kind: 'person', title: null, country: null, affiliation: null, mentions: [{ text: 'Xq Zz', start: 0, end: 5 }] }, null],
  ])('gender of %j', (a, g) => expect(genderOf(a, names)).toBe(g));
});

describe(`speakers: the head of a speaker phrase and its appositions (${FILE})`, () => {
  it.each<[string, string, [string, string, string][], string, string, string]>([
    // text, quote start, actors [id, name, surname], expected actor, attributing text, link rule
    [
      'Title\n\nJill Stein spoke at the rally.\n\n“We will be on every ballot,” Stein spokeswoman Melezia Figueroa said.\n',
      'We will be on every ballot', [['a1', 'Jill Stein', 'Stein'], ['a2', 'Melezia Figueroa', 'Figueroa']],
      'a2', 'Stein spokeswoman Melezia Figueroa', 'speaker.actor-mention',
    ],
    [
      'Title\n\nDonald Trump held a rally.\n\n“The polls are wrong,” Trump campaign manager Kellyanne Conway said.\n',
      'The polls are wrong', [['a1', 'Donald Trump', 'Trump'], ['a2', 'Kellyanne Conway', 'Conway']],
      'a2', 'Trump campaign manager Kellyanne Conway', 'speaker.actor-mention',
    ],
    [
      'Title\n\nSteve Schmidt, a former campaign strategist for John McCain, criticized the plan.\n\n“This is a disaster,” the former campaign strategist said.\n',
      'This is a disaster', [['a1', 'Steve Schmidt', 'Schmidt'], ['a2', 'John McCain', 'McCain']],
      'a1', 'the former campaign strategist', 'speaker.actor-apposition',
    ],
    [
      'Title\n\nAnna Berg, the company’s chief economist, spoke first.\n\n“Rates will rise,” the economist said.\n',
      'Rates will rise', [['a1', 'Anna Berg', 'Berg']],
      'a1', 'the economist', 'speaker.actor-apposition',
    ],
  ])('%#: %s', (text, start, people, id, said, rule) => {
    const qs = resolve(text, people.map(([pid, name, surname]) => actor(text, pid, name, 'person', null, [name, surname])));
    const q = qs.find((x) => x.text.startsWith(start));
    expect(q, `${FILE}: ${start}`).toBeDefined();
    expect(q!.speaker).toMatchObject({ actor: id, text: said, rule });
  });

  it.each<[string, string]>([
    // an apposition of another head noun, or two persons with the same one, link nobody
    ['Title\n\nSteve Schmidt, a former campaign strategist, spoke.\n\n“No,” the senator said.\n', 'the senator'],
    ['Title\n\nAnn Lee, an economist, and Bo Park, an economist, spoke.\n\n“No,” the economist said.\n', 'the economist'],
    // a relative clause or a bare figure after the name is no apposition
    ['Title\n\nSteve Schmidt, who served as a strategist, spoke.\n\n“No,” the strategist said.\n', 'the strategist'],
    ['Title\n\nSteve Schmidt, 45 percent, led.\n\n“No,” 45 percent of voters said.\n', '45 percent of voters'],
  ])('%#: %s stays unlinked', (text, said) => {
    const qs = resolve(text, [actor(text, 'a1', 'Steve Schmidt', 'person', null), actor(text, 'a2', 'Ann Lee', 'person', null), actor(text, 'a3', 'Bo Park', 'person', null)]);
    expect(qs[0].speaker).toMatchObject({ actor: null, text: said });
  });
});

describe(`speakers: a pronoun with its auxiliary contracted ("He's said") (${FILE})`, () => {
  it('reads "He\'s" as the pronoun and links it to the person named before it', () => {
    const text = 'Title\n\nMayor Tom Bradley spoke on Monday.\n\nHe\'s said he will fight all the way to the convention.\n';
    const qs = resolve(text, [actor(text, 'a1', 'Tom Bradley', 'person', 'Mayor')]);
    const q = qs.find((x) => x.text === 'he will fight all the way to the convention');
    expect(q?.speaker?.text, FILE).toBe("He's");
    expect(q?.speaker?.actor, FILE).toBe('a1');
    expect(q?.speaker?.rule, FILE).toBe('speaker.pronoun-recent-person');
  });
});
