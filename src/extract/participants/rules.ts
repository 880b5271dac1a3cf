// Participant rules as data, for the one runner (../runner.ts): a description by a head noun of the participants
// lexicon, its armed variant (the modifier makes a perpetrator), and a perpetrator description that keeps a
// premodifier the lexicon does not list ("two paid assassins"). All read one pattern, scanned once: at each match the
// premodifier rule takes it when it applies, else the description unless a modifier arms it, and then the armed rule.
import { spanAt, type Analysis } from '../../analyse/index.js';
import type { TextMatch, TextRule } from '../runner.js';
import { DETERMINERS, HEADS, MODIFIERS, NUMBERS, PERP_MODIFIERS, type Leaning } from './lexicon.js';
import type { ParticipantMention } from './extract.js';
import { wordAlternation } from '../lexicon.js';

export type ParticipantRule = TextRule<ParticipantMention, Analysis> & { readonly about: string };

const alt = wordAlternation;

// a collective noun after a perpetrator head is the description's head ("urban commando units", "terrorist cells", "guerrilla columns"):
// the group of those fighters; after any other head it is left out ("police units" stays "police")
const COLLECTIVES = ['unit', 'units', 'cell', 'cells', 'column', 'columns', 'group', 'groups', 'detachment', 'detachments'];

// a number a description may start with ("12", "about 30", "at least 5"), or a range of two ("approximately 20 or 30", "15 to 20")
const NUMBER_SLOT = `(?:(?:about|approximately|around|nearly|at\\s+least)\\s+)?\\d{1,4}(?:\\s+(?:or|to)\\s+\\d{1,4})?`;

// an adverb of manner before a modifier ("heavily armed", "fully masked", "poorly armed") is part of the description;
// not "only", "early", "family" and the like
const ADVERB = `(?!(?:only|early|family|italy|july|ally|rally|apply|reply|supply|holy|ugly|silly)\\b)[a-z]{2,}ly\\s+`;

// determiner? digits? (adverb? modifier){0,3} head (on a motorcycle)?; each part a fixed word list or one word, so no backtracking blow-up
const DESCRIPTION = new RegExp(
  `\\b(?:(${alt(DETERMINERS)})\\s+)?(?:(${NUMBER_SLOT})\\s+)?((?:(?:${ADVERB})?(?:${alt(MODIFIERS)}|\\d{1,3}-year-old)\\s+){0,3})(${alt(Object.keys(HEADS))})\\b` +
    `(?!-)(\\s+(?:${alt(COLLECTIVES)})\\b(?!-))?(\\s+(?:on|riding)\\s+(?:a\\s+|two\\s+)?(?:motorcycles?|motorbikes?|scooters?|bicycles?))?`,
  'gi',
);

// the determiner and number right before a premodifier the lexicon does not list
const LEAD = new RegExp(`\\b(?:(${alt(DETERMINERS)})\\s+)?(?:(${NUMBER_SLOT})\\s+)?$`, 'i');

/**
 * A premodifier the modifiers lexicon does not list, between a determiner or number and the head of a perpetrator
 * description that has neither of its own ("two paid assassins", "the hired gunmen"): a lower-case word the parser
 * reads as an adjective or a past participle (so "police killed rebels" stays "rebels": no determiner before
 * "killed"). Returns where the description then starts, and the determiner and number it then has.
 */
