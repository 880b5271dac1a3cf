// The counts lexicons: data files under lexicon/ (each says what its words are for and where they come from),
// loaded once by static imports, and the lookups built from them. The rules that read them are in rules/.
import type { CountCategory, Qualifier } from '../../record/schema.js';
import { table, wordSet, type LexiconFile } from '../lexicon.js';
import articlesFile from './lexicon/articles.json' with { type: 'json' };
import casualtyAdjectivesFile from './lexicon/casualty-adjectives.json' with { type: 'json' };
import casualtyWordsFile from './lexicon/casualty-words.json' with { type: 'json' };
import countedNounsFile from './lexicon/counted-nouns.json' with { type: 'json' };
import determinersBeforeOneFile from './lexicon/determiners-before-one.json' with { type: 'json' };
import irregularSingularsFile from './lexicon/irregular-singulars.json' with { type: 'json' };
import magnitudesFile from './lexicon/magnitudes.json' with { type: 'json' };
import monthsFile from './lexicon/months.json' with { type: 'json' };
import multipleCasualtyFile from './lexicon/multiple-casualty.json' with { type: 'json' };
import notCountUnitsFile from './lexicon/not-count-units.json' with { type: 'json' };
import numberWordsFile from './lexicon/number-words.json' with { type: 'json' };
import ofCasualtyNounsFile from './lexicon/of-casualty-nouns.json' with { type: 'json' };
import partitiveDeterminersFile from './lexicon/partitive-determiners.json' with { type: 'json' };
import partitivePronounsFile from './lexicon/partitive-pronouns.json' with { type: 'json' };
import personNounsExtraFile from './lexicon/person-nouns-extra.json' with { type: 'json' };
import pluralVagueFile from './lexicon/plural-vague.json' with { type: 'json' };
import qualifiersFile from './lexicon/qualifiers.json' with { type: 'json' };
import roleUnitsFile from './lexicon/role-units.json' with { type: 'json' };
import samePlaceNounsFile from './lexicon/same-place-nouns.json' with { type: 'json' };
import scoreWordsFile from './lexicon/score-words.json' with { type: 'json' };
import shooterNounsFile from './lexicon/shooter-nouns.json' with { type: 'json' };
import streetSuffixesFile from './lexicon/street-suffixes.json' with { type: 'json' };
import vagueQuantitiesFile from './lexicon/vague-quantities.json' with { type: 'json' };
import victimNounsFile from './lexicon/victim-nouns.json' with { type: 'json' };
import woundNounsFile from './lexicon/wound-nouns.json' with { type: 'json' };

/** A word phrase and what it stands for. */
export interface VagueQuantity {
  words: readonly string[];
  value: number;
  qualifier: Qualifier;
}
export interface QualifierPhrase {
  words: readonly string[];
  qualifier: Qualifier;
}

const numberWords = numberWordsFile as LexiconFile<Record<string, number>>;
const magnitudes = magnitudesFile as LexiconFile<Record<string, number>>;
const vagueQuantities = vagueQuantitiesFile as LexiconFile<readonly VagueQuantity[]>;
const qualifiers = qualifiersFile as LexiconFile<readonly QualifierPhrase[]>;
const countedNouns = countedNounsFile as LexiconFile<Record<CountCategory, readonly string[]>>;
const casualtyAdjectives = casualtyAdjectivesFile as LexiconFile<Record<string, CountCategory>>;
const irregularSingulars = irregularSingularsFile as LexiconFile<Record<string, string>>;
const multipleCasualty = multipleCasualtyFile as LexiconFile<Record<string, number>>;

/** Every counts lexicon, by name (countsDomain.lexicon). */
export const COUNTS_LEXICON = {
  articles: articlesFile,
  casualtyAdjectives,
  casualtyWords: casualtyWordsFile,
  countedNouns,
  determinersBeforeOne: determinersBeforeOneFile,
  irregularSingulars,
  magnitudes,
  months: monthsFile,
  multipleCasualty,
  notCountUnits: notCountUnitsFile,
  numberWords,
  ofCasualtyNouns: ofCasualtyNounsFile,
  partitiveDeterminers: partitiveDeterminersFile,
  partitivePronouns: partitivePronounsFile,
  personNounsExtra: personNounsExtraFile,
  pluralVague: pluralVagueFile,
  qualifiers,
  roleUnits: roleUnitsFile,
  samePlaceNouns: samePlaceNounsFile,
  scoreWords: scoreWordsFile,
  shooterNouns: shooterNounsFile,
  streetSuffixes: streetSuffixesFile,
  vagueQuantities,
  victimNouns: victimNounsFile,
  woundNouns: woundNounsFile,
} as const satisfies Record<string, LexiconFile<unknown>>;

