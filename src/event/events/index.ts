// Every event the article tells of, one entry each, in these passes: mentions (1), frames with place,
// date and status (2), roles from grammar (3), merge of repeated mentions (4), entries (5), which split off
// the deaths and injuries of an attack (6-consequences) and correct a place the event hits (7-place), and
// weapons told in a sentence of their own (8), names told elsewhere (9), the insurgent group of described fighters (10). Rule tables:
// lexicon.ts (triggers, no-event cues, tally and background rules), patterns.ts (role patterns), 4-merge.ts
// (merge rules); words in lexicon/*.json; ids set outside the tables in ids.ts.
import type { Analysis } from '../../analyse/index.js';
import type { Actor, Count, DateItem, Event, EventEntry, Place, Quote } from '../../record/schema.js';
import type { ParticipantMention } from '../../extract/participants/index.js';
import type { ThingMention } from '../../extract/things/index.js';
import type { WeaponMention } from '../../extract/weapons/index.js';
import { findMentions } from './1-mentions.js';
import { buildFrames } from './2-frames.js';
import { buildFillers, descriptionsPastNames, frameRoles } from './3-roles.js';
import { KIND_RULE, MERGE_RULES, mergeFrames } from './4-merge.js';
import { CONSEQUENCE_RULES, OTHER_VICTIMS } from './6-consequences.js';
import { PLACE_RULES, SITE_RULE } from './7-place.js';
import { buildEntries } from './5-entries.js';
import { genericWeapons, weaponsNearby } from './8-weapons.js';
import type { Domain } from '../../extract/domain.js';
import { BACKGROUND_RULES, EVENT_TRIGGERS, LIGHT_VERB, NEW_EVENT, NO_EVENT_BEFORE, SPORT_SHOT, TALLY_RULES, TRIGGER_RULES, WEAK_FORMS } from './lexicon.js';
import { ERGATIVE, HARM_CODES, PRONOUNS, ROLE_PATTERNS, UNACCUSATIVE } from './patterns.js';
import { EVENTS_IDS } from './ids.js';
import { anaphorPerpetrators, identifiedVictims, quotedPerpetrators } from './9-elsewhere.js';
import { documentGroupPerpetrators } from './10-document-group.js';
import { INSTITUTION_RULE } from './institution.js';

export { ROLE_PATTERNS } from './patterns.js';
export { EVENTS_IDS } from './ids.js';

/**
 * The events pass as a domain: its rules in the order of the passes (the trigger words of pass 1 and the cues that
 * make a mention no event, the new-event cue and the status rules of pass 2, the role patterns of pass 3, the merge
 * rules of pass 4), its lexicons, and the ids its passes set outside the rule tables.
 */
export const eventsDomain = {
  name: 'events',
  rules: [...TRIGGER_RULES, ...NO_EVENT_BEFORE, SPORT_SHOT, LIGHT_VERB, NEW_EVENT, ...TALLY_RULES, ...BACKGROUND_RULES, ...ROLE_PATTERNS, ...MERGE_RULES, KIND_RULE, ...CONSEQUENCE_RULES, OTHER_VICTIMS, ...PLACE_RULES, SITE_RULE, INSTITUTION_RULE],
  refiners: [],
  lexicon: { triggers: EVENT_TRIGGERS, weakForms: WEAK_FORMS, harmCodes: HARM_CODES, pronouns: PRONOUNS, ergative: ERGATIVE, unaccusative: UNACCUSATIVE },
  ids: Object.values(EVENTS_IDS),
} satisfies Domain;

export interface EventsInput {
  a: Analysis;
  main: Event | null;
  dates: DateItem[];
  counts: Count[];
  places: Place[];
  actors: Actor[];
  quotes: Quote[];
  /** Described participants ("gunmen", "two men on a motorcycle"), unnamed things ("a bus") and weapons, in content. */
  participants: ParticipantMention[];
  things: ThingMention[];
  weapons: WeaponMention[];
}

export interface EventsOutput {
  events: EventEntry[];
  main: Event | null;
  actors: Actor[];
  places: Place[];
}

/** Every event of the article. Throws on a bug: the pipeline turns that into a stage_failed warning. */
export function assembleEvents({ a, main, dates, counts, places, actors, quotes, participants: found, things, weapons }: EventsInput): EventsOutput {
  const participants = descriptionsPastNames(a, found, actors);
  const mentions = findMentions(a, quotes);
  if (!mentions.length && !main) return { events: [], main, actors, places };
  const frames = buildFrames({ a, mentions, places, actors, dates, counts });
  const fillers = buildFillers({ a, actors, places, participants, things, weapons, counts });
  const framed = frames.map((frame) => ({ frame, roles: frameRoles(a, frame, fillers) }));
  const merged = mergeFrames(framed);
  const out = buildEntries({ a, merged, main, actors, places, counts, participants, things, weapons, quotes }, things);
  weaponsNearby(a, out.events, weapons);
  genericWeapons(a, out.events);
  quotedPerpetrators(a, quotes, out.events, fillers);
  anaphorPerpetrators(a, out.events, fillers);
  identifiedVictims(a, out.events, fillers);
  documentGroupPerpetrators(a, out.events, out.actors);
  return out;
}
