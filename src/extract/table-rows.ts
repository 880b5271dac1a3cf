// "Chicago 70 60 .538 3", "Toyota 1,240 1,180 +60 5.1": in a table of four figures or more a row, the name at a
// row's start is what the row counts for (a club in standings, a company), not a place. Shared by the actors domain
// (the name is an organisation) and the places domain (it is no place there). A row stands in a table of three
// rows or more; countries stay places (national sides, medal tables), which each domain checks itself.

/** A row: a name of one to four words at the line's start, then four figures or more and nothing else. */
const ROW = /^[ \t]*\p{Lu}[\p{L}.'&-]*(?:[ \t]+\p{Lu}[\p{L}.'&-]*){0,3}(?:[ \t]+[-+]?\d[\d.,/]*%?|[ \t]+[-+]?\.\d+){4,}[ \t]*$/u;
/** The same row, from the name's end: the figures. */
const FIGURES = /^(?:[ \t]+[-+]?\d[\d.,/]*%?|[ \t]+[-+]?\.\d+){4,}[ \t]*$/;

/** The text has a table: three rows or more of a name and four figures or more (lines over 200 characters are no rows). */
function hasTable(text: string): boolean {
  let rows = 0;
  let from = 0;
  while (from <= text.length && rows < 3) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (end - from <= 200 && ROW.test(text.slice(from, end))) rows++;
    if (nl < 0) break;
    from = nl + 1;
  }
  return rows >= 3;
}

/** The name at [start, end) opens a row of a table of figures ("Chicago 70 60 .538 3"). */
export function tableRowName(text: string, start: number, end: number): boolean {
  // only spaces or tabs between the line's start and the name: scanned back from the name, so that a long line
  // costs nothing (it was sliced whole for each name: quadratic on 20 KB without a newline)
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  // the rest of the line, 160 characters at most
  const limit = Math.min(text.length, end + 161);
  let lineEnd = end;
  while (lineEnd < limit && text[lineEnd] !== '\n') lineEnd++;
  if (lineEnd - end > 160 || !FIGURES.test(text.slice(end, lineEnd))) return false;
  return hasTable(text);
}

/**
 * "3. Akira Ryo ( Japan ) Kawasaki": on a results line opening on a rank, the words in brackets right before `start`
 * after a competitor's name (a country, for the caller to check), else null.
 */
export function competitorCountryBefore(text: string, start: number): string | null {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return /^[ \t]*\d{1,3}\.?[ \t]+\p{Lu}[^()\n]{1,60}\([ \t]*([\p{L} .'-]{2,30}?)[ \t]*\)[ \t]*$/u.exec(line)?.[1] ?? null;
}
