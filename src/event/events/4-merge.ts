// Pass 4: frames merge into events. A frame joins an earlier event when nothing sets them apart (status,
// place, date, named roles) and something ties them (a definite mention, the same place, shared roles or
// weapons, or a nearby sentence); a frame that says it is new ("separate attacks", "also") joins only an
// event whose vaguer place it details. The headline's frames join last, the event they name.
import type { Place } from '../../record/schema.js';
import { rankOf, type Frame } from './2-frames.js';
import type { FrameRoles } from './3-roles.js';

export interface MergedEvent {
  frames: { frame: Frame; roles: FrameRoles }[];
  place: Place | null;
  date: Frame['date'];
  status: Frame['status'];
  groups: Set<number>;
  /** The sentence index it was last told in. */
  touched: number;
  rules: Record<string, string>;
}

function contains(p: Place, q: Place): boolean {
  if (p.id === q.id) return false;
  if (p.kind === 'country') return q.country !== null && q.country === p.country;
  if (p.kind === 'admin') return q.admin1 !== null && q.admin1 === p.name;
  if (p.kind === 'city') return q.city !== null && q.city === p.name;
  return false;
}

/**
 * `events.merge-kind`: the kind of act a trigger names (CAMEO code, or its form); two frames whose kinds share nothing and
 * clash are two events ("a bomb attack" ... "was stabbed"). A word of killing, dying or hurt (1823, 182 by code) names no
 * kind: it tells the consequence of the act before it. A frame or event without a kind is compatible with any.
 */
export const KIND_RULE = { id: 'events.merge-kind', what: 'a frame whose act (bombing, shooting, stabbing) clashes with the acts of an event is no mention of it' } as const;
export const ACT_KINDS: readonly { kind: string; codes?: readonly string[]; form?: RegExp }[] = [
  { kind: 'explosive', codes: ['183', '194', '195'] },
  { kind: 'firearm', codes: ['193'] },
  { kind: 'blade', form: /^(?:stab|knif)/i },
];
/** Pairs of kinds that cannot be one act. */
export const CLASHING_KINDS: readonly (readonly [string, string])[] = [
  ['explosive', 'blade'],
  ['firearm', 'blade'],
];
export function actKinds(mentions: readonly { code: string; text: string }[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) for (const k of ACT_KINDS) if (k.codes?.includes(m.code) || k.form?.test(m.text)) out.add(k.kind);
  return out;
}
export function kindsClash(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const k of x) if (y.has(k)) return false;
  return CLASHING_KINDS.some(([a, b]) => (x.has(a) && y.has(b)) || (x.has(b) && y.has(a)));
}

const named = (xs: { key: string }[]): Set<string> => new Set(xs.filter((x) => x.key.startsWith('a:') || x.key.startsWith('p:')).map((x) => x.key));
const sameDay = (x: string | null, y: string | null): boolean => !x || !y || x.slice(0, 10) === y.slice(0, 10) || x.startsWith(y) || y.startsWith(x);

function disjoint(x: Set<string>, y: Set<string>): boolean {
  if (!x.size || !y.size) return false;
  for (const k of x) if (y.has(k)) return false;
  return true;
}

function rolesOf(e: MergedEvent): { perps: Set<string>; targets: Set<string>; weapons: Set<string> } {
  const perps = new Set<string>();
  const targets = new Set<string>();
  const weapons = new Set<string>();
  for (const { roles } of e.frames) {
    for (const k of named(roles.perpetrators)) perps.add(k);
    for (const k of named([...roles.targets, ...roles.victims])) targets.add(k);
    for (const w of roles.weapons) weapons.add(w.text.toLowerCase().replace(/^.*\s/, '').replace(/s$/, ''));
  }
  return { perps, targets, weapons };
}

/** What a merge rule reads of a frame: where it is told, whether it says it is new or points back, its place, and how well an event fits it. */
export interface MergeContext {
  title: boolean;
  fresh: boolean;
  definite: boolean;
  place: Place | null;
  /** The frame's sentence index. */
  sentence: number;
  /** How much an event shares with the frame: place, named roles, weapons, nearness. */
  score(e: MergedEvent): number;
}

/**
 * A rule that joins a frame to an earlier event: it applies to frames `when` says, and takes the best-scored of the
 * compatible events it `joins`. Rules are tried in order; the first that finds an event wins. The `when` conditions
 * exclude one another, except for the frames with a place, which try the same place first and then the event
 * before that has none.
 */
export interface MergeRule {
  id: string;
  what: string;
  when(c: MergeContext): boolean;
  joins(e: MergedEvent, c: MergeContext): boolean;
}

const sameOrWithin = (e: MergedEvent, c: MergeContext): boolean =>
  !!e.place && !!c.place && (e.place.id === c.place.id || ((contains(e.place, c.place) || contains(c.place, e.place)) && c.score(e) >= 3));
const plain = (c: MergeContext): boolean => !c.title && !c.fresh && !c.definite;

