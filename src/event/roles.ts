// Roles of the actors in the main event: perpetrators and targets from the trigger's grammar
// (active "X fired at Y", passive "Y was attacked by X", "X claimed responsibility for"), and the
// people the article says were killed, injured or shot (victims) or arrested, charged or who shot
// someone (perpetrators).
import type { Analysis, Sentence } from '../analyse/index.js';
import type { Actor, Mention } from '../record/schema.js';
import type { Trigger } from './trigger.js';
import type { LexiconFile } from '../extract/lexicon.js';
import cuesFile from './lexicon/role-cues.json' with { type: 'json' };
import { isCredit } from './credit.js';
import { TELLER_NEXT } from './teller.js';

const CUES = (cuesFile as LexiconFile<Record<string, string[]>>).entries;
/** A word list as a regular-expression alternation; a blank in a phrase is any run of blanks. */
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** What befell a named victim: killed, injured, or shot (hit, and not said to have died next to the name). */
export type VictimStatus = 'killed' | 'injured' | 'shot';

export interface Roles {
  perpetrators: string[];
  targets: string[];
  victims: string[];
  rules: { perpetrators?: string; targets?: string };
  /** What the article says befell each named victim, when it says so next to the name. */
  status: Map<string, VictimStatus>;
}

const APPOS = "(?:\\s*[-–—]\\s*)?(?:\\s+of\\s+[A-Z][\\w.'-]+(?:\\s+[A-Z][\\w.'-]+)?)?\\)?(?:\\s*,[^,.;]{1,90},)?[\\s,]*";
const AUX = `(?:(?:${alt(CUES.auxiliaries)})\\s+){0,4}`;

/** "Name, 24, was shot in the leg": hit, dead or not (the casualty step counts the one shot as injured when nobody is said to have died). */
const SHOT_AFTER = new RegExp(`^${APPOS}\\s*(?:(?:who|was|were|had|has|been|also|reportedly|apparently)\\s+){0,3}?(?:was|were|been)\\s+(?:\\w+\\s+)?(?:shot|struck|hit|grazed)\\b(?!\\s+(?:and\\s+killed|dead|to\\s+death))`, 'i');

/** "Name was killed", "Name, 25, died", "Name was pronounced dead". */
const KILLED_AFTER = new RegExp(
  `^${APPOS}\\s*(?:(?:who|was|were|is|are|has|had|have|been|being|later|also|reportedly|apparently|eventually)\\s+){0,4}?` +
    `(?:(?:was|were|been|is|are)\\s+(?:\\w+\\s+)?(?:${alt(CUES.killedVerbs)})|died|dies|dead|succumbed)\\b`,
  'i',
);
/** "Name is in critical condition", "Name was wounded", "Name was treated and released". */
const INJURED_AFTER = new RegExp(
  `^${APPOS}\\s*(?:(?:who|was|were|is|are|has|had|have|been|being|later|also|reportedly|apparently|critically|seriously)\\s+){0,4}?` +
    `(?:(?:was|were|been|is|are|remains|remained)\\s+(?:\\w+\\s+)?(?:${alt(CUES.injuredVerbs)})|survived)\\b`,
  'i',
);

