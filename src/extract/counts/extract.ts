// The count scanner: one pass over each sentence's terms. A number phrase (qualifier, number or
// number words or a vague quantity, range) is read, checked against the not-a-count rules (ages,
// times, dates, addresses, identifiers, phones, years, measures), then its counted noun and what
// the sentence says of it (casualty verbs before and after) give unit and category.
import type { Analysis, Sentence, Term } from '../../analyse/index.js';
import type { CountCategory, Qualifier } from '../../record/schema.js';
import type { CountCandidate } from '../types.js';
import {
  MAGNITUDES, NOT_COUNT_UNITS, NOUN_CATEGORY, ONES, PERSON_NOUNS, QUALIFIERS, STREET_SUFFIXES, TENS, VAGUE, singular,
} from './lexicon.js';
import {
  AFTER_RULES, AGE_APPOSITION, BEFORE_RULES, MULTIPLE_CASUALTY, MULTIPLE_VALUES, NEGATED_NOUN, NEGATED_PRONOUN, ORDINAL_PERSON, REFLEXIVE,
  type ContextRule,
} from './rules.js';

type Tok = Term;

interface Core {
  value: number;
  max?: number;
  /** Index one past the core's last token. */
  end: number;
  qualifier?: Qualifier;
  money?: boolean;
  percent?: boolean;
  digits: boolean;
  rule: string;
}

const DIGITS = /^(\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%)?$/;
const RANGE_TOKEN = /^(\d{1,6})[-–](\d{1,6})$/;
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const DETERMINERS_BEFORE_ONE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'such', 'someone', 'anyone', 'everyone', 'no-one']);
const PARTITIVE_DETS = new Set(['the', 'our', 'their', 'his', 'her', 'its', 'those', 'these', 'my', 'your', 'all']);
const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'us', 'you', 'which']);
const CASUALTY_WORDS = new Set([
  'dead', 'killed', 'injured', 'wounded', 'hurt', 'shot', 'missing', 'displaced', 'arrested', 'slain', 'hospitalized', 'hospitalised',
  'died', 'dies', 'kidnapped', 'abducted', 'detained', 'fatally', 'critically', 'seriously', 'others', 'more', 'total',
]);
const SCORE_WORDS = new Set(['win', 'victory', 'loss', 'defeat', 'lead', 'decision', 'vote', 'margin', 'record', 'won', 'lost', 'beat', 'defeated', 'trailed', 'led']);
const ARTICLES = new Set(['a', 'an', 'another', 'his', 'her', 'their']);

/** Adjectives that tell what befell one person: "an injured woman", "a dead man". */
const CASUALTY_ADJECTIVES: ReadonlyMap<string, CountCategory> = new Map([
  ['injured', 'injured'], ['wounded', 'injured'], ['dead', 'killed'], ['slain', 'killed'],
]);
/** A coordinated list of single people after a first one: ", 21-year-old man and a 15-year-old girl" (bounded, linear). */
const PERSON_LIST_TAIL = new RegExp(
  `^(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:an?|another|his|her|their)\\s+)?(?:\\d{1,3}-(?:year|month)s?-old\\s+)?(?:[a-z]+\\s+)?` +
    `(?:${[...PERSON_NOUNS].filter((n) => /^[a-z]+$/.test(n)).join('|')})\\b(?:\\s*,\\s*\\d{1,3}(?=\\s*,))?){1,4}`,
  'i',
);

const words = (t: Tok): string => t.normal;
const has = (t: Tok | undefined, tag: string): boolean => !!t && t.tags.has(tag);
const capitalised = (t: Tok | undefined): boolean => !!t && /^[A-Z]/.test(t.text);

function wordNumber(w: string): number | null {
  if (w in ONES) return ONES[w];
  if (w in TENS) return TENS[w];
  return null;
}

/** Reads number words from i: "fourteen", "twenty-five", "one hundred and twenty", "a hundred", "two dozen". */
function readWords(toks: Tok[], i: number): { value: number; end: number } | null {
  let total = 0;
  let cur = 0;
  let seen = false;
  let k = i;
  for (; k < toks.length && k < i + 8; k++) {
    const w = words(toks[k]);
    const n = wordNumber(w);
    if (n !== null) {
      if (seen && cur % 100 !== 0 && cur % 10 === 0 && n < 10 && n > 0) cur += n; // twenty five
      else if (seen && cur % 100 === 0 && cur > 0 && n < 100) cur += n; // one hundred twenty
      else if (seen) break; // "one two" is two numbers
      else cur = n;
      seen = true;
      continue;
    }
    if (w === 'hundred' && (seen || (k === i + 1 && words(toks[i]) === 'a'))) {
      cur = (cur || 1) * 100;
      seen = true;
      continue;
    }
    if (w in MAGNITUDES && w !== 'hundred' && (seen || (k === i + 1 && words(toks[i]) === 'a'))) {
      total += (cur || 1) * MAGNITUDES[w];
      cur = 0;
      seen = true;
      continue;
    }
    if (w === 'dozen' && seen && cur > 0 && cur < 100) {
      cur *= 12;
      continue;
    }
    if (w === 'and' && seen && k + 1 < toks.length && wordNumber(words(toks[k + 1])) !== null && (cur >= 100 || total >= 1000)) continue;
    if (w === 'a' && !seen && k + 1 < toks.length && words(toks[k + 1]) in MAGNITUDES) continue;
    break;
  }
  if (!seen) return null;
  return { value: total + cur, end: k };
}

