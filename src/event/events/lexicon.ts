// Words of the events pass: which triggers make an event of their own, and the cues that tell a new
// event from a repeated mention, a tally from a report, and background from news. Rules as data.
import { TRIGGERS, type TriggerEntry } from '../cameo.js';

/** CAMEO roots whose triggers are events of violence the record lists one by one. */
const VIOLENT_ROOTS = new Set(['18', '19', '20']);

const T = (code: string, weight: number, forms: string[], rule: string): TriggerEntry => ({ code, forms, weight, rule });

/** Violence triggers: the CAMEO table's violent entries, and the words of death, injury and explosion news uses. */
export const EVENT_TRIGGERS: readonly TriggerEntry[] = [
  ...TRIGGERS.filter((t) => VIOLENT_ROOTS.has(t.code.slice(0, 2)) || t.code === '145').map((t) => ({ ...t, forms: t.forms.filter((f) => !['gunman', 'gunmen'].includes(f)) })),
  T('183', 10, ['exploded', 'explodes', 'exploding', 'went off', 'blew up', 'bombed', 'bomb attack', 'bomb attacks', 'car bombing', 'dynamite attack', 'dynamited'], 'events.trigger-explosion'),
  T('1823', 8, ['died', 'dies', 'death', 'deaths', 'dead', 'fatalities', 'executed', 'beheaded', 'massacred'], 'events.trigger-death'),
  T('182', 7, ['wounded', 'wounding', 'injured', 'injuring', 'hurt'], 'events.trigger-injury'),
  T('190', 9, ['fire', 'fires', 'firing', 'hit', 'hits', 'targeted', 'targeting', 'stormed', 'storming', 'incident', 'violence'], 'events.trigger-attack-verb'),
  T('181', 9, ['kidnap', 'kidnaps', 'abduct', 'abducts', 'seized hostage'], 'events.trigger-kidnap'),
  T('171', 8, ['burned', 'burnt', 'set on fire', 'set ablaze', 'destroyed', 'damaged', 'sabotaged', 'sabotage', 'arson'], 'events.trigger-damage'),
];

/** A trigger form that reads as an event only as a verb or noun of violence: these need a violent word in their sentence. */
export const WEAK_FORMS = new Set(['fire', 'fires', 'firing', 'hit', 'hits', 'targeted', 'targeting', 'incident', 'violence', 'dead', 'death', 'deaths', 'hurt', 'destroyed', 'damaged', 'burned', 'burnt', 'launched', 'struck', 'strike', 'strikes', 'injuries', 'wounds', 'battle', 'fighting', 'fought']);

export interface Cue {
  id: string;
  re: RegExp;
  what: string;
}