/** "Name was shot", "Name, 25, died", "Name was pronounced dead". */
const VICTIM_AFTER = new RegExp(
  `^(?:['’]s\\s+(?:(?:fatal|alleged|recent|brutal|tragic)\\s+)?(?:${alt(CUES.victimPossessive)})\\b|\\s*,\\s*(?:the|a|an|one\\s+of\\s+the)\\s+(?:\\w+\\s+)?victims?\\s*,|` +
  `${APPOS}\\s*(?:(?:who|was|were|is|are|has|had|have|been|being|later|also|reportedly|apparently|critically|seriously|fatally|eventually)\\s+){0,4}?` +
    `(?:(?:was|were|been|got|is|are|remains|remained)\\s+(?:\\w+\\s+)?(?:${alt(CUES.victimVerbs)})|` +
    '(?:ended\\s+up|was|were|is|remains|remained)\\s+in\\s+(?:the\\s+)?hospital|(?:was|were|is|are)\\s+(?:one\\s+of\\s+)?(?:the\\s+)?(?:\\w+\\s+)?victims?|died|dies|dead|succumbed|suffered|survived\\s+(?:(?:his|her|their|the|a|an|multiple|several)\\s+)?(?:injuries|wounds?|gunshots?|gunshot\\s+wounds?|shooting|being\\s+shot)|with\\s+(?:an?\\s+)?(?:apparent\\s+|multiple\\s+)?gunshot\\s+wounds?|lying\\s+(?:dead|unresponsive|motionless|wounded|injured|in\\s+a\\s+pool|on\\s+the\\s+(?:ground|floor|street|sidewalk)|in\\s+the\\s+(?:street|road|roadway)))\\b)',
  'i',
);
/** "shot Name", "the death of Name", "identified the victim as Name". */
const VICTIM_BEFORE = new RegExp(`\\b(?:${alt(CUES.victimBefore)})\\s*[,–—-]?\\s+(?:(?:his|her|their|a|an|the|\\d{1,3}-year-old|[a-z]+),?\\s+){0,5}$`, 'i');
/** "Name was arrested", "Name shot and killed ...", "Name opened fire". */
const PERP_AFTER = new RegExp(`^${APPOS}\\s*${AUX}(?:${alt(CUES.perpAfter)})\\b`);
/** "suspect Name", "arrested Name", "shot by Name". */
const PERP_BEFORE = new RegExp(`\\b(?:${alt(CUES.perpBefore)})\\s*,?\\s+(?:(?:suspected|alleged|accused|the|a|\\d{1,3}-year-old)\\s+){0,2}$`, 'i');

/** An age right after a name ("Ann Hart, 35,") or before it ("35-year-old Ann Hart"). */
const AGE_AFTER = /^\s*,\s*(?:age[sd]?\s+)?\d{1,2}\s*[,;.)]/;
const AGE_BEFORE = /\b\d{1,2}[- ]years?[- ]old,?\s+(?:[a-z]+\s+){0,2}$/;
/** A person named in apposition to a kin or person noun: "the child, Ann Hart," "his son, Bo Lee". */
const KIN_BEFORE = new RegExp(`(?:\\b(?:the|his|her|their|a|an)|[A-Z][\\w-]*['’]s?)\\s+(?:\\d{1,2}-year-old\\s+)?(?:${alt(CUES.kinNouns)})\\s*,\\s*$`, 'i');
/** The person whose home was the scene: "at the home of Ann Hart, where two were killed". */
const HOME_BEFORE = new RegExp(`\\b(?:${alt(CUES.homeNouns)})\\s+of\\s+$`, 'i');
/** A sentence of arrest, charges or suspicion. */
const SUSPECT_WORDS = new RegExp(`\\b(?:${alt(CUES.suspectWords)})\\b`, 'i');
/** A sentence of harm: someone shot, killed, hurt or taken to hospital. */
const HARM_WORDS = new RegExp(`\\b(?:${alt(CUES.harmWords)})\\b`, 'i');

function within(m: Mention, s: Sentence): boolean {
  return m.start >= s.start && m.end <= s.end;
}

/**
 * A role read from the trigger's grammar: in the voice the trigger is in, the nearest actor on one side that
 * meets the rule's conditions (no stop character between them, at most `max` characters away, `preceded` by a word).
 */
export interface GrammarRule {
  id: string;
  voice: 'active' | 'passive';
  side: 'before' | 'after';
  field: 'perpetrators' | 'targets';
  /** A character between the actor and the trigger that breaks the link. */
  stop?: RegExp;
  /** The most characters between the actor and the trigger. */
  max?: number;
  /** The words right before the actor's mention (up to 20 characters, within the sentence). */
  preceded?: RegExp;
  what: string;
}

/** "Y was attacked by X", "X fired at Y". */
export const GRAMMAR_RULES: readonly GrammarRule[] = [
  { id: 'event.role-passive-agent', voice: 'passive', side: 'after', field: 'perpetrators', preceded: /\bby\s+(?:the\s+)?$/i, what: '"Y was attacked by X": the agent after "by"' },
  // not past a relative pronoun or another verb: "The Police Department has identified the man who was shot" is no attack on the police
  { id: 'event.role-passive-subject', voice: 'passive', side: 'before', field: 'targets', stop: /[.;:]|\b(?:who|whom|whose|which|that|has|have|had|said|says|say)\b/i, max: 80, what: '"Y was attacked": the nearest actor before a passive trigger, in its clause' },
  { id: 'event.role-active-subject', voice: 'active', side: 'before', field: 'perpetrators', stop: /[.;:]/, max: 80, what: '"X fired at Y": the nearest actor before the trigger in its clause' },
  { id: 'event.role-active-object', voice: 'active', side: 'after', field: 'targets', stop: /[.;,]/, max: 80, what: '"X fired at Y": the nearest actor after the trigger in its clause' },
];

