// Unnamed physical targets: buildings, vehicles, facilities, infrastructure.
export { extractThings, THING_RULES, type ThingMention } from './extract.js';
