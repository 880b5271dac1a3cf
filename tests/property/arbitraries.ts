// Shared set-up of the property tests: one fixed seed for every run (CI replays exactly), and the
// generators of hostile text. To replay a failure, take the `seed` (and `path`) that fast-check prints:
//   NEWSX_FC_SEED=<seed> npx vitest run tests/property
// (fast-check's `path` replays the very case: fc.assert(..., { seed, path }).)
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ROOT } from '../helpers.js';

/** The seed of every property in this folder: fixed, so `npm test` is deterministic; NEWSX_FC_SEED overrides it. */
export const SEED = Number(process.env.NEWSX_FC_SEED ?? 20231208);
// fast-check prints `{ seed: ..., path: ... }` with every counterexample
fc.configureGlobal({ seed: SEED });

/** Runs of a property: fixed for CI; NEWSX_FC_SCALE=10 soaks (e.g. with a new NEWSX_FC_SEED). */
export const runs = (n: number): number => Math.max(1, Math.round(n * Number(process.env.NEWSX_FC_SCALE ?? 1)));

/** Real articles to mutate. */
export const ARTICLES: string[] = [
  'fixtures/seed-baghdad-embassy.txt',
  'fixtures/batch/a-shooting.txt',
  'fixtures/batch/b-protest.txt',
  'fixtures/batch/nested/c-storm.md',
].map((f) => readFileSync(`${ROOT}${f}`, 'utf8'));
for (const line of readFileSync(`${ROOT}fixtures/batch/d-lines.jsonl`, 'utf8').split('\n')) {
  const text = line.trim() ? (JSON.parse(line) as { text?: unknown }).text : undefined;
  if (typeof text === 'string' && text.trim()) ARTICLES.push(text);
}

/** Characters and marks that break naive text handling. */
export const HOSTILE = [
  '\u0000', '\r\n', '\r', '\n', '\n\n', '\r\n\r\n', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069',
  '\u0301', '\u0308\u0308\u0308', '\uD83D', '\uDE00', '\uDBFF\uDBFF', '😀', '👩‍👩‍👧', '🇮🇶', '𝔘𝔖𝔄', '\u05E9\u05DC\u05D5\u05DD', '\u0628\u063A\u062F\u0627\u062F',
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '(', ')', '[', ']', '{', '}', '<', '>', '—', '–', '-', '.', ',', ':', ';', '?', '!', '...', '…',
  '\t', '\u00A0', '\u2028', '\u2029', '\u3000', ' ', '  ', '\f', '\v', '\uFFFD', '\uFFFF', '\u0085', '/', '|', '#', '@', '&', '%', '$', '€', '½',
];

/** Words the extractors react to: cue words, titles, names, dates, numbers, credits, boilerplate. */
export const WORDS = [
  'said', 'says', 'told', 'added', 'according to', 'Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Sen.', 'President', 'Prime Minister', 'Baghdad', 'Iraq',
  'Iran-backed', 'U.S.', 'US', 'al-Sudani', 'Mohammed Shia al-Sudani', 'Friday', 'last week', 'Dec. 8', 'December 8, 2023', '2023', '14',
  '2,000', '1.5 million', 'dozens', 'killed', 'wounded', 'injured', 'rockets', 'fired', 'attacked', 'police', 'militia', 'embassy', 'REUTERS',
  '(AP Photo/Hadi Mizban)', 'Source link', 'You may also like', 'the', 'of', 'and', 'in', 'on', 'at', 'he', 'she', 'they', 'it', 'New York',
  'St. Louis', 'Washington', 'Kataib Hezbollah', 'the Pentagon', 'spokesman', 'on Thursday', '04:15', 'a.m.', 'BAGHDAD, Dec 8 (Reuters) -',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of hostile text. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 5 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 3 }), weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), weight: 2 },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\r\n', '\n\n', '. ', ', ', '"', ' "', '" ');

/** Random Unicode text made of hostile pieces, sometimes with a BOM in front. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(piece, separator), { maxLength: 60 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.map(([p, s]) => p + s).join(''));

type Edit = { at: number; del: number; kind: number; ins: string };
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(), del: fc.nat({ max: 60 }), kind: fc.nat({ max: 5 }), ins: piece });

function applyEdit(t: string, { at, del, kind, ins }: Edit): string {
  const i = at % (t.length + 1);
  const j = Math.min(t.length, i + del);
  switch (kind) {
    case 0: return t.slice(0, i) + ins + t.slice(i); // insert
    case 1: return t.slice(0, i) + t.slice(j); // delete
    case 2: return t.slice(0, i) + ins + t.slice(j); // replace
    case 3: return t.slice(0, j) + t.slice(i, j) + t.slice(i, j) + t.slice(j); // repeat a slice
    case 4: return t.slice(0, i) + t.slice(i, j).toUpperCase() + t.slice(j); // shout
    default: return t.slice(0, i); // cut off (a half-written article)
  }
}

/** A real article with a few random edits, sometimes with CRLF or CR line ends, a BOM, or all on one line. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom('as is', 'crlf', 'bom', 'cr', 'one line'))
  .map(([article, edits, form]) => {
    // 'one line': an article without line breaks, longer than the pieces compromise parses a long line in
    let t = form === 'crlf' ? article.replace(/\n/g, '\r\n') : form === 'cr' ? article.replace(/\n/g, '\r') : form === 'one line' ? article.replace(/\n+/g, ' ') : article;
    for (const e of edits) t = applyEdit(t, e);
    return form === 'bom' ? `\uFEFF${t}` : t;
  });
