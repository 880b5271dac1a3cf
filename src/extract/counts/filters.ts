// The not-a-count filters: a number phrase that is an age, a time, a date, an address, an identifier, a phone
// number, a year, a measure or a score is no count. Each filter has an id (the reason); the number rule skips a
// number when any filter holds, so their order does not matter.
import { MONTHS, NOUN_CATEGORY, PERSON_NOUNS, PLURAL_VAGUE, SCORE_WORDS, STREET_SUFFIXES, singular } from './lexicon.js';
import { readCore, wordNumber, type Core } from './number.js';
import { capitalised, has, words, type Tok } from './terms.js';

/** What a filter sees: the sentence's terms, the number's first term i and its core (range and qualifier applied). */
export interface FilterContext {
  toks: readonly Tok[];
  i: number;
  core: Core;
  /** A qualifier phrase stands before the number ("at least 5"). */
  hasQualifier: boolean;
}

export interface CountFilter {
  id: string;
  test(ctx: FilterContext): boolean;
}

/** A parent named by the number of children: "father of three", "grandmother of five". */
const PARENT_NOUNS: ReadonlySet<string> = new Set(['father', 'mother', 'parent', 'parents', 'dad', 'mom', 'mum', 'grandfather', 'grandmother', 'grandparent', 'grandparents', 'stepfather', 'stepmother']);

const around = ({ toks, i, core }: FilterContext): { t: Tok; prev: Tok | undefined; next: Tok | undefined; nextW: string } => {
  const next = toks[core.end];
  return { t: toks[i], prev: toks[i - 1], next, nextW: next ? words(next) : '' };
};

