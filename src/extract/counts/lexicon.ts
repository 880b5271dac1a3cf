// Hand-written general lexicons for counts: number words, qualifiers, counted nouns -> category.
// Data only; the rules that read them are in rules.ts and extract.ts.
import type { CountCategory, Qualifier } from '../../record/schema.js';

export const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/** Vague quantities: word(s) -> value and the honest qualifier. `of` may follow. */
export const VAGUE: readonly { words: string[]; value: number; qualifier: Qualifier; rule: string }[] = [
  { words: ['tens', 'of', 'thousands'], value: 20_000, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['hundreds', 'of', 'thousands'], value: 200_000, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['half', 'a', 'dozen'], value: 6, qualifier: 'approximate', rule: 'count.vague-quantity' },
  { words: ['a', 'dozen'], value: 12, qualifier: 'approximate', rule: 'count.vague-quantity' },
  { words: ['a', 'handful'], value: 3, qualifier: 'approximate', rule: 'count.vague-quantity' },
  { words: ['a', 'couple'], value: 2, qualifier: 'approximate', rule: 'count.vague-quantity' },
  { words: ['dozens'], value: 24, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['scores'], value: 40, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['hundreds'], value: 200, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['thousands'], value: 2000, qualifier: 'at_least', rule: 'count.vague-quantity' },
  { words: ['millions'], value: 2_000_000, qualifier: 'at_least', rule: 'count.vague-quantity' },
];

/** Qualifier phrases that stand right before a number (longest first when matched). */
export const QUALIFIERS: readonly { words: string[]; qualifier: Qualifier }[] = [
  { words: ['no', 'fewer', 'than'], qualifier: 'at_least' },
  { words: ['no', 'less', 'than'], qualifier: 'at_least' },
  { words: ['no', 'more', 'than'], qualifier: 'at_most' },
  { words: ['as', 'many', 'as'], qualifier: 'at_most' },
  { words: ['as', 'few', 'as'], qualifier: 'at_least' },
  { words: ['in', 'excess', 'of'], qualifier: 'at_least' },
  { words: ['at', 'least'], qualifier: 'at_least' },
  { words: ['at', 'most'], qualifier: 'at_most' },
  { words: ['more', 'than'], qualifier: 'at_least' },
  { words: ['fewer', 'than'], qualifier: 'at_most' },
  { words: ['less', 'than'], qualifier: 'at_most' },
  { words: ['up', 'to'], qualifier: 'at_most' },
  { words: ['upwards', 'of'], qualifier: 'at_least' },
  { words: ['upward', 'of'], qualifier: 'at_least' },
  { words: ['close', 'to'], qualifier: 'approximate' },
  { words: ['an', 'estimated'], qualifier: 'approximate' },
  { words: ['just', 'over'], qualifier: 'at_least' },
  { words: ['just', 'under'], qualifier: 'at_most' },
  { words: ['roughly'], qualifier: 'approximate' },
  { words: ['about'], qualifier: 'approximate' },
  { words: ['around'], qualifier: 'approximate' },
  { words: ['approximately'], qualifier: 'approximate' },
  { words: ['nearly'], qualifier: 'approximate' },
  { words: ['almost'], qualifier: 'approximate' },
  { words: ['some'], qualifier: 'approximate' },
  { words: ['estimated'], qualifier: 'approximate' },
  { words: ['approx'], qualifier: 'approximate' },
  { words: ['over'], qualifier: 'at_least' },
  { words: ['under'], qualifier: 'at_most' },
];

