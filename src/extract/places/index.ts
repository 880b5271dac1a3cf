// Places: countries, first-level regions, cities, named regions, waters and facilities as written.
// Flow: tokens (cut from the shared analysis) -> runs of capitalised words (extract.ts) -> rules
// (rules.ts, longest sub-run first) -> refiners (refine.ts) -> repeats of accepted names -> mentions.
// Resolution on the gazetteer, grouping and disambiguation are in src/resolve/places.ts.
//
// Rule ids (the `rule` of a mention):
//   place.named-area            "Middle East", "Persian Gulf", "West Bank", "England" (lexicon.ts)
//   place.gazetteer-country     "Iraq", "U.S.", "JAPAN", the "Iran" of "Iran-backed"
//   place.republic-of           "Federal Republic of Yugoslavia"
//   place.gazetteer-admin       "California", "Anbar" (first-level regions)
//   place.direction-region      "Southern California", "Eastern Europe" (a capitalised direction)
//   place.water-pattern         "Tigris River", "Lake Victoria", "Gulf of Aden"
//   place.terrain-pattern       "Anbar Province", "Zagros Mountains", "Mount Everest"
//   place.facility-pattern      "Tiananmen Square", "Kansai Airport"
//   place.gazetteer-city        "Baghdad", "St. Louis" (population >= 15,000, capitals, region seats)
//   place.gazetteer-town        smaller places, only after a locative cue or in the dateline
//   place.compromise-tag        compromise's own place lexicon, for other spellings
//   place.settlement-of         "the village of Layron", "east of Tavildara" (an unknown name in a place slot)
//   place.settlement-named      "al-Daih village", "Huize county" (an unknown name before a lower-case settlement noun)
//   place.venue-at              "at Edgbaston on Saturday", "at The Oval , London" (an unknown name after "at", before a day or a place)
//   place.locative-unknown      "fighting in Arbil in northern Iraq" (an unknown word right after "in"/"near"/"outside")
//   place.dateline-town        "TOFTIR , Faroe Islands 1996-08-31" (an unknown name before the comma of a dateline)
//   place.repeat-name           another mention of a name the text already uses as a place
//   place.facility-lowercase    "al-Asaf airbase", "Conoco gas field": the mention is the name, the place is named with its noun
//   place.us-state-abbrev       "Mo.", "N.H.", "GA" after "Town, "
// Refiner ids: see PLACE_REFINERS (place.refine-demonym, -prefixed, -capitals-line, -common-word,
// -person-name, -person-surname, -longer-name, -sports-team) and place.refine-overlap.
//
// Decisions: a lower-case direction is not part of the name ("western Iraq" is a mention "Iraq" of
// the place Iraq; CoNLL marks it so too); a demonym ("Iraqi") is not a place mention; a country inside
// a compound of sides ("Iran-backed", "Israel-Hamas", "U.S.-led") is; one of seat or origin ("London-based",
// "Amman-bound") is not (place.refine-compound-modifier; CoNLL reads the word as MISC).
import type { Analysis } from '../../analyse/index.js';
import type { Resources } from '../../resources.js';
import type { PlaceMention } from '../types.js';
import { buildRuns, findInRuns, findLowerFacilities, findRepeats, findSettlements, findLocativeUnknown, findSettlementsNamed, findStateAbbreviations, findVenues, findDatelineTowns, makeContext } from './extract.js';
import { PLACE_REFINERS, refine, removeOverlaps } from './refine.js';
import { PLACE_RULES } from './rules.js';
import { tokenize } from './tokens.js';
import * as lexicon from './lexicon.js';
import type { Domain } from '../domain.js';

export { PLACE_RULES } from './rules.js';
export { PLACE_REFINERS } from './refine.js';

/** The domain as data: its rules in the order they are tried, its refiners in order, its lexicons. */
export const placesDomain = {
  name: 'places',
  rules: PLACE_RULES,
  refiners: PLACE_REFINERS,
  lexicon,
  // made outside the rule table: the rule for cities when the name is a small town, the passes after the rules
  // (extract.ts), and the places the event stage adds through the resolve stage (src/resolve/event-places.ts)
  ids: [
    'place.gazetteer-town', 'place.settlement-of', 'place.settlement-named', 'place.venue-at', 'place.dateline-town', 'place.locative-unknown', 'place.repeat-name', 'place.facility-lowercase', 'place.us-state-abbrev',
    'place.local-service', 'place.county-city', 'place.postal-town', 'place.big-city-named',
  ],
} as const satisfies Domain;

/** Without the English words (a caller that hands only a gazetteer), no unknown word is taken for a place. */
const NO_WORDS = { has: (): boolean => true };

/** Every place mention of the document, looked up on the pipeline's gazetteer. */
export function extractPlaces(a: Analysis, r: Pick<Resources, 'gazetteer'> & Partial<Pick<Resources, 'englishWords'>>): PlaceMention[] {
  const toks = tokenize(a, (start, end) => a.isContent(start, end));
  const runs = buildRuns(a.text, toks);
  const ctx = makeContext(a, r.gazetteer, toks, runs);
  const matched = findInRuns(ctx, runs);
  const kept = refine(ctx, [...matched, ...findSettlements(ctx, matched), ...findSettlementsNamed(ctx, matched), ...findVenues(ctx, matched), ...findDatelineTowns(ctx, matched), ...findLocativeUnknown(ctx, matched, r.englishWords ?? NO_WORDS)]);
  const keptSet = new Set(kept);
  const rejected = matched.filter((f) => !keptSet.has(f) && f.toks.length > 1);
  const found = [...kept, ...refine(ctx, findRepeats(ctx, kept, rejected), 'context')];
  const mentions: PlaceMention[] = found.map((f) => ({
    text: a.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    rule: f.match.rule,
    kind: f.match.kind,
    ...(f.match.lookup ? { lookup: f.match.lookup } : {}),
    ...(f.match.form === 'direction' || f.match.form === 'terrain' ? { form: f.match.form } : {}),
  }));
  mentions.push(...findLowerFacilities(ctx, runs, found));
  // a state's abbreviation after its town ("Washington, D.C.", "Concord, N.H.") wins a tie with the same span read otherwise
  return removeOverlaps([...findStateAbbreviations(ctx), ...mentions]);
}