/** The lexicon's phrases by their first word (vague quantities) and last word (qualifiers): one lookup per token, not a pass over each list. */
const byWord = <T extends { words: string[] }>(xs: readonly T[], at: (ws: string[]) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = at(x.words);
    m.set(k, [...(m.get(k) ?? []), x]);
  }
  return m;
};
const VAGUE_BY_FIRST = byWord(VAGUE, (ws) => ws[0]);
const QUALIFIERS_BY_LAST = byWord(QUALIFIERS, (ws) => ws[ws.length - 1]);

/** The number at i, if any. */
function readCore(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  for (const v of VAGUE_BY_FIRST.get(words(t)) ?? []) {
    if (i + v.words.length > toks.length) continue;
    if (v.words.every((w, n) => words(toks[i + n]) === w)) {
      // "a couple"/"a handful"/"a dozen" count only when "of" or a noun follows, not "a couple" as people
      return { value: v.value, end: i + v.words.length, qualifier: v.qualifier, digits: false, rule: v.rule };
    }
  }
  const m = DIGITS.exec(t.text);
  if (m) {
    let value = Number(m[2].replace(/,/g, '') + (m[3] ?? ''));
    let end = i + 1;
    const mag = toks[end] ? words(toks[end]) : '';
    if (mag in MAGNITUDES && !m[4]) {
      value *= MAGNITUDES[mag];
      end++;
    }
    return { value, end, money: !!m[1] || has(t, 'Money'), percent: !!m[4], digits: true, rule: m[1] ? 'count.money' : 'count.digits-noun' };
  }
  const r = RANGE_TOKEN.exec(t.text);
  if (r && Number(r[1]) <= Number(r[2])) {
    return { value: Number(r[1]), max: Number(r[2]), end: i + 1, qualifier: 'range', digits: true, rule: 'count.range' };
  }
  const w = readWords(toks, i);
  if (w) return { value: w.value, end: w.end, digits: false, rule: 'count.words-noun' };
  return null;
}

/** Qualifier phrase ending right before index i. */
function readQualifier(toks: Tok[], i: number): { start: number; qualifier: Qualifier } | null {
  if (i === 0) return null;
  for (const q of QUALIFIERS_BY_LAST.get(words(toks[i - 1])) ?? []) {
    const s = i - q.words.length;
    if (s < 0) continue;
    if (q.words.every((w, n) => words(toks[s + n]) === w)) return { start: s, qualifier: q.qualifier };
  }
  return null;
}

