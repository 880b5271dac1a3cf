// `newsx tables --out DIR [inputs]`: the same reading and extraction as the main command, written as one
// table per item kind (src/cli/tables.ts) into DIR, as CSV, TSV or Parquet. Every file is written under a
// temporary name and renamed when complete, so a stopped run leaves no half table under a final name.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ParquetWriter, fileWriter, schemaFromColumnData } from 'hyparquet-writer';
import { isValidPublished } from '../document.js';
import type { OutputRecord } from '../record/schema.js';
import { signalExitCode, stopOnSignals } from './signals.js';
import { rowWriter } from './csv.js';
import type { EncodingErrors } from './decode.js';
import { UsageError } from './errors.js';
import { planInputs } from './inputs.js';
import type { CliIO } from './main.js';
import { workerPool } from './pool.js';
import { inlineRunner, runOrdered } from './runner.js';
import { fileSink, type Sink } from './sink.js';
import { TABLES, TABLE_NAMES, tableRows, type Column, type ColumnType, type Row, type TableName } from './tables.js';
import type { ReadStats } from './task.js';

export type TableFormat = 'csv' | 'tsv' | 'parquet';

export interface TablesFlags {
  out: string;
  format: TableFormat;
  input: 'text' | 'jsonl';
  published?: string;
  jobs?: number;
  maxBytes: number;
  encodingErrors: EncodingErrors;
  timeoutMs?: number;
  explain?: boolean;
  quiet?: boolean;
}

/** One table's file: rows go in as records come out, in record order. */
interface TableFile {
  add(rows: Row[]): Promise<void>;
  end(): Promise<void>;
  abort(): void;
}

function delimitedTable(file: string, columns: Column[], kind: 'csv' | 'tsv'): TableFile {
  const sink: Sink = fileSink(file);
  const w = rowWriter(columns, kind);
  let started = false;
  return {
    async add(rows) {
      if (!started) await sink.write(w.header());
      started = true;
      if (rows.length) await sink.write(w.rows(rows));
    },
    async end() {
      if (!started) await sink.write(w.header());
      await sink.end();
    },
    abort: () => sink.abort(),
  };
}

const PARQUET_TYPE: Record<ColumnType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN'> = { string: 'STRING', int: 'INT32', double: 'DOUBLE', bool: 'BOOLEAN' };
/** Rows per Parquet row group: the rows of one group are held in memory until it is written. */
const ROW_GROUP = 10_000;

function parquetTable(file: string, columns: Column[]): TableFile {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const writer = fileWriter(tmp);
  const schema = schemaFromColumnData({ columnData: columns.map((c) => ({ name: c.name, data: [], type: PARQUET_TYPE[c.type] })) });
  const pw = new ParquetWriter({ writer, schema, createdBy: 'newsx' });
  let pending: Row[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const columnData = columns.map((c) => ({ name: c.name, data: pending.map((r) => r[c.name] ?? null), type: PARQUET_TYPE[c.type] }));
    pending = [];
    await pw.write({ columnData, rowGroupSize: ROW_GROUP });
  };
  return {
    async add(rows) {
      for (const r of rows) pending.push(r);
      if (pending.length >= ROW_GROUP) await flush();
    },
    async end() {
      await flush();
      pw.finish();
      renameSync(tmp, file);
    },
    abort: () => rmSync(tmp, { force: true }),
  };
}

export async function runTables(paths: string[], flags: TablesFlags, io: CliIO): Promise<number> {
  if (flags.published !== undefined && !isValidPublished(flags.published)) {
    throw new UsageError(`--published: not an ISO 8601 date or date-time: ${flags.published}`, 'e.g. --published 2023-12-08');
  }
  const dir = flags.out;
  try {
    if (!statSync(dir, { throwIfNoEntry: false })) mkdirSync(dir, { recursive: true });
    else if (!statSync(dir).isDirectory()) throw new UsageError(`--out must name a folder, not a file: ${dir}`, 'newsx tables --out tables/ articles/');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--out: cannot create the folder ${dir}: ${(e as Error).message}`, 'check the path and its permissions');
  }
  const t0 = performance.now();
  const stats: ReadStats = { skipped: 0, blank: 0, missing: 0 };
  const plan = await planInputs(paths, { input: flags.input, published: flags.published?.trim() ?? null, maxBytes: flags.maxBytes, encodingErrors: flags.encodingErrors }, io.stdin, stats);
  // stop reading on a signal (before the tables' files exist); documents in flight finish, then no table is kept
  const stop = stopOnSignals(io.own, io.stdin);
  const ext = flags.format;
  const files = Object.fromEntries(
    TABLE_NAMES.map((t) => {
      const file = path.join(dir, `${t}.${ext}`);
      return [t, ext === 'parquet' ? parquetTable(file, TABLES[t]) : delimitedTable(file, TABLES[t], ext)];
    }),
  ) as Record<TableName, TableFile>;

  const jobs = flags.jobs ?? availableParallelism();
  const runner = !plan.single || flags.timeoutMs !== undefined ? workerPool({ size: jobs, timeoutMs: flags.timeoutMs ?? 30_000 }) : inlineRunner();
  let count = 0;
  let failures = 0;
  const rowCounts = Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>;
  let completed = false;
  try {
    for await (const record of runOrdered(plan.tasks, runner, Boolean(flags.explain), Math.max(2, jobs * 4), () => stop.signal !== null)) {
      if ('error' in record) failures++;
      count++;
      const rows = tableRows(record as OutputRecord);
      for (const t of TABLE_NAMES) {
        rowCounts[t] += rows[t].length;
        await files[t].add(rows[t]);
      }
    }
    if (!stop.signal) {
      for (const t of TABLE_NAMES) await files[t].end();
      completed = true;
    }
  } finally {
    if (!completed) for (const t of TABLE_NAMES) files[t].abort();
    await runner.close();
    stop.release();
  }
  if (!flags.quiet) {
    const seconds = (performance.now() - t0) / 1000;
    const parts = [`${count} document${count === 1 ? '' : 's'}`, `${failures} error record${failures === 1 ? '' : 's'}`];
    if (stats.skipped) parts.push(`${stats.skipped} file${stats.skipped === 1 ? '' : 's'} skipped`);
    parts.push(`${seconds.toFixed(2)} s`);
    if (stop.signal) parts.push(`stopped by ${stop.signal}, no tables written`);
    else parts.push(`${TABLE_NAMES.map((t) => `${t} ${rowCounts[t]}`).join(', ')} rows in ${dir}`);
    io.stderr.write(`newsx tables: ${parts.join(', ')}\n`);
  }
  if (stop.signal) return signalExitCode(stop.signal);
  return failures > 0 ? 1 : 0;
}
