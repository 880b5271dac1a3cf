// Casualty contexts: what a sentence says of the counted people ("were killed", "wounding", "were arrested"),
// as two tables of rules with their ids: what follows the counted noun and what precedes the number.
// Every regular expression here is linear: fixed word alternations, bounded repetitions, and
// windows of at most a few hundred characters.
import type { Analysis, Sentence } from '../../analyse/index.js';
import type { CountReading } from '../types.js';
import type { ContextRule } from './types.js';

/** Words that may stand between a counted noun and what is said of it ("were all", "who had been"). */
const AUX =
  '(?:(?:were|was|are|is|have|has|had|been|being|got|get|gets|remain|remains|remained|all|both|each|also|reportedly|later|allegedly|' +
  'subsequently|eventually|apparently|who|that|then|initially|critically|seriously|ultimately|since|now|still|else|' +
  'accidentally|mistakenly|possibly|likely|badly|severely|fatally|more|found|' +
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
/** Taken to a hospital only to be looked at: "as a precaution", "for evaluation", "to be checked" (a negative lookahead). */
const NOT_HURT_AFTER = '(?![^.;]{0,30}?\\b(?:as\\s+a\\s+precaution|for\\s+(?:evaluation|observation)|to\\s+be\\s+(?:checked|evaluated)))';
/** A word of a hospital's name, with its dots and apostrophes ("St. Mary's"), and the blank after it. */
const NAME_WORD = "(?:[\\w.'’-]+\\s+)";
const INJURED =
  '(?:injured|wounded|hurt|hospitali[sz]ed|injuries|(?:listed\\s+)?in\\s+(?:critical|serious|stable|grave|fair|good|guarded)\\s+condition|' +
  '(?:suffered|received|sustained)\\b[^.;]{0,60}?\\b(?:injuries|wounds|injury|wound)|' +
  // "showed up at a hospital with a gunshot wound", "arrived at the emergency room"
  `(?:showed\\s+up|turned\\s+up|arrived|walked\\s+into|walked\\s+in)\\s+(?:at\\s+)?(?:an?\\s+|the\\s+)?${NAME_WORD}{0,3}?(?:hospitals?|emergency\\s+rooms?)\\b|` +
  // "drove himself to a hospital", "made his way to St. Mary's Hospital": the one hit took himself there
  `(?:(?:drove|drives|driven|took|takes|got)\\s+(?:himself|herself|themselves)|made\\s+(?:his|her|their)\\s+(?:own\\s+)?way)\\s+(?:in)?to\\s+(?:an?\\s+|the\\s+)?${NAME_WORD}{0,3}?(?:hospitals?|emergency\\s+rooms?|medical\\s+cent(?:er|re))\\b` + NOT_HURT_AFTER + '|' +
  // a survivor of the attack was hit ("One victim survived"), but not "survived by his wife" (an obituary)
  `survived(?!\\s+by\\b)|recovering\\b|(?:taken|transported|rushed|flown|airlifted)\\s+to\\s+${NAME_WORD}{0,3}?(?:hospitals?|medical\\s+cent(?:er|re)|trauma\\s+cent(?:er|re))\\b(?![^.;]{0,40}?\\bwhere\\s+(?:he|she|they)\\s+(?:later\\s+|was\\s+|were\\s+)?(?:died|pronounced))` + NOT_HURT_AFTER + '|treated\\s+(?:for|at|and\\s+released)\\b|in\\s+(?:the\\s+|a\\s+)?hospital\\b|' +
  // the object of "sent", "took", "drove" told where it went: "sent three people to the hospital"
  `to\\s+(?:the\\s+|a\\s+|an\\s+)?${NAME_WORD}{0,2}?hospitals?\\b` + NOT_HURT_AFTER + '|' +
  'with\\s+(?:an?\\s+)?(?:serious\\s+|critical\\s+|minor\\s+|non-life[-\\s]threatening\\s+|life[-\\s]threatening\\s+)gunshot\\s+wounds?)';
