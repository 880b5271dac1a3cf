// Pass 6: the deaths and the injuries of a reported attack are events of their own (an attack, the deaths it
// caused, the people it hurt: three events, as event ontologies count them). A reported entry whose mentions
// include words of another harm than its trigger's ("attack" ... "killed" ... "injured") gives one entry per
// such harm: its trigger is the harm's first body mention, its mentions are that harm's words, and it shares
// the attack's date, place and perpetrators; its victims are those of the clauses that tell the harm. Repeated
// mentions of one harm stay one entry. Rules as data.
import type { EventEntry, Mention } from '../../record/schema.js';
import { labelOf } from '../cameo.js';
import type { EventMention } from './1-mentions.js';
import type { MergedEvent } from './4-merge.js';
import { EVENTS_IDS } from './ids.js';

/** A harm that an attack's report may tell as its own event: which mentions tell it, and its CAMEO code. */
export interface ConsequenceRule {
  id: string;
  what: string;
  /** The CAMEO code of the entry (the harm's). */
  code: string;
  /** The casualty field the entry keeps of its attack. */
  field: 'killed' | 'injured';
  test(m: Pick<EventMention, 'code' | 'rule'>): boolean;
}

export const CONSEQUENCE_RULES: readonly ConsequenceRule[] = [
  {
    id: 'events.consequence-deaths',
    what: 'the deaths an attack caused ("killed", "died", "dead") are an event of their own',
    code: '1823',
    field: 'killed',
    test: (m) => m.code === '1823',
  },
  {
    id: 'events.consequence-injuries',
    what: 'the injuries an attack caused ("wounded", "injured", "injuries") are an event of their own',
    code: '182',
    field: 'injured',
    test: (m) => m.rule === 'events.trigger-injury',
  },
];

/** What the pass reads of one reported entry: the entry, the merged event it came from, and how a filler becomes a record id. */
export interface ConsequenceInput {
  entry: EventEntry;
  merged: MergedEvent;
  /** The record ids of the victims of the given frames (in the entry's id space). */
  victimsOf(frames: MergedEvent['frames']): string[];
  nextId(): string;
}

const toMention = (m: EventMention): Mention => ({ text: m.text, start: m.start, end: m.end, rule: m.rule });

/**
 * The harm entries of one reported entry, and the mentions they take from it. The entry's own trigger's harm gives
 * none (it is that harm's event already).
 */
export function consequenceEntries({ entry, merged, victimsOf, nextId }: ConsequenceInput): { entries: EventEntry[]; taken: Set<number> } {
  const out: EventEntry[] = [];
  const taken = new Set<number>();
  if (entry.status !== 'reported') return { entries: out, taken };
  const all = merged.frames.flatMap((f) => f.frame.mentions);
  const trig = all.find((m) => m.start === entry.trigger.start) ?? { code: entry.type.code, rule: entry.trigger.rule ?? '' };
  for (const rule of CONSEQUENCE_RULES) {
    if (rule.test(trig)) continue;
    const ms = all.filter((m) => rule.test(m) && m.start !== entry.trigger.start).sort((x, y) => x.start - y.start);
    if (!ms.length) continue;
    const body = ms.filter((m) => m.sentence.zone !== 'title');
    const first = (body.length ? body : ms)[0];
    const frames = merged.frames.filter((f) => f.frame.mentions.some((m) => rule.test(m)));
    const victims = victimsOf(frames).filter((id) => !entry.perpetrators.includes(id));
    const seen = new Set<number>();
    const mentions = ms.filter((m) => !seen.has(m.start) && seen.add(m.start)).map(toMention);
    for (const m of mentions) taken.add(m.start);
    out.push({
      id: nextId(),
      status: entry.status,
      type: { code: rule.code, label: labelOf(rule.code) },
      trigger: toMention(first),
      mentions,
      date: entry.date,
      location: entry.location,
      perpetrators: [...entry.perpetrators],
      targets: [],
      victims: victims.length ? victims : [...entry.victims],
      weapons: [],
      killed: rule.field === 'killed' ? entry.killed : null,
      injured: rule.field === 'injured' ? entry.injured : null,
      counts: [],
      rules: { status: entry.rules?.status ?? EVENTS_IDS.reported, consequence: rule.id },
    });
  }
  return { entries: out, taken };
}
