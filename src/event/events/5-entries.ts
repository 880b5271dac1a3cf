// Pass 5: merged events become the record's entries. Described participants and unnamed things that
// fill a role become record actors (named: false) and places; their repeated descriptions are linked
// ("two gunmen" ... "the gunmen"). The main event's entry takes the main event's fields.
import type { Analysis } from '../../analyse/index.js';
import type { Actor, Count, EventEntry, Event, Mention, Place, Quote, Weapon } from '../../record/schema.js';
import { isNoEvent } from './1-mentions.js';
import type { ParticipantMention } from '../../extract/participants/index.js';
import type { ThingMention } from '../../extract/things/index.js';
import type { WeaponMention } from '../../extract/weapons/index.js';
import { labelOf } from '../cameo.js';
import { nextId } from '../../resolve/ids.js';
import type { MergedEvent } from './4-merge.js';
import { membersOfGroupEnd, type Filler } from './3-roles.js';
import { rankOf, type Frame } from './2-frames.js';
import { EVENTS_IDS } from './ids.js';
import { consequenceEntries } from './6-consequences.js';
import { INSTITUTION_RULE, isInstitution } from './institution.js';
import { PLACE_RULES, SITE_RULE, siteOf, type Site } from './7-place.js';

export interface EntryInput {
  a: Analysis;
  merged: MergedEvent[];
  main: Event | null;
  actors: Actor[];
  places: Place[];
  counts: Count[];
  participants: ParticipantMention[];
  things: ThingMention[];
  weapons: WeaponMention[];
  quotes: Quote[];
}

export interface Entries {
  events: EventEntry[];
  /** The main event with `id` naming its entry (and the entry's trigger when the main one is the headline's). */
  main: Event | null;
  actors: Actor[];
  places: Place[];
}

/** A count's name as an actor: its words, or for a bare number ("Two dead, 5 injured") the number and what befell them ("Two dead", "5 injured"). */
function countName(c: Count): string {
  const name = c.text.replace(DET, '');
  if (!BARE_NUMBER.test(c.text)) return name;
  return `${c.text} ${c.category === 'killed' ? 'dead' : c.category === 'injured' ? 'injured' : 'people'}`;
}
const BARE_NUMBER = /^(?:\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|scores?)$/i;

const DET = /^(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|its|his|her|their|these|those|this|that|one|another)\s+/i;

/** Participant mentions linked into participants: a definite or repeated perpetrator description points back at the last one of its kind and number. */
function linkParticipants(ps: ParticipantMention[], inTitle: (at: number) => boolean): number[] {
  const owner: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    let found = -1;
    for (let j = i - 1; j >= 0; j--) {
      const q = ps[j];
      if (q.plural !== p.plural) continue;
      const sameHead = q.lemma === p.lemma;
      const bothPerps = p.leaning === 'perpetrator' && q.leaning === 'perpetrator';
      // the headline's description told again in the body ("Two men shot ..." / "Two men were shot") is one participant
      const retold = sameHead && p.count === q.count && inTitle(q.start) && !inTitle(p.start);
      if ((p.definite && (sameHead || bothPerps && p.plural)) || (sameHead && p.leaning === 'perpetrator') || retold) {
        found = owner[j];
        break;
      }
    }
    owner.push(found >= 0 ? found : i);
  }
  return owner;
}

