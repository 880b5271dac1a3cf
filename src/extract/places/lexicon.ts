// Hand-written general lexicons for places: named regions and waters that no gazetteer lists as a
// country, region or city, the nouns that make a name a river, a facility or a district, and the
// small words that tell a place from a team or a person. Written from general knowledge, not from
// any corpus annotation.
import { foldName } from '../../gazetteer/prepare.js';
import type { PlaceKind } from '../../record/schema.js';

/** A lookup table without a prototype: no word ("constructor") finds anything but its entries. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export interface NamedArea {
  kind: PlaceKind;
  /** ISO alpha-2 when the area lies in one country */
  country?: string;
  /** canonical name when the entry is an alias */
  name?: string;
  lat?: number;
  lon?: number;
}

const r = (country?: string, name?: string): NamedArea => ({ kind: 'region', country, name });
const w = (country?: string, name?: string): NamedArea => ({ kind: 'water', country, name });

/** Keys are written in lower case; look them up with `namedArea(name)`. */
const AREAS: Record<string, NamedArea> = {
  // continents and world regions
  europe: r(), asia: r(), africa: r(), 'north america': r(), 'south america': r(), 'latin america': r(),
  'central america': r(), oceania: r(), antarctica: r(), arctic: r(), antarctic: r(), eurasia: r(),
  'middle east': r(), mideast: r(undefined, 'Middle East'), 'near east': r(), 'far east': r(),
  'eastern europe': r(), 'western europe': r(), 'central europe': r(), 'northern europe': r(), 'southern europe': r(),
  'central asia': r(), 'south asia': r(), 'southeast asia': r(), 'south-east asia': r(undefined, 'Southeast Asia'),
  'east asia': r(), 'asia-pacific': r(), 'asia pacific': r(undefined, 'Asia-Pacific'), 'pacific rim': r(),
  'sub-saharan africa': r(), 'north africa': r(), 'west africa': r(), 'east africa': r(), 'southern africa': r(),
  'central africa': r(), 'horn of africa': r(), 'third world': r(),
  scandinavia: r(), balkans: r(), baltics: r(), benelux: r(), caucasus: r(), 'north caucasus': r('RU'),
  caribbean: r(), levant: r(), maghreb: r(), sahel: r(), sahara: r(), 'arabian peninsula': r(), gulf: r(undefined, 'Gulf'),
  indochina: r(), himalayas: r(), alps: r(), andes: r(), patagonia: r(), siberia: r('RU'), tibet: r('CN'),
  kashmir: r(), kurdistan: r(), 'iraqi kurdistan': r('IQ'), punjab: r(), transylvania: r('RO'), bavaria: r('DE'),
  'west bank': r('PS'), gaza: r('PS'), 'gaza strip': r('PS'), 'golan heights': r('SY'), golan: r('SY', 'Golan Heights'),
  sinai: r('EG'), chechnya: r('RU'), 'nagorno-karabakh': r('AZ'), 'south lebanon': r('LB'), 'southern lebanon': r('LB'),
  midwest: r('US'), 'new england': r('US'), 'deep south': r('US'), 'west coast': r('US'), 'east coast': r('US'),
  'gulf coast': r('US'), 'pacific northwest': r('US'), 'silicon valley': r('US'), 'wall street': { kind: 'address', country: 'US' },
  ulster: r('GB'), mindanao: r('PH'), borneo: r(), sumatra: r('ID'), 'kurdish region': r('IQ'),
  // the countries of the United Kingdom
  england: { kind: 'country', country: 'GB' }, scotland: { kind: 'country', country: 'GB' },
  wales: { kind: 'country', country: 'GB' }, 'northern ireland': { kind: 'country', country: 'GB' },
  // landmarks known by name alone
  'white house': { kind: 'facility', country: 'US', name: 'White House' }, kremlin: { kind: 'facility', country: 'RU', name: 'Kremlin' },
  'capitol hill': { kind: 'facility', country: 'US', name: 'Capitol Hill' }, 'downing street': { kind: 'address', country: 'GB', name: 'Downing Street' },
  'elysee palace': { kind: 'facility', country: 'FR', name: 'Elysee Palace' },
  // waters
  atlantic: w(), pacific: w(), 'indian ocean': w(), mediterranean: w(), adriatic: w(), aegean: w(), caspian: w(),
  'persian gulf': w(), 'arabian gulf': w(undefined, 'Persian Gulf'), 'red sea': w(), 'black sea': w(), 'north sea': w(),
  'baltic sea': w(), 'south china sea': w(), 'east china sea': w(), 'dead sea': w(), 'arabian sea': w(),
  tigris: w('IQ'), euphrates: w(), nile: w(), danube: w(), rhine: w(), thames: w('GB'), yangtze: w('CN'),
  mekong: w(), ganges: w(), volga: w('RU'), 'english channel': w(), 'strait of hormuz': w(), 'bosphorus': w('TR'),
  'suez canal': w('EG'), 'panama canal': w('PA'),
};

