// Refiners: pure (analysis, counts) => counts steps, applied once each, in the order of REFINERS.
// They read what each count's rule read (casualty, shot, carries ...), never its id.
import type { Analysis } from '../../analyse/index.js';
import type { CountCandidate } from '../types.js';
import { PERSON_NOUNS, ROLE_UNITS } from './lexicon.js';
import type { Refiner } from './types.js';

/** The ids the coordination refiner puts on the counts it gives a casualty context. */
export const COORDINATED = 'count.coordinated';
export const COORDINATED_SHOT = 'count.coordinated-shot';
export const REFINER_IDS: readonly string[] = [COORDINATED, COORDINATED_SHOT];

/** Keep one count per stretch of text: the longer one wins, then the one with a casualty rule. */
export const removeOverlaps: Refiner = (_a, counts) => {
  const sorted = [...counts].sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
  const out: CountCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.casualty && !last.casualty && c.end - c.start >= (last.end - last.start) / 2) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
};

/** "and", ", or", "plus" alone between two counts; a long gap is never that (and would make the regex quadratic in blanks). */
const COORDINATOR = /^\s*,?\s*(?:and|or|plus|as well as)\s*$/i;
const coordinated = (between: string): boolean => between.length <= 40 && COORDINATOR.test(between);

/** x takes the category of the casualty count it is coordinated with; hit by gunfire when that one was. */
function share(x: CountCandidate, category: CountCandidate['category'], shot: boolean): void {
  x.category = category;
  x.carries = true;
  if (shot) {
    x.rule = COORDINATED_SHOT;
    x.casualty = true;
    x.shot = true;
  } else {
    x.rule = COORDINATED;
    x.coordinated = true;
  }
}

/**
 * Coordinated people share what is said of them: "six children and two adults were fatally shot".
 * The text between the two counts must be only a conjunction.
 */
export const shareCoordinatedCasualty: Refiner = (a: Analysis, counts) => {
  const out = counts.map((c) => ({ ...c }));
  for (let i = out.length - 2; i >= 0; i--) {
    const x = out[i];
    const y = out[i + 1];
    if (!coordinated(a.text.slice(x.end, y.start))) continue;
    if (!y.casualty || x.casualty) continue;
    if (x.unit !== null && !PERSON_NOUNS.has(x.unit)) continue;
    // a reflexive ("and himself") or a whole event ("and a double shooting") tells of no one else hit by gunfire
    share(x, y.category, !!y.shot && !y.reflexive && !y.wholeEvent);
  }
  // forward: "killing six children and two adults", "shot a man and a woman"
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i];
    const y = out[i + 1];
    if (!coordinated(a.text.slice(x.end, y.start))) continue;
    if (!x.carries || y.casualty || y.coordinated) continue;
    if (y.unit !== null && !PERSON_NOUNS.has(y.unit)) continue;
    share(y, x.category, !!x.shot);
  }
  return out;
};

/** "The second victim, a child, was taken to hospital": the appositive is the same person, not one more. */
export const dropAppositive: Refiner = (a, counts) =>
  counts.filter((y, i) => {
    const x = counts[i - 1];
    if (!x || y.value !== 1 || x.value !== 1 || x.unit === null || !ROLE_UNITS.has(x.unit)) return true;
    return !(/^\s*,\s*$/.test(a.text.slice(x.end, y.start)) && /^\s*,/.test(a.text.slice(y.end, y.end + 3)));
  });

export const REFINERS: readonly Refiner[] = [removeOverlaps, shareCoordinatedCasualty, dropAppositive];