/** The words before a name open a relative clause it lies in: ", which is listed on the", ", who works for". */
const IN_RELATIVE = /,\s*(?:which|who|whose|where)\b[^,;.]*$/i;

/** A passive trigger: "was attacked", "were badly hurt". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i;

/**
 * A role read around any mention of an actor: the words after it (to 160 characters) or before it (to 80), in its
 * sentence. Rules are tried in order; a `final` rule that matches ends the mention's turn.
 */
export interface MentionRule {
  id: string;
  field: 'perpetrators' | 'victims';
  /** Only persons, or any actor. */
  kind: 'person' | 'any';
  /** Only in the trigger's sentence. */
  inTriggerSentence?: boolean;
  after?: RegExp;
  before?: RegExp;
  /** Words after the name that make it the sentence's teller: then the words before it do not count ("killing three officers, police spokesman Ahmed Khan said"). */
  teller?: RegExp;
  /** The victim's status (killed, injured) is read from the words after the name. */
  status?: boolean;
  final: boolean;
  what: string;
}

export const MENTION_RULES: readonly MentionRule[] = [
  { id: 'event.role-claimed-responsibility', field: 'perpetrators', kind: 'any', inTriggerSentence: true, after: /^\s*(?:has\s+|have\s+|had\s+)?claimed\s+responsibility\b/i, final: false, what: '"X claimed responsibility" in the trigger\'s sentence' },
  { id: 'event.role-person-victim', field: 'victims', kind: 'person', after: VICTIM_AFTER, before: VICTIM_BEFORE, teller: TELLER_NEXT, status: true, final: true, what: 'a person said to be shot, killed or hurt ("Name was shot", "the death of Name")' },
  { id: 'event.role-person-perpetrator', field: 'perpetrators', kind: 'person', after: PERP_AFTER, before: PERP_BEFORE, final: true, what: 'a person said to have shot someone, or to be arrested or charged ("Name was arrested", "suspect Name")' },
];

/** A person stood for by a subject pronoun said to be hit ("Ann Hart was found in her car. She was pronounced dead"). */
export const PRONOUN_VICTIM_RULE = {
  id: 'event.role-pronoun-victim',
  what: '"He was pronounced dead": a subject pronoun that opens a sentence, a joined clause or what a speaker says, said to be hit, stands for the nearest person named before it (its sentence or the one before, not that sentence\'s speaker), when no person noun, no object pronoun and no first name of the other sex lies between',
} as const;