/** The named areas by folded key ("Nagorno-Karabakh" -> "nagorno karabakh"). */
export const NAMED_AREAS: Record<string, NamedArea> = table(Object.fromEntries(Object.entries(AREAS).map(([k, v]) => [foldName(k), v])));

/** A name ending in one of these is a body of water ("Tigris River", "Lake Victoria" is handled by WATER_PREFIX). */
export const WATER_NOUNS = new Set(['river', 'sea', 'ocean', 'gulf', 'lake', 'bay', 'strait', 'straits', 'canal', 'channel', 'lagoon', 'reservoir', 'creek']);
/** "Lake Victoria", "Gulf of Mexico", "Sea of Japan", "Strait of Hormuz", "Bay of Biscay" */
export const WATER_PREFIX = new Set(['lake', 'gulf', 'sea', 'strait', 'straits', 'bay', 'river']);
/** Of these, only "Lake" takes a bare name after it ("Lake Victoria"); the others need "of" ("Gulf of Aden"). */
export const WATER_PREFIX_BARE = new Set(['lake']);

/** Capitalised last words that make a facility or a site ("Tiananmen Square", "Old Trafford" is not caught). */
export const FACILITY_NOUNS = new Set([
  'airport', 'airbase', 'airfield', 'base', 'square', 'stadium', 'bridge', 'street', 'road', 'avenue', 'boulevard',
  'prison', 'palace', 'mosque', 'cathedral', 'church', 'temple', 'shrine', 'port', 'harbour', 'harbor', 'station',
  'crossing', 'dam', 'refinery', 'terminal', 'highway', 'motorway', 'expressway', 'tunnel', 'checkpoint', 'camp',
  'park', 'arena', 'racecourse', 'compound',
]);
/** Facilities written in lower case after a name: "al-Asaf airbase", "Conoco gas field". */
export const LOWER_FACILITY = [
  'airbase', 'air base', 'airfield', 'airport', 'military base', 'naval base', 'base', 'gas field', 'oil field',
  'oilfield', 'refinery', 'border crossing', 'crossing', 'checkpoint', 'refugee camp', 'camp', 'prison', 'dam',
  'power plant', 'power station', 'nuclear plant', 'port', 'mosque', 'square',
];
/** Terrain and districts: "Zagros Mountains", "Canary Islands", "Anbar Province", "Orange County". */
export const TERRAIN_NOUNS: Record<string, PlaceKind> = table({
  mountains: 'other', mountain: 'other', mount: 'other', hills: 'other', valley: 'region', desert: 'region',
  island: 'other', islands: 'other', isles: 'other', peninsula: 'region', plateau: 'region', coast: 'region',
  strip: 'region', heights: 'region', province: 'admin', governorate: 'admin', prefecture: 'admin',
  district: 'admin', county: 'admin', region: 'region', territory: 'region', territories: 'region', oblast: 'admin',
  canton: 'admin', municipality: 'admin', township: 'admin', borough: 'admin', parish: 'admin',
});
/** "Mount Everest", "Cape Town" is a city already. */
export const TERRAIN_PREFIX: Record<string, PlaceKind> = table({ mount: 'other', mt: 'other', cape: 'other', fort: 'city', port: 'city', camp: 'facility' });

/** Direction words that, capitalised before a place, form a region's name ("Southern California"). */
export const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower', 'greater',
  'north-east', 'north-west', 'south-east', 'south-west', 'mid', 'inner', 'outer',
]);

/** Names that take a capitalised "The": "The Netherlands drew 2-2". */
export const THE_NAMES = new Set(['netherlands', 'gambia', 'bahamas', 'hague']);

/** Words that join the parts of a name. */
export const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'du', 'la', 'le', 'les', 'el', 'al', 'upon', 'and', 'en', 'am', 'im', 'sur', 'y']);
/** Arabic and other articles written before a hyphen: "al-Asaf", "el-Arish", "ad-Dawr". */
export const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ul', 'ibn', 'abu', 'bin']);