/** Hit by gunfire, alive or not: "were shot", "found with multiple gunshot wounds". */
const SHOT =
  '(?:(?:shot|struck|grazed)(?!\\s+(?:and\\s+killed|dead|to\\s+death)|\\s*,\\s*(?:and\\s+)?killed)|' +
  // "hit by gunfire", "hit by a stray bullet": hit alone may be a car's or a fist's
  'hit\\s+(?:by|with)\\s+(?:an?\\s+)?(?:stray\\s+)?(?:gunfire|bullets?|gunshots?|shotgun\\s+pellets|pellets|rounds?|shrapnel)\\b|' +
  'with\\s+(?:an?\\s+)?(?:apparent\\s+|multiple\\s+)?gunshot\\s+wounds?)';
const ARRESTED = '(?:arrested|detained|apprehended|in\\s+custody|taken\\s+into\\s+custody|booked|jailed|indicted)';
const MISSING = '(?:missing|unaccounted\\s+for)';
const KIDNAPPED = '(?:kidnapped|abducted|taken\\s+hostage|held\\s+hostage|taken\\s+captive)';
const DISPLACED = '(?:displaced|evacuated|made\\s+homeless|forced\\s+from\\s+their\\s+homes)';

const after = (pred: string): RegExp => new RegExp(`^${APPOSITIVE}[\\s,]*${AUX}${pred}\\b`, 'i');
/** "wounding another 15", "killed a further two": the words that add to a count already told may stand between. */
const before = (pred: string): RegExp => new RegExp(`\\b${pred}\\s+(?:(?:another|an\\s+additional|a\\s+further)\\s+)?$`, 'i');

/** What follows the counted noun: "14 people were killed", "1 dead", "two fatally", "three others wounded". Order matters. */
export const AFTER_RULES: readonly ContextRule[] = [
  // "Four of the five people shot died": the participle names how, the verb tells the outcome
  { id: 'count.killed-after', category: 'killed', re: after(`(?:shot\\s+)?${AUX}${KILLED}`) },
  { id: 'count.injured-after', category: 'injured', re: after(INJURED) },
  { id: 'count.shot-after', category: 'injured', shot: true, carries: true, re: after(SHOT) },
  { id: 'count.arrested-after', category: 'arrested', re: after(ARRESTED) },
  { id: 'count.kidnapped-after', category: 'kidnapped', re: after(KIDNAPPED) },
  { id: 'count.missing-after', category: 'missing', re: after(MISSING) },
  { id: 'count.displaced-after', category: 'displaced', re: after(DISPLACED) },
];

/** What precedes the number: "killing 2", "shot and killed a man", "wounding three others". */
export const BEFORE_RULES: readonly ContextRule[] = [
  {
    id: 'count.killed-before',
    category: 'killed',
    carries: true,
    re: before(
      '(?:killing|killed|kills|kill|murdering|murdered|murders|slaying|slew|executed|shot\\s+and\\s+killed|shooting\\s+and\\s+killing|' +
        'fatally\\s+(?:shot|shooting|wounded|wounding|stabbed|stabbing)|gunned\\s+down|claimed\\s+the\\s+lives\\s+of|' +
        'death\\s+toll\\s+(?:\\w+\\s+)?(?:to|of|at)|fatal\\s+(?:shooting|stabbing|shootings)\\s+of|deaths\\s+of|death\\s+of|murders?\\s+of|killings?\\s+of|slayings?\\s+of|bodies\\s+of)',
    ),
  },
  { id: 'count.injured-before', category: 'injured', carries: true, re: before('(?:wounding|wounded|wounds|wound|injuring|injured|injures|injure|hurting|hurt|hospitali[sz]ing|wounding\\s+of|injuring\\s+of)') },
  { id: 'count.shot-before', category: 'injured', shot: true, carries: true, re: before('(?:shot|shooting|shoots|shoot|striking|opened\\s+fire\\s+on|shooting\\s+of)') },
  // what a bullet did: "a stray bullet struck a 7-year-old girl", "gunfire hit two people"
  { id: 'count.struck-before', category: 'injured', shot: true, carries: true, re: before('(?:bullets?|gunfire|gunshots?|rounds|pellets|shots)\\s+(?:also\\s+)?(?:struck|strikes|hit|hits|grazed|grazes)') },
  { id: 'count.arrested-before', category: 'arrested', carries: true, re: before('(?:arrested|arresting|arrest\\s+of|detained|detaining|apprehended|rounded\\s+up)') },
  { id: 'count.kidnapped-before', category: 'kidnapped', carries: true, re: before('(?:kidnapped|kidnapping|abducted|abducting|kidnapping\\s+of|abduction\\s+of)') },
];

