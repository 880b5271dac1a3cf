// One person, said to be a casualty: "a man was killed", "an officer was wounded", "an injured woman";
// headline-ese "Teen dies after ...", "Boy, 15, shot in ..."; "the killing of teen"; and the bare nouns of a
// list that shares what follows it ("Porterville officer, suspect wounded").
import type { CountCategory } from '../../../record/schema.js';
import { casualtyContext } from '../context.js';
import { ARTICLES, CASUALTY_ADJECTIVES, CASUALTY_WORDS, OF_CASUALTY_NOUNS, PERSON_NOUNS, singular } from '../lexicon.js';
import { wordNumber } from '../number.js';
import { capitalised, has, words, type Tok } from '../terms.js';
import type { TokenRule } from '../types.js';

/** Headline-ese: a sentence that starts with a bare person noun ("Teen dies after ...", "Boy, 15, shot in ..."). */
const AGE_APPOSITION = /^\s*,\s*\d{1,3}\s*,/;

/** The word after a bare "another" that tells it stands for a person: "and another was wounded", "and another injured". */
const ANOTHER_THEN = /^(?:was|were|is|has|had|wounded|injured|hurt|died|killed|shot|suffered|remains|survived)$/;

/**
 * One item of a coordinated list of single people after a first one: ", 21-year-old man", " and a 15-year-old
 * girl" (bounded, linear). Sticky: `personListTail` reads up to four in a row from the list's start.
 */
const PERSON_LIST_ITEM = new RegExp(
  `(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:an?|another|his|her|their)\\s+)?(?:\\d{1,3}-(?:year|month)s?-old\\s+)?(?:[a-z]+\\s+)?` +
    `(?:${[...PERSON_NOUNS].filter((n) => /^[a-z]+$/.test(n)).join('|')})\\b(?:\\s*,\\s*\\d{1,3}(?=\\s*,))?)`,
  'iy',
);

/**
 * A coordinated list of single people at the start of `text`: ", 21-year-old man and a 15-year-old girl" (one to
 * four items), or null. The same match as `^(?:ITEM){1,4}`: nothing follows the repetition, so each item is the
 * first match of ITEM where the last one ended. A loop, because V8 compiled that regex (the item's ~140 nouns
 * four times over) in about 250 ms at its first use, a quarter of a second of each worker's start-up; the item
 * alone compiles in about 25 ms.
 */
function personListTail(text: string): string | null {
  let end = 0;
  for (let n = 0; n < 4; n++) {
    PERSON_LIST_ITEM.lastIndex = end;
    if (PERSON_LIST_ITEM.exec(text) === null) break;
    end = PERSON_LIST_ITEM.lastIndex;
  }
  return end === 0 ? null : text.slice(0, end);
}

/** The items of a personListTail that have neither an article nor an age: ", suspect", " and son". */
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

