// A test helper that runs the whole extraction (kept out of helpers.ts, which every test file loads).
import { extract } from '../src/index.js';
import { REFERENCE } from './helpers.js';

/** The actor mention whose text is `name` in the record of `text` (explained, at REFERENCE), with its actor's kind; null if none. */
export function actorMentionOf(text: string, name: string): ({ kind: string } & Record<string, unknown>) | null {
  for (const a of extract(text, { published: REFERENCE, explain: true }).actors) for (const m of a.mentions) if (m.text === name) return { kind: a.kind, ...m };
  return null;
}