/** Counted nouns (singular) -> category. Casualty context (verbs around) overrides people-like nouns. */
const CATEGORY_WORDS: Record<CountCategory, string[]> = {
  killed: ['death', 'fatality', 'body', 'homicide', 'murder', 'dead', 'life'],
  injured: ['injury', 'wound', 'casualty', 'gunshot wound', 'injured', 'wounded'],
  missing: ['missing'],
  arrested: ['arrest', 'detainee', 'prisoner'],
  kidnapped: ['hostage', 'abductee', 'captive'],
  displaced: ['refugee', 'evacuee', 'displaced'],
  attack: ['attack', 'strike', 'airstrike', 'raid', 'assault', 'bombing', 'shooting', 'ambush', 'explosion', 'blast', 'shelling', 'incident', 'robbery', 'stabbing', 'carjacking', 'burglary'],
  weapon: [
    'rocket', 'missile', 'drone', 'bomb', 'shell', 'mortar', 'grenade', 'round', 'bullet', 'shot', 'gunshot', 'gun', 'rifle', 'handgun',
    'pistol', 'firearm', 'weapon', 'casing', 'cartridge', 'magazine', 'explosive', 'ied', 'projectile', 'shotgun', 'revolver', 'ammunition',
  ],
  personnel: [
    'troop', 'soldier', 'officer', 'policeman', 'policemen', 'agent', 'deputy', 'marine', 'guard', 'personnel', 'service member',
    'servicemember', 'firefighter', 'trooper', 'fighter', 'militant', 'sailor', 'airman', 'commando', 'police', 'cop', 'sheriff', 'staff',
  ],
  people: [
    'person', 'people', 'man', 'woman', 'child', 'boy', 'girl', 'teen', 'teenager', 'adult', 'resident', 'civilian', 'student', 'victim',
    'other', 'folk', 'family', 'worker', 'passenger', 'protester', 'bystander', 'individual', 'suspect', 'baby', 'infant', 'toddler',
    'son', 'daughter', 'brother', 'sister', 'cousin', 'friend', 'relative', 'kid', 'youth', 'juvenile', 'male', 'female', 'patient',
    'customer', 'employee', 'neighbor', 'neighbour', 'citizen', 'pedestrian', 'gunman', 'shooter', 'player', 'member', 'parent',
    'mother', 'father', 'wife', 'husband', 'guest', 'inmate', 'teacher', 'driver', 'occupant', 'sibling', 'grandchild', 'grandson',
    'granddaughter', 'nephew', 'niece', 'uncle', 'aunt', 'pupil', 'worshipper', 'pilgrim', 'tourist', 'journalist', 'doctor', 'nurse',
    'minor', 'gentleman', 'lady', 'spectator', 'fan', 'attendee', 'partygoer', 'clerk', 'robber', 'assailant', 'attacker', 'official',
  ],
  money: ['dollar', 'cent', 'euro', 'yuan', 'ruble', 'rupee', 'yen', 'franc', 'dinar', 'peso', 'buck', 'usd'],
  other: [],
};

export const NOUN_CATEGORY: ReadonlyMap<string, CountCategory> = new Map(
  (Object.entries(CATEGORY_WORDS) as [CountCategory, string[]][]).flatMap(([cat, ws]) => ws.map((w) => [w, cat] as const)),
);

/** Person nouns: the counts that casualty verbs can apply to. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...CATEGORY_WORDS.people, ...CATEGORY_WORDS.personnel, 'hostage', 'refugee', 'detainee', 'prisoner']);

/** Counted nouns that make a number not a count: time spans, measures, scores, addresses. */
export const NOT_COUNT_UNITS: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'night', 'time', 'weekend', 'season', 'morning',
  'percent', 'per', 'percentage', 'pct', 'mile', 'foot', 'feet', 'inch', 'yard', 'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mph',
  'degree', 'caliber', 'calibre', 'gauge', 'mm', 'acre', 'block', 'point', 'inning', 'lap', 'grade', 'pound', 'lb', 'kg', 'kilogram',
  'gram', 'ounce', 'ton', 'tonne', 'liter', 'litre', 'gallon', 'am', 'pm', 'a.m.', 'p.m.', 'o\'clock', 'oclock', 'th', 'st', 'nd', 'rd',
  'x', 'hundredth', 'mile-per-hour', 'yard-line', 'episode', 'chapter', 'page', 'step', 'goal', 'run',
]);

/** Words after a number that show an address ("507 Imlay Avenue", "123 Main St"). */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'lane', 'ln', 'boulevard', 'blvd', 'way', 'court', 'ct', 'place', 'pl',
  'terrace', 'highway', 'hwy', 'parkway', 'pkwy', 'circle', 'cir', 'trail', 'trl', 'pike', 'square', 'sq', 'alley', 'plaza', 'row',
]);

const IRREGULAR_SINGULAR: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  policemen: 'policeman', gunmen: 'gunman', servicemen: 'serviceman', firemen: 'fireman', lives: 'life', knives: 'knife',
  wives: 'wife', thieves: 'thief', wolves: 'wolf', personnel: 'personnel', police: 'police', staff: 'staff', folks: 'folk',
  series: 'series', species: 'species', dead: 'dead', wounded: 'wounded', injured: 'injured', missing: 'missing', displaced: 'displaced',
  ammunition: 'ammunition', news: 'news', crises: 'crisis', analyses: 'analysis', bases: 'base', cases: 'case', casualties: 'casualty',
  kids: 'kid', bus: 'bus', gas: 'gas', chassis: 'chassis', buses: 'bus', gunshots: 'gunshot', uses: 'use', houses: 'house',
};

/** The singular of a counted noun ("rockets" -> "rocket", "casualties" -> "casualty"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_SINGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w.endsWith('s') && w.length === 3 && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
