// Unnamed physical targets (buildings, vehicles, facilities, infrastructure), as one plain object: its rule and
// its lexicon. It has no refiners: the event passes make a thing a target only when an event's grammar does.
import type { Domain } from '../domain.js';
import { LEXICON } from './lexicon.js';
import { THING_RULES, type ThingRule } from './rules.js';

export { extractThings, type ThingMention } from './extract.js';
export { THING_RULES, type ThingRule } from './rules.js';

export const thingsDomain: Domain<ThingRule, never> = { name: 'things', rules: THING_RULES, refiners: [], lexicon: LEXICON };