export const articles: TokenRule = {
  id: 'count.article-casualty',
  variants: [
    'count.article-shot', 'count.article-adjective', 'count.headline-casualty', 'count.headline-shot', 'count.of-casualty', 'count.of-shot',
    'count.list-casualty', 'count.list-shot', 'count.article-coordinated', 'count.article-coordinated-shot',
  ],
  *build({ a, s, toks, found }) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const w = words(t);
      // headline-ese opens the title, a part after a colon, or a clause after a casualty word: "Man killed, teen wounded in ..."
      const afterCasualty = i > 0 && ((/^\s*[,;]\s*$/.test(toks[i - 1].post) && CASUALTY_WORDS.has(words(toks[i - 1]))) ||
        (i > 1 && words(toks[i - 1]) === 'and' && /^\s+$/.test(toks[i - 2].post) && CASUALTY_WORDS.has(words(toks[i - 2]))));
      const headline = s.zone === 'title' && (i === 0 || /[:|]\s*$/.test(toks[i - 1].post) || afterCasualty) && !ARTICLES.has(w);
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
      // "One person was killed and another was wounded": "another" alone, after a casualty count, is one more person
      const pronoun = !head && w === 'another' && !!toks[i + 1] && ANOTHER_THEN.test(words(toks[i + 1])) && found.some((c) => c.casualty && c.end <= t.start);
      if (pronoun) head = t;
      if (!head) continue;
      if ((headline || ofCasualty) && head.i > t.i + 3 && ageEnd < 0) continue;
      const start = t.start;
      const stop = head.end;
      let ctxEnd = stop;
      if (headline) {
        const m = AGE_APPOSITION.exec(a.text.slice(stop, s.end));
        if (m) ctxEnd = stop + m[0].length;
      }
      let ctx = casualtyContext(a, s, start, ctxEnd);
      // "A 39-year-old woman, 21-year-old man and a 15-year-old girl are recovering": the list shares what follows it
      let bare: { start: number; end: number; unit: string }[] = [];
      if (!ctx) {
        const list = personListTail(a.text.slice(ctxEnd, Math.min(s.end, ctxEnd + 200)));
        if (list !== null) {
          ctx = casualtyContext(a, s, start, ctxEnd + list.length);
          bare = bareListItems(list, ctxEnd);
        }
      }
      // "killed a woman and her teenage son": one more person after "and", next to a casualty count whose verb
      // reaches what is coordinated after it, shares what was said of that count (not a new clause: ", and his
      // brother spoke", "and his brother said")
      let sharedWith: (typeof found)[number] | undefined;
      if (!ctx && ARTICLES.has(w)) {
        const prev = found.filter((c) => c.end <= start).at(-1);
        const after = toks[toks.indexOf(head) + 1];
        if (prev?.carries && prev.casualty && (prev.category === 'killed' || prev.category === 'injured') && /^\s+and\s+$/i.test(a.text.slice(prev.end, start)) && !(after && has(after, 'Verb'))) sharedWith = prev;
        // "A woman and her two children were shot": one person before "and" and a count that is told what befell it
        const next = found.find((c) => c.start >= stop);
        if (!sharedWith && next?.casualty && (next.category === 'killed' || next.category === 'injured') && !next.reflexive && !next.wholeEvent && /^\s+and\s+(?:(?:his|her|their)\s+)?$/i.test(a.text.slice(stop, next.start))) sharedWith = next;
      }
      const unit = pronoun || singular(words(head)) === 'old' ? null : singular(words(head));
      if (sharedWith) {
        if (found.some((c) => c.start < stop && start < c.end)) continue;
        const shot = sharedWith.shot ? { shot: true } : {};
        yield { start, end: stop, value: 1, qualifier: 'exact', unit, category: sharedWith.category, rule: sharedWith.shot ? 'count.article-coordinated-shot' : 'count.article-coordinated', casualty: true, carries: true, ...shot };
        i = k;
        continue;
      }
      if (adjective && (!ctx || ctx.category !== 'killed')) {
        if (found.some((c) => c.start < stop && start < c.end)) continue;
        yield { start, end: stop, value: 1, qualifier: 'exact', unit, category: adjective, rule: 'count.article-adjective', casualty: true, carries: true };
        i = k;
        continue;
      }
      if (!ctx || ctx.category === 'displaced') continue;
      if (found.some((c) => c.start < stop && start < c.end)) continue;
      const shot = ctx.shot ? { shot: true } : {};
      // the id says how the person was named; "article-" ones carry what is said of them to a coordinated count
      const [rule, carries] = ofCasualty
        ? [ctx.shot ? 'count.of-shot' : 'count.of-casualty', false]
        : !ARTICLES.has(w) && headline
          ? [ctx.shot ? 'count.headline-shot' : 'count.headline-casualty', false]
          : [ctx.shot ? 'count.article-shot' : 'count.article-casualty', true];
      yield { start, end: stop, value: 1, qualifier: 'exact', unit, category: ctx.category, rule, casualty: true, ...shot, ...(carries ? { carries: true } : {}) };
      // "Porterville officer, suspect wounded": a bare noun of the list is one more person (items with an article or an age are read on their own)
      for (const b of bare) {
        if (found.some((c) => c.start < b.end && b.start < c.end)) continue;
        yield { start: b.start, end: b.end, value: 1, qualifier: 'exact', unit: b.unit, category: ctx.category, rule: ctx.shot ? 'count.list-shot' : 'count.list-casualty', casualty: true, ...shot };
      }
      i = k;
    }
  },
};
