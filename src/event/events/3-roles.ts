// Pass 3: the roles of each frame, from the grammar patterns (patterns.ts) read between a filler and
// the frame's trigger mentions. Fillers are the named actors, the described participants, unnamed
// things, places of facility kind, weapons and pronouns (resolved to the nearest earlier actor of
// their number). Coordinated fillers ("killed A and B") share a role.
import type { Analysis } from '../../analyse/index.js';
import type { Actor, Count, Place } from '../../record/schema.js';
import type { ParticipantMention } from '../../extract/participants/index.js';
import type { ThingMention } from '../../extract/things/index.js';
import type { WeaponMention } from '../../extract/weapons/index.js';
import type { Frame } from './2-frames.js';
import { alt, ERGATIVE, HARM_CODES, KIND_NOUN_AFTER, UNIT_NOUN_AFTER, PEOPLE_HEAD, PRONOUNS, ROLE_PATTERNS, WORDS, type FillerKind, type Role } from './patterns.js';
import { GROUP_NOUNS, HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS } from '../../extract/actors/lexicon.js';
import { EVENTS_IDS } from './ids.js';
import { seizedWeapon } from './weapons-seized.js';
import { LIST_OPEN, LIST_NEXT } from './things-listed.js';
import { TALLY_AFTER } from './lexicon.js';
import { isCredit } from '../credit.js';
import { TELLER_NEXT } from '../teller.js';
import type { LexiconFile } from '../../extract/lexicon.js';
import codesFile from './lexicon/codes.json' with { type: 'json' };

export interface Filler {
  /** `a:a3` (named actor), `n:12` (participant mention), `t:7` (thing), `p:p8` (place), `w:4` (weapon). */
  key: string;
  kind: FillerKind;
  start: number;
  end: number;
  text: string;
  plural: boolean;
  /** For a participant: its leaning ("perpetrator", "victim"...). */
  leaning?: string;
  pronoun?: boolean;
  /** A possessive pronoun ("its"): it fills only the possessive pattern, and stands for a group. */
  possessive?: boolean;
  /** A name inside a thing as its owner ("Merino" in "Merino's house"): the thing fills the roles, not its owner. */
  owner?: boolean;
  /** A description in apposition to the name right before it ("Hilda Flores, a Guatemalan leader"). */
  apposed?: boolean;
  /** A name in apposition to the words before it, between commas ("the chief of the gang, Pablo Escobar, ordered"). */
  appositive?: boolean;
  /** A named group whose span runs over the noun of its kind after it ("the Islamic State group"). */
  kindNoun?: boolean;
  /** A named group whose span runs over one of its units after it ("FMLN units", "an FMLN guerrilla unit"). */
  groupUnit?: boolean;
  /** A person's name whose span was stretched back over its title phrase ("judge Maria Lopez", "Supreme Court Justice Ana Ruiz"): EVENTS_IDS.titledName. */
  titled?: boolean;
  /** A count told over a span of time ("1,172 casualties since last April"): a tally, no event's victims (EVENTS_IDS.tallyCount). */
  tally?: boolean;
}

export interface FrameRoles {
  perpetrators: Filler[];
  targets: Filler[];
  victims: Filler[];
  weapons: Filler[];
  /** The first rule that gave each field a filler (the entry's `rules`, shown by --explain). */
  rules: Record<string, string>;
  /** The rule behind each filler's role, by filler key (for tests and debugging; not in the record). */
  by: Record<string, string>;
}

export interface FillerInput {
  a: Analysis;
  actors: Actor[];
  places: Place[];
  participants: ParticipantMention[];
  things: ThingMention[];
  weapons: WeaponMention[];
  counts: Count[];
}

const CODES = (codesFile as LexiconFile<Record<'victimCounts' | 'thingPlaceKinds', string[]>>).entries;
/** Counts of people hit: they stand for the victims when no description does ("wounded 71"). */
const VICTIM_COUNTS: ReadonlySet<string> = new Set(CODES.victimCounts);
/** Places of these kinds are things that may be hit. */
const THING_PLACE_KINDS: ReadonlySet<string> = new Set(CODES.thingPlaceKinds);
const MAX_GAP = 100;
/** For an apposed description the patterns made for an apposition come first (they read its closing comma). */
const APPOSED_FIRST = [...ROLE_PATTERNS.filter((p) => p.apposed), ...ROLE_PATTERNS.filter((p) => !p.apposed)];

/**
 * A description that starts inside a named group's mention and runs past its end ("Army guerrillas" of "Popular Liberation
 * Army guerrillas attacked", where "army" is a modifier of descriptions) would be dropped as overlapping the name: a perpetrator
 * description is cut to its words after the name ("guerrillas"), so the name and its fighters both fill the role (role.description-past-name).
 * Same indices as `participants`.
 */