export const MERGE_RULES: readonly MergeRule[] = [
  { id: 'events.merge-headline', what: 'a frame of the headline joins the event of the body it names (the best-scored compatible one)', when: (c) => c.title, joins: () => true },
  {
    id: 'events.merge-summary',
    what: 'a mention at a country that a later, more exact mention in that country details ("strikes in Iraq" -> "at al-Asaf airbase in western Iraq")',
    when: (c) => !c.title && c.fresh,
    joins: (e, c) => !!e.place && !!c.place && contains(e.place, c.place) && rankOf(e.place) < rankOf(c.place) && c.score(e) >= 2,
  },
  { id: 'events.merge-definite', what: 'a definite mention ("the attack") is the event told before', when: (c) => !c.title && !c.fresh && c.definite, joins: () => true },
  {
    id: 'events.merge-same-place',
    what: 'a mention at the same place (or one inside it) with compatible date and roles is the same event',
    when: (c) => plain(c) && c.place !== null,
    joins: sameOrWithin,
  },
  {
    id: 'events.merge-gives-place',
    what: 'a mention with a place continues the event of the sentence before that had none',
    when: (c) => plain(c) && c.place !== null,
    joins: (e, c) => !e.place && c.sentence - e.touched <= 1,
  },
  {
    id: 'events.merge-continued',
    what: 'a sentence with no place of its own continues the event told in the two sentences before',
    when: (c) => plain(c) && c.place === null,
    joins: (e, c) => c.sentence - e.touched <= 2,
  },
];

export function mergeFrames(framed: { frame: Frame; roles: FrameRoles }[]): MergedEvent[] {
  const events: MergedEvent[] = [];
  // the act kinds of each event's mentions so far (events.merge-kind), grown as frames join
  const kinds = new Map<MergedEvent, Set<string>>();
  const isTitle = (f: Frame): boolean => f.sentence.zone === 'title';
  const order = [...framed.filter((x) => !isTitle(x.frame)), ...framed.filter((x) => isTitle(x.frame))];
  for (const item of order) {
    const { frame: f, roles } = item;
    const fPerps = named(roles.perpetrators);
    const fTargets = named([...roles.targets, ...roles.victims]);
    const fWeapons = new Set(roles.weapons.map((w) => w.text.toLowerCase().replace(/^.*\s/, '').replace(/s$/, '')));
    const definite = f.mentions.some((m) => m.definite);
    const fKinds = actKinds(f.mentions);
    const compatible = (e: MergedEvent): boolean => {
      if (e.status !== f.status || e.groups.has(f.group)) return false;
      if (f.place && e.place && f.place.id !== e.place.id && !contains(f.place, e.place) && !contains(e.place, f.place)) return false;
      if (!definite && f.date && e.date && !sameDay(f.date.value, e.date.value)) return false;
      if (kindsClash(fKinds, kinds.get(e) ?? new Set())) return false;
      const r = rolesOf(e);
      return !disjoint(fPerps, r.perps) && !disjoint(fTargets, r.targets);
    };
    const score = (e: MergedEvent): number => {
      const r = rolesOf(e);
      let n = 0;
      if (f.place && e.place) n += f.place.id === e.place.id ? 3 : 1;
      for (const k of fPerps) if (r.perps.has(k)) n += 2;
      for (const k of fTargets) if (r.targets.has(k)) n += 2;
      for (const k of fWeapons) if (r.weapons.has(k)) n += 2;
      if (f.sentence.i - e.touched <= 1) n += 1;
      return n;
    };
    const pick = (list: MergedEvent[], rule: string): MergedEvent | null => {
      let best: MergedEvent | null = null;
      let bestScore = -1;
      for (const e of list) {
        const n = score(e);
        if (n > bestScore || (n === bestScore && best !== null && e.touched > best.touched && !isTitle(f))) {
          best = e;
          bestScore = n;
        }
      }
      if (best) best.rules.merge ??= rule;
      return best;
    };
    const cands = events.filter(compatible);
    const ctx: MergeContext = { title: isTitle(f), fresh: f.fresh, definite, place: f.place, sentence: f.sentence.i, score };
    let into: MergedEvent | null = null;
    for (const rule of MERGE_RULES) {
      if (!rule.when(ctx)) continue;
      into = pick(cands.filter((e) => rule.joins(e, ctx)), rule.id);
      if (into) break;
    }
    if (into) {
      into.frames.push(item);
      if (f.place && rankOf(f.place) > rankOf(into.place)) into.place = f.place;
      into.date ??= definite ? null : f.date;
      into.groups.add(f.group);
      const known = kinds.get(into);
      if (known) for (const k of fKinds) known.add(k);
      if (!isTitle(f)) into.touched = Math.max(into.touched, f.sentence.i);
    } else {
      const made: MergedEvent = { frames: [item], place: f.place, date: definite ? null : f.date, status: f.status, groups: new Set([f.group]), touched: f.sentence.i, rules: { status: f.statusRule } };
      events.push(made);
      kinds.set(made, new Set(fKinds));
    }
  }
  return events;
}