/** The reading a context gives the count it is said of. */
export const contextReading = (ctx: ContextRule): CountReading => ({
  casualty: true,
  ...(ctx.shot ? { shot: true } : {}),
  ...(ctx.carries ? { carries: true } : {}),
});

/** Every context rule, each id once. */
export const CONTEXT_RULES: readonly ContextRule[] = [...AFTER_RULES, ...BEFORE_RULES];

/** An object right after the verb makes it active: "A gunman killed one person" (the gunman is no casualty). */
const ACTIVE_OBJECT = /^\s+(?:a|an|the|his|her|their|its|my|our|one|two|three|four|five|six|seven|eight|nine|ten|\d+|him|them|himself|herself|themselves|(?!(?:In|By|At|On|Near|After|Before|Outside|During|Inside|From|With|For|To|Over|Into|Of|And|While|As)\b)[A-Z][a-z]+)\b/;
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|got|get|gets|who|that)\b/i;
const TRANSITIVE_END = /\b(?:killed|shot|wounded|injured|hurt|murdered|struck|grazed|slain|executed|detained|arrested|kidnapped|abducted|evacuated|displaced)$/i;

export function contextRule(rules: readonly ContextRule[], text: string, after = false): ContextRule | null {
  for (const r of rules) {
    const m = r.re.exec(text);
    if (!m) continue;
    if (after && TRANSITIVE_END.test(m[0]) && !PASSIVE_AUX.test(m[0]) && ACTIVE_OBJECT.test(text.slice(m[0].length))) continue;
    return r;
  }
  return null;
}

const LETTERS = /\p{L}{2}/u;

export const ATTEMPT_BEFORE = /\b(?:try|tries|trying|tried|attempt|attempts|attempting|attempted|intending|intended|plotting|plotted|planning|planned|threatening|threatened)\s+to\s+[a-z]+\s+$/i;

export const NOUN_USE_BEFORE = /\b(?:the|a|an|this|that|last|deadly|fatal|after|before|during)\s+(?:[\w-]+\s+)?(?:shooting|killing|stabbing|wounding)\s*,?\s+$/i;

/** The casualty (or arrest, abduction ...) context around a span of a sentence. */
export function casualtyContext(a: Analysis, s: Sentence, start: number, end: number): ContextRule | null {
  const afterText = a.text.slice(end, Math.min(s.end, end + 160));
  const beforeText = a.text.slice(Math.max(s.start, start - 60), start);
  // every context rule reads words: around a run of numbers ("12 12 12 ...") there is nothing to read
  if (!LETTERS.test(afterText) && !LETTERS.test(beforeText)) return null;
  const killedAfter = contextRule(AFTER_RULES.slice(0, 1), afterText, true);
  // "trying to kill a fifth", "attempted to shoot two officers": an attempt is no casualty;
  // "After the shooting two men fled": a casualty noun is no verb
  const before = ATTEMPT_BEFORE.test(beforeText) || NOUN_USE_BEFORE.test(beforeText) ? null : contextRule(BEFORE_RULES, beforeText);
  return killedAfter ?? before ?? contextRule(AFTER_RULES.slice(1), afterText, true);
}

