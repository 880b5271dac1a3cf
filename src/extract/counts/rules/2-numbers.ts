// Counts from number phrases: a number (qualifier, digits or number words or a vague quantity, range) that no
// filter rejects, its counted noun, and what the sentence says of it (a casualty context before or after).
import type { CountCategory, Qualifier } from '../../../record/schema.js';
import { casualtyContext, contextReading } from '../context.js';
import { notACount } from '../filters.js';
import { CASUALTY_WORDS, DETERMINERS_BEFORE_ONE, NOT_COUNT_UNITS, NOUN_CATEGORY, PERSON_NOUNS, PLURAL_VAGUE, singular } from '../lexicon.js';
import { readNounPhrase } from '../noun-phrase.js';
import { CORE_IDS, readCore, readQualifier } from '../number.js';
import { capitalised, has, words } from '../terms.js';
import type { TokenRule } from '../types.js';

/** The categories a casualty context overrides: people (and a noun that already says killed or injured). */
const CONTEXT_OVERRIDES: ReadonlySet<CountCategory> = new Set(['people', 'personnel', 'killed', 'injured']);

const VAGUE_SUBJECT = 'count.vague-subject';

export const numbers: TokenRule = {
  id: CORE_IDS.digits,
  variants: [CORE_IDS.words, CORE_IDS.money, CORE_IDS.range, CORE_IDS.vague, VAGUE_SUBJECT],
  *build({ a, s, toks }) {
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
      if (notACount({ toks, i, core: { ...core, end, max, qualifier }, hasQualifier: !!q })) {
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
        yield {
          start: startTok.start, end: toks[end - 1].end, value: core.value, qualifier: qualifier ?? 'exact', unit: null,
          category: ctx?.category ?? 'people', rule: ctx?.id ?? VAGUE_SUBJECT, ...(ctx ? contextReading(ctx) : {}),
        };
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
      let rule = qualifier === 'range' && core.rule !== CORE_IDS.vague ? CORE_IDS.range : core.rule;
      let reading = {};
      if (core.money || (unit && NOUN_CATEGORY.get(unit) === 'money')) {
        category = 'money';
        unit = unit && NOUN_CATEGORY.get(unit) === 'money' ? unit : 'dollar';
        rule = CORE_IDS.money;
      } else if (!unit || PERSON_NOUNS.has(unit) || CONTEXT_OVERRIDES.has(category)) {
        const ctx = casualtyContext(a, s, start, stop);
        if (ctx) {
          category = ctx.category;
          rule = ctx.id;
          reading = contextReading(ctx);
        } else if (!unit) {
          i = end - 1;
          continue; // a bare number with nothing said of it is not a count
        }
      }
      yield { start, end: stop, value: core.value, ...(max !== undefined ? { max } : {}), qualifier: qualifier ?? 'exact', unit, category, rule, ...reading };
      i = Math.max(i, (np.head ? np.end : end) - 1);
    }
  },
};
