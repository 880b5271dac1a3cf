// "a Garland woman", "an Effie man": a name between "a"/"an" and a word for a person is the person's hometown.
// Shared by the actors domain (the name is no person) and the places domain (it is a place, small towns too).
import { wordList, type LexiconFile } from './lexicon.js';
import peopleFile from './hometown-people.json' with { type: 'json' };

const PEOPLE = wordList(peopleFile as LexiconFile<string[]>);
const BEFORE = /\b[Aa]n?\s+$/;
const AFTER = new RegExp(`^(?:-area)?\\s+(?:${PEOPLE.join('|')})\\b`);

/** The name at [start, end) of the text stands as a hometown: "a Garland woman". */
export function isHometown(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, start - 4), start)) && AFTER.test(text.slice(end, end + 16));
}

// a headline drops the article: "Tennille man injured in shooting", "13-year-old Pollok boy hurt"
const HEADLINE_BEFORE = /^(?:\d{1,3}-year-old\s{1,3})?$/;

/** The name at [start, end) opens its line (or follows an age there) before a word for a person: a headline's hometown. */
export function isHeadlineHometown(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 16 && HEADLINE_BEFORE.test(text.slice(lineStart, start)) && AFTER.test(text.slice(end, end + 16));
}

/** A word for a person right after [.., end): the name before it modifies it ("Pollok boy", "Southside man"). */
export function personNounAfter(text: string, end: number): boolean {
  return AFTER.test(text.slice(end, end + 16));
}
