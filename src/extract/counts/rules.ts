// Count rules as data: the casualty contexts (what is said of the counted people) with their ids.
// Every regular expression here is linear: fixed word alternations, bounded repetitions, and
// windows of at most a few hundred characters.
import type { CountCategory } from '../../record/schema.js';

/** Words that may stand between a counted noun and what is said of it ("were all", "who had been"). */
const AUX =
  '(?:(?:were|was|are|is|have|has|had|been|being|got|get|gets|remain|remains|remained|all|both|each|also|reportedly|later|allegedly|' +
  'subsequently|eventually|apparently|who|that|then|initially|critically|seriously|ultimately|since|now|still|else|' +
  'accidentally|mistakenly|possibly|likely|badly|severely|fatally|' +
  'of\\s+(?:them|whom|those|these)|believed\\s+to\\s+have\\s+been|said\\s+to\\s+have\\s+been)\\s+){0,4}';
/**
 * An appositive or a short place phrase between the noun and its verb: "One of the victims, a male, has died",
 * "A 15-month-old in the minivan was also struck".
 */
const APPOSITIVE =
  '(?:\\s*,[^,.;]{1,50},|\\s+[-–—]\\s[^-–—.;]{1,60}\\s[-–—]|' +
  '\\s+(?:in|inside|at|on|near|outside)\\s+(?:the|a|an|his|her|their)\\s+[\\w-]{1,20}(?:\\s+[\\w-]{1,20})?(?=\\s+(?:was|were|is|are|had|has|have)\\b))?';

const KILLED =
  '(?:to\\s+death|shot\\s*,?\\s+(?:and\\s+)?killed|shot\\s+dead|shot\\s+to\\s+death|gunned\\s+down|stabbed\\s+to\\s+death|beaten\\s+to\\s+death|' +
  'fatally\\s+(?:shot|wounded|injured|struck|stabbed|hurt)|fatally|killed|dead|slain|murdered|died|dies|die|perished|' +
  'found\\s+dead|pronounced\\s+dead|lost\\s+(?:their|his|her)\\s+li(?:fe|ves)|deaths?|fatalities|executed)';
const INJURED =
  '(?:injured|wounded|hurt|hospitali[sz]ed|injuries|(?:listed\\s+)?in\\s+(?:critical|serious|stable|grave|fair|good|guarded)\\s+condition|' +
  '(?:suffered|received|sustained)\\b[^.;]{0,60}?\\b(?:injuries|wounds|injury|wound)|' +
  // a survivor of the attack was hit ("One victim survived"), but not "survived by his wife" (an obituary)
  'survived(?!\\s+by\\b)|recovering\\b|(?:taken|transported|rushed|flown|airlifted)\\s+to\\s+(?:[\\w-]+\\s+){0,3}?(?:hospitals?|medical\\s+cent(?:er|re)|trauma\\s+cent(?:er|re))\\b(?![^.;]{0,40}?\\bwhere\\s+(?:he|she|they)\\s+(?:later\\s+|was\\s+|were\\s+)?(?:died|pronounced))|treated\\s+(?:for|at|and\\s+released)\\b|in\\s+(?:the\\s+|a\\s+)?hospital\\b|' +
  'with\\s+(?:an?\\s+)?(?:serious\\s+|critical\\s+|minor\\s+|non-life[-\\s]threatening\\s+|life[-\\s]threatening\\s+)gunshot\\s+wounds?)';
/** Hit by gunfire, alive or not: "were shot", "found with multiple gunshot wounds". */
const SHOT =
  '(?:(?:shot|struck|grazed)(?!\\s+(?:and\\s+killed|dead|to\\s+death)|\\s*,\\s*(?:and\\s+)?killed)|' +
  'with\\s+(?:an?\\s+)?(?:apparent\\s+|multiple\\s+)?gunshot\\s+wounds?)';
const ARRESTED = '(?:arrested|detained|apprehended|in\\s+custody|taken\\s+into\\s+custody|booked|jailed|indicted)';
const MISSING = '(?:missing|unaccounted\\s+for)';
const KIDNAPPED = '(?:kidnapped|abducted|taken\\s+hostage|held\\s+hostage|taken\\s+captive)';
const DISPLACED = '(?:displaced|evacuated|made\\s+homeless|forced\\s+from\\s+their\\s+homes)';

export interface ContextRule {
  id: string;
  category: CountCategory;
  /** The counted people were hit by gunfire: killed or injured, the event tells which. */
  shot?: boolean;
  re: RegExp;
}

const after = (pred: string): RegExp => new RegExp(`^${APPOSITIVE}[\\s,]*${AUX}${pred}\\b`, 'i');
const before = (pred: string): RegExp => new RegExp(`\\b${pred}\\s+$`, 'i');