/** A mention that tells of no event: negated, hypothetical, generic, or a word of another sense. Tested on the words before the trigger. */
export const NO_EVENT_BEFORE: readonly Cue[] = [
  { id: 'events.no-event-negated', re: /\b(?:no|not|never|without(?:\s+any)?|nor|zero|free\s+of|any|no\s+more)\s+(?:[\w-]+\s+){0,1}$/i, what: '"no attacks", "without any attacks", "had not been attacked"' },
  { id: 'events.no-event-hypothetical', re: /\b(?:whether|if|unless)\b[^.;,]{0,40}$/i, what: '"whether any troops were injured": a question, not a report' },
  { id: 'events.no-event-infinitive', re: /\b(?:to|would|could|might|may|will|can|cannot|should|plans?\s+to|threat(?:ened)?\s+to|vowed\s+to|tried\s+to|attempt(?:ed)?\s+to)\s+$/i, what: '"reasons to attack", "threatened to strike": intent, not an event' },
  { id: 'events.no-event-sense', re: /\b(?:hunger|labor|labour|general|workers['’]?|lucky|heart|panic|asthma|anxiety|cease|ceasefire|cease-fire|brush|wild|forest|house|camp|bon|surefire|cross|friendly|under|open\s+to|quick|rapid|rapid-)\s*$/i, what: '"hunger strike", "heart attack", "ceasefire", "under fire": another sense of the word' },
];
/** Words after the trigger that make it another sense or no event ("strike a deal", "fire department", "attack helicopter"). */
export const NO_EVENT_AFTER = /^(?:\s+(?:a\s+deal|deal|department|dept|fighters?|chief|station|truck|engine|alarm|drill|hazard|season|helicopters?|dogs?|ads?|rate|zone\b|plan|threat|risk|warning|squad|force|up\s+a\s+conversation|back|off\s+(?:a|the)\s+(?:debate|discussion))|-(?:fighters?|proof))/i;

/** "shot 67", "one shot of the lead", "shot a 3-under-par": a score, not a shooting (tested after shot/shoot forms). */
export const SPORT_SHOT = /^\s+(?:(?:an?\s+)?\d|(?:an?\s+)?(?:[\w-]+-(?:under|over)|even|par|birdie|eagle|bogey)\b|(?:of|behind|ahead|off|clear|back)\s+(?:the\s+)?(?:lead|leader|pace|record|course|him|her)\b|(?:at|on)\s+goal\b)/i;

/** A new event, not another mention of the one just told: "separate attacks", "another bombing", "also launched strikes", "Meanwhile, ...". */
export const NEW_EVENT: Cue = {
  id: 'events.new-event-cue',
  re: /\b(?:separate|another|second|third|also|meanwhile|elsewhere|similar)\b/i,
  what: 'separate, another, also, meanwhile: the sentence tells of a new event',
};
/** "the attack", "that strike", "the Friday strikes": a definite mention points back at an event told before. */
export const DEFINITE_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her|its|same)\s+(?:[\w-]+\s+){0,2}$/i;

/** An aggregate: "78 attacks since Oct. 17", "a streak of recurring attacks", "a wave of bombings". */
export const TALLY: readonly Cue[] = [
  { id: 'events.tally-count', re: /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|scores|several|many|numerous)\s+(?:(?:[\w-]+\s+){0,2})$/i, what: '"78 attacks", "dozens of attacks": a counted plural' },
  { id: 'events.tally-series', re: /\b(?:streak|series|wave|spate|string|campaign|number|rash|surge|spike|rise|increase|escalation|cycle)\s+of\s+(?:[\w-]+\s+){0,2}$/i, what: '"a streak of recurring attacks", "a wave of bombings"' },
  { id: 'events.tally-recurring', re: /\b(?:recurring|repeated|frequent|regular|daily|weekly|near-daily|constant|ongoing|continued|continuing)\s+$/i, what: '"recurring attacks", "daily strikes"' },
];
/** After a plural trigger: "attacks ... since October", "so far this year". */
export const TALLY_AFTER = /^[^.;]{0,60}?\b(?:since\s+(?:(?:the\s+)?(?:start|beginning)\s+of|\w+\.?\s+\d{1,2}\b|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|\d{4}|last|early|mid)|so\s+far\s+this|this\s+year|in\s+recent\s+(?:weeks|months|years)|over\s+the\s+(?:past|last))/i;

/** Background: an earlier event told as context ("in 2017, when ...", "last year", "years ago"). */
export const BACKGROUND: Cue = {
  id: 'events.background-past',
  re: /\b(?:last\s+(?:year|month|summer|winter|spring|fall|autumn)|(?:years|months|decades)\s+ago|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d|previous(?:ly)?|in\s+the\s+past|had\s+(?:been\s+)?(?:killed|attacked|bombed|shot)|the\s+first\s+[^.;]{0,40}\bsince|anniversary|history|historically)\b/i,
  what: 'a past time or perfect tense that sets the event before the news',
};

/** Days before the publication date beyond which a dated event is background. */
export const BACKGROUND_DAYS = 14;

export const EVENT_RULES: Readonly<Record<string, string>> = {
  'events.trigger-explosion': 'explosion words (exploded, went off, blew up)',
  'events.trigger-death': 'death words (died, dead, deaths) as mentions of violence',
  'events.trigger-injury': 'injury words (wounded, injured) as mentions of violence',
  'events.trigger-attack-verb': 'attack verbs that need a violent word nearby (fire, hit, targeted)',
  'events.trigger-kidnap': 'kidnapping verbs',
  'events.trigger-damage': 'damage words (burned, destroyed)',
  [NEW_EVENT.id]: NEW_EVENT.what,
  [BACKGROUND.id]: BACKGROUND.what,
  'events.background-dated': `the event's date is more than ${BACKGROUND_DAYS} days before publication`,
  'events.merge-definite': 'a definite mention ("the attack") is the event told before',
  'events.merge-same-place': 'a mention at the same place (or one inside it) with compatible date and roles is the same event',
  'events.merge-summary': 'a mention at a country that a later, more exact mention in that country details ("strikes in Iraq" -> "at al-Asaf airbase in western Iraq")',
  'events.merge-continued': 'a sentence with no place or date of its own continues the event told before',
  'events.split-places': 'a plural trigger with places joined by "and" is one event per place ("attacks at A and B")',
  'events.reported': 'the news: an event of the report itself',
  'events.main': 'the main event (the record\'s `event`)',
  'events.no-event-sport': 'a score or a shot at goal, not a shooting ("shot 67", "one shot off the lead")',
  ...Object.fromEntries([...NO_EVENT_BEFORE, ...TALLY].map((c) => [c.id, c.what])),
};