export const FILTERS: readonly CountFilter[] = [
  {
    id: 'count.not-phone',
    test: (c) => {
      const { t, next } = around(c);
      return has(t, 'PhoneNumber') || (!!next && has(next, 'PhoneNumber'));
    },
  },
  {
    id: 'count.not-time',
    test: (c) => {
      const { t, next, nextW } = around(c);
      return has(t, 'Time') || /:/.test(t.text) || /^(?:am|pm|a\.m\.|p\.m\.|o'clock|oclock|gmt|utc|et|est|edt|pst|pdt|cst|cdt)$/i.test(next?.text ?? '') || /^[ap]m$/.test(nextW);
    },
  },
  { id: 'count.not-percent', test: (c) => { const { nextW } = around(c); return !!c.core.percent || nextW === 'percent' || nextW === 'per' || nextW === 'percentage'; } },
  {
    // "March 5", "5 May"; but "Thousands march": a plural quantity is no day of a month
    id: 'count.not-date',
    test: (c) => {
      const { prev, next, nextW } = around(c);
      const pluralVague = PLURAL_VAGUE.has(words(c.toks[c.core.end - 1]));
      return (!!prev && (MONTHS.has(words(prev)) || has(prev, 'Month'))) || (!!next && !pluralVague && (MONTHS.has(nextW) || has(next, 'Month')));
    },
  },
  {
    id: 'count.not-year',
    test: (c) => {
      const { t, next, nextW } = around(c);
      if (!(c.core.digits && !c.core.money && /^\d{4}$/.test(t.text) && c.core.value >= 1000 && c.core.value <= 2100)) return false;
      const unit = next && has(next, 'Plural') ? NOUN_CATEGORY.get(singular(nextW)) : undefined;
      return !unit || unit === 'other';
    },
  },
  { id: 'count.not-emergency-number', test: ({ core }) => core.digits && core.value === 911 && !core.money },
  {
    // ages and durations: "23-year-old", "24-hour period", "7 years old", "aged 23", "ages 14 and 28", "Smith, 23,"
    id: 'count.not-age',
    test: (c) => {
      const { toks, i, core, hasQualifier } = c;
      const { t, prev, next, nextW } = around(c);
      if (next && /^(?:years?|months?|weeks?|days?|hours?|minutes?|yr|yrs)$/.test(nextW) && /^-/.test(toks[core.end - 1].post)) return true;
      if (next && /^(?:years?|months?)$/.test(nextW) && toks[core.end + 1] && words(toks[core.end + 1]) === 'old') return true;
      if (prev && /^(?:aged|age|ages)$/.test(words(prev))) return true;
      // "ages 14 and 28": a number in a list that "ages" opens
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
        const w = words(toks[k]);
        if (/^(?:aged|ages)$/.test(w)) return true;
        if (!(w === 'and' || /^\d{1,3}$/.test(toks[k].text))) break;
      }
      // "Smith, 23," / "Jackson, 6;" / "Boy, 15, shot": a number set off by commas right after a noun ("Man, 23, killed": a
      // person noun read as a verb too)
      if (!hasQualifier && prev && /,\s*$/.test(prev.post) && (has(prev, 'Noun') || capitalised(prev)) && (!has(prev, 'Verb') || PERSON_NOUNS.has(singular(words(prev)))) && core.end === i + 1 && /^\s*[,;.)]|^$/.test(t.post)) return true;
      return t.pre.includes('(') && t.post.startsWith(')') && !!prev && (wordNumber(words(prev)) !== null || has(prev, 'Noun') || has(prev, 'ProperNoun'));
    },
  },
  {
    // an age told of a person whose head is no noun, or after "who was": "The other, 25, is in critical condition",
    // "The second, 30,", "The youngest, 14,", "three who were 17", "the victims, who are 19 and 20," (count.not-age
    // reads only a noun or a name before the commas)
    id: 'count.not-age-described',
    test: (c) => {
      const { toks, i, core, hasQualifier } = c;
      const { t, prev } = around(c);
      if (hasQualifier || !core.digits || core.money || core.value > 120 || !prev) return false;
      // a bare number set off by commas right after a word that is neither a verb nor a number: "The other, 25,"
      if (core.end === i + 1 && /,\s*$/.test(prev.post) && /^\s*[,;)]/.test(t.post) && /^[a-z]+$/i.test(prev.text) && (!has(prev, 'Verb') || PERSON_NOUNS.has(singular(words(prev)))) && !has(prev, 'Cardinal') && wordNumber(words(prev)) === null) return true;
      // "who was 17", "who were 19 and 20": the number, or a list of numbers, right after "who" and a form of "be"
      let k = i - 1;
      while (k >= 1 && (words(toks[k]) === 'and' || /^\d{1,3}$/.test(toks[k].text)) && k >= i - 6) k--;
      return k >= 1 && /^(?:was|were|is|are)$/.test(words(toks[k])) && /^(?:who|whom)$/.test(words(toks[k - 1])) && !(toks[core.end] && has(toks[core.end], 'Noun') && !has(toks[core.end], 'Adjective'));
    },
  },
  {
    // "8-member family", "9-mm handgun", "3-bedroom home": a number inside a compound modifier
    id: 'count.not-compound-modifier',
    test: (c) => {
      const { next } = around(c);
      return !!next && /^-$/.test(c.toks[c.core.end - 1].post) && readCore(c.toks, c.core.end) === null;
    },
  },
  {
    // identifiers: "Highway 1196", "KPIX 5", "Image 1 of 40", "Channel 4"; "EB-5", "F-16", "COVID-19"
    id: 'count.not-identifier',
    test: (c) => {
      const { core, hasQualifier } = c;
      const { prev } = around(c);
      if (!core.digits || !prev) return false;
      if (!hasQualifier && prev.post === ' ' && (has(prev, 'ProperNoun') || has(prev, 'Acronym') || (capitalised(prev) && has(prev, 'Noun') && prev.i > 0)) && !has(prev, 'Verb') && !has(prev, 'Adjective') && !has(prev, 'Value')) return true;
      // a number joined to a capitalised word is part of a name
      if (/^-$/.test(prev.post) && /^[A-Z]/.test(prev.text)) return true;
      return /^(?:no|number|#|route|highway|interstate|room|suite|apt|apartment|unit|flight|precinct|ward|district|station|channel|page|case|exit)$/.test(words(prev));
    },
  },
  {
    // addresses: "507 Imlay Avenue", "the 1800 block"
    id: 'count.not-address',
    test: ({ toks, core }) => {
      if (!core.digits) return false;
      for (let k = core.end; k < toks.length && k <= core.end + 3; k++) {
        const w = words(toks[k]);
        if (STREET_SUFFIXES.has(w) && k > core.end) return true;
        if (!capitalised(toks[k]) && !/^(?:n|s|e|w|ne|nw|se|sw)$/.test(w)) break;
      }
      return false;
    },
  },
  {
    // "the father of three who was shot", "a mother of two": how many children a parent has, not people hit
    id: 'count.not-children-of',
    test: ({ toks, i, core }) => {
      const parent = toks[i - 2];
      const next = toks[core.end];
      return i >= 2 && words(toks[i - 1]) === 'of' && !!parent && PARENT_NOUNS.has(words(parent)) && !(next && words(next) === 'of');
    },
  },
  {
    // scores: "won 3-2", "a 3-1 victory"
    id: 'count.not-score',
    test: (c) => {
      const { prev, nextW } = around(c);
      return c.core.qualifier === 'range' && ((!!prev && SCORE_WORDS.has(words(prev))) || SCORE_WORDS.has(nextW));
    },
  },
];

/** The filter that says the number is no count, or null. */
export const notACount = (ctx: FilterContext): CountFilter | null => FILTERS.find((f) => f.test(ctx)) ?? null;
