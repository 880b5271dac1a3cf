import { describe, expect, it } from 'vitest';
import { createQuoteTagger } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

const { extract } = createQuoteTagger();
const FILE = 'quotes-complement.test.ts';

function quotesOf(text: string) {
  const qs = extract(analyseText(text));
  expectExactSpans(text, qs);
  return qs.map((q) => ({ text: q.text, speaker: q.speaker?.text ?? null, rule: q.rule, type: q.type }));
}

describe(`quotes: a verb of no list before a "that" clause (${FILE})`, () => {
  it.each<[string, string, string | null]>([
    ['Title\n\nThe court ruled that the state must count the ballots.\n', 'the state must count the ballots', 'The court'],
    ['Title\n\nFederal investigators have also discovered that the program was abused.\n', 'the program was abused', 'Federal investigators'],
    ['Title\n\nBlack voters saw that Obama could actually win.\n', 'Obama could actually win', 'Black voters'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-verb-that');
    expect(hit!.type).toBe('indirect');
    expect(hit!.speaker).toBe(speaker);
  });

  it.each([
    'Title\n\nHe worked hard so that his children could go to college.\n',
    'Title\n\nThe mines that Mr. Clarke acquired are closed.\n',
    'Title\n\nThe rule is that every vote counts.\n',
  ])('reads no complement in %j', (text) => {
    expect(quotesOf(text).filter((q) => q.rule === 'quote.indirect-verb-that')).toEqual([]);
  });
});

describe(`quotes: the subject before a relative clause speaks (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nCurrent and former officials who spoke with The Huffington Post said the group has become a shell.\n', 'the group has become a shell', 'Current and former officials'],
    ['Title\n\nVoters who backed Obama in 2008 say the economy is weak.\n', 'the economy is weak', 'Voters'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
  });

  it.each<[string, string, string]>([
    // the phrase is the relative clause's own subject
    ['Title\n\nIt was a lawsuit in which Democrats argued that the map was unfair.\n', 'the map was unfair', 'Democrats'],
    // a possessive before a noun cue
    ['Title\n\nThe site seized on Trump’s claim that crime is up.\n', 'crime is up', 'Trump’s'],
  ])('keeps the phrase before the cue in %j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    if (hit) expect(hit.speaker).toBe(speaker);
  });
});

describe(`quotes: the subject of a passive form before a "that" clause feels it (${FILE})`, () => {
  it.each<[string, string, string | null]>([
    ['Title\n\nProtesters were frustrated that the police released only some of the video.\n', 'the police released only some of the video', 'Protesters'],
    ['Title\n\nPolitical pundits are shocked that Donald Trump is leading in the polls.\n', 'Donald Trump is leading in the polls', 'Political pundits'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
  });

  it('reads no speaker, and so no quote, for an expletive "it"', () => {
    expect(quotesOf('Title\n\nIt was revealed that he bankrolled the lawsuits.\n').filter((q) => q.rule === 'quote.indirect-verb-that')).toEqual([]);
  });
});

describe(`quotes: a name or an object pronoun alone is the object of a stance (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nCruz has endorsed Trump.\n', 'Trump', 'Cruz'],
    ['Title\n\nOn Wednesday, Cruz thanked Trump on Twitter for his help.\n', 'Trump', 'Cruz'],
    ['Title\n\nThe governor praised Hillary Clinton at the rally.\n', 'Hillary Clinton', 'The governor'],
    ['Title\n\nThe campaign cited it in a statement.\n', 'it', 'The campaign'],
    ['Title\n\nThe senator has long been critical of Sanders.\n', 'Sanders', 'The senator'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
    expect(hit!.type).toBe('indirect');
  });

  it.each([
    // the name opens a clause: no object
    'Title\n\nThe aide denied Trump was there.\n',
    // a possessive is no object of its own
    'Title\n\nThe aide praised Trump’s plan.\n',
  ])('reads no short object in %j', (text) => {
    expect(quotesOf(text).filter((q) => q.rule === 'quote.indirect-name-object')).toEqual([]);
  });
});

