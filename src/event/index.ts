// The main event: trigger and CAMEO type, date, place, roles and casualties. Rule tables: trigger.ts (trigger
// sources, code rules), date.ts (date rules), roles.ts (grammar, mention and person rules); words in lexicon/*.json.
import type { Analysis } from '../analyse/index.js';
import type { Actor, Count, DateItem, Event, Place, Quote } from '../record/schema.js';
import type { Domain } from '../extract/domain.js';
import { CAMEO_LABELS, TRIGGERS, TRIGGER_RULE, VIOLENT_ROOTS, WEAPON_SUBCODES, labelOf, rootOf } from './cameo.js';
import { casualties, CASUALTY_IDS } from './casualties.js';
import { GRAMMAR_RULES, MENTION_RULES, PERSON_RULES, PRONOUN_VICTIM_RULE, KIN_VICTIM_RULE, roles } from './roles.js';
import { DATE_IDS, DATE_RULES, eventDate } from './date.js';
import { eventLocation, LOCATION_IDS } from './location.js';
import type { PlaceLookup } from '../resolve/event-places.js';
import { CODE_RULES, findTrigger, leadSentences, refineCode, sentenceTriggers, triggerIndex } from './trigger.js';

export { CAMEO_LABELS, TRIGGERS } from './cameo.js';

/** Ids the main event puts in `rules` when a field has no rule behind it: no place, no role, no casualties said. */
export const EVENT_IDS = {
  locationNone: 'event.location-none',
  roleNone: 'event.role-none',
  killedNotSaid: 'event.killed-not-said',
  injuredNotSaid: 'event.injured-not-said',
} as const;

/**
 * The main event as a domain: its rules in the order each stage tries them (the trigger lexicon, the rules that make
 * the CAMEO code finer, the date rules, the role rules), its lexicons, and the ids set outside the rule tables.
 * The place and the casualties have modules of their own (location.ts, casualties.ts).
 */
export const eventDomain = {
  name: 'event',
  rules: [TRIGGER_RULE, ...CODE_RULES, ...DATE_RULES, ...GRAMMAR_RULES, ...MENTION_RULES, PRONOUN_VICTIM_RULE, KIN_VICTIM_RULE, ...PERSON_RULES],
  refiners: [],
  lexicon: { cameoLabels: CAMEO_LABELS, triggers: TRIGGERS, weaponSubcodes: WEAPON_SUBCODES, violentRoots: VIOLENT_ROOTS },
  ids: [DATE_IDS.inLeadMonth, DATE_IDS.leadCoarse, DATE_IDS.published, DATE_IDS.publishedLaterAct, DATE_IDS.none, ...Object.values(EVENT_IDS), ...LOCATION_IDS, ...CASUALTY_IDS],
} satisfies Domain;

export interface EventInput {
  a: Analysis;
  dates: DateItem[];
  counts: Count[];
  /** Casualties told by a name ("injuring Leanne Smith"): they add to killed and injured, but are no counts of the record. */
  tallies?: Count[];
  places: Place[];
  actors: Actor[];
  quotes: Quote[];
  /** The gazetteer, through the resolve stage: the town whose police report the event, a county's city, postal towns. */
  lookup: PlaceLookup;
}

export interface AssembledEvent {
  /** The main event with the rule behind each field (`rules`), or null when the article reports none. */
  event: Event | null;
  /** The record's places: the input's, plus the town the event happened in when only its police name it. */
  places: Place[];
  /** The record's dates: the input's, plus the publication day when the text gives the event no date. */
  dates: DateItem[];
}

/** The victims' rule in `rules`: the rule of people said to be hit names them all (those of lists and ages too). */
const VICTIM_RULE = MENTION_RULES.find((r) => r.field === 'victims')!.id;

/** The main event of the article. Pure: the input arrays are not changed. Throws on a bug (the pipeline reports it). */
export function assembleEvent({ a, dates, counts, tallies = [], places, actors, lookup }: EventInput): AssembledEvent {
  const trigger = findTrigger(a);
  if (!trigger) return { event: null, places, dates };
  const { code, rule: typeRule } = refineCode(a, trigger);
  const date = eventDate(a, dates, trigger);
  const location = eventLocation(a, places, trigger, lookup);
  // a headline names the event; its roles are read from the first lead sentence that reports the same kind of event
  const index = triggerIndex();
  const roleTrigger =
    trigger.sentence.zone === 'title'
      ? (leadSentences(a, 3).filter((s) => s.zone === 'body').flatMap((s) => sentenceTriggers(a, s, index)).find((t) => rootOf(t.code) === rootOf(trigger.code) || t.weight >= 5) ?? trigger)
      : trigger;
  const who = roles(a, actors, roleTrigger);
  const hurt = casualties(a, [...counts, ...tallies].sort((x, y) => x.start - y.start), who.status);
  const lead = leadSentences(a, 3);
  const inLead = (c: Count): boolean => c.start >= trigger.sentence.start && c.start < trigger.sentence.end || lead.some((s) => c.start >= s.start && c.start < s.end);
  const eventCounts = new Set([...counts.filter(inLead).map((c) => c.id), ...hurt.counts]);

  const rules: Record<string, string> = {
    type: typeRule,
    date: date?.rule ?? DATE_IDS.none,
    location: location?.rule ?? EVENT_IDS.locationNone,
    perpetrators: who.rules.perpetrators ?? EVENT_IDS.roleNone,
    targets: who.rules.targets ?? EVENT_IDS.roleNone,
    victims: who.victims.length ? VICTIM_RULE : EVENT_IDS.roleNone,
    killed: hurt.rules.killed ?? EVENT_IDS.killedNotSaid,
    injured: hurt.rules.injured ?? EVENT_IDS.injuredNotSaid,
  };

  const event: Event = {
    type: { code, label: labelOf(code) },
    trigger: { text: trigger.text, start: trigger.start, end: trigger.end, rule: trigger.rule },
    date: date?.id ?? null,
    location: location?.id ?? null,
    perpetrators: who.perpetrators,
    targets: who.targets,
    victims: who.victims,
    killed: hurt.killed,
    injured: hurt.injured,
    counts: counts.filter((c) => eventCounts.has(c.id)).map((c) => c.id),
    rules,
  };
  return { event, places: location?.added ? [...places, location.added] : places, dates: date?.added ? [...dates, date.added] : dates };
}
