// Pass 9: names told elsewhere than in the event's clause.
// A definite mention of an attack inside a direct quotation ("are behind this criminal attack", "the Medellin
// cartel planned the attack") is no event of its own (pass 1 leaves it out), but it names who did the event it points
// back to. Its sentence is read with the same grammar patterns, and the named actors it gives as perpetrators join the
// event told nearest before it (else the first one told after).
import type { Analysis } from '../../analyse/index.js';
import type { EventEntry, Quote } from '../../record/schema.js';
import { findMentions, type EventMention } from './1-mentions.js';
import type { Frame } from './2-frames.js';
import { frameRoles, type Filler } from './3-roles.js';
import { EVENTS_IDS } from './ids.js';
import { alt, WORDS } from './patterns.js';

import { VIOLENT } from './8-weapons.js';

/** The event with a mention nearest before `at`, else the first one told. */
function nearestBefore(told: EventEntry[], at: number): EventEntry {
  const last = (e: EventEntry): number => Math.max(-1, ...e.mentions.filter((x) => x.start < at).map((x) => x.start));
  return told.filter((e) => last(e) >= 0).sort((x, y) => last(y) - last(x))[0] ?? told[0];
}

export function quotedPerpetrators(a: Analysis, quotes: readonly Quote[], events: EventEntry[], fillers: readonly Filler[]): void {
  const told = events.filter((e) => e.status !== 'tally' && VIOLENT.test(e.type.code));
  if (!told.length || !quotes.some((q) => q.type !== 'indirect')) return;
  for (const m of findMentions(a, quotes, { quoted: true })) {
    if (!VIOLENT.test(m.code)) continue;
    const s = m.sentence;
    const frame: Frame = {
      mentions: [m], sentence: s, from: s.start, to: s.end, place: null, placeAt: -1, date: null, status: 'reported',
      statusRule: EVENTS_IDS.reported, fresh: false, group: -1, splitBy: [], rules: {}, quoted: true,
    };
    const ids = [...new Set(frameRoles(a, frame, fillers).perpetrators.filter((f) => f.key.startsWith('a:')).map((f) => f.key.slice(2)))];
    if (!ids.length) continue;
    const e = nearestBefore(told, m.start);
    const added = ids.filter((id) => !e.perpetrators.includes(id) && !e.victims.includes(id) && !e.targets.includes(id));
    if (!added.length) continue;
    e.perpetrators = [...e.perpetrators, ...added];
    if (e.rules) e.rules.perpetrators ??= EVENTS_IDS.quotedMention;
  }
}

/** "The victims were identified as A and B", "lists the kidnap victims as A": the names after it are the victims. */
const IDENTIFIED = /\b(?:victims?|dead|hostages?|(?:the\s+)?(?:two|three|four|five|six)\s+(?:men|women|people))\s+(?:was|were|has\s+been|have\s+been|had\s+been|as)\s+(?:identified|named|listed)\s+as\s+|\b(?:identified|named|listed|lists|identifies|names)\s+(?:the\s+)?(?:\w+\s+)?victims?\s+as\s+/gi;

/**
 * Names given as the victims of the news ("The victims were identified as David Lecky ... and James Donnelly") join
 * the victims of the event of violence told nearest before that sentence (else the first one told after).
 */
export function identifiedVictims(a: Analysis, events: EventEntry[], fillers: readonly Filler[]): void {
  const told = events.filter((e) => e.status !== 'tally' && VIOLENT.test(e.type.code));
  if (!told.length) return;
  IDENTIFIED.lastIndex = 0;
  for (let m = IDENTIFIED.exec(a.text); m; m = IDENTIFIED.exec(a.text)) {
    const s = a.sentenceAt(m.index);
    if (!s) continue;
    const from = m.index + m[0].length;
    const ids = [...new Set(fillers.filter((f) => f.key.startsWith('a:') && f.kind === 'person' && f.start >= from && f.end <= s.end).map((f) => f.key.slice(2)))];
    if (!ids.length) continue;
    const e = nearestBefore(told, from);
    const added = ids.filter((id) => !e.perpetrators.includes(id) && !e.victims.includes(id));
    if (!added.length) continue;
    e.victims = [...e.victims, ...added];
    e.targets = e.targets.filter((id) => !added.includes(id));
    if (e.rules) e.rules.victims ??= EVENTS_IDS.identifiedVictims;
  }
}

/** A noun that points back to an event ("the action", "this crime", "the incident"), or "responsibility" claimed ("X claimed responsibility"). */
const ANAPHOR = new RegExp(`\\b(?:the|this|that|these|those|such)\\s+(?:[\\w-]+\\s+)?(${alt(WORDS.eventAnaphors)})\\b|\\b(?:${alt(WORDS.claimVerbs)})\\s+(?:full\\s+)?(responsibility)\\b`, 'gi');
/** The patterns of claim and blame: only they name a doer through such a noun (not "condemned the army's actions"). */
const CLAIM_OR_BLAME = /^role\.(?:claimed-responsibility|blamed-on|blamed-for|blamed-x-for|blamed-x-on|attributed-x-to|reduced-blamed-for|carried-out|relative-carried-out)\b/;

/**
 * A sentence with no event of violence of its own that claims or blames one told before ("The FMLN claimed
 * responsibility for the action", "Police blamed the ELN for the crime", "Hours later, the Extraditables claimed
 * responsibility"): its noun that points back is read as a mention of that event with the claim and blame patterns,
 * and the named actors they give join the perpetrators of the event of violence told nearest before it.
 */
export function anaphorPerpetrators(a: Analysis, events: EventEntry[], fillers: readonly Filler[]): void {
  const told = events.filter((e) => e.status !== 'tally' && VIOLENT.test(e.type.code));
  if (!told.length) return;
  const violentAt = told.flatMap((e) => e.mentions.map((x) => x.start));
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(a.text); m; m = ANAPHOR.exec(a.text)) {
    const word = m[1] ?? m[2];
    const start = m.index + m[0].length - word.length;
    const s = a.sentenceAt(start);
    if (!s || violentAt.some((x) => x >= s.start && x < s.end)) continue;
    const mention: EventMention = { text: word, start, end: start + word.length, code: '190', weight: 1, rule: EVENTS_IDS.anaphorPerpetrator, sentence: s, voice: 'noun', plural: /s$/i.test(word), definite: true };
    const frame: Frame = {
      mentions: [mention], sentence: s, from: s.start, to: s.end, place: null, placeAt: -1, date: null, status: 'reported',
      statusRule: EVENTS_IDS.reported, fresh: false, group: -1, splitBy: [], rules: {},
    };
    const r = frameRoles(a, frame, fillers);
    // (a name, not a pronoun: "the crimes attributed to him" is too loose a link to the event told before)
    const ids = [...new Set(r.perpetrators.filter((f) => f.key.startsWith('a:') && CLAIM_OR_BLAME.test(r.by[f.key] ?? '') && !(r.by[f.key] ?? '').includes(EVENTS_IDS.pronoun)).map((f) => f.key.slice(2)))];
    if (!ids.length) continue;
    const before = told.filter((e) => e.mentions.some((x) => x.start < start));
    if (!before.length) continue;
    const e = nearestBefore(before, start);
    const added = ids.filter((id) => !e.perpetrators.includes(id) && !e.victims.includes(id) && !e.targets.includes(id));
    if (!added.length) continue;
    e.perpetrators = [...e.perpetrators, ...added];
    if (e.rules) e.rules.perpetrators ??= EVENTS_IDS.anaphorPerpetrator;
  }
}