/** A word -> value table as a map (own keys only: "constructor" is no number word). */
const mapOf = <V>(f: LexiconFile<Readonly<Record<string, V>>>): ReadonlyMap<string, V> => new Map(Object.entries(table(f)));

/** Number words by value: "fourteen" -> 14, "twenty" -> 20. */
export const NUMBER_WORDS = mapOf(numberWords);
/** "hundred" -> 100, "million" -> 1e6. */
export const MAGNITUDES = mapOf(magnitudes);
/** Vague quantities: word(s) -> value and the honest qualifier. `of` may follow. */
export const VAGUE: readonly VagueQuantity[] = vagueQuantities.entries;
/** Qualifier phrases that stand right before a number. */
export const QUALIFIERS: readonly QualifierPhrase[] = qualifiers.entries;

const CATEGORY_WORDS = table(countedNouns);
/** Counted nouns (singular) -> category. Casualty context (verbs around) overrides people-like nouns. */
export const NOUN_CATEGORY: ReadonlyMap<string, CountCategory> = new Map(
  (Object.entries(CATEGORY_WORDS) as [CountCategory, readonly string[]][]).flatMap(([cat, ws]) => ws.map((w) => [w, cat] as const)),
);
/** Person nouns: the counts that casualty verbs can apply to (in this order: PERSON_LIST_ITEM's alternation is built from it). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...CATEGORY_WORDS.people, ...CATEGORY_WORDS.personnel, ...personNounsExtraFile.entries]);

export const NOT_COUNT_UNITS = wordSet(notCountUnitsFile);
export const STREET_SUFFIXES = wordSet(streetSuffixesFile);
export const MONTHS = wordSet(monthsFile);
export const DETERMINERS_BEFORE_ONE = wordSet(determinersBeforeOneFile);
export const PARTITIVE_DETS = wordSet(partitiveDeterminersFile);
export const PARTITIVE_PRONOUNS = wordSet(partitivePronounsFile);
export const CASUALTY_WORDS = wordSet(casualtyWordsFile);
export const SCORE_WORDS = wordSet(scoreWordsFile);
export const ARTICLES = wordSet(articlesFile);
export const CASUALTY_ADJECTIVES = mapOf(casualtyAdjectives);
export const OF_CASUALTY_NOUNS = wordSet(ofCasualtyNounsFile);
export const PLURAL_VAGUE = wordSet(pluralVagueFile);
export const ROLE_UNITS = wordSet(roleUnitsFile);
// The event's casualty tally (src/event/casualties.ts) reads these: its vocabulary lives here, with the counts'.
/** Counted nouns of wounds, not people. */
export const WOUND_NOUNS = wordSet(woundNounsFile);
/** The one who did the shooting ("the suspect", "the gunman"), in lexicon order. */
export const SHOOTER_NOUNS: readonly string[] = shooterNounsFile.entries;
/** The one shot whose death is told after the shooting ("the boy's death"), in lexicon order. */
export const VICTIM_NOUNS: readonly string[] = victimNounsFile.entries;
/** Places an earlier incident may share ("the same block"), in lexicon order. */
export const SAME_PLACE_NOUNS: readonly string[] = samePlaceNounsFile.entries;
/** "double" -> 2, "triple" -> 3 ...: the number of people hit in the event's name. */
export const MULTIPLE_VALUES = mapOf(multipleCasualty);

const IRREGULAR_SINGULAR = mapOf(irregularSingulars);

/** The singular of a counted noun ("rockets" -> "rocket", "casualties" -> "casualty"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_SINGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w.endsWith('s') && w.length === 3 && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
