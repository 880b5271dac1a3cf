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

/** A harm told of other people ("killed 23 soldiers ... Twenty insurgents were killed") is another harm event. */
export const OTHER_VICTIMS = {
  id: 'events.consequence-other-victims',
  what: 'a clause of a harm whose victims share none with those of the harm told before is another harm (other people died)',
} as const;

/** What the pass reads of one reported entry: the entry, the merged event it came from, and how a filler becomes a record id. */
export interface ConsequenceInput {
  entry: EventEntry;
  merged: MergedEvent;
  /** The record ids of the victims of the given frames (in the entry's id space). */
  victimsOf(frames: MergedEvent['frames']): string[];
  /** Who an id stands for, so that two unlinked descriptions of the same people ("three people" twice) are one. */
  keyOf(id: string): string;
  nextId(): string;
}

const toMention = (m: EventMention): Mention => ({ text: m.text, start: m.start, end: m.end, rule: m.rule });

/**
 * The harm entries of one reported entry, and the mentions they take from it. The entry's own trigger's harm gives
 * none (it is that harm's event already).
 */
export function consequenceEntries({ entry, merged, victimsOf, keyOf, nextId }: ConsequenceInput): { entries: EventEntry[]; taken: Set<number> } {
  const out: EventEntry[] = [];
  const taken = new Set<number>();
  if (entry.status === 'tally') return { entries: out, taken };
  const all = merged.frames.flatMap((f) => f.frame.mentions);
  const trig = all.find((m) => m.start === entry.trigger.start) ?? { code: entry.type.code, rule: entry.trigger.rule ?? '' };
  for (const rule of CONSEQUENCE_RULES) {
    if (rule.test(trig)) continue;
    const ms = all.filter((m) => rule.test(m) && m.start !== entry.trigger.start).sort((x, y) => x.start - y.start);
    if (!ms.length) continue;
    // the harm's clauses, one group per set of people: a clause whose victims share none with the group's is another harm
    const frames = merged.frames.filter((f) => f.frame.mentions.some((m) => rule.test(m) && m.start !== entry.trigger.start));
    const groups: { frames: MergedEvent['frames']; victims: Set<string>; keys: Set<string> }[] = [];
    for (const f of [...frames].sort((x, y) => x.frame.mentions[0].start - y.frame.mentions[0].start)) {
      const vs = victimsOf([f]).filter((id) => !entry.perpetrators.includes(id));
      const title = f.frame.sentence.zone === 'title';
      const g = groups.find((x) => vs.some((id) => x.keys.has(keyOf(id)))) ??
        (title || !vs.length ? groups[0] : groups.find((x) => !x.victims.size));
      if (g) {
        g.frames.push(f);
        for (const id of vs) g.victims.add(id);
        for (const id of vs) g.keys.add(keyOf(id));
      } else groups.push({ frames: [f], victims: new Set(vs), keys: new Set(vs.map(keyOf)) });
    }
    for (const g of groups) {
      const gms = ms.filter((m) => g.frames.some((f) => f.frame.mentions.includes(m)));
      if (!gms.length) continue;
      const body = gms.filter((m) => m.sentence.zone !== 'title');
      const first = (body.length ? body : gms)[0];
      const seen = new Set<number>();
      const mentions = gms.filter((m) => !seen.has(m.start) && seen.add(m.start)).map(toMention);
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
        victims: g.victims.size ? [...g.victims] : [...entry.victims],
        weapons: [],
        killed: rule.field === 'killed' && groups.length === 1 ? entry.killed : null,
        injured: rule.field === 'injured' && groups.length === 1 ? entry.injured : null,
        counts: [],
        rules: { status: entry.rules?.status ?? EVENTS_IDS.reported, consequence: rule.id, ...(g !== groups[0] ? { split: OTHER_VICTIMS.id } : {}) },
      });
    }
  }
  return { entries: out, taken };
}