/** Why the number at [i, end) is not a count, or null. */
function notACount(toks: Tok[], i: number, core: Core, hasQualifier: boolean): string | null {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[core.end];
  const nextW = next ? words(next) : '';
  if (has(t, 'PhoneNumber') || (next && has(next, 'PhoneNumber'))) return 'count.not-phone';
  if (has(t, 'Ordinal') || /\d(?:st|nd|rd|th)$/i.test(t.text)) return 'count.not-ordinal';
  if (has(t, 'Time') || /:/.test(t.text) || /^(?:am|pm|a\.m\.|p\.m\.|o'clock|oclock|gmt|utc|et|est|edt|pst|pdt|cst|cdt)$/i.test(next?.text ?? '') || /^[ap]m$/.test(nextW)) return 'count.not-time';
  if (core.percent || nextW === 'percent' || nextW === 'per' || nextW === 'percentage') return 'count.not-percent';
  // "March 5", "5 May"; but "Thousands march": a plural quantity is no day of a month
  const pluralVague = PLURAL_VAGUE.has(words(toks[core.end - 1]));
  if ((prev && (MONTHS.has(words(prev)) || has(prev, 'Month'))) || (next && !pluralVague && (MONTHS.has(nextW) || has(next, 'Month')))) return 'count.not-date';
  if (core.digits && !core.money && /^\d{4}$/.test(t.text) && core.value >= 1000 && core.value <= 2100) {
    const unit = next && has(next, 'Plural') ? NOUN_CATEGORY.get(singular(nextW)) : undefined;
    if (!unit || unit === 'other') return 'count.not-year';
  }
  if (core.digits && core.value === 911 && !core.money) return 'count.not-emergency-number';
  // ages and durations: "23-year-old", "24-hour period", "7 years old", "aged 23"
  if (next && /^(?:years?|months?|weeks?|days?|hours?|minutes?|yr|yrs)$/.test(nextW) && /^-/.test(toks[core.end - 1].post)) return 'count.not-age';
  if (next && /^(?:years?|months?)$/.test(nextW) && toks[core.end + 1] && words(toks[core.end + 1]) === 'old') return 'count.not-age';
  if (prev && /^(?:aged|age|ages)$/.test(words(prev))) return 'count.not-age';
  // "ages 14 and 28": a number in a list that "ages" opens
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = words(toks[k]);
    if (/^(?:aged|ages)$/.test(w)) return 'count.not-age';
    if (!(w === 'and' || /^\d{1,3}$/.test(toks[k].text))) break;
  }
  // "8-member family", "9-mm handgun", "3-bedroom home": a number inside a compound modifier
  if (next && /^-$/.test(toks[core.end - 1].post) && readCore(toks, core.end) === null) return 'count.not-compound-modifier';
  // "Smith, 23," / "Jackson, 6;" / "Boy, 15, shot": a number set off by commas right after a noun
  if (!hasQualifier && prev && /,\s*$/.test(prev.post) && (has(prev, 'Noun') || capitalised(prev)) && !has(prev, 'Verb') && core.end === i + 1 && /^\s*[,;.)]|^$/.test(t.post)) {
    return 'count.not-age';
  }
  if (t.pre.includes('(') && t.post.startsWith(')') && prev && (wordNumber(words(prev)) !== null || has(prev, 'Noun') || has(prev, 'ProperNoun'))) return 'count.not-age';
  // identifiers: "Highway 1196", "KPIX 5", "Image 1 of 40", "Channel 4"
  if (!hasQualifier && core.digits && prev && prev.post === ' ' && (has(prev, 'ProperNoun') || has(prev, 'Acronym') || (capitalised(prev) && has(prev, 'Noun') && prev.i > 0)) && !has(prev, 'Verb') && !has(prev, 'Adjective') && !has(prev, 'Value')) {
    return 'count.not-identifier';
  }
  // "EB-5", "F-16", "COVID-19": a number joined to a capitalised word is part of a name
  if (core.digits && prev && /^-$/.test(prev.post) && /^[A-Z]/.test(prev.text)) return 'count.not-identifier';
  if (core.digits && prev && /^(?:no|number|#|route|highway|interstate|room|suite|apt|apartment|unit|flight|precinct|ward|district|station|channel|page|case|exit)$/.test(words(prev))) return 'count.not-identifier';
  // addresses: "507 Imlay Avenue", "the 1800 block"
  if (core.digits) {
    for (let k = core.end; k < toks.length && k <= core.end + 3; k++) {
      const w = words(toks[k]);
      if (STREET_SUFFIXES.has(w) && k > core.end) return 'count.not-address';
      if (!capitalised(toks[k]) && !/^(?:n|s|e|w|ne|nw|se|sw)$/.test(w)) break;
    }
  }
  // scores: "won 3-2", "a 3-1 victory"
  if (core.qualifier === 'range' && ((prev && SCORE_WORDS.has(words(prev))) || SCORE_WORDS.has(nextW))) return 'count.not-score';
  return null;
}

interface NounPhrase {
  /** Index one past the phrase's last token. */
  end: number;
  head: Tok | null;
}

function isNounish(t: Tok): boolean {
  if (CASUALTY_WORDS.has(words(t)) && words(t) !== 'others') return false;
  if (has(t, 'Value') || has(t, 'Date') || has(t, 'Pronoun') || has(t, 'Preposition') || has(t, 'Determiner') || has(t, 'Conjunction')) return false;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) return false;
  return has(t, 'Noun') || has(t, 'Adjective') || has(t, 'ProperNoun') || has(t, 'Acronym') || NOUN_CATEGORY.has(singular(words(t)));
}

/** The counted noun after the number: "Katyusha rockets", "of our folks", "others", "US troops". */
function readNounPhrase(toks: Tok[], j: number, coreLast: Tok): NounPhrase {
  let k = j;
  if (/[,;:.!?)—–]/.test(coreLast.post.replace(/^\s*-\s*$/, ''))) return { end: j, head: null };
  if (k < toks.length && words(toks[k]) === 'of') {
    const det = toks[k + 1];
    if (det && PARTITIVE_PRONOUNS.has(words(det))) return { end: j, head: null };
    if (det && PARTITIVE_DETS.has(words(det))) k += 2;
    else k += 1;
    // "One of the five victims": the first number counts, the second names the group it is taken from
    // (without a determiner only after number words: "one of four teenagers", not "Image 1 of 40")
    const group = k < toks.length && (k > j + 1 || !/\d/.test(coreLast.text)) ? readCore(toks, k) : null;
    if (group) k = group.end;
  }
  let head: Tok | null = null;
  let end = j;
  for (let n = 0; k < toks.length && n < 5; k++, n++) {
    const t = toks[k];
    if (!isNounish(t)) break;
    if (has(t, 'Noun') || NOUN_CATEGORY.has(singular(words(t)))) {
      head = t;
      end = k + 1;
    }
    if (/[,;:.!?()—–"“”]/.test(t.post)) break;
  }
  return head ? { end, head } : { end: j, head: null };
}

/** An object right after the verb makes it active: "A gunman killed one person" (the gunman is no casualty). */
const ACTIVE_OBJECT = /^\s+(?:a|an|the|his|her|their|its|my|our|one|two|three|four|five|six|seven|eight|nine|ten|\d+|him|them|himself|herself|themselves|(?!(?:In|By|At|On|Near|After|Before|Outside|During|Inside|From|With|For|To|Over|Into|Of|And|While|As)\b)[A-Z][a-z]+)\b/;
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are|got|get|gets|who|that)\b/i;
const TRANSITIVE_END = /\b(?:killed|shot|wounded|injured|hurt|murdered|struck|grazed|slain|executed|detained|arrested|kidnapped|abducted|evacuated|displaced)$/i;

function contextRule(rules: readonly ContextRule[], text: string, after = false): ContextRule | null {
  for (const r of rules) {
    const m = r.re.exec(text);
    if (!m) continue;
    if (after && TRANSITIVE_END.test(m[0]) && !PASSIVE_AUX.test(m[0]) && ACTIVE_OBJECT.test(text.slice(m[0].length))) continue;
    return r;
  }
  return null;
}

const LETTERS = /\p{L}{2}/u;

const ATTEMPT_BEFORE = /\b(?:try|tries|trying|tried|attempt|attempts|attempting|attempted|intending|intended|plotting|plotted|planning|planned|threatening|threatened)\s+to\s+[a-z]+\s+$/i;

const NOUN_USE_BEFORE = /\b(?:the|a|an|this|that|last|deadly|fatal|after|before|during)\s+(?:[\w-]+\s+)?(?:shooting|killing|stabbing|wounding)\s*,?\s+$/i;

/** The casualty (or arrest, abduction ...) context around a span of a sentence. */
function casualtyContext(a: Analysis, s: Sentence, start: number, end: number): ContextRule | null {
  const afterText = a.text.slice(end, Math.min(s.end, end + 160));
  const beforeText = a.text.slice(Math.max(s.start, start - 60), start);
  // every context rule reads words: around a run of numbers ("12 12 12 ...") there is nothing to read
  if (!LETTERS.test(afterText) && !LETTERS.test(beforeText)) return null;
  const killedAfter = contextRule(AFTER_RULES.slice(0, 1), afterText, true);
  // "trying to kill a fifth", "attempted to shoot two officers": an attempt is no casualty;
  // "After the shooting two men fled": a casualty noun is no verb
  const before = ATTEMPT_BEFORE.test(beforeText) || NOUN_USE_BEFORE.test(beforeText) ? null : contextRule(BEFORE_RULES, beforeText);
  return killedAfter ?? before ?? contextRule(AFTER_RULES.slice(1), afterText, true);
}

const CONTEXT_OVERRIDES: ReadonlySet<CountCategory> = new Set(['people', 'personnel', 'killed', 'injured']);

function sentenceTokens(a: Analysis, s: Sentence): Tok[] {
  const out: Tok[] = [];
  for (let i = s.from; i < s.to; i++) if (a.terms[i].text !== '') out.push(a.terms[i]);
  return out;
}

function span(a: Analysis, start: number, end: number): { text: string; start: number; end: number } {
  return { text: a.text.slice(start, end), start, end };
}

/** Counts from number phrases. */
function numberCounts(a: Analysis, s: Sentence, toks: Tok[], out: CountCandidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const core = readCore(toks, i);
    if (!core) continue;
    // "one" as a pronoun: "no one", "the one who", "one another"
    if (!core.digits && core.value === 1 && core.end === i + 1) {
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if ((prev && DETERMINERS_BEFORE_ONE.has(words(prev))) || (next && /^(?:another|who|that|day|time|thing|way)$/.test(words(next)))) continue;
    }
    let end = core.end;
    let max = core.max;
    let qualifier: Qualifier | undefined = core.qualifier;
    // ranges: "10 to 15", "between 20 and 30", "one or two"
    const joiner = toks[end] ? words(toks[end]) : '';
    const between = i > 0 && words(toks[i - 1]) === 'between';
    if (max === undefined && toks[end + 1] && (joiner === 'to' || joiner === 'or' || (joiner === 'and' && between) || toks[end - 1].post.trim() === '-' || toks[end - 1].post.trim() === '–')) {
      const second = /^[-–]$/.test(toks[end - 1].post.trim()) ? readCore(toks, end) : readCore(toks, end + 1);
      if (second && !second.percent && second.value > core.value && second.digits === core.digits) {
        max = second.value;
        end = second.end;
        qualifier = 'range';
      }
    }
    const q = between ? { start: i - 1, qualifier: 'range' as Qualifier } : readQualifier(toks, i);
    if (q && !qualifier) qualifier = q.qualifier;
    const skip = notACount(toks, i, { ...core, end, max, qualifier }, !!q);
    if (skip) {
      i = end - 1;
      continue;
    }
    const np = readNounPhrase(toks, end, toks[end - 1]);
    const startTok = q ? toks[q.start] : t;
    // "Thousands protest fuel prices": a plural quantity never takes a singular noun, so the word is a verb and the count is of people
    const next = toks[end];
    const nextWord = next ? words(next) : '';
    if (
      next && PLURAL_VAGUE.has(words(toks[end - 1])) && !/[,;:.!?]/.test(toks[end - 1].post) && (has(next, 'Verb') || has(next, 'Noun')) &&
      !has(next, 'Preposition') && !has(next, 'Determiner') && !has(next, 'Conjunction') && !has(next, 'Adjective') && !has(next, 'Pronoun') &&
      singular(nextWord) === nextWord && !NOUN_CATEGORY.has(nextWord) && !CASUALTY_WORDS.has(nextWord)
    ) {
      const ctx = casualtyContext(a, s, startTok.start, toks[end - 1].end);
      out.push({
        ...span(a, startTok.start, toks[end - 1].end), value: core.value, qualifier: qualifier ?? 'exact', unit: null,
        category: ctx?.category ?? 'people', rule: ctx?.id ?? 'count.vague-subject',
      });
      i = end - 1;
      continue;
    }
    const last = np.head ?? toks[end - 1];
    const start = startTok.start;
    const stop = last.end;
    let unit: string | null = np.head ? singular(words(np.head).replace(/\..*$/, '')) : null;
    if (unit && (NOT_COUNT_UNITS.has(unit) || (has(np.head!, 'ProperNoun') && capitalised(np.head!) && !NOUN_CATEGORY.has(unit)))) {
      i = Math.max(i, np.end - 1);
      continue;
    }
    let category: CountCategory = unit ? (NOUN_CATEGORY.get(unit) ?? (has(np.head!, 'Actor') && !has(np.head!, 'Unit') ? 'people' : 'other')) : 'other';
    let rule = qualifier === 'range' && core.rule !== 'count.vague-quantity' ? 'count.range' : core.rule;
    if (core.money || (unit && NOUN_CATEGORY.get(unit) === 'money')) {
      category = 'money';
      unit = unit && NOUN_CATEGORY.get(unit) === 'money' ? unit : 'dollar';
      rule = 'count.money';
    } else if (!unit || PERSON_NOUNS.has(unit) || CONTEXT_OVERRIDES.has(category)) {
      const ctx = casualtyContext(a, s, start, stop);
      if (ctx) {
        category = ctx.category;
        rule = ctx.id;
      } else if (!unit) {
        i = end - 1;
        continue; // a bare number with nothing said of it is not a count
      }
    }
    out.push({ ...span(a, start, stop), value: core.value, ...(max !== undefined ? { max } : {}), qualifier: qualifier ?? 'exact', unit, category, rule });
    i = Math.max(i, (np.head ? np.end : end) - 1);
  }
}

