// Unnamed participants: descriptions of people and groups ("gunmen", "the assailants", "two men on a
// motorcycle") as candidate actors with exact spans, a number when the text gives one, and a leaning
// (perpetrator, victim, force). They become record actors only when an event gives them a role.
import type { Analysis } from '../../analyse/index.js';
import type { ActorKind } from '../../record/schema.js';
import { DETERMINERS, HEADS, MODIFIERS, NUMBERS, PERP_MODIFIERS, type Leaning } from './lexicon.js';
import { PARTICIPANT_RULES } from './rules.js';

export interface ParticipantMention {
  text: string;
  start: number;
  end: number;
  /** The head word as written, lower case ("gunmen"). */
  head: string;
  lemma: string;
  kind: ActorKind;
  plural: boolean;
  leaning: Leaning;
  /** "the gunmen", "these men": points back at a participant told before. */
  definite: boolean;
  count?: number;
  rule: string;
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (ws: readonly string[]): string => [...ws].sort((x, y) => y.length - x.length).map(esc).join('|');

// one linear pass: determiner? digits? modifiers{0,3} head (on a motorcycle)?; each part a fixed word list, so no backtracking blow-up
const RE = new RegExp(
  `\\b(?:(${alt(DETERMINERS)})\\s+)?(?:(\\d{1,4}|about\\s+\\d{1,4}|at\\s+least\\s+\\d{1,4})\\s+)?((?:(?:${alt(MODIFIERS)}|\\d{1,3}-year-old)\\s+){0,3})(${alt(Object.keys(HEADS))})\\b` +
    `(?!-)(\\s+(?:on|riding)\\s+(?:a\\s+|two\\s+)?(?:motorcycles?|motorbikes?|scooters?|bicycles?))?`,
  'gi',
);

export function extractParticipants(a: Analysis): ParticipantMention[] {
  const out: ParticipantMention[] = [];
  try {
    const text = a.text;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      const head = m[4].toLowerCase();
      const h = HEADS[head];
      if (!h) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "50,000 people": the number began before the match
      if (/[\d,.]/.test(text.charAt(start - 1)) && /^\d/.test(m[0])) continue;
      // "police officers" is one head; a capitalised word right after the head makes it part of a name ("Police Chief")
      const next = text.slice(end, end + 2);
      if (/^\s[A-Z][a-z]/.test(next) && /^[A-Z]/.test(m[4]) && !/^[A-Z]+$/.test(m[4])) continue;
      // a capitalised head in mixed-case text ("Rebels", "Police") inside a name: "Police Department"
      if (/^\s+(?:Department|Dept|Force|Service|Chief|Commissioner|Union|Academy|Station)\b/.test(text.slice(end, end + 14))) continue;
      const det = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const mods = (m[3] ?? '').toLowerCase().trim().split(/\s+/).filter(Boolean);
      let count: number | undefined;
      const digits = m[2]?.match(/\d+/)?.[0];
      if (digits) count = Number(digits);
      else if (det && NUMBERS[det.split(' ')[0]] && !/^an?\b/.test(det)) count = NUMBERS[det.split(' ')[0]];
      else if (!h.plural && (det === 'a' || det === 'an')) count = 1;
      for (const w of mods) if (NUMBERS[w] && w !== 'a') count = NUMBERS[w];
      const armed = mods.some((w) => PERP_MODIFIERS.has(w));
      const leaning: Leaning = armed && h.leaning === 'person' ? 'perpetrator' : h.leaning;
      out.push({
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
        rule: (armed ? PARTICIPANT_RULES.armedMen : PARTICIPANT_RULES.description).id,
      });
    }
  } catch {
    return [];
  }
  return out;
}
