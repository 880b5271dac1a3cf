// Lexicons as data: each is a JSON file next to its domain (src/<area>/<domain>/lexicon/<name>.json), loaded once
// by a static import (bundled at build time, so nothing is read from disk at run time). Every file says what its
// words are for and where they come from (hand-written general vocabulary, or an npm data package).
export interface LexiconFile<T = readonly string[]> {
  /** What the words are for, in one sentence. */
  about: string;
  /** Where they come from: "hand-written general vocabulary", or the package and licence. */
  source: string;
  /** The words (a list), or a table keyed by word. */
  entries: T;
}

/** A word list as a set. */
export const wordSet = (f: LexiconFile<readonly string[]>): ReadonlySet<string> => new Set(f.entries);

/** A word list in its order (when the order matters, e.g. longest first). */
export const wordList = (f: LexiconFile<readonly string[]>): readonly string[] => f.entries;

/** Words as one regular-expression alternation, longest first, escaped, a space matching any run of white space. */
export const wordAlternation = (words: Iterable<string>): string =>
  [...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** A table keyed by word, without a prototype: no word ("constructor") finds anything but its entries. */
export const table = <V>(f: LexiconFile<Readonly<Record<string, V>>>): Readonly<Record<string, V>> =>
  Object.assign(Object.create(null) as Record<string, V>, f.entries);