/** Casualty nouns whose "of" phrase names the people hit: "the shooting of Sheriff's Deputy". */
const OF_CASUALTY_NOUNS: ReadonlySet<string> = new Set(['shooting', 'killing', 'murder', 'death', 'stabbing', 'slaying', 'wounding']);

/** Vague quantities that are plural in form ("thousands", "dozens"): the subject of a verb when a singular word follows. */
const PLURAL_VAGUE: ReadonlySet<string> = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'millions']);

/** "a man was killed", "an officer was wounded", headline "Teen dies after ..." : one person, said to be a casualty. */
function articleCounts(a: Analysis, s: Sentence, toks: Tok[], out: CountCandidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = words(t);
    const headline = s.zone === 'title' && (i === 0 || /[:|]\s*$/.test(toks[i - 1].post)) && !ARTICLES.has(w);
    const bareAge = /^\d{1,3}$/.test(t.text) && /^-/.test(t.post) && !!toks[i + 1] && /^(?:years?|months?)$/.test(words(toks[i + 1])) && (i === 0 || !ARTICLES.has(words(toks[i - 1])));
    // "in Shooting of Sheriff's Deputy", "the killing of teen": the noun phrase after a casualty noun needs no article
    const ofCasualty = !ARTICLES.has(w) && !headline && i > 1 && words(toks[i - 1]) === 'of' && OF_CASUALTY_NOUNS.has(words(toks[i - 2])) && !has(t, 'Person') && !has(t, 'Value');
    if (!ARTICLES.has(w) && !headline && !bareAge && !ofCasualty) continue;
    let k = ARTICLES.has(w) ? i + 1 : i;
    // "an injured woman", "a wounded man", "a dead man": the adjective says what befell the one person
    let adjective: CountCategory | null = null;
    if (ARTICLES.has(w) && toks[k + 1] && CASUALTY_ADJECTIVES.has(words(toks[k]))) {
      adjective = CASUALTY_ADJECTIVES.get(words(toks[k]))!;
      k++;
    }
    // headline-ese may open with an adjective or a place: "Aspiring rapper dead", "Great Falls student injured"
    while ((headline || ofCasualty) && k < i + 3 && toks[k + 1] && (has(toks[k], 'Adjective') || has(toks[k], 'ProperNoun') || (capitalised(toks[k]) && !has(toks[k], 'Value') && wordNumber(words(toks[k])) === null)) && !CASUALTY_WORDS.has(words(toks[k])) && !PERSON_NOUNS.has(singular(words(toks[k])))) k++;
    // "a 15-year-old boy", "a 2-year-old"
    let ageEnd = -1;
    if (toks[k] && /^\d{1,3}$/.test(toks[k].text) && /^-/.test(toks[k].post) && toks[k + 1] && /^(?:years?|months?)$/.test(words(toks[k + 1]))) {
      let m = k + 1;
      while (m < toks.length && m < k + 4 && /^-/.test(toks[m].post)) m++;
      ageEnd = m; // index of "old"
      k = m + 1;
    } else if (toks[k] && wordNumber(words(toks[k])) !== null && /^-/.test(toks[k].post) && toks[k + 1] && /^(?:years?|months?)$/.test(words(toks[k + 1]))) {
      let m = k + 1;
      while (m < toks.length && m < k + 4 && /^-/.test(toks[m].post)) m++;
      ageEnd = m;
      k = m + 1;
    }
    let head: Tok | null = null;
    for (let n = 0; k < toks.length && n < 3; k++, n++) {
      const x = toks[k];
      const sw = singular(words(x));
      if ((PERSON_NOUNS.has(sw) || (has(x, 'Actor') && has(x, 'Singular') && !has(x, 'ProperNoun') && !has(x, 'Unit'))) && !has(x, 'Plural') && words(x) === sw) {
        head = x;
        break;
      }
      // headline-ese may name the place before the noun: "13-year-old Pollok boy injured"
      // and any text a town or people before a person noun: "a Northland teen", "an 18-year-old Milwaukee man"
      const placeWord =
        n === 0 && capitalised(x) && !PERSON_NOUNS.has(singular(words(x))) && !CASUALTY_WORDS.has(words(x)) &&
        ((headline && ageEnd >= 0) || (x.i > t.i && !!toks[k + 1] && PERSON_NOUNS.has(words(toks[k + 1])) && !/[,;:.!?]/.test(x.post)));
      if (!placeWord && (!(has(x, 'Adjective') || (has(x, 'Noun') && !has(x, 'ProperNoun'))) || has(x, 'Pronoun') || CASUALTY_WORDS.has(words(x)))) break;
      if (/[,;:.!?]/.test(x.post)) break;
    }
    if (!head && ageEnd >= 0 && toks[ageEnd]) head = toks[ageEnd];
    if (!head) continue;
    if ((headline || ofCasualty) && head.i > t.i + 3 && ageEnd < 0) continue;
    const start = t.start;
    let stop = head.end;
    let ctxEnd = stop;
    if (headline) {
      const m = AGE_APPOSITION.exec(a.text.slice(stop, s.end));
      if (m) ctxEnd = stop + m[0].length;
    }
    let ctx = casualtyContext(a, s, start, ctxEnd);
    // "A 39-year-old woman, 21-year-old man and a 15-year-old girl are recovering": the list shares what follows it
    let bare: { start: number; end: number; unit: string }[] = [];
    if (!ctx) {
      const list = PERSON_LIST_TAIL.exec(a.text.slice(ctxEnd, Math.min(s.end, ctxEnd + 200)));
      if (list) {
        ctx = casualtyContext(a, s, start, ctxEnd + list[0].length);
        bare = bareListItems(list[0], ctxEnd);
      }
    }
    if (adjective && (!ctx || ctx.category !== 'killed')) {
      if (out.some((c) => c.start < stop && start < c.end)) continue;
      out.push({ ...span(a, start, stop), value: 1, qualifier: 'exact', unit: singular(words(head)) === 'old' ? null : singular(words(head)), category: adjective, rule: 'count.article-adjective' });
      i = k;
      continue;
    }
    if (!ctx || ctx.category === 'displaced') continue;
    if (out.some((c) => c.start < stop && start < c.end)) continue;
    out.push({ ...span(a, start, stop), value: 1, qualifier: 'exact', unit: singular(words(head)) === 'old' ? null : singular(words(head)), category: ctx.category, rule: ofCasualty ? (ctx.shot ? 'count.of-shot' : 'count.of-casualty') : !ARTICLES.has(w) && headline ? (ctx.shot ? 'count.headline-shot' : 'count.headline-casualty') : ctx.shot ? 'count.article-shot' : 'count.article-casualty' });
    // "Porterville officer, suspect wounded": a bare noun of the list is one more person (items with an article or an age are read on their own)
    for (const b of bare) {
      if (out.some((c) => c.start < b.end && b.start < c.end)) continue;
      out.push({ ...span(a, b.start, b.end), value: 1, qualifier: 'exact', unit: b.unit, category: ctx.category, rule: ctx.shot ? 'count.list-shot' : 'count.list-casualty' });
    }
    i = k;
  }
}

