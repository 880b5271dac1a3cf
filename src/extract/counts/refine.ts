// Refiners: pure (analysis, counts) => counts steps, applied once each, in the order of REFINERS.
import type { Analysis } from '../../analyse/index.js';
import type { CountCandidate } from '../types.js';
import { PERSON_NOUNS } from './lexicon.js';

type Refiner = (a: Analysis, counts: CountCandidate[]) => CountCandidate[];

const CASUALTY_RULE = /^count\.(?:casualty-|article-|negated-|reflexive-|headline-|multiple-|ordinal-|list-|name-|of-)/;

/** Keep one count per stretch of text: the longer one wins, then the one with a casualty rule. */
export const removeOverlaps: Refiner = (_a, counts) => {
  const sorted = [...counts].sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  const out: CountCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (CASUALTY_RULE.test(c.rule) && !CASUALTY_RULE.test(last.rule) && c.end - c.start >= (last.end - last.start) / 2) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};

/**
 * Coordinated people share what is said of them: "six children and two adults were fatally shot".
 * The text between the two counts must be only a conjunction.
 */
/** "and", ", or", "plus" alone between two counts; a long gap is never that (and would make the regex quadratic in blanks). */
const COORDINATOR = /^\s*,?\s*(?:and|or|plus|as well as)\s*$/i;
const coordinated = (between: string): boolean => between.length <= 40 && COORDINATOR.test(between);

export const shareCoordinatedCasualty: Refiner = (a, counts) => {
  const out = counts.map((c) => ({ ...c }));
  for (let i = out.length - 2; i >= 0; i--) {
    const x = out[i];
    const y = out[i + 1];
    if (!coordinated(a.text.slice(x.end, y.start))) continue;
    if (!CASUALTY_RULE.test(y.rule) || CASUALTY_RULE.test(x.rule)) continue;
    if (x.unit !== null && !PERSON_NOUNS.has(x.unit)) continue;
    x.category = y.category;
    x.rule = SHOT_RULES.has(y.rule) ? 'count.casualty-shot' : 'count.coordinated';
  }
  // forward: "killing six children and two adults", "shot a man and a woman"
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i];
    const y = out[i + 1];
    if (!coordinated(a.text.slice(x.end, y.start))) continue;
    if (!/^count\.(?:casualty-before|casualty-shot|article-|coordinated)/.test(x.rule) || CASUALTY_RULE.test(y.rule) || y.rule === 'count.coordinated') continue;
    if (y.unit !== null && !PERSON_NOUNS.has(y.unit)) continue;
    y.category = x.category;
    y.rule = SHOT_RULES.has(x.rule) ? 'count.casualty-shot' : 'count.coordinated';
  }
  return out;
};

const SHOT_RULES = new Set(['count.casualty-shot', 'count.article-shot', 'count.headline-shot', 'count.ordinal-shot', 'count.list-shot', 'count.reflexive-and-shot', 'count.name-shot', 'count.of-shot']);

/** Role nouns that an appositive describes: "The second victim, a child, was ...". */
const ROLE_UNITS = new Set(['victim', 'suspect', 'shooter', 'gunman', 'individual', 'person']);

/** "The second victim, a child, was taken to hospital": the appositive is the same person, not one more. */
export const dropAppositive: Refiner = (a, counts) =>
  counts.filter((y, i) => {
    const x = counts[i - 1];
    if (!x || y.value !== 1 || x.value !== 1 || x.unit === null || !ROLE_UNITS.has(x.unit)) return true;
    return !(/^\s*,\s*$/.test(a.text.slice(x.end, y.start)) && /^\s*,/.test(a.text.slice(y.end, y.end + 3)));
  });

export const REFINERS: readonly Refiner[] = [removeOverlaps, shareCoordinatedCasualty, dropAppositive];
