// A described participant that is a state institution told by its common name ("the army", "the Salvadoran armed
// forces", "the national police"): one body, named by that noun as by a name, so its actor is no unnamed description
// (no `named: false`), and it counts as an organisation. Its members told in the plural ("soldiers", "troops") stay
// descriptions. Rule id: events.institution-name.
import type { LexiconFile } from '../../extract/lexicon.js';
import nounsFile from './lexicon/institution-nouns.json' with { type: 'json' };
import { alt } from './patterns.js';

export const INSTITUTION_RULE = {
  id: 'events.institution-name',
  what: 'a description that is a state institution by its common name ("the army", "the armed forces") names an organisation',
} as const;

const NOUNS = (nounsFile as LexiconFile<string[]>).entries;
/** "the army", "the Guatemalan army", "the country's armed forces": a definite article or possessive, at most one
 * capitalised modifier (a nationality: not "the rebel army"), the noun and nothing after it. Linear: fixed
 * alternatives, one optional word. */
const INSTITUTION = new RegExp(`^(?:(?:the\\s+)?[\\w-]+['’]s|the|its|their)\\s+(?:([\\w-]+)\\s+)??(?:${alt(NOUNS)})$`, 'i');

/** Whether a description's text names a state institution. */
export function isInstitution(text: string): boolean {
  const m = INSTITUTION.exec(text.trim());
  return m !== null && (m[1] === undefined || /^[A-Z]/.test(m[1]));
}