/** The items of a matched PERSON_LIST_TAIL that have neither an article nor an age: ", suspect", " and son". */
function bareListItems(tail: string, offset: number): { start: number; end: number; unit: string }[] {
  const out: { start: number; end: number; unit: string }[] = [];
  const re = /(?:,\s*(?:and\s+)?|\s+and\s+)([a-z]+)(?:\s+([a-z]+))?(?=\s*(?:,|\s+and\b|$|\s))/gi;
  for (let m = re.exec(tail); m; m = re.exec(tail)) {
    const first = m[1].toLowerCase();
    if (ARTICLES.has(first) || /\d/.test(first)) continue;
    const nounWord = PERSON_NOUNS.has(singular(first)) ? m[1] : m[2] && PERSON_NOUNS.has(singular(m[2].toLowerCase())) ? m[2] : null;
    if (!nounWord || singular(nounWord.toLowerCase()) !== nounWord.toLowerCase()) continue;
    const start = offset + m.index + m[0].indexOf(m[1]);
    const end = offset + m.index + m[0].indexOf(nounWord, m[0].indexOf(m[1])) + nounWord.length;
    out.push({ start, end, unit: singular(nounWord.toLowerCase()) });
  }
  return out;
}

const REFLEXIVE_AND = /^\s+and\s+((?:(?:his|her|their|a|an)\s+)?(?:\d{1,3}-(?:year|month)-old\s+)?([a-z]{2,20}))\b/i;

