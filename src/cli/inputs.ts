// Which readers a command line asks for, in order: paths (files, folders) or stdin.
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { errorRecord, UsageError } from './errors.js';
import { isJsonlPath, readJsonl, readJsonlFile, readStdinText, readTextFile, walkFolder, type ReadOptions } from './readers.js';
import type { ReadStats, Task } from './task.js';

export interface InputPlan {
  /** One article read as text (one text file, or stdin read as text): the default output is one JSON object. */
  single: boolean;
  tasks: AsyncIterable<Task>;
  /** Total documents when known before reading (text files), for the progress bar. */
  total: number | null;
  /** How many paths the command line named (stdin counts as one). */
  paths: number;
}

type Source = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string; files: string[] } | { kind: 'missing'; path: string };

export async function planInputs(paths: string[], opts: ReadOptions, stdin: Readable, stats: ReadStats): Promise<InputPlan> {
  const sources: Source[] = [];
  const walkErrors: Task[] = [];
  const missingRecords = new Map<string, ReturnType<typeof errorRecord>>();
  const list = paths.length === 0 ? ['-'] : paths;
  for (const p of list) {
    if (p === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    let s;
    try {
      s = await stat(p);
    } catch (e) {
      // as ripgrep does: the missing path becomes an error record in its place, and the others are read
      stats.missing++;
      const code = (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'not_found' : 'unreadable';
      sources.push({ kind: 'missing', path: p });
      missingRecords.set(p, errorRecord(p, code, code === 'not_found' ? `no such file or folder: ${p}` : `cannot read: ${(e as Error).message}`, { path: p }));
      continue;
    }
    if (s.isDirectory()) {
      const files = await walkFolder(p, stats, (where, e) =>
        walkErrors.push({ kind: 'error', record: errorRecord(where, 'unreadable', `cannot read: ${(e as Error).message}`, { path: where }) }),
      );
      sources.push({ kind: 'folder', path: p, files });
    } else sources.push({ kind: 'file', path: p });
  }
  if (sources.filter((s) => s.kind === 'stdin').length > 1) throw new UsageError('standard input (-) can be read only once');

  const single = sources.length === 1 && walkErrors.length === 0 && (
    (sources[0].kind === 'stdin' && opts.input === 'text') || ((sources[0].kind === 'file' || sources[0].kind === 'missing') && !isJsonlPath(sources[0].path))
  );
  let total: number | null = walkErrors.length;
  for (const s of sources) {
    if (s.kind === 'folder') total += s.files.filter((f) => !isJsonlPath(f)).length;
    else if ((s.kind === 'file' && !isJsonlPath(s.path)) || s.kind === 'missing') total += 1;
    else total = null;
    if (total === null) break;
  }
  if (sources.some((s) => s.kind === 'folder' && s.files.some(isJsonlPath))) total = null;

  async function* tasks(): AsyncGenerator<Task> {
    yield* walkErrors;
    for (const s of sources) {
      if (s.kind === 'missing') {
        yield { kind: 'error', record: missingRecords.get(s.path)! };
      } else if (s.kind === 'stdin') {
        if (opts.input === 'jsonl') yield* readJsonl(stdin, 'stdin', opts, stats);
        else yield await readStdinText(stdin, opts);
      } else {
        const files = s.kind === 'folder' ? s.files : [s.path];
        for (const f of files) {
          if (isJsonlPath(f)) yield* readJsonlFile(f, opts, stats);
          else yield await readTextFile(f, opts);
        }
      }
    }
  }
  return { single, tasks: tasks(), total, paths: list.length };
}