/** Words before "of" that introduce the name of a settlement or area: "the village of Layron". */
export const SETTLEMENT_NOUNS = new Set([
  'village', 'town', 'city', 'hamlet', 'township', 'province', 'region', 'district', 'county', 'state', 'island',
  'islands', 'port', 'suburb', 'outskirts', 'enclave', 'republic', 'municipality', 'governorate', 'prefecture', 'valley',
]);

/** Titles and offices that may follow a country or city without making it part of another name. */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance', 'trade', 'economy',
  'secretary', 'ambassador', 'envoy', 'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'congressman',
  'congresswoman', 'general', 'gen', 'commander', 'chief', 'leader', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'emir', 'chancellor', 'premier', 'deputy', 'assistant', 'spokesman', 'spokeswoman', 'spokesperson', 'officials',
  'official', 'police', 'troops', 'forces', 'central', 'state', 'federal', 'national', 'justice',
  'attorney', 'judge', 'cardinal', 'archbishop', 'bishop', 'dr', 'mr', 'mrs', 'ms', 'colonel', 'col', 'lieutenant',
  'lt', 'capt', 'captain', 'sergeant', 'sgt', 'major', 'maj', 'private', 'cpl', 'adm', 'admiral',
]);

/** Portfolios before a title: "Hong Kong Financial Secretary", "Iraqi Oil Minister". */
export const PORTFOLIOS = new Set([
  'financial', 'economic', 'home', 'labour', 'labor', 'health', 'education', 'agriculture', 'industry', 'energy',
  'transport', 'oil', 'information', 'justice', 'interior', 'foreign', 'defence', 'defense', 'finance', 'trade',
]);

/** Heads of organisation names with "of": "Bank of England", "University of California". */
export const ORG_HEADS = new Set([
  'bank', 'university', 'ministry', 'department', 'council', 'museum', 'college', 'school', 'institute', 'church',
  'party', 'academy', 'commission', 'league', 'federation', 'association', 'union', 'army', 'court', 'chamber',
  'board', 'office', 'society', 'foundation', 'committee', 'agency', 'bureau', 'corporation', 'company', 'club',
  'organisation', 'organization', 'government', 'parliament', 'assembly', 'senate', 'congress', 'tour', 'grand',
  'cup', 'championship', 'championships', 'open', 'games', 'order', 'times', 'news', 'radio', 'television',
  'friends', 'battle', 'siege', 'treaty', 'declaration', 'statue', 'bay', 'port',
]);

/** Last words of firm, media and event names that begin with a country: "Japan Airlines", "U.S. Open". */
export const ORG_SUFFIXES = new Set([
  'airlines', 'airways', 'air', 'bank', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'co', 'company', 'group', 'holdings',
  'motors', 'motor', 'telecom', 'telecommunications', 'petroleum', 'oil', 'steel', 'electric', 'industries', 'international',
  'times', 'post', 'today', 'herald', 'journal', 'news', 'daily', 'tribune', 'open', 'cup', 'grand', 'prix', 'masters',
  'championship', 'championships', 'games', 'trophy', 'classic', 'league', 'party', 'council', 'fund', 'exchange',
  'express', 'mail', 'online', 'broadcasting', 'radio', 'television', 'tv', 'agency', 'press', 'institute', 'university',
  'foundation', 'association', 'federation', 'union', 'securities', 'capital', 'investments', 'partners', 'trust',
  'treasury', 'treasuries', 'postal', 'court', 'senate', 'congress', 'army', 'navy', 'department', 'ministry', 'civil',
  'war', 'census', 'mint', 'reserve',
]);

/** The locatives that still count before a word that is also a person's name ("in Clinton", not "to Clinton"). */
export const STRONG_LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout', 'northeast', 'northwest', 'southeast', 'southwest', 'north', 'south', 'east', 'west']);

/** Prepositions that put a place name in a place role: "in Dole", "at Kent", "near Tacambaro". */
export const LOCATIVE = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'across', 'around', 'towards', 'toward', 'via',
  'through', 'throughout', 'between', 'within', 'of', 'off', 'northeast', 'northwest', 'southeast', 'southwest',
  'north', 'south', 'east', 'west', 'visit', 'visited', 'visiting', 'arrived', 'left', 'landed', 'town', 'city',
  'village', 'capital', 'province', 'region', 'port', 'island', 'state', 'district', 'outskirts', 'suburb',
]);

