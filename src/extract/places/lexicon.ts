// Hand-written general lexicons for places (the words are data: src/extract/places/lexicon/*.json, each with what
// it is for and where it comes from): named regions and waters that no gazetteer lists as a country, region or
// city, the nouns that make a name a river, a facility or a district, and the small words that tell a place from
// a team or a person. Written from general knowledge, not from any corpus annotation.
import type { PlaceKind } from '../../record/schema.js';
import { table, wordList, wordSet, type LexiconFile } from '../lexicon.js';
import commonWordTowns from './lexicon/common-word-towns.json' with { type: 'json' };
import connectors from './lexicon/connectors.json' with { type: 'json' };
import directions from './lexicon/directions.json' with { type: 'json' };
import facilityNouns from './lexicon/facility-nouns.json' with { type: 'json' };
import siteNouns from './lexicon/site-nouns.json' with { type: 'json' };
import locative from './lexicon/locative.json' with { type: 'json' };
import lowerFacility from './lexicon/lower-facility.json' with { type: 'json' };
import nameArticles from './lexicon/name-articles.json' with { type: 'json' };
import namedAreas from './lexicon/named-areas.json' with { type: 'json' };
import orgHeads from './lexicon/org-heads.json' with { type: 'json' };
import orgSuffixes from './lexicon/org-suffixes.json' with { type: 'json' };
import portfolios from './lexicon/portfolios.json' with { type: 'json' };
import settlementNouns from './lexicon/settlement-nouns.json' with { type: 'json' };
import settlementNounsAfter from './lexicon/settlement-nouns-after.json' with { type: 'json' };
import strongLocative from './lexicon/strong-locative.json' with { type: 'json' };
import teamCues from './lexicon/team-cues.json' with { type: 'json' };
import teamSports from './lexicon/team-sports.json' with { type: 'json' };
import terrainNouns from './lexicon/terrain-nouns.json' with { type: 'json' };
import terrainPrefix from './lexicon/terrain-prefix.json' with { type: 'json' };
import streetPrefixes from './lexicon/street-prefixes.json' with { type: 'json' };
import theNames from './lexicon/the-names.json' with { type: 'json' };
import titles from './lexicon/titles.json' with { type: 'json' };
import usStateAbbrev from './lexicon/us-state-abbrev.json' with { type: 'json' };
import uspsCodes from './lexicon/usps-codes.json' with { type: 'json' };
import waterNouns from './lexicon/water-nouns.json' with { type: 'json' };
import waterPrefixBare from './lexicon/water-prefix-bare.json' with { type: 'json' };
import waterPrefix from './lexicon/water-prefix.json' with { type: 'json' };
import abbrevBeforePeriod from './lexicon/abbrev-before-period.json' with { type: 'json' };
import placeNounsBeforeOf from './lexicon/place-nouns-before-of.json' with { type: 'json' };
import skipBeforeCue from './lexicon/skip-before-cue.json' with { type: 'json' };
import localServices from './lexicon/local-services.json' with { type: 'json' };
import stancePrefixes from './lexicon/stance-prefixes.json' with { type: 'json' };
import businessNouns from './lexicon/business-nouns.json' with { type: 'json' };

export interface NamedArea {
  kind: PlaceKind;
  /** ISO alpha-2 when the area lies in one country */
  country?: string;
  /** canonical name when the entry is an alias */
  name?: string;
  lat?: number;
  lon?: number;
}