const SUBJECT_PRONOUN = /\b(?:he|she)\b/gi;
/** The pronoun opens its sentence (after a quote mark at most). */
const SENTENCE_OPENING = /^["“‘']?\s*(?:[^,;:"“”]{1,80},\s*)?(?:(?:[\w.'’-]+\s+){1,4}(?:said|says|say|told\s+[\w-]+)\s+(?:that\s+)?)?$/i;
/** The pronoun opens what a named speaker says: "Gibbs said he", "Gibbs told police that she". */
const REPORTED_LEAD = /\b(?:said|says|told\s+(?:police|officers|investigators|reporters|deputies))\s+(?:that\s+)?$/i;
/** The pronoun opens a clause joined to the sentence: "..., and he was shot", "before she died". */
const CLAUSE_OPENING = /(?:,\s*|\s)(?:and|but|then|before|after|until|because|and\s+then|where|when|while|as|that|if)\s+$/i;
/** An object pronoun between a name and a pronoun: someone else is in play ("Ana was with her where she was shot"). */
const OBJECT_PRONOUN = /\b(?:him|her|them)\b/i;
/** A name in an attribution: "said Chief X", "according to X", "X said". */
const SPEAKER_AROUND = /(?:\b(?:said|says|told|according\s+to)\s+(?:[\w.'’-]+\s+){0,4}@|@\s*(?:,\s*)?(?:said|says|told)\b)/i;
/** A person noun between a name and a pronoun: the pronoun may stand for that one ("Smith shot a woman. She died"). */
const PERSON_NOUN = new RegExp(`\\b(?:${alt([...CUES.kinNouns, 'victims?', 'suspects?', 'officers?', 'deputy', 'deputies', 'gunman', 'shooter', 'men', 'women', 'people', 'persons?', 'person', 'someone', 'somebody', 'children', 'teens', 'boys', 'girls'])})\\b`, 'i');

/** A person's mention in article content. */
interface NamedMention {
  x: Actor;
  m: Mention;
}

function pronounVictims(a: Analysis, named: readonly NamedMention[], sets: { perpetrators: Set<string>; victims: Set<string> }): void {
  const text = a.text;
  if (!named.length) return;
  for (const s of a.sentences) {
    if (s.zone !== 'body' || !a.isContent(s.start, s.end)) continue;
    for (const hit of s.text.matchAll(SUBJECT_PRONOUN)) {
      const at = s.start + hit.index;
      const end = at + hit[0].length;
      // the subject of the sentence, or of what its speaker says ("Gibbs said he was hit"); not of a clause inside it
      const lead = text.slice(s.start, at);
      const reported = REPORTED_LEAD.test(lead);
      if (!(SENTENCE_OPENING.test(lead) || CLAUSE_OPENING.test(lead) || reported)) continue;
      if (!VICTIM_AFTER.test(text.slice(end, Math.min(s.end, end + 160)))) continue;
      const prev = a.sentences[s.i - 1];
      const from = prev && prev.zone === 'body' ? prev.start : s.start;
      let best: NamedMention | undefined;
      for (const n of named) {
        if (n.m.end > at) break;
        if (n.m.start >= from) best = n;
      }
      if (!best || sets.perpetrators.has(best.x.id)) continue;
      // the speaker of the sentence before is no antecedent ("..., said Chief Val Cunningham. He was shot")
      if (!reported && best.m.start < s.start && SPEAKER_AROUND.test(`${text.slice(Math.max(from, best.m.start - 60), best.m.start)}@${text.slice(best.m.end, best.m.end + 12)}`)) continue;
      const between = text.slice(best.m.end, at);
      if (PERSON_NOUN.test(between) || OBJECT_PRONOUN.test(between)) continue;
      const ms = a.sentenceAt(best.m.start);
      const first = ms ? a.terms.slice(ms.from, ms.to).find((t) => t.start >= best!.m.start && t.end <= best!.m.end) : undefined;
      const female = hit[0].toLowerCase() === 'she';
      if (first && first.tags.has(female ? 'MaleName' : 'FemaleName')) continue;
      sets.victims.add(best.x.id);
    }
  }
}

/** A person whose family or kin are told of by the possessive ("Jasper's mother", "the Smiths' family"). */
export const KIN_VICTIM_RULE = {
  id: 'event.role-person-mourned',
  what: '"Jasper\'s mother said", "the family of Lee": in the story of a violent event, a person whose kin are spoken of, outside a sentence of arrest or charges, is one who was hit (unless read as the one who shot)',
} as const;
const KIN_AFTER = new RegExp(`^['’]s?\\s+(?:(?:grieving|heartbroken|distraught|younger|older|twin|late|own)\\s+)?(?:${alt([...CUES.mournerNouns, ...CUES.mournerNounsPossessive])})\\b`, 'i');

/** "the family of Jasper", "the mother of 16-year-old Freland". */
const KIN_OF = new RegExp(`\\b(?:${alt(CUES.mournerNouns)})\\s+of\\s+(?:(?:the\\s+)?\\d{1,2}-year-old\\s+)?$`, 'i');

function kinVictims(a: Analysis, actors: Actor[], sets: { perpetrators: Set<string>; victims: Set<string> }): void {
  const text = a.text;
  for (const x of actors) {
    if (x.kind !== 'person' || sets.perpetrators.has(x.id) || sets.victims.has(x.id)) continue;
    for (const m of x.mentions) {
      if (!a.isContent(m.start, m.end) || !(KIN_AFTER.test(text.slice(m.end, m.end + 40)) || KIN_OF.test(text.slice(Math.max(0, m.start - 40), m.start)))) continue;
      const s = a.sentenceAt(m.start);
      if (!s || SUSPECT_WORDS.test(s.text)) continue;
      sets.victims.add(x.id);
      break;
    }
  }
}

/** What is known of a person's mention in the first sentences of the body: an age or a kin noun next to it, a home before it, the words of its sentence. */
export interface PersonCues {
  aged: boolean;
  kin: boolean;
  /** The 40 characters before the mention. */
  lead: string;
  /** The mention's sentence. */
  here: string;
}

/** A sentence with what it quotes blanked out: "an arrest has been made," in a relative's words is no sentence of arrest. */
const unquoted = (s: string): string => s.replace(/["“][^"“”]{0,400}["”]/g, (q) => ' '.repeat(q.length));

/** A person given with an age or a kin noun, or whose home was the scene, in a sentence of the crime. The first rule that applies wins. */
export interface PersonRule {
  id: string;
  field: 'perpetrators' | 'targets';
  applies(c: PersonCues): boolean;
  what: string;
}

export const PERSON_RULES: readonly PersonRule[] = [
  { id: 'event.role-person-home', field: 'targets', applies: (c) => !c.aged && !c.kin && HOME_BEFORE.test(c.lead) && /\b(?:killed|murdered|slain|shot|shooting|wounded|injured)\b/i.test(c.here), what: '"at the home of Name, where two were killed": the owner of the scene' },
  { id: 'event.role-person-kin', field: 'perpetrators', applies: (c) => c.kin && SUSPECT_WORDS.test(c.here), what: '"his son, Bo Lee," in a sentence of arrest or charges' },
  { id: 'event.role-person-aged', field: 'perpetrators', applies: (c) => c.aged && SUSPECT_WORDS.test(c.here), what: '"Ann Hart, 35," in a sentence of arrest or charges' },
];

export function roles(a: Analysis, actors: Actor[], trigger: Trigger | null): Roles {
  const perps = new Set<string>();
  const targets = new Set<string>();
  const victims = new Set<string>();
  const status = new Map<string, VictimStatus>();
  const rules: Roles['rules'] = {};
  const sets = { perpetrators: perps, targets, victims };
  const text = a.text;
  const sentenceAt = (offset: number): Sentence | undefined => a.sentences.find((s) => offset >= s.start && offset < s.end);

  // 1. the trigger's grammatical roles
  if (trigger) {
    const s = trigger.sentence;
    const before = actors
      .flatMap((x) => x.mentions.filter((m) => within(m, s) && m.end <= trigger.start && !isCredit(a, x, m)).map((m) => ({ x, m })))
      .sort((p, q) => q.m.end - p.m.end);
    const after = actors
      .flatMap((x) => x.mentions.filter((m) => within(m, s) && m.start >= trigger.end && !isCredit(a, x, m)).map((m) => ({ x, m })))
      .sort((p, q) => p.m.start - q.m.start);
    const voice = PASSIVE_BEFORE.test(text.slice(Math.max(s.start, trigger.start - 30), trigger.start)) ? 'passive' : 'active';
    for (const r of GRAMMAR_RULES) {
      if (r.voice !== voice) continue;
      const found = (r.side === 'before' ? before : after).find(({ m }) => {
        const [from, to] = r.side === 'before' ? [m.end, trigger.start] : [trigger.end, m.start];
        // a name inside a relative clause that closes before the trigger is not its subject ("Nordvik, which is listed on the Oslo Stock Exchange, said")
        if (r.side === 'before' && IN_RELATIVE.test(text.slice(Math.max(s.start, m.start - 80), m.start)) && /^[^,]*,/.test(text.slice(m.end, trigger.start))) return false;
        return (!r.stop || !r.stop.test(text.slice(from, to))) && (r.max === undefined || to - from <= r.max) &&
          (!r.preceded || r.preceded.test(text.slice(Math.max(s.start, m.start - 20), m.start)));
      });
      if (!found) continue;
      sets[r.field].add(found.x.id);
      rules[r.field] ??= r.id;
    }
  }

  // 2. claims of responsibility in the trigger's sentence; 3. people said to be hit, or to have shot, been arrested or charged
  for (const x of actors) {
    for (const m of x.mentions) {
      const s = sentenceAt(m.start);
      if (!s || !a.isContent(m.start, m.end)) continue;
      const after = text.slice(m.end, Math.min(s.end, m.end + 160));
      const before = text.slice(Math.max(s.start, m.start - 80), m.start);
      for (const r of MENTION_RULES) {
        if (r.kind === 'person' && x.kind !== 'person') continue;
        if (r.inTriggerSentence && !(trigger && s.i === trigger.sentence.i)) continue;
        if (!(r.after?.test(after) || (r.before?.test(before) && !r.teller?.test(after)))) continue;
        sets[r.field].add(x.id);
        if (r.field === 'perpetrators') rules.perpetrators ??= r.id;
        if (r.status) {
          if (KILLED_AFTER.test(after)) status.set(x.id, 'killed');
          else if (INJURED_AFTER.test(after) && status.get(x.id) !== 'killed') status.set(x.id, 'injured');
          else if (SHOT_AFTER.test(after) && !status.has(x.id)) status.set(x.id, 'shot');
        }
        if (r.final) break;
      }
    }
  }
  // the persons' mentions in content, in text order (the pronoun step and the list step read them)
  const named: NamedMention[] = actors
    .filter((x) => x.kind === 'person')
    .flatMap((x) => x.mentions.filter((m) => a.isContent(m.start, m.end)).map((m) => ({ x, m })))
    .sort((p, q) => p.m.start - q.m.start);
  // 3b. "He was pronounced dead": a subject pronoun said to be hit stands for the nearest person named before it
  pronounVictims(a, named, sets);
  // 3c. "Jasper's mother said": a person whose kin speak for them, in a story of harm, is its victim
  kinVictims(a, actors, sets);
  // 4. a person given with an age ("Ann Hart, 35," "35-year-old Ann Hart") in a sentence of the crime is one of its people:
  // a suspect where the sentence speaks of arrest or charges, else a victim where it speaks of harm (this or the next sentence)
  const early = a.sentences.filter((s) => s.zone === 'body' && a.isContent(s.start, s.end)).slice(0, 60);
  for (const x of actors) {
    if (x.kind !== 'person' || victims.has(x.id) || perps.has(x.id)) continue;
    for (const m of x.mentions) {
      const k = early.findIndex((s) => m.start >= s.start && m.start < s.end);
      if (k < 0) continue;
      const lead = text.slice(Math.max(0, m.start - 40), m.start);
      // the one who tells it is no suspect ("Ruiz's sister, Elena Ruiz, said"), nor are the words the sentence quotes the crime's
      if (TELLER_NEXT.test(text.slice(m.end, m.end + 120))) continue;
      const cues: PersonCues = { aged: AGE_AFTER.test(text.slice(m.end, m.end + 12)) || AGE_BEFORE.test(lead), kin: KIN_BEFORE.test(lead), lead, here: unquoted(early[k].text) };
      const rule = PERSON_RULES.find((r) => r.applies(cues));
      if (rule) {
        sets[rule.field].add(x.id);
        rules[rule.field] ??= rule.id;
        break;
      }
      if (!cues.aged && !cues.kin) continue;
      // no sentence of arrest: a victim where this sentence or the next or the one before speaks of harm
      const next = early[k + 1]?.text ?? '';
      const prev = early[k - 1]?.text ?? '';
      if (HARM_WORDS.test(cues.here) || HARM_WORDS.test(next) || HARM_WORDS.test(prev)) victims.add(x.id);
      else continue;
      break;
    }
  }
  // 5. lists share their role: "the victims as A, 35; B, 18; and C", "A, 19, and B, 18, were arrested"
  const LIST_SEP =
    /^(?:,?\s*(?:age[sd]?\s+)?\d{1,3})?(?:,?\s+(?:of\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?(?:,\s+(?:an?|the)\s+[^,;.()]{1,50})?\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\s*,\s*and\s+)(?:(?:the\s+)?\d{1,3}-year-old\s+)?$/;
  const role = (id: string): 'v' | 'p' | null => (victims.has(id) ? 'v' : perps.has(id) ? 'p' : null);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < named.length; i++) {
      const p = named[i];
      const q = named[i + 1];
      // a list's separator is short ("; and", ", 19, and"); a long gap is no list, and LIST_SEP is quadratic in its blanks
      const gap = text.slice(p.m.end, q.m.start);
      if (gap.length > 150 || !LIST_SEP.test(gap)) continue;
      const rp = role(p.x.id);
      const rq = role(q.x.id);
      if (rp && !rq) (rp === 'v' ? victims : perps).add(q.x.id);
      if (rq && !rp) (rq === 'v' ? victims : perps).add(p.x.id);
    }
  }
  for (const id of victims) perps.delete(id);
  const order = new Map(actors.map((x, i) => [x.id, i]));
  const sorted = (ids: Set<string>): string[] => [...ids].sort((p, q) => (order.get(p) ?? 0) - (order.get(q) ?? 0));
  return { perpetrators: sorted(perps), targets: sorted(targets), victims: sorted(victims), rules, status };
}