function premodifier(m: RegExpExecArray, start: number, a: Analysis): { start: number; det?: string; num?: string } | null {
  if (m[1] || m[2] || HEADS[m[4].toLowerCase()]?.leaning !== 'perpetrator') return null;
  const before = a.text.slice(Math.max(0, start - 60), start);
  const w = /(?:^|[^A-Za-z'’-])([a-z][a-z-]*[a-z])[ \t]+$/.exec(before);
  if (!w) return null;
  const wordStart = start - before.length + w.index + w[0].indexOf(w[1]);
  const term = spanAt(a.terms, wordStart);
  if (!term || term.start !== wordStart) return null;
  const from = Math.max(0, wordStart - 40);
  const lead = LEAD.exec(a.text.slice(from, wordStart));
  // the slice may begin inside a word ("Cuba two" must not read "a two")
  if (!lead?.[0] || /[\w'’-]/.test(a.text.charAt(from + lead.index - 1))) return null;
  const det = lead[1];
  const num = lead[2];
  if (!term.tags.has('Adjective') && !term.tags.has('PastTense') && !term.tags.has('Participle')) return null;
  return { start: from + lead.index, det, num };
}

/**
 * A match of DESCRIPTION read as a description by rule `id`, or null when it is part of a name or of a larger
 * number, or when a modifier arms it and the rule is not for armed people (or the other way round).
 */
function read({ m, start: matched, end: matchEnd }: TextMatch, a: Analysis, id: string, forArmed: boolean | 'premodified'): ParticipantMention | null {
  const { text } = a;
  const pre = forArmed === 'premodified' ? premodifier(m, matched, a) : null;
  if (forArmed === 'premodified' && !pre) return null;
  const start = pre ? pre.start : matched;
  let end = matchEnd;
  const head = m[4].toLowerCase();
  const h = HEADS[head];
  if (!h) return null;
  // a collective noun after the head: the description's own head after a perpetrator head, else no part of it
  const collective = m[5] ? m[5].trim().toLowerCase() : '';
  if (collective && h.leaning !== 'perpetrator') end = matched + m[0].length - m[5].length - (m[6]?.length ?? 0);
  const keptCollective = !!collective && h.leaning === 'perpetrator';
  // "no specific militia group had claimed responsibility", "no gunmen were seen": a description denied is nobody
  if (/\b(?:no|neither|nor)\s+(?:(?:specific|particular|other|single)\s+)?$/i.test(text.slice(Math.max(0, start - 24), start))) return null;
  // "50,000 people": the number began before the match
  if (/[\d,.]/.test(text.charAt(start - 1)) && /^\d/.test(m[0])) return null;
  // "police officers" is one head; a capitalised word right after the head makes it part of a name ("Police Chief")
  const next = text.slice(end, end + 2);
  if (/^\s[A-Z][a-z]/.test(next) && /^[A-Z]/.test(m[4]) && !/^[A-Z]+$/.test(m[4])) return null;
  // a capitalised head in mixed-case text ("Rebels", "Police") inside a name: "Police Department"
  if (/^\s+(?:Department|Dept|Force|Service|Chief|Commissioner|Union|Academy|Station)\b/.test(text.slice(end, end + 14))) return null;
  const det = ((pre ? pre.det : m[1]) ?? '').toLowerCase().replace(/\s+/g, ' ');
  const mods = (m[3] ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
  let count: number | undefined;
  const digits = (pre ? pre.num : m[2])?.match(/\d+/)?.[0];
  if (digits) count = Number(digits);
  else if (det && NUMBERS[det.split(' ')[0]] && !/^an?\b/.test(det)) count = NUMBERS[det.split(' ')[0]];
  else if (!h.plural && (det === 'a' || det === 'an')) count = 1;
  for (const w of mods) if (NUMBERS[w] && w !== 'a') count = NUMBERS[w];
  const armed = mods.some((w) => PERP_MODIFIERS.has(w));
  if (forArmed !== 'premodified' && armed !== forArmed) return null;
  const leaning: Leaning = armed && h.leaning === 'person' ? 'perpetrator' : h.leaning;
  return {
    text: text.slice(start, end),
    start,
    end,
    head,
    lemma: h.lemma,
    kind: keptCollective || (leaning === 'perpetrator' && h.plural && h.kind === 'person') ? 'group' : h.kind,
    plural: keptCollective ? /s$/.test(collective) : h.plural,
    leaning,
    definite: /^(?:the|these|those|this|that)$/.test(det),
    ...(count !== undefined && count > 0 ? { count } : {}),
    rule: id,
  };
}

const description = (id: string, about: string, forArmed: boolean | 'premodified'): ParticipantRule => ({ id, about, text: DESCRIPTION, build: (match, a) => read(match, a, id, forArmed) });

export const PARTICIPANT_RULES: readonly ParticipantRule[] = [
  description('participant.premodifier', 'a description keeps a premodifier the modifiers lexicon does not list, and the determiner or number before it ("two paid assassins", "the hired gunmen"; not a lone adjective: "criminal terrorists")', 'premodified'),
  description('participant.description', 'a description of a person or group by a head noun of the participants lexicon ("two gunmen", "the assailants")', false),
  description('participant.armed-men', 'people described as armed, masked or unidentified are perpetrators ("armed men")', true),
];