/** Common English words that are also names of towns: a place only with a locative cue. */
export const COMMON_WORD_TOWNS: ReadonlySet<string> = wordSet(commonWordTowns);
/** Words that join the parts of a name. */
export const CONNECTORS: ReadonlySet<string> = wordSet(connectors);
/** Direction words that, capitalised before a place, form a region's name ("Southern California"). */
export const DIRECTIONS: ReadonlySet<string> = wordSet(directions);
/** Capitalised last words that make a facility or a site ("Tiananmen Square", "Old Trafford" is not caught). */
export const FACILITY_NOUNS: ReadonlySet<string> = wordSet(facilityNouns);
/** Last words of buildings that make a site only after a locative ("at the National Tennis Centre"). */
export const SITE_NOUNS: ReadonlySet<string> = wordSet(siteNouns);
/** Prepositions that put a place name in a place role: "in Dole", "at Kent", "near Tacambaro". */
export const LOCATIVE: ReadonlySet<string> = wordSet(locative);
/** Facilities written in lower case after a name: "al-Asaf airbase", "Conoco gas field". */
export const LOWER_FACILITY: readonly string[] = wordList(lowerFacility);
/** Arabic and other articles written before a hyphen: "al-Asaf", "el-Arish", "ad-Dawr". */
export const NAME_ARTICLES: ReadonlySet<string> = wordSet(nameArticles);
/** Named regions, waters and landmarks that no gazetteer lists as a country, region or city, by folded name (kind, and the country when the area lies in one). */
export const NAMED_AREAS: Readonly<Record<string, NamedArea>> = table(namedAreas as LexiconFile<Record<string, NamedArea>>);
/** Heads of organisation names with "of": "Bank of England", "University of California". */
export const ORG_HEADS: ReadonlySet<string> = wordSet(orgHeads);
/** Last words of firm, media and event names that begin with a country: "Japan Airlines", "U.S. Open". */
export const ORG_SUFFIXES: ReadonlySet<string> = wordSet(orgSuffixes);
/** Portfolios before a title: "Hong Kong Financial Secretary", "Iraqi Oil Minister". */
export const PORTFOLIOS: ReadonlySet<string> = wordSet(portfolios);
/** Words before "of" that introduce the name of a settlement or area: "the village of Layron". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = wordSet(settlementNouns);
/** Lower-case settlement and district nouns after a name ("al-Daih village", "Huize county"), with the kind they give. */
export const SETTLEMENT_NOUNS_AFTER: Readonly<Record<string, PlaceKind>> = table(settlementNounsAfter as LexiconFile<Record<string, PlaceKind>>);
/** The locatives that still count before a word that is also a person's name ("in Clinton", not "to Clinton"). */
export const STRONG_LOCATIVE: ReadonlySet<string> = wordSet(strongLocative);
/** Words around a team name in a sports report. */
export const TEAM_CUES: ReadonlySet<string> = wordSet(teamCues);
/** Team sports that head a sports report ("SOCCER - ..."): there, a city or county is usually a club. */
export const TEAM_SPORTS: ReadonlySet<string> = wordSet(teamSports);
/** Terrain and districts: "Zagros Mountains", "Canary Islands", "Anbar Province", "Orange County". */
export const TERRAIN_NOUNS: Readonly<Record<string, PlaceKind>> = table(terrainNouns as LexiconFile<Record<string, PlaceKind>>);
/** "Mount Everest", "Cape Town" is a city already. */
export const TERRAIN_PREFIX: Readonly<Record<string, PlaceKind>> = table(terrainPrefix as LexiconFile<Record<string, PlaceKind>>);
/** Words that open a street's name: "Rue Victor Hugo", "Calle Mayor", "Jalan Thamrin". */
export const STREET_PREFIXES: ReadonlySet<string> = wordSet(streetPrefixes);
/** Names that take a capitalised "The": "The Netherlands drew 2-2". */
export const THE_NAMES: ReadonlySet<string> = wordSet(theNames);
/** Titles and offices that may follow a country or city without making it part of another name. */
export const TITLES: ReadonlySet<string> = wordSet(titles);
/** Postal and AP abbreviations of US states: "Calif.", "Fla.", "N.H.", "Mich." (the period is part of the mention). */
export const US_STATE_ABBREV: Readonly<Record<string, string>> = table(usStateAbbrev as LexiconFile<Record<string, string>>);
/** USPS codes of US states, accepted in capitals after "Town, ": "Columbus, GA". */
export const USPS_CODES: Readonly<Record<string, string>> = table(uspsCodes as LexiconFile<Record<string, string>>);
/** A name ending in one of these is a body of water ("Tigris River", "Lake Victoria" is handled by WATER_PREFIX). */
export const WATER_NOUNS: ReadonlySet<string> = wordSet(waterNouns);
/** Of these, only "Lake" takes a bare name after it ("Lake Victoria"); the others need "of" ("Gulf of Aden"). */
export const WATER_PREFIX_BARE: ReadonlySet<string> = wordSet(waterPrefixBare);
/** "Lake Victoria", "Gulf of Mexico", "Sea of Japan", "Strait of Hormuz", "Bay of Biscay" */
export const WATER_PREFIX: ReadonlySet<string> = wordSet(waterPrefix);
/** Abbreviations a period ends inside a place name ("St. Louis", "Mt. Vernon", "N. Korea"). */
export const ABBREV_BEFORE_PERIOD: ReadonlySet<string> = wordSet(abbrevBeforePeriod);
/** Nouns before "of" whose next capitalised word names a place ("the town of X", "the outskirts of X", "the people of X"). */
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = wordSet(placeNounsBeforeOf);
/** Words between a locative cue and a place name that the cue reaches over ("in the northern X", "in downtown X"). */
export const SKIP_BEFORE_CUE: ReadonlySet<string> = wordSet(skipBeforeCue);
/** A town's own services: a town name before one of these ("Chicago police") is read as a town. */
export const LOCAL_SERVICES: ReadonlySet<string> = wordSet(localServices);
/** Prefixes joined to a place name by a hyphen that make it a stance or a past, not a place ("ex-England", "pro-Moscow"). */
export const PREFIXES: ReadonlySet<string> = wordSet(stancePrefixes);
/** Nouns of businesses and buildings that take a proper name: "the Bonanza nightclub", "the Aspen apartments". */
export const BUSINESS_NOUNS: ReadonlySet<string> = wordSet(businessNouns);
