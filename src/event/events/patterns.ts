// Who did what to whom, from grammar: each pattern reads the words between a filler (a named actor, a
// described participant, a thing, a place, a weapon or a pronoun) and the event's trigger, and gives
// the filler a role. Patterns are data with stable ids; `--explain` shows the id behind each role.

import type { LexiconFile } from '../../extract/lexicon.js';
import wordsFile from './lexicon/role-words.json' with { type: 'json' };
import pronounsFile from './lexicon/pronouns.json' with { type: 'json' };
import codesFile from './lexicon/codes.json' with { type: 'json' };
import roleCuesFile from '../lexicon/role-cues.json' with { type: 'json' };

/** The words of the role patterns (lexicon/role-words.json), by list. */
export const WORDS = (wordsFile as LexiconFile<Record<string, string[]>>).entries;
/** A word list as a regular-expression alternation; a blank in a phrase is any run of blanks. */
export const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

export type Role = 'perpetrator' | 'target' | 'victim' | 'weapon';
/** What fills a slot: a person, a group or organisation, a physical thing (or place), or a weapon. */
export type FillerKind = 'person' | 'group' | 'thing' | 'weapon';

export interface RolePattern {
  id: string;
  /** Where the filler stands: before the trigger or after it (in the same sentence). */
  side: 'before' | 'after';
  /** The words between them, anchored at both ends; bounded so that matching stays linear. */
  gap: RegExp;
  role: Role;
  /** The fillers the pattern takes; persons hit go to `victim` when the role is `target` (see `personHit`). */
  takes: readonly FillerKind[];
  /** The trigger's form it needs: a verb in the active voice, a passive participle, a noun, or any. */
  voice: 'active' | 'passive' | 'noun' | 'any';
  /** Only for triggers whose words match (or, with `unless`, do not match). */
  only?: RegExp;
  unless?: RegExp;
  /** Words that must end right before the trigger ("blamed the attack on X": `blamed the`). */
  pre?: RegExp;
  /** The filler is the doer named as subject: not for an explosion verb, whose subject is its weapon ("a bomb exploded"). */
  agent?: boolean;
  /** "between X and Y": X takes the role, Y (after "and") is the other side; a coordinated filler does not share it. */
  between?: boolean;
  /** Only for a description in apposition to a name ("Hilda Flores, a Guatemalan leader, was abducted"): its closing comma may end the gap. */
  apposed?: boolean;
  /** Only for a possessive pronoun ("its attacks"), the one pattern such a pronoun fills. */
  possessive?: boolean;
  /** The words right before the filler (up to 40 characters, within the sentence): "blamed the FMLN for the attack". */
  lead?: RegExp;
  /** Words right before the filler that rule the pattern out: "bodyguards loyal to Gaddafi's sons fired" (the sons are no subject). */
  unlessLead?: RegExp;
  /** The filler heads a list its gap runs over ("A and B, a teacher, were killed"): a filler inside the gap does not take the slot, but a verb in it rules the pattern out. */
  list?: boolean;
  what: string;
}

/** Nouns of a death, whose possessor is the one who died ("Ann Hart's killing"), not its doer. */
const DEATH_NOUNS = new RegExp(`^(?:${(roleCuesFile as LexiconFile<Record<string, string[]>>).entries.victimPossessive.map((w) => `${w.replace(/ /g, '\\s+')}s?`).join('|')})$`, 'i'); // the nouns the main event's roles read after a name's 's (role-cues victimPossessive)

/** Harm words without an agent: their subject is the one hit ("the general died", "three were dead"). */
export const UNACCUSATIVE = new RegExp(`^(?:${alt(WORDS.unaccusative)})$`, 'i');

const W = "(?:[\\w'’-]+\\s+)"; // one word and its blank
/** Not a form of "be": a word of the gap that opens another verb phrase ("and is being held at"). */
const NOT_AUX = '(?!(?:is|are|was|were|be|being|been)\\s)';
const ADV = `(?:(?:${alt(WORDS.adverbs)})\\s+)`;
const APPOS = '(?:\\s*,[^,.;:"“”]{2,70},)?'; // "Gunmen, wearing masks, opened fire"
const DET = `(?:(?:${alt(WORDS.determiners)}|\\d[\\d,]*)\\s+)?`; // "the", "two", "23": a determiner or a number
const MODS = `(?:(?:${alt(WORDS.modifiers)})\\s+){0,3}`;
const PEOPLE: readonly FillerKind[] = ['person', 'group'];
/** The object of a support verb up to its attack noun ("a series of", "two bomb", "a wave of dynamite"): words that open no
 * phrase of their own, so "conducted a search after the attack", "began an investigation into the murder" give no doer. */
