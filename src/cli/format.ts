// Output formats: json (indented; an array for a batch), jsonl (one compact record a line), pretty,
// html (one page: src/view), csv and tsv (one row per event, src/cli/tables.ts).
import type { OutputRecord } from '../record/schema.js';
import { articlePage, batchPage } from '../view/index.js';
import { rowWriter } from './csv.js';
import { prettyRecord } from './pretty.js';
import { EVENT_ROW_COLUMNS, eventRows } from './tables.js';

export type Format = 'json' | 'jsonl' | 'pretty' | 'html' | 'csv' | 'tsv';

export interface Formatter {
  head: string;
  record(r: OutputRecord, index: number): string;
  tail(count: number): string;
}

export function formatter(format: Format, single: boolean, color: boolean): Formatter {
  if (format === 'csv' || format === 'tsv') {
    const w = rowWriter(EVENT_ROW_COLUMNS, format);
    return { head: w.header(), record: (r) => w.rows(eventRows(r)), tail: () => '' };
  }
  if (format === 'jsonl') return { head: '', record: (r) => JSON.stringify(r) + '\n', tail: () => '' };
  if (format === 'html') {
    // the page needs every record before it can be written: one article page, or the batch's events page
    if (single) {
      let only: OutputRecord | null = null;
      return { head: '', record: (r) => ((only = r), ''), tail: () => (only ? articlePage(only) : '') };
    }
    const batch = batchPage();
    return { head: '', record: (r) => (batch.add(r), ''), tail: () => batch.html() };
  }
  if (format === 'pretty') return { head: '', record: (r, i) => (i > 0 ? '\n' : '') + prettyRecord(r, color), tail: () => '' };
  if (single) return { head: '', record: (r) => JSON.stringify(r, null, 2) + '\n', tail: () => '' };
  // several records as one JSON document: an array, streamed element by element
  return {
    head: '[\n',
    record: (r, i) => (i > 0 ? ',\n' : '') + JSON.stringify(r, null, 2).replace(/^/gm, '  '),
    tail: (n) => (n > 0 ? '\n]\n' : ']\n'),
  };
}
