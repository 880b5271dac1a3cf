// The dateline and a publication date written in the text itself ("LONDON 1996-08-30",
// "Dec 8 (Reuters) -", "April 11, 2013 4:39 PM", "Date: 2013-04-11"), read from the first lines.
import * as chrono from 'chrono-node';
import type { Line } from './lines.js';

export interface Dateline {
  /** The place part ("WASHINGTON", "AL-AIN , United Arab Emirates"), with its span. */
  place: { text: string; start: number; end: number } | null;
  /** A publication date found in the first lines, as YYYY-MM-DD, and where it was. */
  published: { value: string; start: number; end: number; rule: string } | null;
}

const ISO_AT_END = /(?:^|\s)((?:19|20)\d{2})-(\d{2})-(\d{2})\s*$/;
const HEADER = /^\s*(?:Date|Published|Posted|Updated|Dateline)\s*:\s*(.{4,80})$/i;
const AGENCY_DATE = /^\s*(?:[A-Z][\p{L}.' -]{1,40},\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\((?:Reuters|AP|AFP|Bloomberg|UPI)\)/u;
// (no two `\s*` side by side around an optional part: "10:00" and a long run of spaces made that quadratic)
const BYLINE_DATE =
  /^\s*(?:(?:Published|Updated|Posted)\s*:?\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})(?:\s*(?:at\s*)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*$/u;
/** "WASHINGTON –", "BAGHDAD (Reuters) -", "AL-AIN , United Arab Emirates 1996-12-06" */
const PLACE_DATELINE = /^\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?: ?, ?[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})?)(?=\s*(?:\([^)]{1,30}\)\s*)?[–—-]{1,2}\s|\s+(?:19|20)\d{2}-\d{2}-\d{2}\s*$)/u;

/** The text without trailing blanks and commas (a loop: `/[\s,]+$/` is quadratic on a long run of them inside a text). */
function withoutEndCommas(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,]/.test(text[end - 1])) end--;
  return text.slice(0, end);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function chronoDay(s: string): string | null {
  const r = chrono.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  return `${r.start.get('year')}-${pad(r.start.get('month')!)}-${pad(r.start.get('day')!)}`;
}

export function findDateline(lines: Line[], firstBodyLine: number): Dateline {
  let published: Dateline['published'] = null;
  let place: Dateline['place'] = null;
  const head = lines.filter((l) => !l.blank).slice(0, 6);
  for (const line of head) {
    if (!published) {
      const iso = ISO_AT_END.exec(line.text);
      if (iso) {
        const value = `${iso[1]}-${iso[2]}-${iso[3]}`;
        const s = line.start + line.text.lastIndexOf(iso[1]);
        published = { value, start: s, end: s + 10, rule: 'published.dateline-iso' };
      }
    }
    if (!published) {
      for (const [re, rule] of [[HEADER, 'published.header'], [AGENCY_DATE, 'published.agency-dateline'], [BYLINE_DATE, 'published.byline']] as const) {
        const m = re.exec(line.text);
        if (!m) continue;
        const value = chronoDay(m[1]);
        if (!value) continue;
        const s = line.start + line.text.indexOf(m[1]);
        published = { value, start: s, end: s + m[1].length, rule };
        break;
      }
    }
    if (!place && line.n >= firstBodyLine) {
      const m = PLACE_DATELINE.exec(line.text);
      if (m) {
        const s = line.start + line.text.indexOf(m[1]);
        const name = withoutEndCommas(m[1]);
        place = { text: name, start: s, end: s + name.length };
      }
    }
  }
  return { place, published };
}