const SUPPORT_OBJECT = `(?:(?!(?:${alt(WORDS.notInSupportObject)})\\s)${W}){0,4}`;
/** A filler inside a phrase that qualifies the subject before it ("loyal to Gaddafi's sons", "linked to the cartel"). */
const ATTACHED_TO = new RegExp(`\\b(?:${alt(WORDS.attachedTo)})\\s+(?:the\\s+)?(?:[\\w-]+(?:\\s+[\\w-]+)?\\s*['’]s\\s+)?$`, 'i');
const ANY_TARGET: readonly FillerKind[] = ['person', 'group', 'thing'];
const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
/** A time phrase that may stand between a participle and its "by" ("murdered last Friday (17 November) by",
 * "machinegunned on 15 November by", "killed yesterday by"): a day word, a weekday, a part of the day or a date,
 * optionally with a bracketed date after it. Linear: each alternative opens with its own word, no nested repetition. */
export const TIME_PHRASE = `(?:(?:early|late)\\s+)?(?:yesterday|today|tonight|overnight|(?:last|this|on|early|late)\\s+(?:${DAY}|night|week|month|morning|evening|afternoon)|(?:on\\s+)?(?:${DAY})|on\\s+\\d{1,2}\\s+(?:${MONTH})\\.?|\\(\\s*\\d{1,2}\\s+(?:${MONTH})\\.?\\s*\\))(?:\\s+(?:morning|evening|afternoon|night))?(?:\\s*\\(\\s*\\d{1,2}\\s+(?:${MONTH})\\.?\\s*\\))?`;
/** After a participle: an optional time phrase, then "by" (a passive's agent follows). */
export const TIME_THEN_BY = new RegExp(`^\\s+(?:${TIME_PHRASE}\\s+)?by\\s`, 'i');

/** Before an event noun a phrase of accusation or arrest names: a determiner or possessive ("this", "the judge's", "last week's") and up to three
 * modifiers, a date or a bracketed word among them ("the March 1980", "the (Jesuits')", "the mass"), none a function word or a
 * verb's -ing form (so "accused X of failing to prevent the attack" names no doer). Linear: each word is one token. */
const EVENT_DET = "(?:(?:the|this|that|these|those|a|an|its|their|his|her|last\\s+\\w+['’]s|[\\w-]+['’]s?)\\s+)?";
const EVENT_MODS = "(?:(?!(?:the|a|an|to|of|in|on|at|for|with|by|from|and|or|not|no|that|which|who|[\\w-]+ing)\\s)[\\w'’()-]+\\s+){0,3}";

/** An operation in which people are arrested, not for which ("arrested 20 people in a raid"): its arrested did not do it. */
const ARREST_OPERATION = /^(?:raids?|operations?|crackdowns?|sweeps?|searches?|clash(?:es)?|fighting|battles?|offensives?|combat)$/i;

