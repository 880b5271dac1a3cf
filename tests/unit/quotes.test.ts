import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { findQuotedSpans, paragraphsOf } from '../../src/extract/quotes/marks.js';
import { splitLines } from '../../src/analyse/lines.js';
import { analyseText, expectExactSpans, seedText } from '../helpers.js';

/** One tagger for the file, as a pipeline keeps one (createPipeline). */
const { extract: extractQuotes } = createQuoteTagger();

const FILE = 'quotes.test.ts';

interface Expected {
  text: string;
  type: 'direct' | 'partial' | 'indirect';
  speaker: string | null;
  verb?: string | null;
  rule?: string;
}

function quotesOf(text: string) {
  const a = analyseText(text);
  const qs = extractQuotes(a);
  expectExactSpans(text, qs);
  for (const q of qs) if (q.speaker) expectExactSpans(text, [q.speaker]);
  return qs;
}

function check(text: string, expected: Expected[]): void {
  const got = quotesOf(text).map((q) => ({ text: q.text, type: q.type, speaker: q.speaker?.text ?? null, verb: q.verb, rule: q.rule }));
  for (const e of expected) {
    const hit = got.find((g) => g.text === e.text);
    expect(hit, `${FILE}: ${JSON.stringify(e.text)} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.type, `${FILE}: type of ${e.text}`).toBe(e.type);
    expect(hit!.speaker, `${FILE}: speaker of ${e.text}`).toBe(e.speaker);
    if (e.verb !== undefined) expect(hit!.verb, `${FILE}: verb of ${e.text}`).toBe(e.verb);
    if (e.rule !== undefined) expect(hit!.rule, `${FILE}: rule of ${e.text}`).toBe(e.rule);
  }
}

describe(`quotes: the seed article (${FILE})`, () => {
  const text = seedText();
  const qs = quotesOf(text);
  const find = (s: string) => qs.find((q) => q.text === s);

  it('reads the prime minister’s direct quote after "saying that"', () => {
    const q = find('targeting diplomatic missions is something that cannot be justified.');
    expect(q).toMatchObject({ type: 'direct', verb: 'saying', rule: 'quote.marks-cue-before' });
    expect(q!.speaker).toMatchObject({ text: 'Iraq’s Prime Minister Mohammed Shia al-Sudani', kind: 'name', rule: 'speaker.clause-subject' });
    expect(text.slice(q!.start - 1, q!.start)).toBe('“');
  });

  it('attributes the Dec. 4 quote through "she said"', () => {
    const q = qs.find((x) => x.text.startsWith('I would say that as of Dec. 4'));
    expect(q).toBeDefined();
    expect(q!.text.endsWith('all who have returned to work,')).toBe(true);
    expect(q).toMatchObject({ type: 'direct', verb: 'said', rule: 'quote.marks-cue-after' });
    expect(q!.speaker).toMatchObject({ text: 'she', kind: 'pronoun' });
  });

  it('reads the two partial quotes of the defense spokesperson', () => {
    for (const s of ['it’s really hard', 'have like a day or two that will go without any attacks.']) {
      const q = find(s);
      expect(q, s).toBeDefined();
      expect(q!.type).toBe('partial');
      expect(q!.speaker?.text).toBe('the defense spokesperson');
      expect(q!.speaker?.kind).toBe('description');
      expect(q!.verb).toBe('said');
    }
  });

  it('reads Singh’s indirect speech', () => {
    const q = find('there had been no attacks on US forces in the region over a 24-hour period');
    expect(q).toMatchObject({ type: 'indirect', verb: 'said', rule: 'quote.indirect-said-that' });
    expect(q!.speaker).toMatchObject({ text: 'Singh', kind: 'name' });
  });

  it('does not take "claimed responsibility" for reported speech', () => {
    expect(qs.some((q) => q.text.startsWith('responsibility'))).toBe(false);
  });

  it('quotes nothing from captions or boilerplate', () => {
    const a = analyseText(text);
    expect(extractQuotes(a).every((q) => a.isContent(q.start, q.end))).toBe(true);
  });
});

describe(`quotes: direct and partial quotes (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\n“We will not give up,” she said.\n', [{ text: 'We will not give up,', type: 'direct', speaker: 'she', verb: 'said' }]],
    ['Title\n\n"We will not give up," said Rep. Elijah Cummings of Maryland.\n', [{ text: 'We will not give up,', type: 'direct', speaker: 'Rep. Elijah Cummings of Maryland', verb: 'said' }]],
    ['Title\n\nThe minister said: «Nous resterons.»\n', [{ text: 'Nous resterons.', type: 'direct', speaker: 'The minister', verb: 'said' }]],
    ['Title\n\nCaddell told reporters, “The race is tight.”\n', [{ text: 'The race is tight.', type: 'direct', speaker: 'Caddell', verb: 'told' }]],
    // a kin phrase with its name set off by commas, before or after the cue
    ['Title\n\n“He was kind,” his sister, Keisha Bell, said at the service.\n', [{ text: 'He was kind,', type: 'direct', speaker: 'his sister, Keisha Bell', verb: 'said' }]],
    ['Title\n\n“He was kind,” said his sister, Keisha Bell.\n', [{ text: 'He was kind,', type: 'direct', speaker: 'his sister, Keisha Bell', verb: 'said' }]],
    ['Title\n\n“He was kind,” said his sister.\n', [{ text: 'He was kind,', type: 'direct', speaker: 'his sister', verb: 'said' }]],
    // a quote split by its attribution: two items, one speaker
    [
      'Title\n\n“This is in their heads,” said Caddell. “It is one of the things worrying them.”\n',
      [
        { text: 'This is in their heads,', type: 'direct', speaker: 'Caddell' },
        { text: 'It is one of the things worrying them.', type: 'direct', speaker: 'Caddell', rule: 'quote.marks-floating' },
      ],
    ],
    [
      'Title\n\n“Hopefully,” the president said, “this museum can help us talk to each other.”\n',
      [
        { text: 'Hopefully,', type: 'direct', speaker: 'the president' },
        { text: 'this museum can help us talk to each other.', type: 'direct', speaker: 'the president' },
      ],
    ],
    // NYT style: two apostrophes as a double mark
    ["Title\n\n''They pay us a lot of money,'' Mr. King said.\n", [{ text: 'They pay us a lot of money,', type: 'direct', speaker: 'Mr. King' }]],
    // partial quote inside the reporter's sentence
    ['Title\n\nThe mayor called the blast “an intentional act” on Saturday.\n', [{ text: 'an intentional act', type: 'partial', speaker: 'The mayor', verb: 'called' }]],
    // several partial quotes share the sentence's one cue (read once per sentence, not once per quote)
    [
      'Title\n\nThe mayor called the blast “an intentional act” and the fire “a tragedy” on Saturday.\n',
      [
        { text: 'an intentional act', type: 'partial', speaker: 'The mayor', verb: 'called', rule: 'quote.marks-cue-in-sentence' },
        { text: 'a tragedy', type: 'partial', speaker: 'The mayor', verb: 'called', rule: 'quote.marks-cue-in-sentence' },
      ],
    ],
    // apposition between the name and the cue
    [
      'Title\n\n“Subpoenas are not optional,” Mark MacDougall, an attorney for Pagliano, said.\n',
      [{ text: 'Subpoenas are not optional,', type: 'direct', speaker: 'Mark MacDougall, an attorney for Pagliano' }],
    ],
    // a long apposition, and a leading phrase of a preposition up to its comma before the name: not the speaker
    [
      'Title\n\nIn her New Year speech, Merkel, who has led the country since 2005, said, “Hate is brewing again.”\n',
      [{ text: 'Hate is brewing again.', type: 'direct', speaker: 'Merkel' }],
    ],
    // "made it clear that": "it" is the object of "make"; the subject of "make" says it
    ['Title\n\nThe governor made it clear that he would veto the bill.\n', [{ text: 'he would veto the bill', type: 'indirect', speaker: 'The governor' }]],
    // nested quote inside a quote
    [
      'Title\n\n“He told me, ‘Do not go there,’ and I listened,” Smith said.\n',
      [{ text: 'He told me, ‘Do not go there,’ and I listened,', type: 'direct', speaker: 'Smith' }],
    ],
    // colon at the end of a paragraph introduces the next one
    ['Title\n\nCaddell continued:\n\n"The health issue is very much a partisan issue."\n', [{ text: 'The health issue is very much a partisan issue.', type: 'direct', speaker: 'Caddell', rule: 'quote.marks-colon-intro' }]],
    // vox-pop credit line
    ['Title\n\n“He represents our greatest shame.” ― Sonya Herridge\n', [{ text: 'He represents our greatest shame.', type: 'direct', speaker: 'Sonya Herridge', verb: null }]],
    // an initial's full stop stays inside the credited name; each line its own credit
    ['Title\n\n“The first voice.” ― Francisco Herrero\n“We did it and we will do it again.” ― Julie A. Diaz Martinez.\n', [
      { text: 'The first voice.', type: 'direct', speaker: 'Francisco Herrero', verb: null },
      { text: 'We did it and we will do it again.', type: 'direct', speaker: 'Julie A. Diaz Martinez', verb: null },
    ]],
  ])('%j', (text, expected) => check(text, expected));

  it('continues a multi-paragraph quote and gives every paragraph the same speaker', () => {
    const text = 'Title\n\nClinton said, “I’ve been briefed about the bombings.\n\n“We have to let this investigation unfold.”\n\nThe end came.\n';
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.text, q.type, q.speaker?.text])).toEqual([
      ['I’ve been briefed about the bombings.', 'direct', 'Clinton'],
      ['We have to let this investigation unfold.', 'direct', 'Clinton'],
    ]);
  });

  it('gives a floating quote paragraph to the previous speaker', () => {
    const text = 'Title\n\n“First point,” Lynch said.\n\n“Second point, with no cue at all.”\n';
    const qs = quotesOf(text);
    expect(qs[1]).toMatchObject({ text: 'Second point, with no cue at all.', type: 'direct', rule: 'quote.marks-floating' });
    expect(qs[1].speaker?.text).toBe('Lynch');
    expect(qs[1].speaker?.rule).toBe('speaker.floating-previous');
  });

  it('gives a floating quote paragraph to the speaker two paragraphs back, across a paragraph with no quote', () => {
    const text = 'Title\n\n“We will rebuild the bridge,” the mayor said.\n\nThe bridge closed in March after an inspection.\n\n“It will take two years and a lot of money.”\n';
    const q = quotesOf(text).find((x) => x.text === 'It will take two years and a lot of money.');
    expect(q).toMatchObject({ type: 'direct', rule: 'quote.marks-floating' });
    expect(q!.speaker?.text).toBe('the mayor');
    expect(q!.speaker?.rule).toBe('speaker.floating-previous');
  });

  it('leaves a title in marks two paragraphs back unattributed (and so dropped as a title)', () => {
    const text = 'Title\n\n“We will rebuild the bridge,” the mayor said.\n\nThe bridge closed in March after an inspection.\n\n“Meet the Press”\n';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['We will rebuild the bridge,']);
  });

  it('keeps a quote paragraph with nobody to name, with a null speaker', () => {
    const qs = quotesOf('Title\n\n“Nobody said this before anywhere in this text.”\n');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'direct', speaker: null, rule: 'quote.marks-unattributed' });
  });
});

