import { describe, expect, it } from 'vitest';
import { createQuoteTagger, quotesDomain, type QuoteRule } from '../../src/extract/quotes/index.js';
import { analyseText, expectExactSpans } from '../helpers.js';

/** One tagger for the file, as a pipeline keeps one (createPipeline). */
const { extract: extractQuotes } = createQuoteTagger();

const FILE = 'quotes-domain.test.ts';

const declared = [...quotesDomain.rules.map((r) => r.id), ...(quotesDomain.ids ?? [])];

describe(`quotes: the domain object (${FILE})`, () => {
  it('declares every rule id once', () => {
    const seen = new Set<string>();
    for (const id of declared) {
      expect(seen.has(id), `${FILE}: ${id} declared twice`).toBe(false);
      seen.add(id);
      expect(id, `${FILE}: ${id}`).toMatch(/^(?:quote|speaker)\.[a-z]+(?:-[a-z]+)*$/);
    }
    expect(quotesDomain.name).toBe('quotes');
  });

  it('lists its rules pass by pass, in the order the passes run', () => {
    const passes = quotesDomain.rules.map((r) => r.pass);
    expect(passes.indexOf('reported'), FILE).toBeGreaterThan(passes.lastIndexOf('marks'));
    expect(passes.indexOf('headline'), FILE).toBeGreaterThan(passes.lastIndexOf('reported'));
    expect(passes.indexOf('transcript'), FILE).toBeGreaterThan(passes.lastIndexOf('headline'));
  });

  it('gives each lexicon file an about and a source', () => {
    for (const [name, f] of Object.entries(quotesDomain.lexicon)) {
      expect(f.about.length, `${FILE}: about of ${name}`).toBeGreaterThan(10);
      expect(f.source, `${FILE}: source of ${name}`).toBe('hand-written general vocabulary');
    }
  });

  it('runs the rules of the domain it is given (a rule left out reads nothing)', () => {
    const text = 'Title\n\nThe talks will resume next week, said the minister.\n';
    const rules = quotesDomain.rules.filter((r: QuoteRule) => r.id !== 'quote.indirect-clause-then-cue');
    const without = createQuoteTagger({ ...quotesDomain, rules }).extract(analyseText(text));
    expect(without.map((q) => q.rule), FILE).not.toContain('quote.indirect-clause-then-cue');
    expect(extractQuotes(analyseText(text)).map((q) => q.rule), FILE).toContain('quote.indirect-clause-then-cue');
  });
});

// [text, quote text, speaker text (null: none), quote rule id, speaker rule id (null: none)]
type Case = [string, string, string | null, string, string | null];

