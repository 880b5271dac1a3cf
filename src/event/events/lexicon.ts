// Words of the events pass: which triggers make an event of their own, and the cues that tell a new
// event from a repeated mention, a tally from a report, and background from news. Rules as data.
import type { Count } from '../../record/schema.js';
import { TRIGGERS, VIOLENT_ROOTS, type TriggerEntry } from '../cameo.js';
import { wordSet, type LexiconFile } from '../../extract/lexicon.js';
import triggersFile from './lexicon/triggers.json' with { type: 'json' };
import notEventFile from './lexicon/not-event-forms.json' with { type: 'json' };
import weakFile from './lexicon/weak-forms.json' with { type: 'json' };
import statusFile from './lexicon/status-cues.json' with { type: 'json' };
import noEventFile from './lexicon/no-event-cues.json' with { type: 'json' };

const STATUS_WORDS = (statusFile as LexiconFile<Record<'newEvent' | 'tallyNumbers' | 'tallySeries' | 'tallyRecurring', string[]>>).entries;
const NOT_EVENT_FORMS = wordSet(notEventFile);
const NO_EVENT_WORDS = (noEventFile as LexiconFile<Record<'negation' | 'question' | 'intent' | 'otherSenseBefore' | 'otherSenseAfter' | 'otherSenseSuffix', string[]>>).entries;
/** A word list as a regular-expression alternation; a blank in a phrase is any run of blanks. */
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** A trigger rule of the events pass: words of violence beyond the CAMEO table (lexicon/triggers.json), with their id, code and weight. */
export interface TriggerRule {
  id: string;
  what: string;
  code: string;
  weight: number;
  forms: string[];
}

export const TRIGGER_RULES: readonly TriggerRule[] = (triggersFile as LexiconFile<TriggerRule[]>).entries;

/** Violence triggers: the CAMEO table's violent entries (without the forms that name a person), and the words of death, injury and explosion news uses. */
export const EVENT_TRIGGERS: readonly TriggerEntry[] = [
  ...TRIGGERS.filter((t) => VIOLENT_ROOTS.has(t.code.slice(0, 2)) || t.code === '145').map((t) => ({ ...t, forms: t.forms.filter((f) => !NOT_EVENT_FORMS.has(f)) })),
  ...TRIGGER_RULES.map((r) => ({ code: r.code, forms: r.forms, weight: r.weight, rule: r.id })),
];

/** A trigger form that reads as an event only as a verb or noun of violence: these need a violent word in their sentence. */
export const WEAK_FORMS: ReadonlySet<string> = wordSet(weakFile);

export interface Cue {
  id: string;
  re: RegExp;
  what: string;
}

/** A mention that tells of no event: negated, hypothetical, generic, or a word of another sense. Tested on the words before the trigger. */
export const NO_EVENT_BEFORE: readonly Cue[] = [
  { id: 'events.no-event-negated', re: new RegExp(`\\b(?:${alt(NO_EVENT_WORDS.negation)})\\s+(?:[\\w-]+\\s+){0,1}$`, 'i'), what: '"no attacks", "without any attacks", "had not been attacked"' },
  { id: 'events.no-event-hypothetical', re: new RegExp(`\\b(?:${alt(NO_EVENT_WORDS.question)})\\b[^.;,]{0,40}$`, 'i'), what: '"whether any troops were injured": a question, not a report' },
  { id: 'events.no-event-infinitive', re: new RegExp(`\\b(?:${alt(NO_EVENT_WORDS.intent)})\\s+$`, 'i'), what: '"reasons to attack", "threatened to strike": intent, not an event' },
  { id: 'events.no-event-sense', re: new RegExp(`\\b(?:${alt(NO_EVENT_WORDS.otherSenseBefore)})\\s*$`, 'i'), what: '"hunger strike", "heart attack", "ceasefire", "under fire": another sense of the word' },
];
/** A trigger whose first word is a gerund or a plural noun follows "to" as a preposition, not as an infinitive ("pleaded guilty to killing", "led to clashes"). */
const NOT_BASE_FORM = /^[a-z-]*(?:ing|[^s]s)\b/i;
/** The words before a trigger (the 40 characters of its sentence) make it no event: negated, a question, intended, another sense. */
export function noEventBefore(before: string, trigger: string): boolean {
  return NO_EVENT_BEFORE.some((c) => c.re.test(before) && (c.id !== 'events.no-event-infinitive' || !NOT_BASE_FORM.test(trigger)));
}
/** Words after the trigger that make it another sense or no event ("strike a deal", "fire department", "attack helicopter"). */
export const NO_EVENT_AFTER = new RegExp(`^(?:\\s+(?:${alt(NO_EVENT_WORDS.otherSenseAfter)})|-(?:${alt(NO_EVENT_WORDS.otherSenseSuffix)}))\\b`, 'i');