/** "killed himself", "shot herself". */
function reflexiveCounts(a: Analysis, s: Sentence, out: CountCandidate[]): void {
  const re = new RegExp(REFLEXIVE.source, REFLEXIVE.flags);
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (/\bto\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index))) continue; // "tried to kill himself"
    const start = s.start + m.index + m[0].length - m[3].length;
    const subject = out.find((c) => (c.category === 'killed' || c.category === 'injured') && c.end <= start && /^[\s\w-]{0,40}$/.test(a.text.slice(c.end, start)) && !/\b(?:then|and(?!\s+(?:fatally\s+)?(?:wounded|injured|killed|shot)\s*$))\b/i.test(a.text.slice(c.end, start)));
    // "shot and wounded himself and his 10-year-old son": the verb has a second object
    const more = REFLEXIVE_AND.exec(a.text.slice(start + m[3].length, s.end));
    if (more && PERSON_NOUNS.has(singular(more[2])) && singular(more[2]) === more[2].toLowerCase()) {
      const from = start + m[3].length + more[0].length - more[1].length;
      const to = from + more[1].length;
      if (!out.some((c) => c.start < to && from < c.end)) {
        out.push({ ...span(a, from, to), value: 1, qualifier: 'exact', unit: singular(more[2]), category: m[1] ? 'killed' : 'injured', rule: m[1] ? 'count.reflexive-and-casualty' : 'count.reflexive-and-shot' });
      }
    }
    if (subject) continue; // "a 3-year-old boy fatally shot himself": one person
    out.push({ ...span(a, start, start + m[3].length), value: 1, qualifier: 'exact', unit: null, category: m[1] ? 'killed' : 'injured', rule: m[1] ? 'count.reflexive-casualty' : 'count.reflexive-shot' });
  }
}