/** What follows the counted noun: "14 people were killed", "1 dead", "two fatally", "three others wounded". Order matters. */
export const AFTER_RULES: readonly ContextRule[] = [
  // "Four of the five people shot died": the participle names how, the verb tells the outcome
  { id: 'count.casualty-after', category: 'killed', re: after(`(?:shot\\s+)?${AUX}${KILLED}`) },
  { id: 'count.casualty-after', category: 'injured', re: after(INJURED) },
  { id: 'count.casualty-shot', category: 'injured', shot: true, re: after(SHOT) },
  { id: 'count.casualty-after', category: 'arrested', re: after(ARRESTED) },
  { id: 'count.casualty-after', category: 'kidnapped', re: after(KIDNAPPED) },
  { id: 'count.casualty-after', category: 'missing', re: after(MISSING) },
  { id: 'count.casualty-after', category: 'displaced', re: after(DISPLACED) },
];

/** What precedes the number: "killing 2", "shot and killed a man", "wounding three others". */
export const BEFORE_RULES: readonly ContextRule[] = [
  {
    id: 'count.casualty-before',
    category: 'killed',
    re: before(
      '(?:killing|killed|kills|kill|murdering|murdered|murders|slaying|slew|executed|shot\\s+and\\s+killed|shooting\\s+and\\s+killing|' +
        'fatally\\s+(?:shot|shooting|wounded|wounding|stabbed|stabbing)|gunned\\s+down|claimed\\s+the\\s+lives\\s+of|' +
        'death\\s+toll\\s+(?:\\w+\\s+)?(?:to|of|at)|fatal\\s+(?:shooting|stabbing|shootings)\\s+of|deaths\\s+of|death\\s+of|murders?\\s+of|killings?\\s+of|slayings?\\s+of|bodies\\s+of)',
    ),
  },
  { id: 'count.casualty-before', category: 'injured', re: before('(?:wounding|wounded|wounds|wound|injuring|injured|injures|injure|hurting|hurt|hospitali[sz]ing|wounding\\s+of|injuring\\s+of)') },
  { id: 'count.casualty-shot', category: 'injured', shot: true, re: before('(?:shot|shooting|shoots|shoot|striking|opened\\s+fire\\s+on|shooting\\s+of)') },
  { id: 'count.casualty-before', category: 'arrested', re: before('(?:arrested|arresting|arrest\\s+of|detained|detaining|apprehended|rounded\\s+up)') },
  { id: 'count.casualty-before', category: 'kidnapped', re: before('(?:kidnapped|kidnapping|abducted|abducting|kidnapping\\s+of|abduction\\s+of)') },
];

/** "killed himself", "fatally shot herself", "turned the gun on himself". */
export const REFLEXIVE =
  /\b(?:(shot\s+and\s+killed|kills\s+[^.;]{1,40}?,|killed\s+[^.;]{1,40}?,|shooting\s+and\s+killing|fatally\s+shot|fatally\s+shooting|killed|killing|kills|kill|turned\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|handgun|pistol)\s+on|turning\s+(?:the|a|his|her)\s+(?:gun|weapon|rifle|handgun|pistol)\s+on)|(shot|shooting|shoots|shoot|wounded|wounding|injured|injuring))\s+(himself|herself|self)\b/gi;

/** "no one", "nobody", "none", then what is said of them. */
export const NEGATED_PRONOUN = /\b(?:no[\s-]one|nobody|none)(?:\s+else)?\b/gi;
/** "no injuries", "no other deaths", "no officers" (the noun is checked against the lexicon). */
export const NEGATED_NOUN = /\bno\s+(?:(other|additional|further|more|serious|major|immediate|reported|known|life-threatening|civilian)\s+)?([a-z][a-z-]{1,20})\b(?![\s-]+(?:penalty|row|sentence|certificate|threat|warrant|toll)\b)/gi;

/** Headline-ese: a sentence that starts with a bare person noun ("Teen dies after ...", "Boy, 15, shot in ..."). */
export const AGE_APPOSITION = /^\s*,\s*\d{1,3}\s*,/;

/**
 * "a double shooting", "triple homicide": the count is in the adjective. Shootings count those hit
 * (killed or not: the event tells which), homicides and murders count the dead.
 */
export const MULTIPLE_CASUALTY = /\b(double|triple|quadruple|quintuple)[\s-]+(shootings?|homicides?|murders?|slayings?|killings?|stabbings?)\b/gi;
export const MULTIPLE_VALUES: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, quintuple: 5 };

/** One more person, named by an ordinal: "wounding a fifth individual", "The second victim, a child, was taken to the hospital". */
export const ORDINAL_PERSON =
  /\b(?:a|an|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:person|man|woman|victim|individual|boy|girl|teen|teenager|child|male|female))?\b/gi;
