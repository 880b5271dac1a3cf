// `newsx incidents [records.jsonl ...]`: reads records newsx wrote (stdin when no path), groups them by
// incident (src/incidents) and writes one JSON line (or CSV row) per incident, in order of first
// appearance; `--annotate` writes the records back instead, each with its `incident` id. The records are
// read once; the resolver keeps a few fields of each, not the records (with --annotate the lines wait
// in a temporary file, not in memory).
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { featuresOf, IncidentResolver, incidentId, incidentOut, type IncidentOut } from '../incidents/index.js';
import type { EventRecord } from '../record/schema.js';
import { rowWriter } from './csv.js';
import { UsageError } from './errors.js';
import type { CliIO } from './main.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import { boundHeapGrowth } from './heap.js';
import type { Column } from './tables.js';

export interface IncidentsFlags {
  format: 'jsonl' | 'csv' | 'tsv';
  annotate?: boolean;
  out?: string;
  quiet?: boolean;
}

const COLUMNS: Column[] = (
  'incident:string records:string n_records:int date:string date_min:string date_max:string date_source:string place:string city:string ' +
  'admin1:string country:string latitude:double longitude:double killed:int injured:int event_type:string event_label:string disagreements:string'
)
  .split(' ')
  .map((c) => {
    const [name, type] = c.split(':');
    return { name, type: type as Column['type'] };
  });

/** One incident as a table row: its records joined by "; ", its disagreements as the fields they are on. */
function row(i: IncidentOut): Record<string, string | number | null> {
  return {
    incident: i.incident,
    records: i.records.join('; '),
    n_records: i.records.length,
    date: i.date.value,
    date_min: i.date.min,
    date_max: i.date.max,
    date_source: i.date.source,
    place: i.place?.name ?? null,
    city: i.place?.city ?? null,
    admin1: i.place?.admin1 ?? null,
    country: i.place?.country ?? null,
    latitude: i.place?.lat ?? null,
    longitude: i.place?.lon ?? null,
    killed: i.killed,
    injured: i.injured,
    event_type: i.type?.code ?? null,
    event_label: i.type?.label ?? null,
    disagreements: i.disagreements.map((d) => d.field).join('; ') || null,
  };
}

/** A line that is a newsx record with an event's fields (an error record, or anything else, is not). */
function asRecord(value: unknown): EventRecord | null {
  const r = value as Partial<EventRecord> | null;
  if (!r || typeof r !== 'object' || typeof r.id !== 'string' || 'error' in r) return null;
  if (!Array.isArray(r.dates) || !Array.isArray(r.places) || !Array.isArray(r.actors)) return null;
  return r as EventRecord;
}

/** How far the heap may grow over what a full collection kept (src/cli/heap.ts): at a million records, 100% holds the peak RSS near half a GiB (default: ~0.9 GiB) for ~3% more CPU. */
const HEAP_GROWING_PERCENT = 100;

export async function runIncidents(paths: string[], flags: IncidentsFlags, io: CliIO): Promise<number> {
  const t0 = performance.now();
  boundHeapGrowth(HEAP_GROWING_PERCENT);
  const inputs = paths.length === 0 ? ['-'] : paths;
  for (const p of inputs) {
    if (p === '-') continue;
    let isFile = false;
    try {
      isFile = statSync(p).isFile();
    } catch {
      throw new UsageError(`${p}: no such file`, 'give files of records that newsx wrote (JSONL), or pipe them in: newsx articles/ | newsx incidents');
    }
    if (!isFile) throw new UsageError(`${p}: not a file`, 'newsx incidents reads records (JSONL files), not articles: run newsx on the folder first');
  }
  if (flags.annotate && flags.format !== 'jsonl') throw new UsageError('--annotate writes records, as JSONL', 'drop --format, or drop --annotate for the incident table');

  const resolver = new IncidentResolver();
  // with --annotate, every input line waits in a temporary file, and the incident of each record line in order
  const spool = flags.annotate ? spoolFile() : null;
  const perLine: number[] = [];
  const sink: Sink = flags.out && flags.out !== '-' ? fileSink(flags.out) : stdoutSink(io.stdout, () => (io.own ? process.exit(0) : undefined));
  const writer = flags.format === 'jsonl' ? null : rowWriter(COLUMNS, flags.format);
  let records = 0;
  let errors = 0;
  let bad = 0;
  let seq = 0;
  let joined = 0;
  let lineNo = 0;
  /** Writes the incidents no later record can join (all of them at the end), in order of first appearance. */
  const flush = async (all: boolean): Promise<void> => {
    for (const incident of resolver.drain(all)) {
      if (incident.members.length > 1) joined++;
      if (spool) continue; // --annotate writes the records, not the incidents
      const out = incidentOut(incident);
      await sink.write(writer ? writer.rows([row(out)]) : JSON.stringify(out) + '\n');
    }
  };
  try {
    if (writer && !spool) await sink.write(writer.header());
    for (const p of inputs) {
      const stream: Readable = p === '-' ? io.stdin : createReadStream(p);
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        let incident = -1;
        try {
          const parsed: unknown = JSON.parse(line);
          const record = asRecord(parsed);
          if (record) {
            incident = resolver.add(featuresOf(record, seq++));
            records++;
          } else if (parsed && typeof parsed === 'object' && 'error' in parsed) errors++;
          else bad++;
        } catch {
          bad++;
        }
        if (spool) {
          perLine.push(incident);
          await write(spool.out, line + '\n');
        }
        if (++lineNo % 1024 === 0) await flush(false);
      }
    }
    await flush(true);
    if (spool) {
      await new Promise<void>((resolve, reject) => spool.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
      const lines = createInterface({ input: createReadStream(spool.file), crlfDelay: Infinity });
      let k = 0;
      for await (const line of lines) {
        const i = perLine[k++];
        // the record's own line, with its incident added (null for a line that is no record)
        let obj: unknown = null;
        try {
          obj = JSON.parse(line);
        } catch {
          // not JSON: written back as it came
        }
        await sink.write((obj && typeof obj === 'object' && !Array.isArray(obj) ? JSON.stringify({ ...obj, incident: i >= 0 ? incidentId(i) : null }) : line) + '\n');
      }
    }
    await sink.end();
  } catch (e) {
    sink.abort();
    throw e;
  } finally {
    if (spool) rmSync(spool.dir, { recursive: true, force: true });
  }
  if (!flags.quiet) {
    const n = resolver.size;
    const parts = [`${records} record${records === 1 ? '' : 's'} -> ${n} incident${n === 1 ? '' : 's'} (${joined} of more than one record)`];
    if (errors) parts.push(`${errors} error record${errors === 1 ? '' : 's'} skipped`);
    if (resolver.forced) parts.push(`${resolver.forced} incident${resolver.forced === 1 ? '' : 's'} let go while open (more than 200,000 records held: the input is not in order of publication)`);
    if (bad) parts.push(`${bad} line${bad === 1 ? '' : 's'} that ${bad === 1 ? 'is' : 'are'} no newsx record skipped`);
    parts.push(`${((performance.now() - t0) / 1000).toFixed(2)} s`);
    io.stderr.write(`newsx incidents: ${parts.join(', ')}\n`);
  }
  return bad > 0 ? 1 : 0;
}

function spoolFile(): { dir: string; file: string; out: WriteStream } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsx-incidents-'));
  const file = path.join(dir, 'records.jsonl');
  return { dir, file, out: createWriteStream(file) };
}

const write = (stream: WriteStream, chunk: string): Promise<void> =>
  stream.write(chunk) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
