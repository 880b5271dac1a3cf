// chrono-node as a fallback parser: written-out and numeric calendar formats our rules do not list
// ("2023-12-05", "12/01/2023 at 15:30", "Dec 3rd 2023"). Its results only fill gaps: the refiners drop
// any that overlap a candidate of our own rules, and only fully specified or month-named dates are kept.
import * as chrono from 'chrono-node';
import type { RawCandidate } from './extract.js';
import type { Reference } from './normalise.js';
import { NAME_HEADS } from './lexicon.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

const NUMERIC_DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

export const CHRONO_RULE = 'date.chrono';

/** Line breaks and long runs of blanks: no date spans them, and chrono's refiners are quadratic in such runs. */
const PIECE_BREAK = /\n|[ \t\f\v\u00a0]{16,}/g;

/** Candidates from chrono, one line (or blank-separated piece) at a time, with offsets into the whole text. */
export function chronoCandidates(text: string, ref: Reference | null, priority: number): RawCandidate[] {
  const out: RawCandidate[] = [];
  let from = 0;
  const piece = (to: number) => {
    if (to > from) for (const c of chronoPiece(text, from, to, ref, priority)) out.push(c);
  };
  for (const m of text.matchAll(PIECE_BREAK)) {
    piece(m.index);
    from = m.index + m[0].length;
  }
  piece(text.length);
  return out;
}

/** Candidates from chrono's strict English parser over text[from, to), resolved against the reference only (never the clock). */
function chronoPiece(full: string, from: number, to: number, ref: Reference | null, priority: number): RawCandidate[] {
  const text = full.slice(from, to);
  if (!text || !/\d/.test(text)) return [];
  // chrono needs some instant to imply missing fields from; a fixed one, and every implied field is discarded below
  const instant = ref ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(text, { instant, timezone: 0 });
  } catch {
    return [];
  }
  const out: RawCandidate[] = [];
  for (const r of results) {
    let start = r.index;
    let end = r.index + r.text.length;
    // TimeML extents leave prepositions out ("on 5 Dec." -> "5 Dec.")
    const lead = /^(?:on|at|in|by|from|since|until|of)\s+/i.exec(r.text);
    if (lead) start += lead[0].length;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    if (end <= start || r.end) continue; // ranges are left to the rules
    const c = r.start;
    const certain = (k: chrono.Component): boolean => c.isCertain(k);
    const span = text.slice(start, end);
    const at = from; // offsets below are into the piece; the candidate's are into the whole text
    if (!certain('month') || !certain('day') || !/\d/.test(span)) continue; // "the day before" is left to the rules
    if (!MONTH_NAME.test(span) && !NUMERIC_DATE.test(span)) continue; // "13 days after" is left to the rules
    if (!certain('year') && !MONTH_NAME.test(span)) continue; // "1/2" is a fraction, "2-1" a score
    if (certain('hour') && !/\d:\d\d|\d\s?[ap]\.?m\b/i.test(span)) continue; // "Jan. 1, 1990 at 1" is no clock time
    if (/\d[:.]$/.test(text.slice(Math.max(0, start - 2), start))) continue; // "3:28 January 1997": a clock's minutes, no day
    const head = /^ ([A-Z][a-z]+)/.exec(text.slice(end, end + 30))?.[1];
    if (!certain('year') && head && NAME_HEADS.has(head.toLowerCase())) continue; // "the March 23 Movement" is a name
    const y = certain('year') ? c.get('year') : null;
    const mo = c.get('month') ?? 0;
    const d = c.get('day') ?? 0;
    let value: string | null = y !== null ? `${pad(y, 4)}-${pad(mo)}-${pad(d)}` : ref ? null : `XXXX-${pad(mo)}-${pad(d)}`;
    if (value === null && ref) value = `${pad(c.get('year') ?? ref.y, 4)}-${pad(mo)}-${pad(d)}`;
    const timed = certain('hour');
    if (timed && value) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    // an ISO 8601 time in UTC ("2023-12-07T10:15Z", "... 10:15 UTC") keeps the zone designator Z in its TIMEX3 value
    if (timed && value && /(?:\d[Zz]|\b(?:GMT|UTC))$/.test(span)) value += 'Z';
    out.push({
      text: span,
      start: at + start,
      end: at + end,
      type: timed ? 'time' : 'date',
      value,
      granularity: timed ? 'minute' : 'day',
      relative: y === null,
      rule: CHRONO_RULE,
      chrono: true,
      priority,
    });
  }
  return out;
}