export function descriptionsPastNames(a: Analysis, participants: ParticipantMention[], actors: Actor[]): ParticipantMention[] {
  const names = actors.filter((x) => x.kind !== 'person').flatMap((x) => x.mentions);
  return participants.map((p) => {
    if (p.leaning !== 'perpetrator') return p;
    const m = names.find((n) => n.start < p.start && p.start < n.end && n.end < p.end);
    if (!m) return p;
    const rest = a.text.slice(m.end, p.end);
    const start = m.end + (rest.length - rest.trimStart().length);
    if (start >= p.end || !/^\s/.test(rest)) return p;
    return { ...p, text: a.text.slice(start, p.end), start, definite: false, rule: `${p.rule}+${EVENTS_IDS.descriptionPastName}` };
  });
}

/** Every filler of the document, in text order; a named item wins over a description that overlaps it. */
export function buildFillers({ a, actors, places, participants, things, weapons, counts }: FillerInput): Filler[] {
  const named: Filler[] = [
    ...actors.flatMap((x) =>
      x.mentions.filter((m) => !isCredit(a, x, m)).map((m) => ({ key: `a:${x.id}`, kind: (x.kind === 'person' ? 'person' : 'group') as FillerKind, start: m.start, end: m.end, text: m.text, plural: x.kind !== 'person' }))).map(withKindNoun),
    ...places.filter((p) => THING_PLACE_KINDS.has(p.kind)).flatMap((p) =>
      p.mentions.map((m) => ({ key: `p:${p.id}`, kind: 'thing' as FillerKind, start: m.start, end: m.end, text: m.text, plural: false }))),
  ];
  // a named group and the noun of its kind are one filler: the gap to the verb starts after the noun
  function withKindNoun(f: Filler): Filler {
    if (f.kind !== 'group') return f;
    const k = KIND_NOUN_AFTER.exec(a.text.slice(f.end, f.end + 60));
    if (k) return { ...f, end: f.end + k[0].length, kindNoun: true };
    const u = UNIT_NOUN_AFTER.exec(a.text.slice(f.end, f.end + 60));
    return u ? { ...f, end: f.end + u[0].length, groupUnit: true } : f;
  }
  const described: Filler[] = [
    // a weapon taken from someone is no filler (role.weapon-seized)
    ...weapons.flatMap((w, i) => (seizedWeapon(a, w) ? [] : [{ key: `w:${i}`, kind: 'weapon' as FillerKind, start: w.start, end: w.end, text: w.text, plural: /s$/i.test(w.text) }])),
    ...participants.map((p, i) => ({ key: `n:${i}`, kind: 'person' as FillerKind, start: p.start, end: p.end, text: p.text, plural: p.plural, leaning: p.leaning })),
    ...things.map((t, i) => {
      // a thing written as a named actor's name ("US embassy" in a headline, "the US Embassy" in the body) is that actor
      const same = actors.find((x) => x.kind !== 'person' && x.name.toLowerCase() === t.text.replace(/^(?:the|a|an)\s+/i, '').toLowerCase());
      return same
        ? { key: `a:${same.id}`, kind: 'group' as FillerKind, start: t.start, end: t.end, text: t.text, plural: true }
        : { key: `t:${i}`, kind: 'thing' as FillerKind, start: t.lead ?? t.start, end: t.end, text: t.text, plural: /s$/i.test(t.head) };
    }),
  ].sort((x, y) => y.end - y.start - (x.end - x.start));
  // a name that is a weapon's ("IED") is the weapon
  const weaponAt = (x: Filler): boolean => weapons.some((w) => w.start <= x.start && w.end >= x.end);
  const kept: Filler[] = named.filter((x) => !(x.key.startsWith('a:') && weaponAt(x)));
  // a thing's owner named inside it ("Vice President Merino's house") does not take the thing's place: both are kept
  // (nor does a name that only qualifies the head of a thing opened before it, quoted or not: "a Balboa Hospital ambulance", 'the "Citicorp" offices', nor its owner after "of": "the offices of the FMLN")
  const owner = (k: Filler, f: Filler): boolean => f.kind === 'thing' && k.key.startsWith('a:') && k.start >= f.start && k.end <= f.end && ((k.end < f.end && (/^['’]s?\s/.test(a.text.slice(k.end, k.end + 3)) || (k.start > f.start && /^["”]?\s/.test(a.text.slice(k.end, k.end + 2))))) || /\bof\s+(?:the\s+)?$/i.test(a.text.slice(Math.max(f.start, k.start - 8), k.start)));
  const taken = (f: Filler): boolean => kept.some((k) => k.start < f.end && f.start < k.end && !owner(k, f));
  // a thing that holds a weapon is the weapon ("drove a truck into", "a car bomb"): the weapon's words are kept, not the thing's
  const holdsWeapon = (f: Filler): boolean => f.kind === 'thing' && weapons.some((w) => w.start < f.end && f.start < w.end);
  for (const f of described) {
    if (taken(f) || holdsWeapon(f)) continue;
    kept.push(f);
    for (let i = 0; i < kept.length; i++) if (owner(kept[i], f)) kept[i] = { ...kept[i], owner: true };
  }
  for (const c of counts) {
    if (!VICTIM_COUNTS.has(c.category) || c.value <= 0) continue;
    const f: Filler = { key: `c:${c.id}`, kind: 'person', start: c.start, end: c.end, text: c.text, plural: c.value > 1, leaning: 'victim' };
    // "more than 13,000 people have died since 1980": a tally over a span of time, it keeps its place but takes no role
    if (TALLY_AFTER.test(a.text.slice(c.end, c.end + 80))) f.tally = true;
    if (!taken(f)) kept.push(f);
  }
  // pronouns
  const re = new RegExp(`\\b(?:${Object.keys(PRONOUNS).join('|')})\\b`, 'gi');
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    const p = PRONOUNS[m[0].toLowerCase()];
    kept.push({ key: `r:${m.index}`, kind: 'person', start: m.index, end: m.index + m[0].length, text: m[0], plural: p.plural, pronoun: true, ...(p.possessive ? { possessive: true } : {}) });
  }
  kept.sort((x, y) => x.start - y.start);
  titledNames(a, kept);
  // a name between commas after a description ("the chief of the gang, Pablo Escobar, ordered") is its apposition
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i];
    if (!f.key.startsWith('a:') || f.kind !== 'person') continue;
    if (/[a-z]\s*,\s*$/i.test(a.text.slice(Math.max(0, f.start - 4), f.start)) && /^\s*,/.test(a.text.slice(f.end, f.end + 3)) && !/\b(?:and|or)\s*$/i.test(a.text.slice(Math.max(0, f.start - 8), f.start))) kept[i] = { ...f, appositive: true };
  }
  // a singular description right after "Name, " is the name's apposition; a plural one right after two or more
  // coordinated names ("A and B, the biggest drug traffickers,", "A, B and C, all members of") is theirs
  const personName = (x: Filler | undefined): x is Filler => !!x && x.key.startsWith('a:') && x.kind === 'person';
  for (let i = 1; i < kept.length; i++) {
    const f = kept[i], prev = kept[i - 1];
    if (!f.key.startsWith('n:') || !personName(prev) || !APPOSITION_OF_NAME.test(a.text.slice(prev.end, f.start))) continue;
    let first = prev;
    if (f.plural) {
      // the names listed before it: at least two, and the description is not the teller of the sentence ("A and B, the police said")
      let j = i - 1;
      while (personName(kept[j - 1]) && NAME_LIST.test(a.text.slice(kept[j - 1].end, kept[j].start))) j--;
      if (j === i - 1 || !/\band\s+$/i.test(a.text.slice(kept[i - 2].end, prev.start)) || TELLER_NEXT.test(a.text.slice(f.end, f.end + 120))) continue;
      first = kept[j];
    }
    // (not after a place's preposition: "in Bagram, a suicide bomber blew himself up" tells where, then who)
    if (!PLACE_PREPOSITION.test(a.text.slice(Math.max(0, first.start - 12), first.start))) kept[i] = { ...f, apposed: true };
  }
  return kept;
}

/** Words that never open a title phrase, capitalised or not ("In", "The", "Yesterday"). */
const NOT_IN_TITLE = /^(?:the|a|an|in|on|at|by|for|from|with|to|and|or|but|of|yesterday|today|tonight|when|after|before|as|while|if|since|during|last|this|that|these|those|his|her|their|its|our|my|mr|then|also)$/i;
const titleWord = (w: string): boolean => TITLE_WORDS.has(w) || HONORIFICS.has(w);

/**
 * A person's name right after a title phrase that holds a filler of its own is that person (role.titled-name): "the
 * assassination of judge Maria Lopez" (the description "judge"), "shot dead Supreme Court Justice Ana Ruiz" (the organisation
 * "Supreme Court"). The phrase ends in a title word or an honorific right before the name and runs back over capitalised words,
 * title words and their modifiers (and "of" inside: "Supreme Court of Justice President"), at most six words, within the
 * sentence. The fillers inside it are the title, no one of their own: they are dropped, and the name's filler starts at the
 * phrase, so the name takes the role the title took. (A phrase with no filler of its own is left alone.)
 */
function titledNames(a: Analysis, kept: Filler[]): void {
  for (let i = 0; i < kept.length; i++) {
    const f = kept[i];
    if (!f.key.startsWith('a:') || f.kind !== 'person') continue;
    const s = a.sentenceAt(f.start);
    const from = Math.max(s ? s.start : 0, f.start - 90);
    const words = [...a.text.slice(from, f.start).matchAll(/\S+/g)].map((m) => ({ w: m[0], start: from + m.index! }));
    if (!words.length || !/\s$/.test(a.text.slice(from, f.start))) continue;
    let start = -1;
    for (let j = words.length - 1, n = 0; j >= 0 && n < 6; j--, n++) {
      const raw = words[j].w;
      const w = raw.replace(/\.$/, '');
      if (!/^[\p{L}][\p{L}'’-]*$/u.test(w) || /['’]s$/i.test(w)) break;
      const lw = w.toLowerCase();
      if (j === words.length - 1 ? !titleWord(lw) : !(lw === 'of' || titleWord(lw) || TITLE_MODIFIERS.has(lw) || (/^\p{Lu}/u.test(w) && !NOT_IN_TITLE.test(w)))) break;
      if (lw !== 'of') start = words[j].start;
    }
    if (start < 0) continue;
    // the phrase's own fillers (not a weapon, not a pronoun) are the title: dropped; a phrase with none is left alone
    const inner = kept.filter((g) => g !== f && !g.pronoun && g.kind !== 'weapon' && g.start >= start && g.end <= f.start);
    if (!inner.length) continue;
    for (const g of inner) kept.splice(kept.indexOf(g), 1);
    const k = kept.indexOf(f);
    kept[k] = { ...f, start, titled: true };
    i = k;
  }
}

/** The nearest earlier filler a pronoun stands for: a person for he/she, a plural or group for they (within two sentences). */
export function resolvePronoun(a: Analysis, fillers: readonly Filler[], f: Filler): Filler | null {
  const s = a.sentenceAt(f.start);
  const floor = s ? (a.sentences[Math.max(0, s.i - 2)]?.start ?? 0) : Math.max(0, f.start - 400);
  const singular = !f.plural;
  for (let i = fillers.length - 1; i >= 0; i--) {
    const x = fillers[i];
    if (x.start >= f.start) continue;
    if (x.start < floor) break;
    if (x.pronoun || x.kind === 'weapon' || x.kind === 'thing') continue;
    if (f.possessive && singular) {
      if (x.key.startsWith('a:') && x.kind === 'group') return x;
      continue;
    }
    if (singular ? x.key.startsWith('a:') && x.kind === 'person' || x.key.startsWith('n:') && !x.plural : x.plural) return x;
  }
  return null;
}

/** An object right after an explosion verb: the verb is transitive ("detonated at least 20 bombs", "blew up a bridge"). */
const TRANSITIVE_AFTER = /^\s+(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|several|\d[\d,]*)\s/i;

/** Between a description and the group it belongs to: "members of the", "guerrillas of the so-called", "a group of terrorists from the". */
const MEMBER_OF = /^\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?(?:so-called\s+)?(?:[a-z][\w-]*\s+)?$/;

/** Between the members and their group: "of the", "of the so-called" ("a group of terrorists from the X" tells where they came from, no membership). */
const MEMBERS_OF = /^\s+of\s+(?:the\s+)?(?:so-called\s+)?(?:[a-z][\w-]*\s+)?$/;

/** The head of a description of a group's members (role.members-of-group): "members", "a member", "officers", "troops", "guerrillas". */
const MEMBERS_HEAD = new RegExp(`\\b(?:${[...GROUP_NOUNS].join('|')}|${alt(WORDS.memberNouns)}|member|officers?|agents?|combatants?)$`, 'i');

/**
 * The end of the named group a description of its members runs over ("members of the Farabundo Marti National Liberation
 * Front", "a member of the ETA", "officers of the Armed Forces"): the end of a group's mention that follows the description's
 * end past MEMBERS_OF, when the description's head is a member's (role.members-of-group); else null.
 */
export function membersOfGroupEnd(text: string, d: { end: number; text: string }, groups: readonly { start: number; end: number }[]): number | null {
  if (!MEMBERS_HEAD.test(d.text)) return null;
  const g = groups.find((x) => x.start > d.end && x.start - d.end <= 40 && MEMBERS_OF.test(text.slice(d.end, x.start)));
  return g ? g.end : null;
}

/** Between a spokesperson's name and the group he speaks for: ", the spokesperson for the", ", a spokesman of". */
const SPOKES_AFTER = /^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|spokes-person)\s+(?:for|of)\s+(?:the\s+)?$/i;
/** Between a group and its spokesperson's name: " spokesman ", "'s spokeswoman ". */
const SPOKES_BEFORE = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person))\s*,?\s+$/i;
/** Between a name and its apposition: "Hilda Flores, a Guatemalan social democratic leader". */
const APPOSITION_OF_NAME = /^\s*,\s*(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,4}$/i;
/** Between two names of a list: ", ", " and ", ", and ". */
const NAME_LIST = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;
/** A preposition of place right before a name: the name is where, not who ("in Bagram, a suicide bomber"). */
const PLACE_PREPOSITION = /\b(?:in|at|near|from|outside|inside|across|around|throughout)\s+(?:the\s+)?$/i;
/** Between two coordinated names, past the first one's apposition or home: ", director of the school, and", " of Milan and", ", together with Spaniard". */
const COORD_PAST_APPOSITION = /^(?:\s*,[^,.;:!?()"“”]{2,70},?|\s+of\s+[\w-]+(?:\s+[\w-]+)?)\s*,?\s*(?:(?:and|or|as\s+well\s+as)\s+|together\s+with\s+(?:[\w-]+\s+)?)$/i;

/** The opening quotation mark of a name, right before it, after a blank: 'by the "'. */
const QUOTE_OPENS_NAME = /\s["“]$/;
/** The closing quotation mark of a name, right after it, before a blank: '" attacked'. */
const QUOTE_CLOSES_NAME = /^["”](?=\s)/;

/** Between a named group and the description its possessive opens: "'s ", " 's ". */
const POSSESSOR_OF_DESCRIPTION = /^\s?['’]s?\s+$/;

/** The head of a description of an armed group's fighters or members (actors' lexicon/group-nouns.json, role-words memberNouns). */
const MEMBER_HEAD = new RegExp(`\\b(?:${[...GROUP_NOUNS].join('|')}|${alt(WORDS.memberNouns)})$`, 'i');

/** Between a possessor and the trigger its possessive opens: "'s ", "' ", "'s brutal ". */
const POSSESSOR_OF_TRIGGER = /^['’]s?\s+(?:[\w-]+\s+)?$/;

/** A form of "be" or "have" that may close a passive subject's list ("were", "have been"). */
const AUX_WORD = /^(?:was|were|have|has|had|been|is|are)$/i;
/** A verb other than a form of "be"/"have" between two offsets (scanning from the sentence where the span opens). */
function verbBetween(a: Analysis, from: number, to: number): boolean {
  for (let k = a.sentenceAt(from)?.from ?? 0; k < a.terms.length && a.terms[k].start < to; k++) {
    const t = a.terms[k];
    if (t.start >= from && t.end <= to && t.tags.has('Verb') && !AUX_WORD.test(t.text)) return true;
  }
  return false;
}

const COORD = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:(?:the|a|an|two|three|several|his|her|their)\s+)?$/i;
/** Between a weapon and the one who laid or left it: " presumably abandoned by the ", ", which had been planted by ". Linear: each slot is optional once. */
const WEAPON_LAID_BY = /^\s*,?\s+(?:(?:which|that)\s+(?:had\s+been|has\s+been|was|were)\s+)?(?:(?:presumably|allegedly|apparently|reportedly|probably|possibly)\s+)?(?:placed|planted|left|abandoned|hidden|laid|thrown|hurled)\s+(?:[a-z][\w-]*\s+){0,3}?by\s+(?:the\s+)?["“]?$/i;
/** Between two coordinated named groups, past a word that qualifies the second and its opening quotation mark: ' or the Guevarist "', ' and the "'. */
const COORD_GROUP = /^["”]?\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?["“]?$/i;
/** Two fillers in a list: the words between them coordinate, and the second is not the teller of the sentence. */
const coordinated = (text: string, x: Filler, y: Filler): boolean => COORD.test(text.slice(x.end, y.start)) && !TELLER_NEXT.test(text.slice(y.end, y.end + 120));

export function frameRoles(a: Analysis, frame: Frame, fillers: readonly Filler[]): FrameRoles {
  const text = a.text;
  const out: FrameRoles = { perpetrators: [], targets: [], victims: [], weapons: [], rules: {}, by: {} };
  const candidates = fillers.filter((f) => f.start >= frame.from && f.end <= frame.to && !f.owner);
  // a possessive pronoun fills its own pattern only: it is no neighbour in a coordination
  const inClause = candidates.filter((f) => !f.possessive);
  const harm = frame.mentions.some((m) => HARM_CODES.has(m.code));
  const placed = new Map<string, Role>();
  let harmHere = harm;
  // `between`: the rule is "between X and Y" (role.between), told by its pattern's field and lost when a pronoun stands in
  const give = (f0: Filler, role: Role, rule: string, between = false): void => {
    let f = f0;
    if (f.pronoun) {
      const r = resolvePronoun(a, fillers, f);
      if (!r) return;
      f = r;
      rule = `${rule}+${EVENTS_IDS.pronoun}`;
      between = false;
    }
    // a description in apposition to the name before it is that person: the name takes the role, the description none
    // ("Hilda Flores, a Guatemalan leader, was abducted": one victim, not two)
    if (f0.apposed) {
      const j = inClause.indexOf(f0);
      const name = j > 0 ? inClause[j - 1] : undefined;
      if (name && name.key.startsWith('a:') && name.kind === 'person') {
        give(name, role, `${rule}+${EVENTS_IDS.appositionName}`, between);
        return;
      }
    }
    if (f.kindNoun) rule = `${rule}+${EVENTS_IDS.kindNoun}`;
    if (f.titled) rule = `${rule}+${EVENTS_IDS.titledName}`;
    if (f.groupUnit) rule = `${rule}+${EVENTS_IDS.groupUnit}`;
    // a spokesperson who claims or is said to do something speaks for a group: the group takes the perpetrator's role
    if (role === 'perpetrator' && f.key.startsWith('a:') && f.kind === 'person') {
      const group = spokespersonGroup(f);
      if (group) {
        f = group;
        rule = `${rule}+${EVENTS_IDS.spokespersonGroup}`;
      }
    }
    if (f.tally) {
      out.by[f.key] = EVENTS_IDS.tallyCount;
      return;
    }
    if (placed.has(f.key) || frame.splitBy.some((id) => f.key === `p:${id}`)) return;
    // a person hit is a victim; a thing, group or force hit is a target
    let r: Role = role;
    if (role === 'target' && f.kind === 'person' && (harmHere || f.leaning === 'victim')) r = 'victim';
    // a group told by its people ("23 Afghan soldiers", "US troops") killed or hurt: its people are the victims
    if (role === 'target' && f.kind === 'group' && harmHere && PEOPLE_HEAD.test(f.text)) r = 'victim';
    if (role === 'perpetrator' && f.leaning === 'victim') return;
    placed.set(f.key, r);
    const list = r === 'perpetrator' ? out.perpetrators : r === 'target' ? out.targets : r === 'victim' ? out.victims : out.weapons;
    list.push(f);
    const field = r === 'perpetrator' ? 'perpetrators' : r === 'target' ? 'targets' : r === 'victim' ? 'victims' : 'weapons';
    out.rules[field] ??= rule;
    out.by[f.key] = rule;
    // coordination: "killed A and B", "A and B attacked"
    const i = inClause.indexOf(f0);
    const next = i >= 0 ? inClause[i + 1] : undefined;
    const prev = i > 0 ? inClause[i - 1] : undefined;
    if (next && next.kind === f0.kind && !between && coordinated(text, f0, next)) give(next, role, rule, between);
    if (prev && prev.kind === f0.kind && COORD.test(text.slice(prev.end, f0.start))) give(prev, role, rule, between);
    // the one who laid or left the event's weapon ("an explosive device presumably abandoned by the FMLN", "a bomb planted by
    // the ELN") did it (role.weapon-laid-by)
    if (r === 'weapon' && f0.kind === 'weapon') {
      const by = inClause.find((g) => g.start >= f0.end && (g.kind === 'person' || g.kind === 'group') && WEAPON_LAID_BY.test(text.slice(f0.end, g.start)));
      if (by) give(by, 'perpetrator', EVENTS_IDS.weaponLaidBy);
    }
    // two named groups coordinated past a word that qualifies the second and its opening quotation mark ('the Maoist "Shining
    // Path" group or the Guevarist "Tupac Amaru Revolutionary Movement"'): they share the role (role.coordinated-group)
    if (f0.key.startsWith('a:') && f0.kind === 'group' && !between) {
      if (next && next.key.startsWith('a:') && next.kind === 'group' && COORD_GROUP.test(text.slice(f0.end, next.start)) && !TELLER_NEXT.test(text.slice(next.end, next.end + 120))) give(next, role, EVENTS_IDS.coordinatedGroup);
      if (prev && prev.key.startsWith('a:') && prev.kind === 'group' && COORD_GROUP.test(text.slice(prev.end, f0.start))) give(prev, role, EVENTS_IDS.coordinatedGroup);
    }
    // a name and its apposition are one person: "Hilda Flores, a Guatemalan leader, was abducted" gives the name the role
    if (prev && f0.apposed && prev.key.startsWith('a:')) give(prev, role, EVENTS_IDS.appositionName);
    // "A, director of the school, and B", "A of Milan and B": the names before and after, past an apposition, share the role
    if (f0.key.startsWith('a:') && f0.kind === 'person' && !between) {
      const named = inClause.filter((g) => g.key.startsWith('a:') && g.kind === 'person' && g.key !== f0.key);
      const back = named.filter((g) => g.end <= f0.start).pop();
      const fwd = named.find((g) => g.start >= f0.end);
      if (back && COORD_PAST_APPOSITION.test(text.slice(back.end, f0.start))) give(back, role, EVENTS_IDS.coordinatedAfterApposition);
      if (fwd && COORD_PAST_APPOSITION.test(text.slice(f0.end, fwd.start))) give(fwd, role, EVENTS_IDS.coordinatedAfterApposition);
    }
    // things listed after a plural thing that sums them up share its role, item after item ("three vehicles -- an ambulance, a truck, and a van")
    if (f0.kind === 'thing' && (f0.plural || rule.endsWith(EVENTS_IDS.thingList))) {
      const open = f0.plural && !rule.endsWith(EVENTS_IDS.thingList) ? LIST_OPEN : LIST_NEXT;
      const item = inClause.find((g) => g.kind === 'thing' && g.start >= f0.end && open.test(text.slice(f0.end, g.start)));
      if (item) give(item, role, rule.endsWith(EVENTS_IDS.thingList) ? rule : `${rule}+${EVENTS_IDS.thingList}`);
    }
    // "between X and Y": Y is the other side
    if (between && next && (next.kind === 'person' || next.kind === 'group') && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(f0.end, next.start))) give(next, 'target', EVENTS_IDS.betweenOther);
    // a named group right before a description is the group it belongs to ("Taliban gunmen"), and so is a named group
    // whose possessive opens a description of its fighters ("the Red Dawn Front's guerrillas"; not "Gaddafi's sons")
    if (prev && f0.key.startsWith('n:') && prev.key.startsWith('a:') && (r === 'perpetrator' || r === 'target') &&
      (/^\s+$/.test(text.slice(prev.end, f0.start)) || (prev.kind === 'group' && POSSESSOR_OF_DESCRIPTION.test(text.slice(prev.end, f0.start)) && MEMBER_HEAD.test(f0.text)))) give(prev, r, EVENTS_IDS.affiliatedDescription);
    // the named group a perpetrator description belongs to ("members of the FMLN", "guerrillas of the ELN") did it too
    if (next && f0.key.startsWith('n:') && next.key.startsWith('a:') && next.kind === 'group' && r === 'perpetrator' && MEMBER_OF.test(text.slice(f0.end, next.start))) give(next, r, EVENTS_IDS.memberOf);
    // the members of a named group told right before it ("members of the FMLN attacked", "officers of the Armed Forces") did it
    // too (role.members-of-group): the description right before one of the group's mentions, past MEMBERS_OF
    if (r === 'perpetrator' && f0.key.startsWith('a:') && f0.kind === 'group') {
      for (let j = 1; j < inClause.length; j++) {
        const d = inClause[j - 1], g = inClause[j];
        if (g.key !== f0.key || g.start > f0.start || !d.key.startsWith('n:') || d.leaning === 'victim') continue;
        if (membersOfGroupEnd(text, d, [g]) !== null) give(d, r, EVENTS_IDS.membersOfGroup);
      }
    }
  };
  // "Zabiullah Mujahid, the spokesperson for the Taliban", "Taliban spokesman Zabiullah Mujahid": the group he speaks for
  function spokespersonGroup(f: Filler): Filler | null {
    const i = fillers.indexOf(f);
    const next = fillers.slice(i + 1).find((g) => !g.pronoun);
    if (next && next.key.startsWith('a:') && next.kind === 'group' && SPOKES_AFTER.test(text.slice(f.end, next.start))) return next;
    const prev = fillers.slice(0, Math.max(0, i)).reverse().find((g) => !g.pronoun);
    if (prev && prev.key.startsWith('a:') && prev.kind === 'group' && SPOKES_BEFORE.test(text.slice(prev.end, f.start))) return prev;
    return null;
  }
  // people counted as killed or hurt in the clause are its victims ("killed 13 people and wounded 71")
  const hit = (f: Filler): boolean => f.key.startsWith('c:') || (f.key.startsWith('n:') && counted(f));
  const counted = (f: Filler): boolean => victimCounts.some((c) => c.start < f.end && f.start < c.end);
  const victimCounts = fillers.filter((f) => f.key.startsWith('c:') && f.start >= frame.from && f.end <= frame.to);
  const deferred: [Filler, (typeof ROLE_PATTERNS)[number]][] = [];
  for (const m of frame.mentions) {
    // "a bomb exploded": the subject is the weapon; "the brigade detonated 20 bombs": an object follows, the subject did it
    const ergative = ERGATIVE.test(m.text) && !TRANSITIVE_AFTER.test(text.slice(m.end, m.end + 24));
    // a person hit by a harm word ("killed Y") is a victim; one attacked ("a battle between X and Y") a target
    harmHere = HARM_CODES.has(m.code);
    for (const f of candidates) {
      const side = f.end <= m.start ? 'before' : f.start >= m.end ? 'after' : null;
      if (!side) continue;
      const raw = side === 'before' ? text.slice(f.end, m.start) : text.slice(m.end, f.start);
      // in a quoted mention's frame the quotation's own marks stand between the doer and the words ('X, "are behind this attack"')
      const quotedGap = frame.quoted ? raw.replace(/\s*["“”]\s*/g, ' ').replace(/ (?=,)/g, '') : raw;
      // an appositive name's closing comma stands between it and its verb, and so does an apposed description's
      // ("A and B, the biggest drug traffickers, are behind"), save for the patterns made for an apposition
      const gap0 = side === 'before' && (f.appositive || f.apposed) ? quotedGap.replace(/^\s*,/, '') : quotedGap;
      // a name in quotation marks: its opening mark ends the words before it, its closing mark opens the words after it
      // ('carried out by the "Red Dawn" group', '"Red Dawn" attacked'); the patterns read past the marks (role.quoted-name)
      const quotedName = f.key.startsWith('a:') && (side === 'after' ? QUOTE_OPENS_NAME.test(gap0) : QUOTE_CLOSES_NAME.test(gap0));
      const gap = quotedName ? (side === 'after' ? gap0.replace(QUOTE_OPENS_NAME, ' ') : gap0.replace(QUOTE_CLOSES_NAME, '')) : gap0;
      if (gap.length > MAX_GAP || /[.;:!?]/.test(gap.replace(/\b(?:[A-Z]|[a-z]{1,3})\./g, ''))) continue;
      for (const p of f.apposed ? APPOSED_FIRST : ROLE_PATTERNS) {
        if (p.side !== side || !p.takes.includes(f.kind)) continue;
        if (p.voice !== 'any' && p.voice !== m.voice) continue;
        if (p.apposed && !f.apposed) continue;
        if (!!p.possessive !== !!f.possessive) continue;
        // the subject of an explosion verb is its weapon, never its perpetrator
        if (ergative && p.agent) continue;
        if ((p.only && !p.only.test(m.text)) || (p.unless && p.unless.test(m.text))) continue;
        if (p.pre && !p.pre.test(text.slice(Math.max(frame.sentence.start, m.start - 30), m.start))) continue;
        if (p.lead && !p.lead.test(text.slice(Math.max(frame.sentence.start, f.start - 40), f.start))) continue;
        if (p.unlessLead && p.unlessLead.test(text.slice(Math.max(frame.sentence.start, f.start - 40), f.start))) continue;
        if (!p.gap.test(p.apposed ? quotedGap : gap)) continue;
        // a list's gap holds no verb of its own ("A, who was visiting B, was attacked": the relative clause is not the list)
        if (p.list && (!f.key.startsWith('a:') || verbBetween(a, f.end, m.start) || /\b(?:who|whom|whose|which|that|said|says)\b/i.test(gap))) continue;
        // a filler of the same kind between the two takes the slot ("attacked the bus and ... the town")
        // (not one whose possessive opens the trigger's own phrase: "the soldiers involved in the priests' murder")
        if (!p.list && inClause.some((g) => g !== f && g.kind === f.kind && !g.pronoun && g.start >= (side === 'before' ? f.end : m.end) && g.end <= (side === 'before' ? m.start : f.start) && !COORD.test(text.slice(g.end, side === 'before' ? m.start : f.start)) && !(side === 'before' && POSSESSOR_OF_TRIGGER.test(text.slice(g.end, m.start))))) continue;
        // a list pattern is a fallback: the name's role from any other pattern in this mention's reading comes first
        if (p.list) deferred.push([f, p]);
        else give(f, p.role, quotedName ? `${p.id}+${EVENTS_IDS.quotedName}` : p.id, p.between ?? false);
        break;
      }
    }
    for (const [f, p] of deferred.splice(0)) give(f, p.role, p.id);
  }
  const armed = inClause.filter((f) => f.kind === 'weapon');
  if (out.weapons.length === 0 && armed.length === 1) give(armed[0], 'weapon', EVENTS_IDS.weaponInClause);
  harmHere = true;
  if (harm || frame.mentions.some((m) => m.code.startsWith('18') || m.code.startsWith('19') || m.code.startsWith('20'))) {
    for (const f of inClause) if (!placed.has(f.key) && hit(f)) give(f, 'victim', EVENTS_IDS.victimCount);
  }
  return out;
}