const NEGATABLE: ReadonlySet<CountCategory> = new Set(['killed', 'injured', 'arrested', 'attack', 'weapon', 'missing', 'kidnapped', 'displaced']);

/** "No injuries were reported", "no one was hurt", "nobody else was injured", "no other deaths". */
function negatedCounts(a: Analysis, s: Sentence, out: CountCandidate[]): void {
  const re1 = new RegExp(NEGATED_PRONOUN.source, NEGATED_PRONOUN.flags);
  for (let m = re1.exec(s.text); m; m = re1.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const afterText = a.text.slice(end, Math.min(s.end, end + 120)).replace(/^\s+of\s+(?:the\s+|those\s+|these\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+(?:was|were|is|are|had|has|have)\b)/i, '');
    const ctx = contextRule(AFTER_RULES, afterText, true);
    if (!ctx) continue;
    const additional = /\belse$/i.test(m[0]);
    out.push({ ...span(a, start, end), value: 0, qualifier: 'exact', unit: null, category: ctx.category, rule: additional ? 'count.negated-additional' : 'count.negated-casualty' });
  }
  const re2 = new RegExp(NEGATED_NOUN.source, NEGATED_NOUN.flags);
  for (let m = re2.exec(s.text); m; m = re2.exec(s.text)) {
    const unit = singular(m[2]);
    const start = s.start + m.index;
    const end = start + m[0].length;
    let category = NOUN_CATEGORY.get(unit);
    let rule = 'count.negated-noun';
    if (PERSON_NOUNS.has(unit) || category === undefined || !NEGATABLE.has(category)) {
      if (!PERSON_NOUNS.has(unit)) continue;
      const ctx = contextRule(AFTER_RULES, a.text.slice(end, Math.min(s.end, end + 120)));
      if (!ctx) continue;
      category = ctx.category;
      rule = 'count.negated-casualty';
    }
    if (m[1] && /^(?:other|additional|further|more)$/i.test(m[1])) rule = 'count.negated-additional';
    out.push({ ...span(a, start, end), value: 0, qualifier: 'exact', unit: ['dead', 'injured', 'wounded'].includes(unit) ? null : unit, category, rule });
  }
}

