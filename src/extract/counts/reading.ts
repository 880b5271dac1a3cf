// What a count's rule read (CountReading: shot, byName ...) travels on the count through the refiners and the
// event stage, and is dropped before the count enters the record, --explain or not.
import type { CountReading } from '../types.js';

/** Every key of CountReading (the type checks that none is missing). */
const KEYS: Record<keyof CountReading, true> = {
  casualty: true, shot: true, carries: true, coordinated: true, byName: true, reflexive: true, wholeEvent: true, additional: true,
};
export const COUNT_READING_KEYS = Object.keys(KEYS) as (keyof CountReading)[];

/** A count without what its rule read: what the record holds. */
export function withoutReading<T extends CountReading>(c: T): Omit<T, keyof CountReading> {
  const out = { ...c } as Record<string, unknown>;
  for (const k of COUNT_READING_KEYS) delete out[k];
  return out as Omit<T, keyof CountReading>;
}
