// The gazetteer: countries, first-level regions and cities, prepared at build time, loaded lazily.
// `createGazetteer()` makes one with its own state (the files it has read, the answers it remembers); a
// pipeline makes one and hands it to the stages that look names up (src/pipeline.ts).
import { createCountries, type Countries } from './countries.js';
import { createLoader } from './load.js';
import { createPlaces, type Places } from './places.js';

export type { Country, Countries } from './countries.js';
export { foldName, likelyCounty, type City, type Admin1, type County, type Places } from './places.js';

export interface Gazetteer extends Countries, Places {
  /** Milliseconds spent loading each file so far (for the bench and the report). */
  readonly loadTimes: Readonly<Record<string, number>>;
}

/** A gazetteer that reads each prepared file on the first lookup that needs it. */
export function createGazetteer(): Gazetteer {
  const loader = createLoader();
  return { ...createCountries(loader), ...createPlaces(loader), loadTimes: loader.loadTimes };
}