describe(`quotes: a negated auxiliary between the speaker and the cue (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nDemocrats don’t think Hillary Clinton can catch Bernie Sanders in New Hampshire.\n', 'Hillary Clinton can catch Bernie Sanders in New Hampshire', 'Democrats'],
    ["Title\n\nThe senator didn't deny the report in his statement.\n", 'the report', 'The senator'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.speaker).toBe(speaker);
  });
});

describe(`quotes: a noun of saying after its possessor (${FILE})`, () => {
  it.each<[string, string, string]>([
    // opening the clause, the possessor speaks; after a preposition the content ends before the clause's verb
    ['Title\n\nSession’s endorsement of Trump is not good news for Cruz.\n', 'Trump', 'Session’s'],
    ['Title\n\nBut Nega’s enthusiasm for the new government wore off quickly.\n', 'the new government', 'Nega’s'],
    // a "that" clause runs to the clause's end
    ['Title\n\nThe video contradicted the police’s earlier claim that he had refused to raise his hands.\n', 'he had refused to raise his hands', 'The video'],
    // inside the clause of an earlier verb, that clause's subject holds it
    ['Title\n\nHe has stepped up his attacks on Clinton’s positions.\n', 'Clinton’s positions', 'He'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-possessive-noun');
    expect(hit!.speaker).toBe(speaker);
  });

  it.each([
    // a date after the preposition is no content ("his remarks on Saturday")
    'Title\n\nBut his remarks on Saturday carried a more personal tone.\n',
    // no possessor: no cue
    'Title\n\nThe claim that crime is up was false.\n',
  ])('reads no possessive noun in %j', (text) => {
    expect(quotesOf(text).filter((q) => q.rule === 'quote.indirect-possessive-noun')).toEqual([]);
  });
});

describe(`quotes: a verb of no list right after a quote attributes it (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\n“This is fantastic!” beamed Donald Hartley of Madison.\n', 'This is fantastic!', 'Donald Hartley of Madison'],
    ['Title\n\n“We will win this state,” the flyer proclaimed.\n', 'We will win this state,', 'the flyer'],
    ['Title\n\n“The way I see it,” she elaborated, “no one ever questioned his service.”\n', 'The way I see it,', 'she'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.rule).toBe('quote.marks-cue-after');
    expect(hit!.speaker).toBe(speaker);
  });

  it('reads no verb with an object after it as an attribution', () => {
    const hit = quotesOf('Title\n\n“Lock her up!” The crowd waved the signs again.\n').find((q) => q.text === 'Lock her up!');
    expect(hit?.rule).not.toBe('quote.marks-cue-after');
  });
});

describe(`quotes: an impression ("seems", "appeared") held by no one named, unless it is a saying or a thought (${FILE})`, () => {
  it.each<[string, string]>([
    ['Title\n\nMelania seems to have vanished from the campaign trail.\n', 'Melania seems to have vanished from the campaign trail'],
    ['Title\n\nThe music seemed to match the mood in the arena.\n', 'The music seemed to match the mood in the arena'],
  ])('%j', (text, quote) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-seems');
    expect(hit!.speaker).toBeNull();
  });

  it.each<[string, string, string]>([
    // what seems is a saying or a thought: its subject holds it
    ['Title\n\nStumpf appeared to blame low-level workers for the fraud.\n', 'Stumpf appeared to blame low-level workers for the fraud', 'Stumpf'],
    ['Title\n\nAnderson seemed to think the outreach was phony.\n', 'Anderson seemed to think the outreach was phony', 'Anderson'],
  ])('%j', (text, quote, speaker) => {
    const hit = quotesOf(text).find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(quotesOf(text))}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-seems');
    expect(hit!.speaker).toBe(speaker);
  });

  it.each([
    // a place or a setting after the verb: no impression
    'Title\n\nThe senator appeared on Fox News on Sunday.\n',
    // an expletive subject
    'Title\n\nIt seems unlikely to pass.\n',
    // under a verb of saying, the impression is the speaker's
    'Title\n\nShe added that the vote seems more anti-Trump than pro-Clinton.\n',
  ])('reads no impression in %j', (text) => {
    expect(quotesOf(text).filter((q) => q.rule === 'quote.indirect-seems')).toEqual([]);
  });
});