/** Common English words that are also names of towns: a place only with a locative cue. */
export const COMMON_WORD_TOWNS = new Set([
  'union', 'liberty', 'independence', 'commerce', 'progress', 'victory', 'enterprise', 'opportunity', 'concord', 'unity',
  'hope', 'justice', 'freedom', 'reform', 'sun', 'eagle', 'mobile', 'reading', 'bath', 'split', 'police', 'man', 'along',
  'university', 'college', 'industry', 'republic', 'federal', 'central', 'capital', 'mission', 'paradise', 'harmony',
  'friendship', 'normal', 'energy', 'security', 'march', 'may', 'june', 'august',
  'sale', 'deal', 'best', 'goes', 'says', 'after', 'before', 'under', 'over', 'top', 'cup', 'bar', 'home', 'park',
  'royal', 'premier', 'league', 'national', 'international', 'general', 'real', 'sporting', 'racing', 'athletic',
  'dynamo', 'olympic', 'standard', 'city', 'town', 'nice', 'orange', 'temple', 'marathon', 'wall', 'river',
  'valley', 'mountain', 'bay', 'lake', 'beach', 'hills', 'springs', 'falls', 'grove', 'garden', 'gardens', 'media',
  'colon', 'bonus', 'price', 'plain', 'plains', 'ocean', 'embassy', 'soldier', 'troy',
  'congress', 'rugby', 'cricket', 'golf', 'tennis', 'metro', 'spa', 'university', 'hospital', 'senate', 'parliament',
  'center', 'centre', 'media', 'earth', 'alliance', 'midway', 'vice', 'federal', 'west', 'east', 'north', 'south',
  'eastern', 'western', 'northern', 'southern', 'welcome', 'friendship', 'surprise', 'protection', 'success', 'comfort',
  'god', 'lord', 'heaven', 'research', 'nato', 'opposition', 'defiance', 'prosperity', 'fortune', 'humble', 'ideal',
]);

/** Team sports that head a sports report ("SOCCER - ..."): there, a city or county is usually a club. */
export const TEAM_SPORTS = new Set([
  'soccer', 'football', 'cricket', 'rugby', 'baseball', 'basketball', 'hockey', 'ice hockey', 'volleyball',
  'handball', 'nfl', 'nba', 'nhl', 'rugby union', 'rugby league', 'american football', 'australian rules',
  'water polo', 'lacrosse', 'softball', 'netball', 'field hockey', 'mlb',
]);
/** Words around a team name in a sports report. */
export const TEAM_CUES = new Set([
  'beat', 'beats', 'beaten', 'drew', 'draw', 'drawn', 'lost', 'lose', 'defeated', 'v', 'vs', 'versus', 'against',
  'captain', 'coach', 'manager', 'striker', 'midfielder', 'goalkeeper', 'defender', 'batsman', 'bowler', 'pitcher',
  'won', 'win', 'wins', 'trailed', 'led', 'scored', 'rallied', 'routed', 'thrashed', 'edged', 'held', 'hosted', 'host',
  'hosts', 'visitors', 'fans', 'squad', 'side',
]);

/** Postal and AP abbreviations of US states: "Calif.", "Fla.", "N.H.", "Mich." (the period is part of the mention). */
export const US_STATE_ABBREV: Record<string, string> = table({
  'ala': 'Alabama', 'ariz': 'Arizona', 'ark': 'Arkansas', 'calif': 'California', 'colo': 'Colorado', 'conn': 'Connecticut',
  'del': 'Delaware', 'fla': 'Florida', 'ga': 'Georgia', 'ill': 'Illinois', 'ind': 'Indiana', 'kan': 'Kansas', 'kans': 'Kansas',
  'ky': 'Kentucky', 'la': 'Louisiana', 'md': 'Maryland', 'mass': 'Massachusetts', 'mich': 'Michigan', 'minn': 'Minnesota',
  'miss': 'Mississippi', 'mo': 'Missouri', 'mont': 'Montana', 'neb': 'Nebraska', 'nebr': 'Nebraska', 'nev': 'Nevada',
  'n h': 'New Hampshire', 'n j': 'New Jersey', 'n m': 'New Mexico', 'n y': 'New York', 'n c': 'North Carolina',
  'n d': 'North Dakota', 'okla': 'Oklahoma', 'ore': 'Oregon', 'pa': 'Pennsylvania', 'penn': 'Pennsylvania',
  'r i': 'Rhode Island', 's c': 'South Carolina', 's d': 'South Dakota', 'tenn': 'Tennessee', 'tex': 'Texas',
  'vt': 'Vermont', 'va': 'Virginia', 'wash': 'Washington', 'w va': 'West Virginia', 'wis': 'Wisconsin', 'wisc': 'Wisconsin',
  'wyo': 'Wyoming', 'd c': 'District of Columbia',
});

/** USPS codes of US states, accepted in capitals after "Town, ": "Columbus, GA". */
export const USPS_CODES: Record<string, string> = table({
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
});