const CASES: Case[] = [
  // pass 1: quoted spans
  ['Title\n\n"WALLACE: Let us start with the economy today."\n', 'Let us start with the economy today.', 'WALLACE', 'quote.marks-transcript-label', 'speaker.transcript-label'],
  ['Title\n\n"We will rebuild the bridge," the mayor said.\n', 'We will rebuild the bridge,', 'the mayor', 'quote.marks-cue-after', 'speaker.before-cue'],
  ['Title\n\n"We will rebuild the bridge," said Caddell.\n', 'We will rebuild the bridge,', 'Caddell', 'quote.marks-cue-after', 'speaker.after-cue'],
  ['Title\n\nThe mayor said: "We will rebuild the bridge."\n', 'We will rebuild the bridge.', 'The mayor', 'quote.marks-cue-before', 'speaker.before-cue'],
  ['Title\n\nWhat do voters think?\n\n"Taxes are too high." — Jane Smith\n', 'Taxes are too high.', 'Jane Smith', 'quote.marks-dash-credit', 'speaker.dash-credit'],
  ['Title\n\nWhen Trump finally wrapped up — “I will fight for you!” — the balloons came down.\n', 'I will fight for you!', 'Trump', 'quote.marks-colon-subject', 'speaker.clause-subject'],
  ['Title\n\nCaddell continued:\n\n"The health issue is very much a partisan issue."\n', 'The health issue is very much a partisan issue.', 'Caddell', 'quote.marks-colon-intro', 'speaker.colon-intro'],
  ['Title\n\nThe mayor called the fire "an intentional act" on Monday.\n', 'an intentional act', 'The mayor', 'quote.marks-cue-in-sentence', 'speaker.before-cue'],
  ['Title\n\n"First point," Lynch said.\n\n"Second point, with no cue at all."\n', 'Second point, with no cue at all.', 'Lynch', 'quote.marks-floating', 'speaker.floating-previous'],
  ['Title\n\n"No comment."\n', 'No comment.', null, 'quote.marks-unattributed', null],
  ['Title\n\nOn Sunday, Sen. Jane Smith named rising rents as the main worry. "People are tired of waiting."\n', 'People are tired of waiting.', 'Sen. Jane Smith', 'quote.marks-floating', 'speaker.floating-lead-subject'],
  ['Title\n\n"We will win," Smith said.\n\nJones later toured the plant with the governor. "It was a fine visit."\n', 'It was a fine visit.', 'Jones', 'quote.marks-floating', 'speaker.floating-lead-subject'],
  ['Title\n\n"We will win," Smith said.\n\nLater, Jones toured the plant with the governor.\n\n"It was a fine visit."\n', 'It was a fine visit.', 'Jones', 'quote.marks-floating', 'speaker.floating-lead-subject'],
  // marks in the paragraph before: no lead sentence, the previous quote's speaker
  ['Title\n\n"We will win," Smith said.\n\nJones toured the plant with the "governor" in March.\n\n"It was a fine visit."\n', 'It was a fine visit.', 'Smith', 'quote.marks-floating', 'speaker.floating-previous'],
  // the lead sentence's subject names no one: the quote stays unattributed
  ['Title\n\nThe committee released its report on Friday. "No comment."\n', 'No comment.', null, 'quote.marks-unattributed', null],
  // pass 2: reported speech
  ['Title\n\nThe court ruled that the state must count the ballots.\n', 'the state must count the ballots', 'The court', 'quote.indirect-verb-that', 'speaker.before-cue'],
  ['Title\n\nClinton led Trump by 5 points in a CNN national poll.\n', 'Clinton led Trump by 5 points', 'a CNN national poll', 'quote.indirect-in-poll', 'speaker.after-cue'],
  ['Title\n\nThey signed a letter that he said was drafted by the firm.\n', 'was drafted by the firm', 'he', 'quote.indirect-relative-gap', 'speaker.before-cue'],
  ['Title\n\nThe minister said the same of the deal.\n', 'the same of the deal', 'The minister', 'quote.indirect-said-object', 'speaker.before-cue'],
  ['Title\n\nThe mayor remarked upon a story in which aides said the mill would close.\n', 'a story in which aides said the mill would close', 'The mayor', 'quote.indirect-object-holds-report', 'speaker.before-cue'],
  ['Title\n\nThe minister was asked whether the talks would resume.\n', 'whether the talks would resume', null, 'quote.indirect-asked-question', null],
  ['Title\n\nAccording to the ministry, the talks will resume next week.\n', 'the talks will resume next week', 'the ministry', 'quote.indirect-according-to', 'speaker.according-to'],
  ['Title\n\nThe minister spoke on Friday, saying that the talks had failed.\n', 'the talks had failed', 'The minister', 'quote.indirect-participle', 'speaker.clause-subject'],
  ['Title\n\nThe court halted the plant, citing a threat to public health.\n', 'a threat to public health', 'The court', 'quote.indirect-participle-object', 'speaker.clause-subject'],
  ['Title\n\nAfter saying her right foot was swollen, she was whisked away.\n', 'her right foot was swollen', 'she', 'quote.indirect-opening-participle', 'speaker.clause-subject'],
  ['Title\n\nHis views were echoed by a number of tax experts.\n', 'His views', 'a number of tax experts', 'quote.indirect-passive-by', 'speaker.after-cue'],
  ['Title\n\nTurnout is expected to rise sharply this year.\n', 'to rise sharply this year', null, 'quote.indirect-passive', null],
  ['Title\n\nThe senator said that the vote would be delayed.\n', 'the vote would be delayed', 'The senator', 'quote.indirect-said-that', 'speaker.before-cue'],
  ['Title\n\nThe senator denied the allegations in a statement.\n', 'the allegations', 'The senator', 'quote.indirect-speech-act-object', 'speaker.before-cue'],
  ['Title\n\nTrump’s claim that crime is up was false.\n', 'crime is up was false', 'Trump’s', 'quote.indirect-possessive-noun', 'speaker.before-cue'],
  ['Title\n\nCruz seemed rattled by the attacks.\n', 'Cruz seemed rattled by the attacks', null, 'quote.indirect-seems', null],
  ['Title\n\nThe senator attacked Clinton in a speech.\n', 'Clinton', 'The senator', 'quote.indirect-name-object', 'speaker.before-cue'],
  ['Title\n\nThe talks will resume next week, officials said.\n', 'The talks will resume next week', 'officials', 'quote.indirect-clause-then-cue', 'speaker.before-cue'],
  ['Title\n\nThe talks will resume next week, said the minister.\n', 'The talks will resume next week', 'the minister', 'quote.indirect-clause-then-cue', 'speaker.after-cue'],
  ['Title\n\nInsiders in the next two states — Nevada and South Carolina — said it is important that she close the gap.\n', 'it is important that she close the gap', 'Insiders in the next two states', 'quote.indirect-said-that-subject', 'speaker.clause-subject'],
  ['Title\n\nThe museum, Mr. Bush said, celebrated several of his heroes.\n', 'celebrated several of his heroes', 'Mr. Bush', 'quote.indirect-parenthetical-cue', 'speaker.before-cue'],
  // pass 3: the headline
  ['Pat Caddell: Democrat Voters Worried About Her Health\n\nBody text follows here.\n', 'Democrat Voters Worried About Her Health', 'Pat Caddell', 'quote.headline-colon', 'speaker.headline-colon'],
  ['Black Lawmakers Rip Donald Trump As A Fraud\n\nBody text follows here.\n', 'Donald Trump As A Fraud', 'Black Lawmakers', 'quote.headline-subject-verb', 'speaker.headline-subject'],
  // pass 4: a transcript's turns
  ['Title\n\nHOLT: Good evening from Hofstra University.\n\nTRUMP: Our jobs are fleeing the country.\n', 'Our jobs are fleeing the country.', 'TRUMP', 'quote.transcript-turn', 'speaker.transcript-label'],
  // the typing refiner's ids
  ['Title\n\nSo when the company signaled a deal, Mr. Barrett said, "we were floored."\n', 'we were floored.', 'Mr. Barrett', 'quote.partial-reporter-clause', 'speaker.before-cue'],
  ['Title\n\nWith thousands of vote counting systems, “there is no single point of failure,” he said.\n', 'there is no single point of failure,', 'he', 'quote.partial-lead-in', 'speaker.before-cue'],
  ['Title\n\nThe mayor said "the question is the timing." Others disagreed.\n', 'the question is the timing.', 'The mayor', 'quote.partial-run-in', 'speaker.before-cue'],
];

describe(`quotes: one case per rule, through the real extract (${FILE})`, () => {
  it.each(CASES)('%j', (text, quote, speaker, rule, speakerRule) => {
    const qs = extractQuotes(analyseText(text));
    expectExactSpans(text, qs);
    const q = qs.find((x) => x.text === quote);
    expect(q, `${FILE}: ${JSON.stringify(quote)} in ${JSON.stringify(qs.map((x) => x.text))}`).toBeDefined();
    expect(q!.speaker?.text ?? null, `${FILE}: speaker of ${quote}`).toBe(speaker);
    expect(q!.rule, `${FILE}: rule of ${quote}`).toBe(rule);
    expect(q!.speaker?.rule ?? null, `${FILE}: speaker rule of ${quote}`).toBe(speakerRule);
    expect(declared, `${FILE}: ${rule} declared`).toContain(rule);
    if (speakerRule) expect(declared, `${FILE}: ${speakerRule} declared`).toContain(speakerRule);
  });

  it('covers every rule of the tables', () => {
    const tried = new Set(CASES.map((c) => c[3]));
    for (const r of quotesDomain.rules) expect(tried.has(r.id), `${FILE}: no case for ${r.id}`).toBe(true);
  });
});
