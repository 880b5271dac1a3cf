// Participant rules as data, for the one runner (../runner.ts): a description by a head noun of the participants
// lexicon, and its armed variant (the modifier makes a perpetrator). Both read one pattern, scanned once: at each
// match the description takes it unless a modifier arms it, and then the armed rule does.
import type { Analysis } from '../../analyse/index.js';
import type { TextMatch, TextRule } from '../runner.js';
import { DETERMINERS, HEADS, MODIFIERS, NUMBERS, PERP_MODIFIERS, type Leaning } from './lexicon.js';
import type { ParticipantMention } from './extract.js';
import { wordAlternation } from '../lexicon.js';

export type ParticipantRule = TextRule<ParticipantMention, Analysis> & { readonly about: string };

const alt = wordAlternation;

// determiner? digits? modifiers{0,3} head (on a motorcycle)?; each part a fixed word list, so no backtracking blow-up
const DESCRIPTION = new RegExp(
  `\\b(?:(${alt(DETERMINERS)})\\s+)?(?:(\\d{1,4}|about\\s+\\d{1,4}|at\\s+least\\s+\\d{1,4})\\s+)?((?:(?:${alt(MODIFIERS)}|\\d{1,3}-year-old)\\s+){0,3})(${alt(Object.keys(HEADS))})\\b` +
    `(?!-)(\\s+(?:on|riding)\\s+(?:a\\s+|two\\s+)?(?:motorcycles?|motorbikes?|scooters?|bicycles?))?`,
  'gi',
);

/**
 * A match of DESCRIPTION read as a description by rule `id`, or null when it is part of a name or of a larger
 * number, or when a modifier arms it and the rule is not for armed people (or the other way round).
 */
function read({ m, start, end }: TextMatch, text: string, id: string, forArmed: boolean): ParticipantMention | null {
  const head = m[4].toLowerCase();
  const h = HEADS[head];
  if (!h) return null;
  // "50,000 people": the number began before the match
  if (/[\d,.]/.test(text.charAt(start - 1)) && /^\d/.test(m[0])) return null;
  // "police officers" is one head; a capitalised word right after the head makes it part of a name ("Police Chief")
  const next = text.slice(end, end + 2);
  if (/^\s[A-Z][a-z]/.test(next) && /^[A-Z]/.test(m[4]) && !/^[A-Z]+$/.test(m[4])) return null;
  // a capitalised head in mixed-case text ("Rebels", "Police") inside a name: "Police Department"
  if (/^\s+(?:Department|Dept|Force|Service|Chief|Commissioner|Union|Academy|Station)\b/.test(text.slice(end, end + 14))) return null;
  const det = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const mods = (m[3] ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
  let count: number | undefined;
  const digits = m[2]?.match(/\d+/)?.[0];
  if (digits) count = Number(digits);
  else if (det && NUMBERS[det.split(' ')[0]] && !/^an?\b/.test(det)) count = NUMBERS[det.split(' ')[0]];
  else if (!h.plural && (det === 'a' || det === 'an')) count = 1;
  for (const w of mods) if (NUMBERS[w] && w !== 'a') count = NUMBERS[w];
  const armed = mods.some((w) => PERP_MODIFIERS.has(w));
  if (armed !== forArmed) return null;
  const leaning: Leaning = armed && h.leaning === 'person' ? 'perpetrator' : h.leaning;
  return {
    text: text.slice(start, end),
    start,
    end,
    head,
    lemma: h.lemma,
    kind: leaning === 'perpetrator' && h.plural && h.kind === 'person' ? 'group' : h.kind,
    plural: h.plural,
    leaning,
    definite: /^(?:the|these|those|this|that)$/.test(det),
    ...(count !== undefined && count > 0 ? { count } : {}),
    rule: id,
  };
}

const description = (id: string, about: string, forArmed: boolean): ParticipantRule => ({ id, about, text: DESCRIPTION, build: (match, a) => read(match, a.text, id, forArmed) });

export const PARTICIPANT_RULES: readonly ParticipantRule[] = [
  description('participant.description', 'a description of a person or group by a head noun of the participants lexicon ("two gunmen", "the assailants")', false),
  description('participant.armed-men', 'people described as armed, masked or unidentified are perpetrators ("armed men")', true),
];
