// Shared test helpers: a fixed reference date, analysis of a literal text, span checks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, type Analysis } from '../src/analyse/index.js';
import { makeDocument } from '../src/document.js';

export const REFERENCE = '2023-12-08';
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_PATH = `${ROOT}fixtures/seed-baghdad-embassy.txt`;
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');

export function analyseText(text: string, published: string | null = REFERENCE): Analysis {
  return analyse(makeDocument(text, { id: 'test', published }));
}

/** Every item's span slices exactly to its text. */
export function expectExactSpans(text: string, items: { text: string; start: number; end: number }[]): void {
  for (const x of items) {
    if (text.slice(x.start, x.end) !== x.text) {
      throw new Error(`span [${x.start}, ${x.end}) is ${JSON.stringify(text.slice(x.start, x.end))}, item says ${JSON.stringify(x.text)}`);
    }
  }
}

/** Every rule id a record holds (`rule` keys at any depth, and the main event's `rules`). */
export function ruleIdsOf(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const y of x) ruleIdsOf(y, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'rule' && typeof v === 'string') out.add(v);
      else if (k === 'rules' && v && typeof v === 'object') {
        for (const r of Object.values(v)) if (typeof r === 'string') out.add(r);
      } else ruleIdsOf(v, out);
    }
  }
  return out;
}