describe(`quotes: direct or partial, by what the reporter's sentence adds (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    // a lower-case quote after a clause of the reporter's own
    ['Title\n\nSo when the company signaled a deal, Mr. Barrett said, "we were floored."\n', [{ text: 'we were floored.', type: 'partial', speaker: 'Mr. Barrett', rule: 'quote.partial-reporter-clause' }]],
    // the reported clause opens before the mark
    ['Title\n\nHe said the plan had failed, adding that for most families, “the cost is simply too high.”\n', [{ text: 'the cost is simply too high.', type: 'partial', speaker: 'He', rule: 'quote.partial-clause-lead-in' }]],
    ['Title\n\nScott asked the crowd to welcome the governor - "my new best friend."\n', [{ text: 'my new best friend.', type: 'partial', speaker: 'Scott', rule: 'quote.partial-clause-lead-in' }]],
    // the reporter's words lead into a quote whose cue follows it
    ['Title\n\nWith thousands of vote counting systems, “there is no single point of failure,” he said.\n', [{ text: 'there is no single point of failure,', type: 'partial', speaker: 'he', rule: 'quote.partial-lead-in' }]],
    // run into the reporter's syntax without punctuation
    ['Title\n\nThe mayor said "the question is the timing." Others disagreed.\n', [{ text: 'the question is the timing.', type: 'partial', speaker: 'The mayor', rule: 'quote.partial-run-in' }]],
    // the reporter's sentence goes on after the closing mark
    ['Title\n\n“First point,” Lynch said.\n\n“You blamed thousands of hourly” workers.\n', [{ text: 'You blamed thousands of hourly', type: 'partial', speaker: 'Lynch', rule: 'quote.partial-run-on' }]],
    // a naming verb earlier in the sentence
    ['Title\n\nThe hosts, as one magazine called them last week, “Manchurian anchors,” stayed on the air.\n', [{ text: 'Manchurian anchors,', type: 'partial', speaker: 'one magazine' }]],
    // a phrase with no verb, led into by the reporter's words
    ['Title\n\nThe party, he said, "a great day for the city."\n', [{ text: 'a great day for the city.', type: 'partial', speaker: 'he', rule: 'quote.partial-phrase' }]],
    // stays direct: only the attribution (and a setting) before a lower-case quote, a split quote, the seed's "saying that"
    ['Title\n\nIt added, “the visit comes as Trump promises new attacks.”\n', [{ text: 'the visit comes as Trump promises new attacks.', type: 'direct', speaker: 'It', rule: 'quote.marks-cue-before' }]],
    ['Title\n\nAsked about the plan, the senator said, "the outcome was clear."\n', [{ text: 'the outcome was clear.', type: 'direct', speaker: 'the senator', rule: 'quote.marks-cue-before' }]],
    // a whole sentence set off by dashes gives the quote to the clause's subject
    ['Title\n\nWhen Trump finally wrapped up — “I will fight for you!” — the balloons came down.\n', [{ text: 'I will fight for you!', type: 'direct', speaker: 'Trump', rule: 'quote.marks-colon-subject' }]],
    // a whole sentence in marks after its cue, even with no comma
    ['Title\n\nProtesters chanted "What curfew?" and kept marching.\n', [{ text: 'What curfew?', type: 'direct', speaker: 'Protesters', rule: 'quote.marks-cue-before' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('drops a title in marks inside the reporter\'s sentence', () => {
    // (what he suggested is reported: the gerund object "saving more"; the title is not)
    const qs = quotesOf('Title\n\nIn his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested saving more.\n');
    expect(qs.filter((q) => q.text.includes('Millionaire'))).toEqual([]);
    expect(qs.map((q) => q.text)).toEqual(['saving more']);
  });
});

describe(`quotes: indirect speech (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nSingh said there had been no attacks on US forces.\n', [{ text: 'there had been no attacks on US forces', type: 'indirect', speaker: 'Singh', verb: 'said' }]],
    // a wire dateline before the clause is not what was said
    ['Title\n\nPESHAWAR, Pakistan, Feb 14 (Reuters) - A bomber blew himself up at a checkpoint, officials said.\n', [{ text: 'A bomber blew himself up at a checkpoint', type: 'indirect', speaker: 'officials', verb: 'said' }]],
    // the hearer ends where a determiner opens the reported clause's subject
    ['Title\n\nSheriff Grady Judd told reporters the man was armed.\n', [{ text: 'the man was armed', type: 'indirect', speaker: 'Sheriff Grady Judd', verb: 'told', rule: 'quote.indirect-said-that' }]],
    ['Title\n\nThe officer told him a car had stopped outside.\n', [{ text: 'a car had stopped outside', type: 'indirect', speaker: 'The officer', verb: 'told' }]],
    ['Title\n\nThe ministry said on Friday that the talks would resume.\n', [{ text: 'the talks would resume', type: 'indirect', speaker: 'The ministry', verb: 'said' }]],
    ['Title\n\nThe talks will resume next week, officials said.\n', [{ text: 'The talks will resume next week', type: 'indirect', speaker: 'officials', rule: 'quote.indirect-clause-then-cue' }]],
    ['Title\n\nThe talks will resume next week, said a senior diplomat.\n', [{ text: 'The talks will resume next week', type: 'indirect', speaker: 'a senior diplomat' }]],
    ['Title\n\nThe strike killed four people, according to local officials.\n', [{ text: 'The strike killed four people', type: 'indirect', speaker: 'local officials', verb: 'according to' }]],
    ['Title\n\nAccording to the report, the program cost $2 billion.\n', [{ text: 'the program cost $2 billion', type: 'indirect', speaker: 'the report', verb: 'According to' }]],
    ['Title\n\nThe mayor condemned the attack, saying the city would not be intimidated.\n', [{ text: 'the city would not be intimidated', type: 'indirect', speaker: 'The mayor', verb: 'saying' }]],
    ['Title\n\nOfficials believe the perpetrator was an Iran-aligned group.\n', [{ text: 'the perpetrator was an Iran-aligned group', type: 'indirect', speaker: 'Officials', verb: 'believe' }]],
    ['Title\n\nSen. David Perdue (R-Ga.) said he did not believe it.\n', [{ text: 'he did not believe it', type: 'indirect', speaker: 'Sen. David Perdue (R-Ga.)' }]],
    ['Title\n\nTrump vowed to put the country first.\n', [{ text: 'to put the country first', type: 'indirect', speaker: 'Trump', verb: 'vowed' }]],
    // an infinitive's verb that compromise reads as a noun, or after an adverb; not "to" before a noun phrase
    ['Title\n\nShe wants to triple the size of the program.\n', [{ text: 'to triple the size of the program', type: 'indirect', speaker: 'She', rule: 'quote.indirect-said-that' }]],
    ['Title\n\nTrump wants to junk personal exemptions.\n', [{ text: 'to junk personal exemptions', type: 'indirect', speaker: 'Trump', rule: 'quote.indirect-said-that' }]],
    ['Title\n\nThe company refused to quickly repay the loan.\n', [{ text: 'to quickly repay the loan', type: 'indirect', speaker: 'The company', rule: 'quote.indirect-said-that' }]],
    // a participle of a speech act or stance with an object, not a clause, after the clause's comma
    ['Title\n\n"We will not allow it," he said, referring to the new sanctions.\n', [{ text: 'the new sanctions', type: 'indirect', speaker: 'he', rule: 'quote.indirect-participle-object' }]],
    ['Title\n\nMr. Coleman said the candidate should leave the race, echoing a memo from the campaign manager.\n', [{ text: 'a memo from the campaign manager', type: 'indirect', speaker: 'Mr. Coleman', rule: 'quote.indirect-participle-object' }]],
    // a passive speech act or stance with its agent: the subject is what the agent says
    ['Title\n\nThe nominee has been endorsed by dozens of papers.\n', [{ text: 'The nominee', type: 'indirect', speaker: 'dozens of papers', rule: 'quote.indirect-passive-by' }]],
    // after a verb of saying, an indirect question opened by "when", "where" or "if"
    ['Title\n\nLawmakers have not said when they would take up the bill.\n', [{ text: 'when they would take up the bill', type: 'indirect', speaker: 'Lawmakers', rule: 'quote.indirect-said-that' }]],
    // verbs of intention before a "to" clause (intent-verbs)
    ['Title\n\nMr. Obama decided to use the platform to push back.\n', [{ text: 'to use the platform to push back', type: 'indirect', speaker: 'Mr. Obama', rule: 'quote.indirect-said-that' }]],
    ['Title\n\nThe union volunteered to help the workers.\n', [{ text: 'to help the workers', type: 'indirect', speaker: 'The union', rule: 'quote.indirect-said-that' }]],
    // a gerund phrase may be the reported clause's subject
    ['Title\n\nThe White House says expanding the monument will protect more than 7,000 species.\n', [{ text: 'expanding the monument will protect more than 7,000 species', type: 'indirect', speaker: 'The White House' }]],
    ['Title\n\nThe officers said seeking reinforcements was the right course.\n', [{ text: 'seeking reinforcements was the right course', type: 'indirect', speaker: 'The officers' }]],
    [
      'Title\n\nThe museum, Mr. Bush said, celebrated several of his heroes.\n',
      [
        { text: 'The museum', type: 'indirect', speaker: 'Mr. Bush', rule: 'quote.indirect-parenthetical-cue' },
        { text: 'celebrated several of his heroes', type: 'indirect', speaker: 'Mr. Bush', rule: 'quote.indirect-parenthetical-cue' },
      ],
    ],
    ['Pat Caddell: Democrat Voters Worried About Her Health\n\nBody text follows here.\n', [{ text: 'Democrat Voters Worried About Her Health', type: 'indirect', speaker: 'Pat Caddell', rule: 'quote.headline-colon' }]],
    // a lone word before the colon is a noun, though tagged as a verb
    ['Poll: Clinton and Trump in dead heat heading into first debate\n\nBody text follows here.\n', [{ text: 'Clinton and Trump in dead heat heading into first debate', type: 'indirect', speaker: 'Poll', rule: 'quote.headline-colon' }]],
    // a headline opening with its subject and a verb of saying or attack: the words after the verb
    ['Obama Says African-American Museum Will Tell of Suffering.\n\nBody text follows here.\n', [{ text: 'African-American Museum Will Tell of Suffering', type: 'indirect', speaker: 'Obama', rule: 'quote.headline-subject-verb' }]],
    ['House panel votes to hold Clinton aide in contempt\n\nBody text follows here.\n', [{ text: 'to hold Clinton aide in contempt', type: 'indirect', speaker: 'House panel', rule: 'quote.headline-subject-verb' }]],
    // words in marks after the verb are partly quoted; an opening participle belongs to the subject
    ['Hillary Clinton Speaks ‘Directly To White People’\n\nBody text follows here.\n', [{ text: '‘Directly To White People’', type: 'partial', speaker: 'Hillary Clinton', rule: 'quote.headline-subject-verb' }]],
    ['Retired General Reveals Experience Of Serving Under Obama\n\nBody text follows here.\n', [{ text: 'Experience Of Serving Under Obama', type: 'indirect', speaker: 'Retired General', rule: 'quote.headline-subject-verb' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('reads no headline verb without an -s unless its subject is plural ("A Curious Plan to ...")', () => {
    expect(quotesOf('A Curious Plan to Fight Climate Change\n\nBody text follows here.\n').map((q) => q.rule)).not.toContain('quote.headline-subject-verb');
    expect(quotesOf('Donald Trump Got More Votes In Ohio Than Clinton\n\nBody text follows here.\n').map((q) => q.rule)).not.toContain('quote.headline-subject-verb');
  });
});

describe(`quotes: a clause whose subject is the relative before its speaker (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nRoffman signed a letter of apology that he said was drafted by the firm.\n', [{ text: 'was drafted by the firm', type: 'indirect', speaker: 'he', rule: 'quote.indirect-relative-gap' }]],
    ['Title\n\nIt was a probe the law enforcement agency said was ongoing as of earlier this month.\n', [{ text: 'was ongoing as of earlier this month', type: 'indirect', speaker: 'the law enforcement agency', rule: 'quote.indirect-relative-gap' }]],
    ['Title\n\nThe rally displayed what many analysts said was a sign of improving relations, officials noted.\n', [{ text: 'was a sign of improving relations', type: 'indirect', speaker: 'many analysts', rule: 'quote.indirect-relative-gap' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('leaves a clause with its own subject to the said-that rule', () => {
    expect(quotesOf('Title\n\nHe said he was tired.\n').map((q) => q.rule)).not.toContain('quote.indirect-relative-gap');
  });
});

describe(`quotes: an object of saying that stands for what was said (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nIn Ohio, 73 percent said the same of Trump.\n', [{ text: 'the same of Trump', type: 'indirect', speaker: '73 percent', rule: 'quote.indirect-said-object' }]],
    ['Title\n\nRobby Mook said as much on Thursday.\n', [{ text: 'as much on Thursday', type: 'indirect', speaker: 'Robby Mook', rule: 'quote.indirect-said-object' }]],
    ['Title\n\nBut they did not say anything that could be read as criticism.\n', [{ text: 'anything that could be read as criticism', type: 'indirect', speaker: 'they', rule: 'quote.indirect-said-object' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: an adverbial set off between the speaker and the cue (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ["Title\n\nBrian Murphy, for example, said Trump's visit would earn coverage.\n", [{ text: "Trump's visit would earn coverage", type: 'indirect', speaker: 'Brian Murphy' }]],
    ['Title\n\nOfficials, however, said the talks would resume.\n', [{ text: 'the talks would resume', type: 'indirect', speaker: 'Officials' }]],
    ['Title\n\nBrian Murphy, the chairman of the county party, for example, said Trump hurt his cause.\n', [{ text: 'Trump hurt his cause', type: 'indirect', speaker: 'Brian Murphy, the chairman of the county party' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: questions put to someone (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nRonald Reagan was once asked how the Cold War would end.\n', [{ text: 'how the Cold War would end', type: 'indirect', speaker: null, rule: 'quote.indirect-asked-question' }]],
    ['Title\n\nWhen asked why Cruz went after Trump, Sweet shrugged.\n', [{ text: 'why Cruz went after Trump', type: 'indirect', speaker: null, rule: 'quote.indirect-asked-question' }]],
    ["Title\n\nAsked about Trump's declaration that it had been a bomb, she declined to comment.\n", [{ text: "Trump's declaration that it had been a bomb", type: 'indirect', speaker: null, rule: 'quote.indirect-asked-question' }]],
    ['Title\n\nWhen asked by a reporter whether this differed from the old rules, he shrugged.\n', [{ text: 'whether this differed from the old rules', type: 'indirect', speaker: 'a reporter', rule: 'quote.indirect-asked-question' }]],
    ['Title\n\nClinton has been asked to release the transcripts of these speeches.\n', [{ text: 'to release the transcripts of these speeches', type: 'indirect', speaker: null, rule: 'quote.indirect-asked-question' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('reads no question after an active "asked" or without its words', () => {
    expect(quotesOf('Title\n\nHe was asked twice.\n').map((q) => q.rule)).not.toContain('quote.indirect-asked-question');
  });
});

describe(`quotes: sources after 'according to', joined attributions (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    // a plain verb form after "according to" is the source's noun ("police", "exit polls")
    ['Title\n\nAccording to police, officers saw the man leave the car.\n', [{ text: 'officers saw the man leave the car', type: 'indirect', speaker: 'police', verb: 'According to' }]],
    ['Title\n\nAccording to exit polls, the governor led among young voters.\n', [{ text: 'the governor led among young voters', type: 'indirect', speaker: 'exit polls', verb: 'According to' }]],
    ['Title\n\nThe talks ended early, according to police.\n', [{ text: 'The talks ended early', type: 'indirect', speaker: 'police', verb: 'according to' }]],
    // the source set off inside the sentence after words that are no clause: the clause after it
    ['Title\n\nAbout 10 p.m., according to a congressional timeline, the contractors left for the compound.\n', [{ text: 'the contractors left for the compound', type: 'indirect', speaker: 'a congressional timeline' }]],
    ['Title\n\nThe next day, according to Roffman, Trump made further demands.\n', [{ text: 'Trump made further demands', type: 'indirect', speaker: 'Roffman' }]],
    // ", but he said ...": the first clause ends before a second attribution joined to it
    [
      'Title\n\nRendell agreed that the rules should be modernized, but he said that discussion should wait.\n',
      [
        { text: 'the rules should be modernized', type: 'indirect', speaker: 'Rendell' },
        { text: 'discussion should wait', type: 'indirect', speaker: 'he' },
      ],
    ],
    // a cue read as an adjective is a verb right after a personal pronoun
    [
      'Title\n\nLynch said the demands erased the barriers, though she noted clients are demanding diverse teams.\n',
      [
        { text: 'the demands erased the barriers', type: 'indirect', speaker: 'Lynch' },
        { text: 'clients are demanding diverse teams', type: 'indirect', speaker: 'she' },
      ],
    ],
    // a direct quote joined to a reported clause by a cue of its own: the clause ends before that cue
    [
      'Title\n\nDe Blasio said the move was made by the police commissioner and said, "Who are you going to trust?"\n',
      [
        { text: 'the move was made by the police commissioner', type: 'indirect', speaker: 'De Blasio' },
        { text: 'Who are you going to trust?', type: 'direct', speaker: 'De Blasio' },
      ],
    ],
    [
      'Title\n\nStarr said the affair reminds him of a tragedy, explaining, "There are tragic dimensions to it."\n',
      [
        { text: 'the affair reminds him of a tragedy', type: 'indirect', speaker: 'Starr' },
        { text: 'There are tragic dimensions to it.', type: 'direct', speaker: 'Starr' },
      ],
    ],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: quotation marks (${FILE})`, () => {
  const spans = (text: string) => findQuotedSpans(text, paragraphsOf(splitLines(text))).map((q) => text.slice(q.start, q.end));
  it.each<[string, string[]]>([
    ['He said “yes” and “no”.', ['yes', 'no']],
    ['He said "yes" and "no".', ['yes', 'no']],
    ["It’s Singh’s view of the '90s, isn't it?", []],
    ["The voters' choice was 'clear' to all.", ['clear']],
    ['«Oui» dit-il.', ['Oui']],
    ['“Outer ‘inner’ text” here.', ['Outer ‘inner’ text']],
    ['“Mixed close" here.', ['Mixed close']],
    ['<a href="x">link</a> and "real" words', ['real']],
  ])('%j', (text, expected) => expect(spans(text)).toEqual(expected));
});

describe(`quotes: transcripts and relative speakers (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\n"WALLACE: Do you really see those two as equivalent?\n\n"PENCE: Well, look, you know.\n', [
      { text: 'Do you really see those two as equivalent?', type: 'direct', speaker: 'WALLACE', rule: 'quote.marks-transcript-label' },
      { text: 'Well, look, you know.', type: 'direct', speaker: 'PENCE', rule: 'quote.marks-transcript-label' },
    ]],
    ['Title\n\nHe hired an architect, who said he was never paid for the work.\n', [{ text: 'he was never paid for the work', type: 'indirect', speaker: 'who' }]],
    ['Title\n\nClinton is stressing that her plans will solve the problems.\n', [{ text: 'her plans will solve the problems', type: 'indirect', speaker: 'Clinton', verb: 'stressing' }]],
    ['Title\n\nTurnout is expected to rise sharply this year.\n', [{ text: 'to rise sharply this year', type: 'indirect', speaker: null, rule: 'quote.indirect-passive' }]],
    // a charge in the passive, laid by nobody named: what it says follows "of"/"for"
    ['Title\n\nMr. Quiros was accused of using $50 million for personal expenses.\n', [{ text: 'using $50 million for personal expenses', type: 'indirect', speaker: null, rule: 'quote.indirect-passive' }]],
    ['Title\n\nPeacekeepers have been blamed for introducing cholera to Haiti.\n', [{ text: 'introducing cholera to Haiti', type: 'indirect', speaker: null, rule: 'quote.indirect-passive' }]],
    ['Title\n\nWells Fargo this month announced it would drop the incentives.\n', [{ text: 'it would drop the incentives', type: 'indirect', speaker: 'Wells Fargo' }]],
    ['Title\n\nThe senator denied the allegations in a statement.\n', [{ text: 'the allegations', type: 'indirect', speaker: 'The senator', rule: 'quote.indirect-speech-act-object' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: a dateline's wire credit or a spaced dash ends a speaker phrase (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Fire\n\nHOUSTON (AP) Authorities say the fire was set on purpose.\n', [{ text: 'the fire was set on purpose', type: 'indirect', speaker: 'Authorities' }]],
    ['Fire\n\nHOUSTON (AP) -- Authorities say the fire was set on purpose.\n', [{ text: 'the fire was set on purpose', type: 'indirect', speaker: 'Authorities' }]],
    ['Fire\n\nBEIRUT, Lebanon (Reuters) - Officials said the border was closed.\n', [{ text: 'the border was closed', type: 'indirect', speaker: 'Officials' }]],
    ['Fire\n\nHOUSTON -- Police said the road was closed.\n', [{ text: 'the road was closed', type: 'indirect', speaker: 'Police' }]],
    // a dash inside the sentence is no dateline's
    ['Fire\n\nThe mayor - a former judge - said the plan would fail.\n', [{ text: 'the plan would fail', type: 'indirect', speaker: 'The mayor - a former judge' }]],
    // a parenthesis of a name phrase and a hyphen of a compound stay inside it
    ['Vote\n\n"We are ready," said Sen. David Perdue (R-Ga.) on Tuesday.\n', [{ text: 'We are ready,', type: 'direct', speaker: 'Sen. David Perdue (R-Ga.)' }]],
    // a middle initial's full stop ends no sentence: the whole name phrase right after the quote speaks
    ['Vote\n\n"He would be a great senator," Rep. Elijah E. Cummings (D-Md.) said in a phone interview.\n', [{ text: 'He would be a great senator,', type: 'direct', speaker: 'Rep. Elijah E. Cummings (D-Md.)' }]],
    ['Vote\n\n"It was fine," said John Q. Public.\n', [{ text: 'It was fine,', type: 'direct', speaker: 'John Q. Public' }]],
    ['Rule\n\nLabor-policy experts say the rule will fail.\n', [{ text: 'the rule will fail', type: 'indirect', speaker: 'Labor-policy experts' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: a participle's speaker is its clause's subject, after the adverbials that open the sentence (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    // a participial opening and a second adverbial, each up to its comma
    ['Tax\n\nChastened by the analyses, as well as complaints over the costs, Trump revised his plan, promising to focus on average Americans.\n', [{ text: 'to focus on average Americans', type: 'indirect', speaker: 'Trump', rule: 'quote.indirect-participle' }]],
    // a long prepositional opening; a preposition before a verb form ("Amid calls") is no speaker
    ['Lists\n\nAmid calls from some activists to create websites that would identify those blacklisted, Matt Walsh provided a justification, saying it is necessary.\n', [{ text: 'it is necessary', type: 'indirect', speaker: 'Matt Walsh' }]],
  ])('%j', (text, expected) => check(text, expected));
  // a colon hands the quote to the subject of the last clause before it
  it.each<[string, Expected[]]>([
    ['Times\n\nIf we lived in normal times -- with some grounding in history -- a reader would now ask: "Why are they on a state-financed network?"\n', [{ text: 'Why are they on a state-financed network?', type: 'direct', speaker: 'a reader' }]],
    ['Devil\n\nShe became upset, and started driving badly, so that I had to change my answer: "Of course I believe in the devil."\n', [{ text: 'Of course I believe in the devil.', type: 'direct', speaker: 'I' }]],
  ])('%j', (text, expected) => check(text, expected));
  it('reads no speaker from a preposition that opens the sentence', () => {
    const qs = quotesOf('Lists\n\nAmid calls from some activists to create websites that would identify those blacklisted, Matt Walsh provided a justification.\n');
    expect(qs.filter((q) => q.speaker?.text === 'Amid'), FILE).toEqual([]);
  });
});

describe(`quotes: a plural noun after a number or a quantifier is no cue (${FILE})`, () => {
  it.each([
    ['Vote\n\nStrong showings in the dozen states that held primaries on Tuesday strengthened the front-runners.\n'],
    ['Vote\n\nMost states have passed the deadline to change the names of candidates.\n'],
    ['Vote\n\nThe EPA will face 18 states that oppose the regulations in court.\n'],
  ])('%j', (text) => {
    expect(quotesOf(text).filter((q) => q.verb === 'states'), FILE).toEqual([]);
  });
  it.each<[string, Expected[]]>([
    ['Vote\n\nA document on the campaign website states that couples would receive six weeks of paid leave.\n', [{ text: 'couples would receive six weeks of paid leave', type: 'indirect', speaker: 'A document on the campaign website' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: a dateline before a long apposition (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Museum\n\nWASHINGTON -- President Obama, dedicating the museum on Saturday, said it would tell an American story.\n', [{ text: 'it would tell an American story', type: 'indirect', speaker: 'President Obama' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: a stance verb reports its object (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nThe senator backed the trade deal on Tuesday.\n', [{ text: 'the trade deal', type: 'indirect', speaker: 'The senator', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nTrump attacked the federal reserve in a speech.\n', [{ text: 'the federal reserve', type: 'indirect', speaker: 'Trump', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nThe union opposes the new pension plan.\n', [{ text: 'the new pension plan', type: 'indirect', speaker: 'The union', rule: 'quote.indirect-speech-act-object' }]],
    // a possessive opens an object; a pronoun alone does not
    ['Title\n\nThe mayor cited his own record on crime in a speech.\n', [{ text: 'his own record on crime', type: 'indirect', speaker: 'The mayor', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nThe ministry expressed deep concern over the vote.\n', [{ text: 'deep concern over the vote', type: 'indirect', speaker: 'The ministry', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nThe governor stressed the need for new roads.\n', [{ text: 'the need for new roads', type: 'indirect', speaker: 'The governor', rule: 'quote.indirect-speech-act-object' }]],
    // a gerund opens an object: "called for reducing ..."
    ['Title\n\nThe president called for reducing the corporate tax rate.\n', [{ text: 'reducing the corporate tax rate', type: 'indirect', speaker: 'The president', rule: 'quote.indirect-speech-act-object' }]],
    // verbs of showing and wanting read an object too
    ['Title\n\nThe survey showed a close contest in the state.\n', [{ text: 'a close contest in the state', type: 'indirect', speaker: 'The survey', rule: 'quote.indirect-speech-act-object' }]],
  ])('%j', (text, expected) => check(text, expected));
});

describe(`quotes: a verb of saying whose subject is set off from it (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nInsiders in the next two states — Nevada and South Carolina — said it is important that she close the gap.\n', [{ text: 'it is important that she close the gap', type: 'indirect', speaker: 'Insiders in the next two states', rule: 'quote.indirect-said-that-subject' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('reads no noun as the verb ("disparaging remarks Trump had made")', () => {
    const qs = quotesOf('Title\n\nAt the debate on Monday, Clinton cited disparaging remarks Trump had made about Machado.\n');
    expect(qs.filter((q) => q.rule === 'quote.indirect-said-that-subject')).toEqual([]);
  });
});

describe(`quotes: a stance with its preposition reports what follows (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nThe senator has been critical of the trade deal.\n', [{ text: 'the trade deal', type: 'indirect', speaker: 'The senator', verb: 'critical of', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nThe nominee complained about his microphone after the debate.\n', [{ text: 'his microphone after the debate', type: 'indirect', speaker: 'The nominee', verb: 'complained about', rule: 'quote.indirect-speech-act-object' }]],
    ['Title\n\nThe mayor pointed to the new figures from the census.\n', [{ text: 'the new figures from the census', type: 'indirect', speaker: 'The mayor', verb: 'pointed to', rule: 'quote.indirect-speech-act-object' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('reads no stance without its preposition', () => {
    expect(quotesOf('Title\n\nThe senator was critical in the vote on Tuesday.\n').map((q) => q.verb)).not.toContain('critical');
  });
});

describe(`quotes: a plain present of a verb of saying or of a stance is a cue (${FILE})`, () => {
  it.each<[string, Expected[]]>([
    ['Title\n\nDemocrats want to raise taxes on the rich.\n', [{ text: 'to raise taxes on the rich', type: 'indirect', speaker: 'Democrats' }]],
    ['Title\n\nMost economists support the new trade agreement.\n', [{ text: 'the new trade agreement', type: 'indirect', speaker: 'Most economists' }]],
    ['Title\n\nCritics argue that the plan will fail.\n', [{ text: 'the plan will fail', type: 'indirect', speaker: 'Critics' }]],
  ])('%j', (text, expected) => check(text, expected));

  it('reads no noun after a determiner as a cue ("the plan", "the show")', () => {
    expect(quotesOf('Title\n\nThe plan to build a wall was the show of the year.\n')).toEqual([]);
  });
});

describe(`quotes: a passive with its agent reports only its own subject (${FILE})`, () => {
  it('reads no passive-by quote when a verb stands between the subject and the passive, nor for a verb of no saying', () => {
    expect(quotesOf('Title\n\nHe could not explain why it was mentioned by Ivanka Trump in an interview.\n').map((q) => q.rule)).not.toContain('quote.indirect-passive-by');
    expect(quotesOf('Title\n\nThe home was raided by police.\n').map((q) => q.rule)).not.toContain('quote.indirect-passive-by');
  });
});