export function buildEntries({ a, merged, main, actors, places, counts, participants, weapons, quotes }: EntryInput, things: ThingMention[]): Entries {
  const text = a.text;
  const outActors = [...actors];
  const outPlaces = [...places];
  const inTitle = (at: number): boolean => a.zoneAt(at) === 'title';
  const owner = linkParticipants(participants, inTitle);
  const roleKeys = new Set(merged.flatMap((e) => e.frames.flatMap((f) => [...f.roles.perpetrators, ...f.roles.targets, ...f.roles.victims].map((x) => x.key))));
  const participantActor = new Map<number, string>(); // owner index -> actor id
  const thingPlace = new Map<string, string>(); // normalised name -> place id
  const countActor = new Map<string, string>(); // count id -> actor id
  const thingHead = new Map<string, { id: string; title: boolean }>(); // head -> the first place with it
  // "an electric power substation ... the substation": a definite thing points back at the last earlier thing with its head
  const definiteBack = (t: ThingMention): string | undefined => {
    if (!/^the\s/i.test(t.text)) return undefined;
    const v = thingHead.get(t.head);
    const p = v && outPlaces.find((x) => x.id === v.id);
    return p && p.mentions[0].start < t.start ? p.id : undefined;
  };
  const idOf = (f: Filler): string | null => {
    const [kind, ref] = [f.key.slice(0, 1), f.key.slice(2)];
    if (kind === 'a' || kind === 'p') return ref;
    if (kind === 'n') {
      const o = owner[Number(ref)];
      const known = participantActor.get(o);
      if (known) return known;
      // only the descriptions that fill a role are the actor's mentions: the others may describe someone else
      const mentions = participants.filter((_, i) => owner[i] === o && roleKeys.has(`n:${i}`));
      // a description of a group's members runs over the group's name ("members of the FMLN": role.members-of-group)
      const groupMentions = outActors.filter((x) => x.kind !== 'person' && x.named !== false).flatMap((x) => x.mentions);
      for (let k = 0; k < mentions.length; k++) {
        const end = membersOfGroupEnd(text, mentions[k], groupMentions);
        if (end !== null) mentions[k] = { ...mentions[k], end, text: text.slice(mentions[k].start, end), rule: `${mentions[k].rule}+${EVENTS_IDS.membersOfGroup}` };
      }
      const first = mentions[0] ?? participants[o];
      const counted = mentions.find((m) => m.count !== undefined)?.count;
      const id = nextId('a', outActors);
      // a state institution told by its common name ("the army") is named by it (./institution.ts)
      const institution = isInstitution(first.text);
      const actor: Actor = {
        id,
        name: first.text.replace(DET, ''),
        kind: first.kind,
        title: null,
        country: null,
        affiliation: null,
        mentions: mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule })),
        ...(institution ? {} : { named: false }),
        ...(counted !== undefined ? { count: counted } : {}),
        rule: institution ? INSTITUTION_RULE.id : first.rule,
      };
      outActors.push(actor);
      participantActor.set(o, id);
      return id;
    }
    if (kind === 'c') {
      if (countActor.has(ref)) return countActor.get(ref)!;
      const c = counts.find((x) => x.id === ref);
      if (!c) return null;
      const id = nextId('a', outActors);
      outActors.push({
        id, name: countName(c), kind: c.value > 1 ? 'group' : 'person', title: null, country: null, affiliation: null,
        mentions: [{ text: c.text, start: c.start, end: c.end, rule: c.rule }], named: false, count: Math.round(c.value) || 1, rule: EVENTS_IDS.victimCount,
      });
      countActor.set(ref, id);
      return id;
    }
    if (kind === 't') {
      const t = things[Number(ref)];
      const name = t.text.replace(DET, '').toLowerCase();
      // the headline's thing and the body's with the same head are one ("Oakland bar" / "a bar in Oakland")
      const known = thingPlace.get(name) ?? [...thingHead.entries()].find(([h, v]) => h === t.head && v.title !== inTitle(t.start))?.[1].id ?? definiteBack(t);
      if (known) {
        const place = outPlaces.find((p) => p.id === known);
        if (place && !place.mentions.some((m) => m.start === t.start)) {
          place.mentions = [...place.mentions, { text: t.text, start: t.start, end: t.end, rule: t.rule }].sort((x, y) => x.start - y.start);
        }
        return known;
      }
      const id = nextId('p', outPlaces);
      const same = things.filter((x, i) => x.text.replace(DET, '').toLowerCase() === name && roleKeys.has(`t:${i}`));
      outPlaces.push({
        id, name: t.text.replace(DET, ''), kind: t.kind, country: null, admin1: null, city: null, lat: null, lon: null,
        mentions: same.map((m) => ({ text: m.text, start: m.start, end: m.end, rule: m.rule })), named: false, rule: t.rule,
      });
      thingPlace.set(name, id);
      if (!thingHead.has(t.head)) thingHead.set(t.head, { id, title: inTitle(t.start) });
      return id;
    }
    return null;
  };

  const within = (c: { start: number; end: number }, fr: Frame): boolean => c.start >= fr.from && c.end <= fr.to;
  const entries: EventEntry[] = [];
  let mainEntry: EventEntry | null = null;
  const sources = new Map<EventEntry, MergedEvent>();
  const ordered = [...merged].sort((x, y) => Math.min(...x.frames.map((f) => f.frame.mentions[0].start)) - Math.min(...y.frames.map((f) => f.frame.mentions[0].start)));
  for (const e of ordered) {
    const mentions: Mention[] = [];
    const seen = new Set<number>();
    for (const { frame } of e.frames) for (const m of frame.mentions) if (!seen.has(m.start)) { seen.add(m.start); mentions.push({ text: m.text, start: m.start, end: m.end, rule: m.rule }); }
    mentions.sort((x, y) => x.start - y.start);
    // the trigger: the heaviest body mention, from a frame at the event's own place when one is
    const own0 = e.frames.filter((f) => e.place && f.frame.place?.id === e.place.id);
    const all = (own0.length ? own0 : e.frames).flatMap((f) => f.frame.mentions);
    const body = all.filter((m) => m.sentence.zone !== 'title');
    const pool = body.length ? body : all;
    const top = Math.max(...pool.map((m) => m.weight));
    const trig = pool.filter((m) => m.weight === top).sort((x, y) => x.start - y.start)[0];
    const roleIds = (pick: (r: MergedEvent['frames'][number]['roles']) => Filler[]): string[] => {
      const ids: string[] = [];
      for (const f of e.frames) for (const x of pick(f.roles)) {
        const id = idOf(x);
        if (id && !ids.includes(id)) ids.push(id);
      }
      return ids;
    };
    const perpetrators = roleIds((r) => r.perpetrators).filter((id) => id.startsWith('a'));
    const victims = roleIds((r) => r.victims).filter((id) => id.startsWith('a') && !perpetrators.includes(id));
    const targets = roleIds((r) => r.targets).filter((id) => !perpetrators.includes(id) && !victims.includes(id));
    // weapons: one per head, the most exact wording and its count
    const ws = new Map<string, Weapon>();
    for (const f of e.frames) for (const x of f.roles.weapons) {
      const w = weapons[Number(x.key.slice(2))];
      if (!w) continue;
      const had = ws.get(w.head);
      const item: Weapon = { text: w.text, start: w.start, end: w.end, kind: w.kind, ...(w.count ? { count: w.count } : had?.count ? { count: had.count } : {}), rule: w.rule };
      if (!had || w.text.length > had.text.length) ws.set(w.head, item);
      else if (!had.count && w.count) had.count = w.count;
    }
    // casualties told in the event's own clauses
    const own = counts.filter((c) => e.frames.some((f) => within(c, f.frame)));
    const most = (cat: string): number | null => {
      const cs = own.filter((c) => c.category === cat);
      return cs.length ? Math.max(...cs.map((c) => c.value)) : null;
    };
    const rules: Record<string, string> = { status: e.rules.status ?? EVENTS_IDS.reported, ...(e.rules.merge ? { merge: e.rules.merge } : {}) };
    for (const f of e.frames) for (const [k, v] of Object.entries(f.roles.rules)) rules[k] ??= v;
    for (const f of e.frames) for (const [k, v] of Object.entries(f.frame.rules)) rules[k] ??= v;
    const entry: EventEntry = {
      id: `e${entries.length + 1}`,
      status: e.status,
      type: { code: trig.code, label: labelOf(trig.code) },
      trigger: { text: trig.text, start: trig.start, end: trig.end, rule: trig.rule },
      mentions,
      date: e.date?.id ?? null,
      location: e.place?.id ?? null,
      perpetrators,
      targets,
      victims,
      weapons: [...ws.values()].sort((x, y) => x.start - y.start),
      killed: most('killed'),
      injured: most('injured'),
      counts: own.map((c) => c.id),
      rules,
    };
    if (entry.injured === 0 && entry.killed === null && own.some((c) => c.category === 'injured' && c.value === 0 && /^no\s+(?:injuries|casualties)/i.test(text.slice(c.start, c.end)))) {
      entry.killed = 0;
      rules.killed = EVENTS_IDS.noInjuriesNoDeaths;
    }
    if (main && !mainEntry && mentions.some((m) => m.start < main.trigger.end && main.trigger.start < m.end)) mainEntry = entry;
    entries.push(entry);
    sources.set(entry, e);
  }
  // the main trigger may be no event word of its own ("gunmen"): its sentence's event is the main one
  if (main && !mainEntry) {
    const s = a.sentenceAt(main.trigger.start);
    if (s) mainEntry = entries.find((x) => x.status === 'reported' && x.mentions.some((m) => m.start >= s.start && m.end <= s.end)) ?? null;
  }
  let outMain = main;
  if (main) {
    // a main trigger that is no event of the article (in a quotation, negated, intended) names no entry
    if (!mainEntry && !isNoEvent(a, quotes, main.trigger.start, main.trigger.end)) {
      mainEntry = {
        id: `e${entries.length + 1}`, status: 'reported', type: main.type, trigger: main.trigger, mentions: [main.trigger], date: main.date, location: main.location,
        perpetrators: [], targets: [], victims: [], weapons: [], killed: null, injured: null, counts: [], rules: { status: EVENTS_IDS.main },
      };
      entries.push(mainEntry);
    }
  }
  if (main && mainEntry) {
    // the main entry is the main event: its type, date, place, casualties and roles are the main event's (with the entry's own added)
    const m = mainEntry;
    m.rules = { ...m.rules, main: EVENTS_IDS.main };
    // the entry's trigger holding the main one and more ("bomb attack" over "attack") tells the kind of act more exactly
    const within = m.trigger.start <= main.trigger.start && main.trigger.end <= m.trigger.end && m.trigger.end - m.trigger.start > main.trigger.end - main.trigger.start;
    if (within && m.type.code !== main.type.code) m.rules.type = EVENTS_IDS.exactTriggerType;
    else m.type = main.type;
    // its date and place are the main event's, unless the entry's own place is as exact or more ("at al-Asaf airbase" over "Iraq";
    // "the bombing of the federal building in Oklahoma City" over the article's Junction City)
    m.date = main.date ?? m.date;
    const placeOf = (id: string | null): Place | null => outPlaces.find((p) => p.id === id) ?? null;
    // an entry with no place of its own takes the main event's only when its own sentences name it: the article's
    // place (a dateline, a place told elsewhere) is not where an event told without one happened
    const told = (id: string | null): boolean => {
      const p = placeOf(id);
      const frames = sources.get(m)?.frames ?? [];
      return !!p && p.mentions.some((x) => frames.some(({ frame: f }) => x.start >= f.sentence.start && x.end <= f.sentence.end));
    };
    if (m.location ? rankOf(placeOf(main.location)) > rankOf(placeOf(m.location)) : told(main.location)) m.location = main.location ?? m.location;
    // roles come from the entry's grammar; of the main event's proximity roles only the victims join (the people said
    // to be killed or hurt), as its perpetrators are mostly suspects and its targets the nearest name after the trigger
    const grammarVictims = m.victims;
    m.victims = [...new Set([...main.victims, ...m.victims])].filter((id) => !m.perpetrators.includes(id));
    m.targets = m.targets.filter((id) => !m.victims.includes(id));
    if (main.killed !== null || m.killed === null) m.killed = main.killed ?? m.killed;
    if (main.injured !== null || m.injured === null) m.injured = main.injured ?? m.injured;
    // the main event says no one was hurt (its injured is 0 only when the text negates injuries and tells no deaths)
    if (m.injured === 0 && m.killed === null && main.injured === 0) {
      m.killed = 0;
      m.rules.killed = EVENTS_IDS.noInjuriesNoDeaths;
    }
    m.counts = [...new Set([...main.counts, ...m.counts])];
    // the headline names the event; the body's first heaviest mention tells it ("fired a barrage of rockets" over "strike")
    const trigger = a.sentenceAt(main.trigger.start)?.zone === 'title' && m.trigger.start !== main.trigger.start ? m.trigger : main.trigger;
    // the main event's own casualties stay as src/event/casualties.ts reads them (README "Every event")
    // the main event's roles join its entry's (grammar) to its own (proximity); where the two disagree the grammar wins
    // (the main event's targets are actors: an entry's thing and place targets stay in its entry)
    const actorIds = (ids: string[]): string[] => ids.filter((id) => /^a\d+$/.test(id));
    const grammarTargets = actorIds(m.targets);
    const perpetrators = [...new Set([...actorIds(m.perpetrators), ...main.perpetrators.filter((id) => !grammarVictims.includes(id) && !grammarTargets.includes(id))])];
    const targets = [...new Set([...main.targets.filter((id) => !perpetrators.includes(id)), ...grammarTargets.filter((id) => !perpetrators.includes(id))])];
    const typed = m.rules.type === EVENTS_IDS.exactTriggerType;
    outMain = { ...main, id: m.id, trigger, perpetrators, targets, victims: m.victims, ...(typed ? { type: m.type, rules: main.rules ? { ...main.rules, type: EVENTS_IDS.exactTriggerType } : main.rules } : {}) };
  }
  // a place the event hits is not where it happened (the main entry's too: the main event keeps its own place)
  for (const [entry, e] of sources) {
    const clauses = e.frames.map((f) => ({ from: f.frame.from, to: f.frame.to }));
    for (const rule of PLACE_RULES) {
      const moved = rule.pick({ location: entry.location, targets: entry.targets, clauses, places: outPlaces });
      if (moved === undefined) continue;
      entry.location = moved;
      entry.rules = { ...entry.rules, location: rule.id };
      break;
    }
  }
  // the deaths and injuries of a reported attack are entries of their own (after the main entry is set: its id stays)
  let pending = 0;
  for (const [entry, e] of [...sources]) {
    const victimsOf = (frames: MergedEvent['frames']): string[] => {
      const ids: string[] = [];
      for (const f of frames) for (const x of f.roles.victims) {
        const id = idOf(x);
        if (id && id.startsWith('a') && !ids.includes(id)) ids.push(id);
      }
      return ids;
    };
    const keyOf = (id: string): string => outActors.find((x) => x.id === id)?.name.toLowerCase() ?? id;
    const { entries: harms, taken } = consequenceEntries({ entry, merged: e, victimsOf, keyOf, nextId: () => `e${entries.length + 1 + pending++}` });
    pending = 0;
    for (const h of harms) entries.push(h);
    if (taken.size) entry.mentions = entry.mentions.filter((m) => !taken.has(m.start));
  }
  // where the trigger's sentence names no place (or a place only as a site's modifier), an unnamed site of that sentence is the place
  const sitePlace = new Map<string, string>(); // site name -> place id
  const busy = [...outActors.flatMap((x) => x.mentions), ...weapons];
  const named = places.filter((p) => p.named !== false).flatMap((p) => p.mentions);
  const siteIn = (at: number): Site | null => {
    const s = a.sentenceAt(at);
    const site = s ? siteOf(text, s.start, s.end, at) : null;
    if (!site || busy.some((m) => m.start < site.end && site.start < m.end)) return null;
    return named.some((m) => m.start >= s!.start && m.end <= s!.end && !(m.start >= site.start && m.end <= site.end)) ? null : site;
  };
  for (const entry of entries) {
    const e = sources.get(entry);
    // the trigger's sentence first; an entry with no place at all reads its other sentences too
    const others = entry.location || !e ? [] : e.frames.map((x) => x.frame.mentions[0].start);
    let site: Site | null = null;
    for (const at of [entry.trigger.start, ...others]) if ((site = siteIn(at))) break;
    if (!site) continue;
    const name = site.text.replace(DET, '').replace(/^(?:his|her|their|its)\s+/i, '');
    const thing = outPlaces.find((p) => p.named === false && p.mentions.some((m) => m.start < site.end && site.start < m.end));
    if (thing && entry.targets.includes(thing.id)) continue;
    let id = thing?.id ?? sitePlace.get(name.toLowerCase());
    if (!id) {
      id = nextId('p', outPlaces);
      outPlaces.push({ id, name, kind: site.kind, country: null, admin1: null, city: null, lat: null, lon: null, mentions: [{ text: site.text, start: site.start, end: site.end, rule: SITE_RULE.id }], named: false, rule: SITE_RULE.id });
      sitePlace.set(name.toLowerCase(), id);
    }
    entry.location = id;
    entry.rules = { ...entry.rules, location: SITE_RULE.id };
  }
  // each event carries its trigger's sentence, so that a table row can show it without the text
  for (const e of entries) setSentence(a, e);
  if (outMain) outMain = setSentence(a, { ...outMain });
  return { events: entries, main: outMain, actors: outActors, places: outPlaces };
}

/** Sets `sentence` to the trigger's sentence (white space trimmed), when the trigger is in one. */
function setSentence<T extends { trigger: { start: number }; sentence?: { text: string; start: number; end: number } }>(a: Analysis, e: T): T {
  const s = a.sentenceAt(e.trigger.start);
  if (!s) return e;
  const raw = a.text.slice(s.start, s.end);
  const start = s.start + (raw.length - raw.trimStart().length);
  const text = raw.trim();
  if (text) e.sentence = { text, start, end: start + text.length };
  return e;
}
