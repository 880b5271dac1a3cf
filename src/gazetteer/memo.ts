// Answers already given, by the words as written: an article asks about the same few names (and the
// extractors about the same capitalised words) again and again. Bounded, so a long stream stays flat:
// when full, the map starts over (cheaper than tracking recency, and a stream's names change slowly).
const MAX_ANSWERS = 20000;

export function remembered<T>(lookup: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const found = lookup(key);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, found);
    return found;
  };
}