describe(`quotes: a comma after a cue's time or setting closes a participle's phrase (${FILE})`, () => {
  it('"In a Facebook message posted Friday, Cruz said ...": Cruz speaks, the message says nothing', () => {
    const text = 'Title\n\nIn a Facebook message posted Friday, Cruz said he has had areas of disagreement with Trump.\n';
    const got = quotesOf(text);
    expect(got.filter((q) => q.speaker === 'a Facebook message')).toEqual([]);
    const hit = got.find((q) => q.text === 'he has had areas of disagreement with Trump');
    expect(hit, JSON.stringify(got)).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-said-that');
    expect(hit!.speaker).toBe('Cruz');
  });

  it('"said Tuesday, adding that ...": what is added is reported by the adding, not from the comma on', () => {
    const text = 'Title\n\nChaffetz said Tuesday, adding that the agreements were handed out like candy.\n';
    expect(quotesOf(text).map((q) => q.text)).toEqual(['the agreements were handed out like candy']);
  });
});

describe(`quotes: a reported clause ends where the next clause opens a report of its own (${FILE})`, () => {
  it.each<[string, [string, string][]]>([
    ['Title\n\nWhile Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do them publicly.\n',
      [['he regularly makes recommendations on cases', 'Comey'], ['he does not do them publicly', 'Lewandowski']]],
    ['Title\n\nThe gap between what Trump says his plan would do and how experts say it would shape tax law has endured.\n',
      [['his plan would do', 'Trump']]],
    // " and " with no comma, after a clause with a verb of its own
    ['Title\n\nRepublicans said the department mishandled the inquiry and Democrats accused the GOP of stoking the issue.\n',
      [['the department mishandled the inquiry', 'Republicans'], ['the GOP of stoking the issue', 'Democrats']]],
    ['Title\n\nHe said the vote was close and she said it was not.\n', [['the vote was close', 'He'], ['it was not', 'she']]],
    // a verb of thinking before its "that" clause opens a report too
    ['Title\n\nWhile Clinton wrongly claimed that the videos exist, policy experts believe that Trump will be used as a tool.\n',
      [['the videos exist', 'Clinton'], ['Trump will be used as a tool', 'policy experts']]],
    // a relative report after the clause's last break: "..., amounting to what the senators said was ..."
    ['Title\n\nThe senators said developers used the money to build hotels, amounting to what the senators said was gerrymandering.\n',
      [['developers used the money to build hotels', 'The senators'], ['was gerrymandering', 'the senators']]],
    ['Title\n\nSchiff called on Obama to retaliate against Russia -- meddling the congressman said is designed to sow discord.\n',
      [['Obama to retaliate against Russia', 'Schiff'], ['is designed to sow discord', 'the congressman']]],
  ])('%j', (text, want) => {
    const got = quotesOf(text);
    for (const [quote, speaker] of want) {
      const hit = got.find((q) => q.text === quote);
      expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
      expect(hit!.speaker).toBe(speaker);
    }
  });

  it.each<[string, string]>([
    // a relative clause opens no clause of its own
    ['Title\n\nScott’s relatives, who asked authorities to show them video of the shooting, watched it on Thursday, attorneys for the family said.\n',
      'Scott’s relatives, who asked authorities to show them video of the shooting, watched it on Thursday'],
    // two names joined by "and" are one subject
    ['Title\n\nThe website noted that both Sanders and Trump said the rate was higher.\n', 'both Sanders and Trump said the rate was higher'],
  ])('keeps the clause whole in %j', (text, quote) => {
    const got = quotesOf(text);
    expect(got.some((q) => q.text === quote), `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBe(true);
  });
});

describe(`quotes: a poll named after "in" is the source of its clause (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nIn this poll, Trump gained 1 percentage point since the debate.\n', 'Trump gained 1 percentage point since the debate', 'this poll'],
    ['Title\n\nIn the Post national poll, conducted in early September, Clinton led Trump by 5 points.\n', 'Clinton led Trump by 5 points', 'the Post national poll'],
    ['Title\n\nClinton led Trump by 5 points in a CNN national poll.\n', 'Clinton led Trump by 5 points', 'a CNN national poll'],
    ['Title\n\nAfter the debate, she did not receive a bump in one of the first polls.\n', 'she did not receive a bump', 'one of the first polls'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-in-poll');
    expect(hit!.type).toBe('indirect');
    expect(hit!.speaker).toBe(speaker);
  });

  it.each([
    // no poll heads the phrase, or a verb of saying of the sentence holds the finding
    'Title\n\nHe works in polling.\n',
    'Title\n\nCruz opened ten offices in Florida to take advantage of falling poll numbers.\n',
    'Title\n\nPundits said that Trump is leading in the polls.\n',
    'Title\n\nThe survey marks the third week in a row that the Rasmussen poll has shown Trump in the lead.\n',
  ])('reads no poll in %j', (text) => {
    expect(quotesOf(text).filter((q) => q.rule === 'quote.indirect-in-poll')).toEqual([]);
  });
});

describe(`quotes: a participle's own subject after "with" says it (${FILE})`, () => {
  it.each<[string, string, string]>([
    ['Title\n\nThe race tightened, with Trump saying the polls were rigged.\n', 'the polls were rigged', 'Trump'],
    ['Title\n\nThe two had played nice earlier, with Cruz repeatedly saying Trump was his friend.\n', 'Trump was his friend', 'Cruz'],
  ])('%j', (text, quote, speaker) => {
    const got = quotesOf(text);
    const hit = got.find((q) => q.text === quote);
    expect(hit, `${FILE}: ${quote} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit!.rule).toBe('quote.indirect-participle');
    expect(hit!.speaker).toBe(speaker);
  });

  it('keeps the clause subject when "with" ends a phrase of its own', () => {
    const hit = quotesOf('Title\n\nHe met with reporters, saying the polls were rigged.\n').find((q) => q.text === 'the polls were rigged');
    expect(hit?.speaker).toBe('He');
  });
});

describe(`quotes: a long apposition between a quote and its speaker's cue (${FILE})`, () => {
  it('reads the name that opens it', () => {
    const text = 'Title\n\n“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse University, said of the plan.\n';
    const hit = quotesOf(text).find((q) => q.text === 'It has the important virtue of being fiscally responsible,');
    expect(hit?.rule).toBe('quote.marks-cue-after');
    expect(hit?.speaker).toBe('Leonard E. Burman');
  });
});

describe(`quotes: a quote paragraph goes on with the speaker of its marked quote (${FILE})`, () => {
  it('not with a report read in the attribution', () => {
    const text = 'Title\n\n“The world is in constant crisis,” said Mark Dubowitz, executive director of the Foundation for Defense of Democracies, a policy institute focused on national security. “American leadership is in decline.”\n';
    const hit = quotesOf(text).find((q) => q.text === 'American leadership is in decline.');
    expect(hit?.rule).toBe('quote.marks-floating');
    expect(hit?.speaker).toBe('Mark Dubowitz');
  });
});

describe(`quotes: a reported clause ends before a second report joined to it (${FILE})`, () => {
  it.each<[string, string, string, string, string]>([
    // an adverb between the conjunction and the next speaker
    ['Title\n\nA full 79 percent of Democrats say they would be satisfied with Clinton, while only 49 percent of Republicans say the same of Trump.\n',
      'they would be satisfied with Clinton', 'A full 79 percent of Democrats', 'the same of Trump', '49 percent of Republicans'],
    // a comma and no conjunction before a verb of thinking and its "that" clause
    ['Title\n\nWhile Clinton wrongly claimed that the videos exist, foreign policy experts believe that Trump will be used as a recruiting tool.\n',
      'the videos exist', 'Clinton', 'Trump will be used as a recruiting tool', 'foreign policy experts'],
  ])('%j', (text, first, firstSpeaker, second, secondSpeaker) => {
    const got = quotesOf(text);
    const a = got.find((q) => q.text === first);
    expect(a, `${FILE}: ${first} in ${JSON.stringify(got)}`).toBeDefined();
    expect(a!.rule).toBe('quote.indirect-said-that');
    expect(a!.speaker).toBe(firstSpeaker);
    const b = got.find((q) => q.text === second);
    expect(b, `${FILE}: ${second} in ${JSON.stringify(got)}`).toBeDefined();
    expect(b!.speaker).toBe(secondSpeaker);
  });

  it('keeps a clause whose comma is followed by no report of its own', () => {
    const text = 'Title\n\nSmith said that in the end, voters will decide the race.\n';
    const got = quotesOf(text);
    expect(got.find((q) => q.rule === 'quote.indirect-said-that')?.text).toBe('in the end, voters will decide the race');
  });
});

describe(`quotes: a participle's speaker when no speaker phrase ends before the clause's verb (${FILE})`, () => {
  it('reads the phrase that opens the clause', () => {
    const text = 'Title\n\nLate Tuesday afternoon, the two senators together stood firm, saying the bill would fail.\n';
    const hit = quotesOf(text).find((q) => q.text === 'the bill would fail');
    expect(hit?.rule).toBe('quote.indirect-participle');
    expect(hit?.speaker).toBe('the two senators together');
  });
});

describe(`quotes: a pronoun that speaks inside another speaker's report is that speaker (${FILE})`, () => {
  it('gives the inner report the outer speaker (speaker.outer-report)', () => {
    const text = 'Title\n\nThe firm will appeal because they said the ruling was wrong, the lawyers said.\n';
    const qs = extract(analyseText(text));
    const inner = qs.find((q) => q.text === 'the ruling was wrong');
    expect(inner?.speaker?.text).toBe('the lawyers');
    expect(inner?.speaker?.rule).toBe('speaker.outer-report');
    const outer = qs.find((q) => q.text === 'The firm will appeal because they said the ruling was wrong');
    expect(outer?.speaker?.text).toBe('the lawyers');
  });

  it('keeps a pronoun that speaks outside any other report', () => {
    const hit = quotesOf('Title\n\nHe said the ruling was wrong.\n').find((q) => q.text === 'the ruling was wrong');
    expect(hit?.speaker).toBe('He');
  });
});

describe(`quotes: a participle after the clause's comma and an adverb (${FILE})`, () => {
  it('reads ", again saying ..." as the clause subject\'s report', () => {
    const hit = quotesOf('Title\n\nThe senators voted for the bill last year, again saying the law should be changed.\n').find((q) => q.text === 'the law should be changed');
    expect(hit?.rule).toBe('quote.indirect-participle');
    expect(hit?.speaker).toBe('The senators');
  });

  it('reads no participle after an adverb with no comma before it', () => {
    const got = quotesOf('Title\n\nThe senators kept on saying the law should be changed.\n');
    expect(got.filter((q) => q.rule === 'quote.indirect-participle')).toEqual([]);
  });
});

describe(`quotes: a reported clause ends at a comma inside closing marks before "X said" (${FILE})`, () => {
  it('stops the clause before the second attribution', () => {
    const got = quotesOf('Title\n\nThe mayor says the plan would "fail in the fall," an aide said.\n');
    const hit = got.find((q) => q.rule === 'quote.indirect-said-that');
    expect(hit?.text).toBe('the plan would "fail in the fall,"');
    expect(hit?.speaker).toBe('The mayor');
  });

  it('runs on past a comma inside marks that do not close there', () => {
    const got = quotesOf('Title\n\nThe mayor says the plan is "late, costly and wrong" for the city.\n');
    expect(got.find((q) => q.rule === 'quote.indirect-said-that')?.text).toBe('the plan is "late, costly and wrong" for the city');
  });
});
