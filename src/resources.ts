// What a pipeline reads besides its rules and the text: the gazetteer, the first-name lists and English words. Each is made by
// its factory with its own lazy state (a file is read on the first look-up that needs it); createPipeline makes
// one set and hands it to the stages that look words up (src/pipeline.ts). Nothing here is shared between two
// pipelines.
import { createGazetteer, type Gazetteer } from './gazetteer/index.js';
import { createFirstNames, type FirstNames } from './extract/actors/names.js';
import { createEnglishWords, type EnglishWords } from './analyse/truecase.js';

export interface Resources {
  readonly gazetteer: Gazetteer;
  readonly firstNames: FirstNames;
  /** Common English words, for recasing a text written in capitals (read only when one comes). */
  readonly englishWords: EnglishWords;
}

export function createResources(): Resources {
  return { gazetteer: createGazetteer(), firstNames: createFirstNames(), englishWords: createEnglishWords() };
}