export const ROLE_PATTERNS: readonly RolePattern[] = [
  // claims and blame first: they name the perpetrator even in a passive or nominal sentence
  { id: 'role.claimed-responsibility', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    gap: new RegExp(`^${APPOS}\\s+(?:(?:has|have|had|later|quickly|also)\\s+){0,2}(?:${alt(WORDS.claimVerbs)})\\s+(?:(?:responsibility|credit)\\s+for\\s+)?${W}{0,5}$`, 'i'),
    what: '"X claimed responsibility for (the) attack", "X claimed the attacks"' },
  { id: 'role.blamed-on', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    gap: new RegExp(`^\\s+${W}{0,8}?(?:(?:was|were|is|are|has\\s+been|have\\s+been)\\s+)?(?:${alt(WORDS.blamedOn)})\\s+${DET}${MODS}$`, 'i'),
    what: '"the attack was blamed on X", "attributed to X", "strikes launched by X"' },
  { id: 'role.blamed-for', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    gap: new RegExp(`^${APPOS}\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|(?:could|may|might|must|would|should|can|will)\\s+(?:have\\s+been|be))\\s+)(?:\\w+\\s+)?(?:${alt(WORDS.blamedFor)})\\s+(?:[\\w'’()-]+\\s+){0,4}$`, 'i'),
    what: '"X was blamed for the bombing", "X is behind the attack", "X could be implicated in the murder" (a modal before "be"), "X is responsible for the (Jesuits\') murders"' },
  { id: 'role.blamed-x-for', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    lead: new RegExp(`\\b(?:${alt(WORDS.blameVerbs)}|accused|accuses|accusing|held|holds|holding)\\s+(?:the\\s+)?$`, 'i'),
    gap: new RegExp(`^\\s+(?:(?:responsible\\s+)?for|of)\\s+${DET}$`, 'i'),
    what: '"police blamed X for the attack", "accused X of the bombing", "held X responsible for the attack"' },
  { id: 'role.charged-x-with', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    lead: new RegExp(`\\b(?:${alt(WORDS.accuseVerbs)})\\s+(?:(?!(?:that|who|whom|which|whether|if)\\s)[\\w'’-]+\\s+){0,2}$`, 'i'),
    gap: new RegExp(`^\\s+(?:with|in|to|for|of)\\s+(?:being\\s+(?:the\\s+|an?\\s+)?(?:${alt(WORDS.doerNouns)})\\s+(?:of|in|behind)\\s+)?${EVENT_DET}${EVENT_MODS}$`, 'i'),
    what: '"the authorities charge them with the mass murders", "he links rightist leader X to the March 1980 assassination", "implicated X in the killing", "accused X of being the masterminds of the assassination": the object of a verb of accusation is the doer of the event its phrase names' },
  { id: 'role.arrested-for', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any', unless: ARREST_OPERATION,
    lead: new RegExp(`\\b(?:${alt(WORDS.arrestWords)})\\s+(?:of\\s+)?(?:the\\s+)?(?:${W}{1,4}?(?:and|,)\\s+(?:the\\s+)?)?$`, 'i'),
    gap: new RegExp(`^\\s*(?:,\\s*(?:who|whom)\\s+(?:(?:are|were|is|was|have|has|had|been|being|now)\\s+){1,3}held\\s+)?\\s*(?:as\\s+(?:the\\s+)?(?:(?:alleged|presumed|possible|main|prime|chief)\\s+)?(?:${alt(WORDS.doerNouns)})\\s+(?:of|in)|for|in|over|in\\s+connection\\s+with)\\s+${EVENT_DET}${EVENT_MODS}$`, 'i'),
    what: '"the arrest of 45 soldiers and 2 officers for killing 6 clergymen", "arrested two suspects in this attack", "detained X, who are being held as suspects in Y\'s murder": those arrested for an event did it' },
  { id: 'role.reduced-blamed-for', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'noun',
    gap: new RegExp(`^\\s+(?:(?:${alt(WORDS.reducedBlamedFor)})\\s+(?:(?:${alt(WORDS.takingPart)})\\s+)?)(?:the|this|that|these|those|a|an|last\\s+\\w+['’]s|(?:the\\s+)?(?:\\w+['’]s|\\w+s['’]))?\\s*(?:[\\w-]+\\s+)?$`, 'i'),
    what: '"the men behind the attack", "three persons suspected of participating in the attack": a reduced relative after the doer' },
  { id: 'role.carried-out', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'noun',
    gap: new RegExp(`^${APPOS}\\s+${ADV}{0,2}(?:${alt(WORDS.carryOut)})\\s+${SUPPORT_OBJECT}$`, 'i'),
    what: '"X carried out the attack", "X launched strikes" (not "conducted a search after the attack")' },
  { id: 'role.possessive', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'noun', unless: DEATH_NOUNS,
    gap: /^['’]s?\s+(?:[\w-]+\s+){0,2}$/i,
    what: '"X\'s attack on Y"' },
  { id: 'role.possessive-death', side: 'before', role: 'victim', takes: ['person'], voice: 'noun', only: DEATH_NOUNS,
    gap: /^['’]s?\s+(?:[\w-]+\s+){0,2}$/i,
    what: '"Ann Hart\'s killing", "Bo Lee\'s death": a person\'s death, killing or murder is what befell that person' },
  { id: 'role.possessive-pronoun', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'noun', possessive: true,
    only: /^(?:attacks?|offensives?|raids?|strikes?|air\s*strikes?|bombings?|bombing\s+campaign|assaults?|shelling|ambush(?:es)?|rocket\s+attacks?|sabotage|offensive)$/i,
    gap: /^\s+(?:(?:latest|last|recent|new|first|second|third|final|own|armed|military|terrorist|deadly|violent|renewed|continued)\s+){0,2}$/i,
    what: '"the FMLN decreed a suspension of its attacks": the group "its" stands for ("their" is left out: it stands as often for people asked about an attack as for its doers)' },
  { id: 'role.premodifier-thing', side: 'before', role: 'target', takes: ['thing'], voice: 'noun',
    gap: /^\s+$/,
    what: '"the church bombing", "a bus attack": a thing before the noun is what was hit' },
  { id: 'role.premodifier-actor', side: 'before', role: 'perpetrator', takes: ['group'], voice: 'noun',
    gap: /^\s+$/,
    what: '"a guerrilla attack", "rebel strikes"' },
  // passive voice: "Y was attacked by X"
  { id: 'role.passive-agent', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'passive',
    gap: new RegExp(`^\\s+${W}{0,5}?by\\s+${DET}$`, 'i'),
    what: '"Y was attacked by X"' },
  { id: 'role.participle-by', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'any', only: /ed$/i,
    gap: new RegExp(`^\\s+(?:${TIME_PHRASE}\\s+)?by\\s+${DET}${MODS}$`, 'i'),
    what: '"the bomb -- allegedly detonated by urban guerrilla commandos --", "six Jesuits machinegunned by men", "the Jesuits murdered last Friday (17 November) by uniformed men": a participle before "by" (past a time phrase) is passive, whatever its tag' },
  { id: 'role.passive-instrument', side: 'after', role: 'weapon', takes: ['weapon'], voice: 'any',
    gap: new RegExp(`^\\s+${W}{0,5}?(?:by|with|using)\\s+${DET}${W}{0,2}$`, 'i'),
    what: '"killed by a bomb", "attacked with machine guns"' },
  { id: 'role.passive-subject', side: 'before', role: 'target', takes: ANY_TARGET, voice: 'passive',
    gap: new RegExp(`^${APPOS}\\s+(?:(?:was|were|is|are|been|being|has|have|had|got|get|gets|reportedly|allegedly|also|later|then|again|already|all|both|each|critically|seriously|fatally|badly|slightly|severely)\\s+){0,4}$`, 'i'),
    what: '"Y was attacked", "Y were killed"' },
  { id: 'role.passive-subject-list', side: 'before', role: 'target', takes: ['person'], voice: 'passive', list: true,
    gap: /^(?:\s*,[^,.;:!?()"“”]{2,70},?|\s+of\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,?\s+(?:and|together\s+with|along\s+with)\s+[^,.;:!?()"“”]{2,70}?(?:\s*,[^,.;:!?()"“”]{2,70})?)?\s*,?\s+(?:(?:was|were|have|has|had|been|reportedly|allegedly|also|later|all|both)\s+){1,4}$/i,
    what: '"Maria Diaz, a judge, and two of her bodyguards were assassinated", "A of Milan and B of Rome, together with C, were taken hostage": a name (not a description) heading the subject of a passive verb, past its apposition or home and a coordinated conjunct, with no verb between' },
  { id: 'role.target-of', side: 'before', role: 'target', takes: ANY_TARGET, voice: 'noun',
    gap: /^(?:\s*,[^,.;:"“”]{2,70},)?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been|became|appeared\s+to\s+be|seemed\s+to\s+be)\s+(?:the|a|an)\s+(?:(?:main|apparent|intended|likely|real|primary|principal|first|second|only)\s+)?(?:target|objective|aim)s?\s+of\s+(?:the|a|an|this|that|these|those|its|their|his|her|yesterday['’]s|today['’]s|last\s+\w+['’]s)?\s*(?:[\w-]+\s+){0,2}$/i,
    what: '"the embassy was the target of a rocket attack", "the offices were the objective of the terrorist attack"' },
  { id: 'role.struck-by-event', side: 'before', role: 'target', takes: ANY_TARGET, voice: 'noun',
    gap: new RegExp(`^(?:\\s+(?:in|at|near|on)\\s+(?:[A-Z][\\w.'’-]*\\s+){0,3})?\\s*(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:[a-z]+ly\\s+)?(?:${alt(WORDS.struckVerbs)})\\s+by\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}$`),
    what: '"The Murrah Federal Building in Oklahoma City was shattered by an explosion": what an event noun struck, as the subject of a passive verb of damage' },
  { id: 'role.apposition-passive-subject', side: 'before', role: 'target', takes: ['person'], voice: 'passive', apposed: true,
    gap: /^\s*,\s+(?:(?:was|were|is|are|been|being|has|have|had|got|reportedly|allegedly|also|later|critically|seriously|fatally|badly|slightly|severely)\s+){1,4}$/i,
    what: '"Hilda Flores, a Guatemalan leader, was abducted": a description in apposition to a name, closed by its comma, as a passive subject' },
  // active voice: "X attacked Y", "X fired rockets at Y"
  { id: 'role.subject-died', side: 'before', role: 'victim', takes: ['person'], voice: 'any', only: UNACCUSATIVE,
    gap: new RegExp(`^${APPOS}\\s+(?:(?:was|were|is|are|has|have|had|been|later|also|reportedly|all|both|each|eventually|subsequently|instantly|immediately)\\s+){0,3}$`, 'i'),
    what: '"the general died", "two soldiers were dead": the subject of a death word is the victim' },
  { id: 'role.active-subject', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'active', unless: UNACCUSATIVE, agent: true,
    gap: new RegExp(`^${APPOS}\\s+${ADV}{0,3}$`, 'i'), unlessLead: ATTACHED_TO,
    what: '"X attacked Y", "gunmen opened fire"' },
  { id: 'role.active-subject-bracketed', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'active', unless: UNACCUSATIVE, agent: true,
    gap: new RegExp(`^(?:\\)|\\s*\\([^()]{1,60}\\))${APPOS}\\s+${ADV}{0,3}$`, 'i'),
    what: '"the Farabundo Marti National Liberation Front (FMLN) attacked", "the FMLN (Farabundo ...) attacked": a name and its bracketed short or full form before the verb' },
  { id: 'role.relative-subject', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'active', unless: UNACCUSATIVE, agent: true,
    gap: new RegExp(`^\\s*,\\s*(?:who|which|that)\\s+${ADV}{0,3}$`, 'i'),
    what: '"the guerrillas, who attacked the farm": the subject of a relative clause is the doer' },
  { id: 'role.relative-carried-out', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'any',
    gap: new RegExp(`^\\s*,\\s*(?:who|which|that)\\s+${ADV}{0,2}(?:${alt(WORDS.carryOut)})\\s+${SUPPORT_OBJECT}$`, 'i'),
    what: '"the ELN, which has staged several dynamite attacks": the group a relative clause says carried it out' },
  { id: 'role.participle-subject', side: 'before', role: 'perpetrator', takes: PEOPLE, voice: 'active', only: /ing$/i, unless: UNACCUSATIVE, agent: true,
    gap: new RegExp(`^${APPOS}\\s+${ADV}{0,2}(?:(?:has|have|had)\\s+)?(?:[a-z]+ed|${alt(WORDS.pastIrregular)})\\b[^,;:!?]{0,80},\\s*$`, 'i'),
    what: '"gunmen stormed the hotel, killing six": the clause\'s subject does what its participle says' },
  { id: 'role.possessive-subject', side: 'before', role: 'perpetrator', takes: ['group'], voice: 'active', unless: UNACCUSATIVE, agent: true,
    gap: new RegExp(`^['’]s?\\s+(?:[A-Z][\\w-]*\\s+){0,2}(?:${alt(WORDS.memberNouns)})\\s+${ADV}{0,3}$`),
    what: '"the IRA\'s Belfast brigade had detonated", "Hamas\'s armed wing fired": the group whose part or members did it' },
  { id: 'role.active-object', side: 'after', role: 'target', takes: ANY_TARGET, voice: 'active',
    gap: new RegExp(`^\\s+${DET}$`, 'i'),
    what: '"X attacked Y", "killing Y"' },
  { id: 'role.part-of-object', side: 'after', role: 'target', takes: ['thing'], voice: 'active',
    gap: new RegExp(`^\\s+${DET}(?:[\\w-]+\\s+)?(?:${alt(WORDS.thingParts)})(?:\\s*,?\\s+and\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${alt(WORDS.thingParts)}))?\\s+of\\s+${DET}$`, 'i'),
    what: '"the bomb destroyed the facade of the bank", "damaged the windows and doors of a school": the thing a part of which was hit is the target' },
  { id: 'role.blamed-x-on', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'any', pre: new RegExp(`\\b(?:${alt(WORDS.blameVerbs)})\\s+(?:the|this|that|these|those|a|an)?\\s*(?:[\\w-]+\\s+)?$`, 'i'),
    gap: new RegExp(`^\\s+on\\s+${DET}${MODS}$`, 'i'),
    what: '"blamed the attack on X"' },
  { id: 'role.attributed-x-to', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'any', pre: new RegExp(`\\b(?:${alt(WORDS.attributeVerbs)})\\s+(?:the|this|that|these|those|a|an|its|their)?\\s*(?:[\\w-]+\\s+)?$`, 'i'),
    gap: new RegExp(`^\\s+(?:(?:of|on|against|at|in)\\s+${W}{1,4}?)?to\\s+${DET}${MODS}$`, 'i'),
    what: '"police attributed the attack to X", "attributed the bombing of the plant to X" (the active form of "attributed to X")' },
  { id: 'role.between', side: 'after', role: 'perpetrator', takes: PEOPLE, voice: 'noun', between: true,
    gap: new RegExp(`^\\s+between\\s+${DET}$`, 'i'),
    what: '"a battle between X and Y": X is one side (the other, after "and", is the target)' },
  { id: 'role.of-patient', side: 'after', role: 'target', takes: ANY_TARGET, voice: 'noun',
    gap: new RegExp(`^\\s+of\\s+${DET}$`, 'i'),
    what: '"the assassination of Y", "the killing of Y", "the bombing of Y"' },
  { id: 'role.on-target', side: 'after', role: 'target', takes: ANY_TARGET, voice: 'any',
    gap: new RegExp(`^\\s+(?:${NOT_AUX}${W}){0,5}?(?:${alt(WORDS.targetPrepositions)})\\s+${DET}$`, 'i'),
    what: '"an attack on Y", "fired rockets at Y", "strikes against Y" (not across a verb of its own: "charged with assault and is being held at Y")' },
  // ergative news verbs: "a bomb exploded at the church"
  { id: 'role.weapon-subject', side: 'before', role: 'weapon', takes: ['weapon'], voice: 'any',
    gap: new RegExp(`^\\s+(?:${W}{0,3}?)(?:(?:was|were|had|has|been|reportedly|apparently)\\s+){0,2}$`, 'i'),
    what: '"a bomb exploded ...", "a roadside IED kills ...", "rockets were fired": a weapon as subject is the weapon' },
  { id: 'role.ergative-place', side: 'after', role: 'target', takes: ['thing'], voice: 'any', only: /explo|blast|bomb|blew|went off|detonat|dynamit/i,
    gap: new RegExp(`^\\s+(?:${W}{0,3}?)(?:${alt(WORDS.blastPrepositions)})\\s+${DET}$`, 'i'),
    what: '"exploded at the church", "a bombing near a power station": the thing next to the blast was hit' },
  { id: 'role.with-weapon', side: 'after', role: 'weapon', takes: ['weapon'], voice: 'any',
    gap: new RegExp(`^\\s+(?:${W}{0,6}?)(?:with|using|of)?\\s*${DET}(?:${W}{0,2})$`, 'i'),
    what: '"fired a barrage of rockets", "attacked with grenades"' },
];

/** After a named group, the noun that tells its kind, with the group's own modifiers ("Islamic State\" militant group",
 * "the Taliban militia"): the name and its noun are one subject. Linear: a closing quote, at most three modifiers, one noun. */
export const KIND_NOUN_AFTER = new RegExp(`^["”’]?\\s+${MODS}(?:${alt(WORDS.kindNouns)})\\b`, 'i');

/** After a named group, one of its units, with the unit's own modifiers ("FMLN units", "an FMLN guerrilla unit"): the group
 * did what its unit did, so the name and the unit are one subject (role.group-unit). Linear: at most three modifiers, one noun. */
export const UNIT_NOUN_AFTER = new RegExp(`^\\s+${MODS}(?:${alt(WORDS.unitNouns)})\\b`, 'i');

/** Triggers whose patient is a person hit: "killed Y", "Y was wounded" make Y a victim. */
export const HARM_CODES: ReadonlySet<string> = new Set((codesFile as LexiconFile<{ harmCodes: string[] }>).entries.harmCodes);

/** The last word of a group told by its people, not by a name ("Afghan soldiers", "US troops", "Iraqi police"). */
export const PEOPLE_HEAD = new RegExp(`\\b(?:${alt(WORDS.peopleHeads)})$`, 'i');

/** Explosion verbs whose subject is the weapon, not the perpetrator. */
export const ERGATIVE = new RegExp(`^(?:${WORDS.ergative.join('|')})$`, 'i');

export const PRONOUNS: Readonly<Record<string, { plural: boolean; person: boolean; possessive?: boolean }>> = (pronounsFile as LexiconFile<Record<string, { plural: boolean; person: boolean; possessive?: boolean }>>).entries;