/** "a fatal double shooting", "a triple homicide": the number of people hit is in the adjective. */
function multipleCounts(a: Analysis, s: Sentence, out: CountCandidate[]): void {
  const re = new RegExp(MULTIPLE_CASUALTY.source, MULTIPLE_CASUALTY.flags);
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const shooting = /^(?:shooting|stabbing)/i.test(m[2]);
    out.push({
      ...span(a, start, end), value: MULTIPLE_VALUES[m[1].toLowerCase()], qualifier: 'exact', unit: null,
      category: shooting ? 'injured' : 'killed', rule: shooting ? 'count.multiple-shooting' : 'count.multiple-homicide',
    });
  }
}

/** "wounding a fifth individual", "the second victim ... was taken to the hospital": one more casualty. */
function ordinalCounts(a: Analysis, s: Sentence, out: CountCandidate[]): void {
  const re = new RegExp(ORDINAL_PERSON.source, ORDINAL_PERSON.flags);
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    if (/^the\s+\S+$/i.test(m[0])) continue; // "the seventh death this year" ranks, it does not count
    const ctx = casualtyContext(a, s, start, end);
    if (!ctx || (ctx.category !== 'killed' && ctx.category !== 'injured')) continue;
    const unit = /\s(\w+)$/.exec(m[0].replace(/^\S+\s+\S+/, ''))?.[1] ?? null;
    out.push({ ...span(a, start, end), value: 1, qualifier: 'exact', unit: unit ? singular(unit) : null, category: ctx.category, rule: ctx.shot ? 'count.ordinal-shot' : 'count.ordinal-casualty' });
  }
}

/**
 * Named people said to be hit by the verb before them, and the names listed after the first:
 * "killing Sarah Davidson and injuring Leanne Smith and Dustin Grey"; and a name coordinated with a
 * casualty count: "Garcia and one other teen survived". Each name is one person.
 */
function nameCounts(a: Analysis, s: Sentence, toks: Tok[], out: CountCandidate[]): void {
  let prev: { end: number; ctx: ContextRule } | null = null;
  for (let i = 0; i < toks.length; i++) {
    if (!has(toks[i], 'Person') || !capitalised(toks[i])) continue;
    let j = i;
    while (j + 1 < toks.length && j < i + 3 && has(toks[j + 1], 'Person') && capitalised(toks[j + 1]) && /^\s+$/.test(toks[j].post)) j++;
    const start = toks[i].start;
    const end = toks[j].end;
    i = j;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const before = a.text.slice(Math.max(s.start, start - 60), start);
    let ctx = ATTEMPT_BEFORE.test(before) || NOUN_USE_BEFORE.test(before) ? null : contextRule(BEFORE_RULES, before);
    if (!ctx && prev && /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/.test(a.text.slice(prev.end, start))) ctx = prev.ctx;
    if (!ctx) {
          // "Garcia and one other teen survived": the name shares what is said of the count after it
      // (only "others": a bare "Emma and her mother were rushed to the hospital" may name one already counted)
      const next = out.find((c) => c.start > end && /^\s+and\s+$/.test(a.text.slice(end, c.start)) && /\b(?:other|others|another)\b/i.test(c.text) && (c.category === 'killed' || c.category === 'injured'));
      if (next) {
        out.push({ ...span(a, start, end), value: 1, qualifier: 'exact', unit: null, category: next.category, rule: 'count.name-coordinated' });
      }
      prev = null;
      continue;
    }
    if (ctx.category !== 'killed' && ctx.category !== 'injured') {
      prev = null;
      continue;
    }
    out.push({ ...span(a, start, end), value: 1, qualifier: 'exact', unit: null, category: ctx.category, rule: ctx.shot ? 'count.name-shot' : 'count.name-casualty' });
    prev = { end, ctx };
  }
}

/** Raw count candidates of one sentence, before refinement. */
export function sentenceCounts(a: Analysis, s: Sentence): CountCandidate[] {
  const toks = sentenceTokens(a, s);
  const out: CountCandidate[] = [];
  negatedCounts(a, s, out);
  numberCounts(a, s, toks, out);
  articleCounts(a, s, toks, out);
  reflexiveCounts(a, s, out);
  multipleCounts(a, s, out);
  ordinalCounts(a, s, out);
  nameCounts(a, s, toks, out);
  return out;
}
