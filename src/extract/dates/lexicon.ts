// Hand-written general lexicons for temporal expressions (English), and the regex fragments built from them.
// Nothing here comes from a corpus: these are the words of the calendar and of numbers.

/** Case-insensitive first letter for a word or an alternation of words: "last" -> "[Ll]ast". */
export function ci(words: string): string {
  return words.replace(/(^|[^A-Za-z\\])([a-z])/g, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names as written in news: capitalised full names, or capitalised abbreviations with an optional full stop. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)';

export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const SEASON_RE = ci('(?:spring|summer|fall|autumn|winter)');

/** TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI',
};
export const PART_OF_DAY_RE = ci('(?:morning|afternoon|evening|night)');

const UNITS: Record<string, { code: string; time: boolean; mult: number; gran: string }> = {
  second: { code: 'S', time: true, mult: 1, gran: 'second' },
  minute: { code: 'M', time: true, mult: 1, gran: 'minute' },
  hour: { code: 'H', time: true, mult: 1, gran: 'hour' },
  day: { code: 'D', time: false, mult: 1, gran: 'day' },
  night: { code: 'D', time: false, mult: 1, gran: 'day' },
  week: { code: 'W', time: false, mult: 1, gran: 'week' },
  fortnight: { code: 'W', time: false, mult: 2, gran: 'week' },
  weekend: { code: 'WE', time: false, mult: 1, gran: 'day' },
  month: { code: 'M', time: false, mult: 1, gran: 'month' },
  quarter: { code: 'Q', time: false, mult: 1, gran: 'quarter' },
  year: { code: 'Y', time: false, mult: 1, gran: 'year' },
  decade: { code: 'Y', time: false, mult: 10, gran: 'decade' },
  century: { code: 'Y', time: false, mult: 100, gran: 'century' },
  centurie: { code: 'Y', time: false, mult: 100, gran: 'century' },
  millennium: { code: 'Y', time: false, mult: 1000, gran: 'millennium' },
  millennia: { code: 'Y', time: false, mult: 1000, gran: 'millennium' },
};

export function unitInfo(word: string): { code: string; time: boolean; mult: number; gran: string } | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return UNITS[w] ?? UNITS[word.toLowerCase()] ?? null;
}

export const UNIT_SG_RE = ci('(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|millennium)');
export const UNIT_PL_RE = ci('(?:seconds|minutes|hours|days|weeks|fortnights|months|quarters|years|decades|centuries|millennia)');
export const UNIT_RE = `(?:${UNIT_PL_RE}|${UNIT_SG_RE})`;

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

const NUM_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** A number written in words only ("twenty-four", "five"). */
export const NUMBER_WORDS_RE = `${ci(NUM_WORD)}(?:[- ]${NUM_WORD}){0,1}`;
/** A number written in words ("twenty-four", "twenty four", "a hundred") or digits ("24", "1,000", "5 1/2", "1.5"). */
export const NUMBER_RE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,4}(?:\\.\\d{1,2})?(?: \\d\\/\\d)?|${ci(NUM_WORD)}(?:[- ]${NUM_WORD}){0,1}(?: ${ci('(?:hundred|thousand)')})?(?: and a half)?|${ci('(?:a|one) (?:hundred|thousand)')}|${ci('(?:a|an)')}(?: half)?)`;
/** Vague quantities: the value gets an X ("several days" -> PXD). */
export const VAGUE_RE = ci('(?:several|a few|few|a couple of|couple of|a number of|many|some|numerous|countless)');

/** Reads a number as NUMBER_RE matches it; null when vague. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^(?:a|an|one)$/.test(s)) return 1;
  if (s === 'a half' || s === 'an half') return 0.5;
  const frac = /^(\d{1,4}) (\d)\/(\d)$/.exec(s);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  let total = 0;
  let current = 0;
  let half = false;
  for (const w of s.replace(/ and a half$/, () => { half = true; return ''; }).split(/[- ]+/)) {
    if (w === 'a' || w === 'an') { current = current || 1; continue; }
    if (w in SMALL) current += SMALL[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') { total += (current || 1) * 1000; current = 0; }
    else return null;
  }
  return total + current + (half ? 0.5 : 0);
}

export function ordinalNumber(word: string): number | null {
  const s = word.toLowerCase();
  const d = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(s);
  if (d) return Number(d[1]);
  return ORDINALS[s] ?? null;
}

/** Spoken years: "nineteen ninety-six" -> 1996, "two thousand" -> 2000. */
export const SPOKEN_YEAR_RE = `${ci('(?:nineteen|eighteen)')} (?:${NUM_WORD}(?:-${NUM_WORD})?|hundred)|${ci('two thousand')}(?: (?:and )?${NUM_WORD})?`;
export function parseSpokenYear(raw: string): number | null {
  const s = raw.toLowerCase();
  const m = /^(nineteen|eighteen) (.+)$/.exec(s);
  if (m) {
    const century = m[1] === 'nineteen' ? 1900 : 1800;
    if (m[2] === 'hundred') return century;
    const rest = parseNumber(m[2]);
    return rest !== null && rest < 100 ? century + rest : null;
  }
  const t = /^two thousand(?: (?:and )?(.+))?$/.exec(s);
  if (t) {
    const rest = t[1] ? parseNumber(t[1]) : 0;
    return rest !== null && rest < 100 ? 2000 + rest : null;
  }
  return null;
}

/** Fixed-date holidays (month, day). */
export const HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'independence day': [7, 4], 'halloween': [10, 31], 'veterans day': [11, 11], "valentine's day": [2, 14],
  'fourth of july': [7, 4], 'july fourth': [7, 4], "st. patrick's day": [3, 17], "saint patrick's day": [3, 17], 'cinco de mayo': [5, 5],
  'juneteenth': [6, 19],
};
/** US holidays on the nth weekday of a month: [month, ISO weekday, n (-1 = last), days added]. */
export const FLOATING_HOLIDAYS: Record<string, [number, number, number, number]> = {
  thanksgiving: [11, 4, 4, 0], 'thanksgiving day': [11, 4, 4, 0], 'labor day': [9, 1, 1, 0], 'memorial day': [5, 1, -1, 0],
  'election day': [11, 1, 1, 1], "mother's day": [5, 7, 2, 0], "father's day": [6, 7, 3, 0], 'martin luther king day': [1, 1, 3, 0],
  'martin luther king jr. day': [1, 1, 3, 0], 'mlk day': [1, 1, 3, 0], 'presidents day': [2, 1, 3, 0], "presidents' day": [2, 1, 3, 0],
  'columbus day': [10, 1, 2, 0], 'black friday': [11, 4, 4, 1],
};
/** Holidays told by their distance in days from Easter Sunday (Gregorian computus). */
export const EASTER_HOLIDAYS: Record<string, number> = { easter: 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2 };
export const HOLIDAY_RE =
  "(?:Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Halloween|Veterans Day|Valentine['’]s Day|Thanksgiving(?: Day)?|Election Day|Labor Day|Memorial Day" +
  "|(?:the )?Fourth of July|July Fourth|(?:St\\.|Saint) Patrick['’]s Day|Cinco de Mayo|Juneteenth|Mother['’]s Day|Father['’]s Day|Martin Luther King(?: Jr\\.)? Day|MLK Day" +
  "|Presidents['’]? Day|Columbus Day|Black Friday|Easter(?: Sunday| Day| Monday)?|Good Friday)";

/** Capitalised words that make a weekday or month part of a name ("Friday Mosque", "Sunday Times"). */
export const NAME_HEADS = new Set([
  'mosque', 'times', 'telegraph', 'express', 'mirror', 'herald', 'post', 'tribune', 'star', 'mail', 'observer', 'independent',
  'magazine', 'edition', 'show', 'school', 'club', 'prayer', 'prayers', 'service', 'sermon', 'market', 'massacre', 'agreement',
  'accord', 'accords', 'movement', 'group', 'party', 'uprising', 'revolution', 'war', 'offensive', 'bloody', 'church', 'street',
  'square', 'bridge', 'road', 'avenue', 'league', 'cup', 'night', 'live', 'morning', 'madness', 'hare', 'committee',
]);

/**
 * Nouns of a thing that happened (hand-written, general news vocabulary): a day right after one dates it, so a
 * progressive before it does not set the day ahead ("Police are investigating a shooting Tuesday night").
 */
export const INCIDENT_NOUNS = new Set([
  'shooting', 'shootings', 'stabbing', 'stabbings', 'killing', 'killings', 'homicide', 'homicides', 'murder', 'murders', 'death', 'deaths',
  'attack', 'attacks', 'assault', 'robbery', 'robberies', 'burglary', 'carjacking', 'crash', 'crashes', 'collision', 'fire', 'blaze', 'explosion',
  'blast', 'bombing', 'incident', 'incidents', 'fight', 'brawl', 'disturbance', 'standoff', 'chase', 'pursuit', 'break-in', 'rampage', 'massacre',
]);

/** Reporting and past-event verbs are tagged by compromise; these words mark a future reading. */
export const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'going', 'scheduled', 'expected', 'plans', 'plan', 'due', 'intends', 'hopes', 'aims', 'would', 'wo']);
