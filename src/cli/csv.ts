// CSV and TSV text for flat rows, through csv-stringify (RFC 4180 quoting: a field holding the delimiter,
// a quote or a line break is quoted, quotes doubled). UTF-8, LF between rows, one header row.
// Empty cells stand for null; booleans are written true/false.
import { stringify } from 'csv-stringify/sync';
import type { Column, Row } from './tables.js';

export type Delimited = 'csv' | 'tsv';

export interface RowWriter {
  header(): string;
  rows(rows: Row[]): string;
}

export function rowWriter(columns: Column[], kind: Delimited): RowWriter {
  const names = columns.map((c) => c.name);
  const options = {
    delimiter: kind === 'tsv' ? '\t' : ',',
    record_delimiter: 'unix' as const,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), number: (v: number) => String(v) },
  };
  return {
    header: () => stringify([names], options),
    rows: (rows) => (rows.length === 0 ? '' : stringify(rows.map((r) => names.map((n) => r[n] ?? null)), options)),
  };
}