/** "shot 67", "one shot of the lead", "shot a 3-under-par": a score, not a shooting (tested after shot/shoot forms). */
export const SPORT_SHOT: Cue = {
  id: 'events.no-event-sport',
  what: 'a score or a shot at goal, not a shooting ("shot 67", "one shot off the lead")',
  re: /^\s+(?:(?:an?\s+)?\d|(?:an?\s+)?(?:[\w-]+-(?:under|over)|even|par|birdie|eagle|bogey)\b|(?:of|behind|ahead|off|clear|back)\s+(?:the\s+)?(?:lead|leader|pace|record|course|him|her)\b|(?:at|on)\s+goal\b)/i,
};
/** "launched an operation against", "launched further raids", "launched an investigation": a light verb tells no event of its own when its object is an action of the police or the courts. */
export const LIGHT_VERB: Cue = {
  id: 'events.no-event-light-verb',
  what: 'a light verb whose object is a police action ("launched an operation", "launched further raids")',
  re: /^\s+(?:(?:an?|the|its|their|his|her|further|new|fresh|major|massive|several|coordinated|wave\s+of|series\s+of|spate\s+of|string\s+of|number\s+of)\s+){0,3}(?:(?:police|military|security|joint|criminal|murder|terrorism)\s+)?(?:operations?|raids?|investigations?|inquiry|inquiries|probes?|manhunt|crackdown|search|hunt)\b/i,
};
/** The forms of a light verb (tested with LIGHT_VERB). */
export const LIGHT_FORMS = /^(?:launched|launches|launching|launch)$/;
/** The forms of a shot that may be a score's. */
export const SHOT_FORMS = /^(?:shot|shots|shoot|shoots|shooting)$/;

/** A new event, not another mention of the one just told: "separate attacks", "another bombing", "also launched strikes", "Meanwhile, ...". */
export const NEW_EVENT: Cue = {
  id: 'events.new-event-cue',
  re: new RegExp(`\\b(?:${STATUS_WORDS.newEvent.join('|')})\\b`, 'i'),
  what: 'separate, another, also, meanwhile: the sentence tells of a new event',
};
/** "the attack", "that strike", "the Friday strikes": a definite mention points back at an event told before. */
export const DEFINITE_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her|its|same)\s+(?:[\w-]+\s+){0,2}$/i;

/** An aggregate: "78 attacks since Oct. 17", "a streak of recurring attacks", "a wave of bombings". Tested on the words before a trigger. */
export const TALLY: readonly Cue[] = [
  { id: 'events.tally-count', re: new RegExp(`\\b(?:${STATUS_WORDS.tallyNumbers.join('|')})\\s+(?:(?:[\\w-]+\\s+){0,2})$`, 'i'), what: '"78 attacks", "dozens of attacks": a counted plural' },
  { id: 'events.tally-series', re: new RegExp(`\\b(?:${STATUS_WORDS.tallySeries.join('|')})\\s+of\\s+(?:[\\w-]+\\s+){0,2}$`, 'i'), what: '"a streak of recurring attacks", "a wave of bombings"' },
  { id: 'events.tally-recurring', re: new RegExp(`\\b(?:${STATUS_WORDS.tallyRecurring.join('|')})\\s+$`, 'i'), what: '"recurring attacks", "daily strikes"' },
];
/** After a plural trigger: "attacks ... since October", "so far this year". */
export const TALLY_AFTER = /^[^.;]{0,60}?\b(?:since\s+(?:(?:the\s+)?(?:start|beginning)\s+of|\w+\.?\s+\d{1,2}\b|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|\d{4}|last|early|mid)|so\s+far\s+this|this\s+year|in\s+recent\s+(?:weeks|months|years)|over\s+the\s+(?:past|last))/i;

/** What a tally rule reads of a plural noun mention: the words before it (40 characters), after it (to 80, within its clause), and the document's counts. */
export interface TallyContext {
  start: number;
  end: number;
  before: string;
  after: string;
  counts: readonly Count[];
}

/** A rule that makes a plural noun mention a tally (an aggregate, not one event). The first that matches gives the frame's status rule. */
export interface TallyRule {
  id: string;
  what: string;
  test(c: TallyContext): boolean;
}

export const TALLY_RULES: readonly TallyRule[] = [
  ...TALLY.map((cue) => ({ id: cue.id, what: cue.what, test: (c: TallyContext) => cue.re.test(c.before) })),
  {
    id: 'events.tally-counted',
    what: 'a count of more than one attack (the counts stage\'s) spans the mention',
    test: (c) => c.counts.some((n) => n.category === 'attack' && n.value > 1 && n.start <= c.start && n.end >= c.end),
  },
  { id: 'events.tally-since', what: '"attacks ... since October", "so far this year": a plural told over a span of time', test: (c) => TALLY_AFTER.test(c.after) },
];

/** Background: an earlier event told as context ("in 2017, when ...", "last year", "years ago"). */
export const BACKGROUND: Cue = {
  id: 'events.background-past',
  re: /\b(?:last\s+(?:year|month|summer|winter|spring|fall|autumn)|(?:years|months|decades)\s+ago|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|previous(?:ly)?|in\s+the\s+past|had\s+(?:been\s+)?(?:killed|attacked|bombed|shot)|the\s+first\s+[^.;]{0,40}\bsince|anniversary|history|historically)\b/i,
  what: 'a past time or perfect tense that sets the event before the news',
};

/** Days before the publication date beyond which a dated event is background. */
export const BACKGROUND_DAYS = 14;

/** What a background rule reads of a frame: its date's and the publication's day numbers, and its clause. */
export interface BackgroundContext {
  day: number | null;
  reference: number | null;
  clause: string;
}

/** A rule that makes a reported frame background (an earlier event told as context). The first that matches gives the status rule. */
export interface BackgroundRule {
  id: string;
  what: string;
  test(c: BackgroundContext): boolean;
}

export const BACKGROUND_RULES: readonly BackgroundRule[] = [
  {
    id: 'events.background-dated',
    what: `the event's date is more than ${BACKGROUND_DAYS} days before publication`,
    test: (c) => c.day !== null && c.reference !== null && c.reference - c.day > BACKGROUND_DAYS,
  },
  { id: BACKGROUND.id, what: BACKGROUND.what, test: (c) => BACKGROUND.re.test(c.clause) },
];
