// Pathological inputs: long runs of one thing (quote marks, capitalised words, digits and commas,
// honorifics, brackets, no spaces, no punctuation, "said" ...). None may make extract() superlinear:
// the issue's goal is 100 KB/s or better per document (issue 8), measured in CPU time of this process, so
// that other processes on the machine do not count; this test asserts 40% of real articles' speed in the same
// run and prints every figure, `npm run bench -- --pathological` checks the goal itself. Timing is noisy
// (other test files run at the same time, and V8's collector and compiler threads are billed to us), so
// a document measured under the floor is measured again, up to MAX_TRIES times, and its best run counts:
// a quadratic blow-up is 10-1000 times slower, and stays under the floor however often it runs.
// NEWSX_PATHO_KB sets the size.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { ARTICLES } from './arbitraries.js';

const KB = Number(process.env.NEWSX_PATHO_KB ?? 20);
const SIZE = KB * 1024;
/** The issue's goal, per document: measured and printed here, and checked on a quiet machine by
 * `npm run bench -- --pathological` (NEWSX_PATHO_FLOOR=100). */
const GOAL_KB_S = 100;
/** What this test asserts: NEWSX_PATHO_FLOOR KB/s when set (the bench sets the goal), else 40% of the speed
 * of real articles measured in the same run. A shared machine's noise halves these figures at times (the
 * suite's other processes, caches, the JIT's threads) and moves real articles with them; a superlinear
 * blow-up costs 10 to 1000 times, so it still fails here. */
const FIXED_FLOOR = process.env.NEWSX_PATHO_FLOOR ? Number(process.env.NEWSX_PATHO_FLOOR) : null;
const RELATIVE_FLOOR = 0.4;
/** Runs of a document at most, while it is measured under the floor. */
const MAX_TRIES = 8;
/** Runs of real articles before anything is measured. */
const WARM_RUNS = 8;

const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const around = (head: string, run: string, tail: string): string => head + run.repeat(SIZE - head.length - tail.length) + tail;

/** [name, text]: every case is one document of SIZE characters (UTF-16 units). */
const CASES: [string, string][] = [
  ['straight quote marks', fill('"')],
  ['curly quote marks', fill('“')],
  ['mixed quote marks', fill('"“”‘’\'«»„')],
  ['quote mark, word', fill('"a ')],
  ['quoted capitalised words', fill('"Abc Def" ')],
  ['capitalised words', fill('Abc ')],
  ['capitalised words, no spaces', fill('Abc')],
  ['hyphenated names', fill('Al-Abc ')],
  ['capitals and commas', fill('A, ')],
  ['upper-case words', fill('ABC ')],
  ['digits and commas', fill('1,')],
  ['digits', fill('1234567890')],
  ['numbers and spaces', fill('12 ')],
  ['counts', fill('12 people killed ')],
  ['honorifics', fill('Mr. ')],
  ['titles and honorifics', fill('Mr. Dr. Gen. Sen. President Prime Minister ')],
  ['initials', fill('J. ')],
  ['open brackets', fill('(')],
  ['mixed brackets', fill('([{<')],
  ['close brackets', fill(')')],
  ['no spaces', fill('abcdefghij')],
  ['no punctuation', fill('the militia fired rockets at the base ')],
  ['said', fill('said ')],
  ['name said', fill('Smith said ')],
  ['quote said name', fill('"X," said Smith. ')],
  ['quote said quote', fill('"a" said "b" ')],
  ['one-line sentences', fill('Smith said.\n')],
  ['one word a line', fill('Abc\n')],
  ['short sentences', fill('Abc. ')],
  ['dots', fill('.')],
  // a text of blanks alone is refused (empty_text), so the runs of line breaks sit between two words
  ['newlines', around('Title', '\n', 'Body.')],
  ['CRLF', around('Title', '\r\n', 'Body.')],
  ['tabs and words', fill('Abc\t')],
  ['dashes', fill('-')],
  ['em dashes', fill('— ')],
  ['months', fill('January ')],
  ['places and commas', fill('Baghdad, Iraq, ')],
  ['astral characters', fill('😀')],
  ['combining marks', fill('e\u0301')],
  ['zero-width spaces', fill('a\u200B')],
  ['right-to-left words', fill('\u0627\u0644\u0639 ')],
  ['credit word, then spaces', around('. REUTERS', ' ', 'x')],
  ['boilerplate, carriage returns', around('click here', 'x\r', 'y')],
  ['a quote of dots', `"${fill('.', SIZE - 4)}x" `],
  ['quotes around one cue', `The mayor called it ${fill('"a" and ', SIZE - 40)}on Friday.`],
];

/** Known slow: measured and shown, not asserted (none now). */
const BACKLOG: [string, string][] = [];
// Formerly slow: src/event/roles.ts LIST_SEP and the counts' coordinator test were quadratic in the blanks
// between two mentions; both now look only at short gaps.
CASES.push(
  ['victims, then spaces, then a name', around('Title\n\nJohn Smith, 34, was shot and killed by police on Friday. John Smith', ' ', 'Mary Jones was wounded.\n')],
  ['a count, spaces, another count', around('Title\n\nTwo men were killed', ' ', 'and three women were wounded.\n')],
);
// Formerly slow (chrono-node's timezone refiner is quadratic in a run of blanks after a date or time);
// chrono now runs one line or blank-separated piece at a time (src/extract/dates/chrono.ts).
CASES.push(['date, then spaces', around('Dec 8, 2023', ' ', 'x\n\nBody.')], ['time, then spaces', around('10:00 PM', ' ', 'x\n\nBody.')]);

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const kbPerSecond = (text: string, ms: number): number => text.length / 1024 / (Math.max(ms, 1) / 1000);

/** A document's best speed, run again (up to MAX_TRIES in all) while it is under the floor. */
function bestRate(text: string, floor: number): number {
  let best = 0;
  for (let k = 0; k < MAX_TRIES && best < floor; k++) {
    best = Math.max(best, kbPerSecond(text, cpuMs(() => extract(text, { published: '2023-12-08' }))));
  }
  return best;
}

describe(`pathological inputs (${KB} KB each)`, () => {
  it(`every one runs at >= ${FIXED_FLOOR ?? `${RELATIVE_FLOOR * 100}% of real articles'`} KB/s (goal ${GOAL_KB_S})`, () => {
    // warm-up: each input's own kind of text, small, so one-time loading (gazetteer shards, lexicons) is not billed to a case
    for (const [, text] of [...CASES, ...BACKLOG]) {
      // from the first non-blank character: a case that opens with 1 KB of blanks would be an empty document
      const head = text.trimStart().slice(0, 1024);
      if (head.trim()) extract(head);
    }
    const prose = fill(ARTICLES.join('\n\n'), SIZE);
    // and real articles a few times: V8 goes on compiling compromise's and our hot code for several runs,
    // on background threads whose CPU time is billed to this process (a third of the first runs' time)
    for (let k = 0; k < WARM_RUNS; k++) extract(prose);

    const real = bestRate(prose, GOAL_KB_S);
    const FLOOR_KB_S = FIXED_FLOOR ?? RELATIVE_FLOOR * real;
    const rows = [{ name: 'real articles', rate: real }, ...CASES.map(([name, text]) => ({ name, rate: bestRate(text, Math.max(FLOOR_KB_S, GOAL_KB_S)) }))];
    const backlog = BACKLOG.map(([name, text]) => ({ name: `${name} (backlog)`, rate: kbPerSecond(text, cpuMs(() => extract(text, { published: '2023-12-08' }))) }));
    const table = [...rows, ...backlog]
      .sort((a, b) => a.rate - b.rate)
      .map((r) => `${r.rate.toFixed(0).padStart(7)} KB/s  ${r.name}`)
      .join('\n');
    console.log(`goal ${GOAL_KB_S} KB/s, asserted ${FLOOR_KB_S.toFixed(0)} KB/s (CPU time, best of up to ${MAX_TRIES} runs)\n${table}`);
    const slow = rows.filter((r) => r.rate < FLOOR_KB_S).map((r) => `${r.name}: ${r.rate.toFixed(0)} KB/s`);
    expect(slow, `under ${FLOOR_KB_S.toFixed(0)} KB/s`).toEqual([]);
  }, 300_000); // the assertion is on CPU time; on a busy machine the wall clock runs 2-3x longer than the 60 s default
});
