// The newsx command line: parse options, read inputs, run the pipeline, write records.
// It holds no extraction logic; see src/pipeline.ts for that.
import { statSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isValidPublished } from '../document.js';
import { signalExitCode, stopOnSignals } from './signals.js';
import { UsageError } from './errors.js';
import type { EncodingErrors } from './decode.js';
import { formatter, type Format } from './format.js';
import { planInputs } from './inputs.js';
import { progress } from './progress.js';
import { defaultJobs, workerPool } from './pool.js';
import { atMostOne, inlineRunner, runOrdered, type Runner } from './runner.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import type { ReadStats } from './task.js';
import { useColor, type ColorMode } from './color.js';

const VERSION = '0.1.0';
const DEFAULT_TIMEOUT_MS = 30_000;

interface ExtractFlags {
  input: 'text' | 'jsonl';
  format?: Format;
  out?: string;
  published?: string;
  jobs?: number;
  maxBytes: number;
  encodingErrors: EncodingErrors;
  timeoutMs?: number;
  quiet?: boolean;
  explain?: boolean;
  color: ColorMode;
}

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
    return n;
  };
}

/** Where a run reads and writes: this process's own streams, or a daemon client's (src/cli/fast-start/daemon.ts). */
export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** This process's own streams: SIGINT/SIGTERM stop the run, a closed stdout ends the process. */
  own: boolean;
}

export const processIO = (): CliIO => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, own: true });

function program(io: CliIO, exit: { code: number }, argv: string[]): Command {
  const cmd = new Command('newsx')
    .description('Read news-article text and print a validated JSON event record per article.')
    .version(`newsx ${VERSION}`, '-V, --version')
    .argument('[paths...]', 'files or folders (folders are walked for *.txt *.text *.md *.jsonl *.ndjson); none or - reads stdin')
    .addOption(new Option('--input <kind>', 'how stdin is read: the whole stream is one article (text), or one JSON object a line (jsonl)').choices(['text', 'jsonl']).default('text'))
    .addOption(new Option('--format <format>', 'output format (default: pretty on a terminal; else json for one text, jsonl for batches); csv/tsv: one row per event; html: a page').choices(['json', 'jsonl', 'pretty', 'csv', 'tsv', 'html']))
    .option('--out <file>', 'write records to this file instead of stdout')
    .option('--published <date>', 'publication date (ISO 8601) for inputs that do not carry their own')
    .option('--jobs <n>', 'most worker threads for batches (default: CPU count, fewer if free memory is short); a short batch starts fewer', positiveInt('--jobs'))
    .option('--max-bytes <n>', 'largest article accepted, in bytes', positiveInt('--max-bytes'), 5_000_000)
    .addOption(
      new Option('--encoding-errors <mode>', 'invalid UTF-8 in an input: an invalid_encoding error record (error), or decoded with U+FFFD and a warning (replace)')
        .choices(['error', 'replace'])
        .default('error'),
    )
    .option('--timeout-ms <n>', 'longest time one document of a batch may take before it becomes an error record (default 30000)', positiveInt('--timeout-ms'))
    .option('--explain', 'add the id of the rule behind every extracted item')
    .option('-q, --quiet', 'no summary line on stderr, and no line for a single article that became an error record')
    .addOption(new Option('--color <when>', 'colour in the pretty view: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .addHelpText(
      'after',
      `
Examples:
  newsx story.txt --published 2023-12-08      one article, JSON (pretty on a terminal)
  newsx story.txt | jq .event                 the main event only
  newsx articles/ --out records.jsonl         a folder, one record a line
  cat docs.jsonl | newsx --input jsonl        JSONL in, JSONL out (id, text, published, title; other fields -> meta)
  newsx scraped/ --encoding-errors replace    broken UTF-8 read with U+FFFD (and a warning) instead of an error record
  newsx view story.txt > story.html           one article as a page: highlighted spans, event cards
  newsx view articles/ > batch.html           a batch as a page: events table, timeline, map
  newsx articles/ --format csv > events.csv   one row per event (ACLED/GDELT-like columns)
  newsx tables --out tables/ articles/        one CSV per item kind, keyed by record id and item id
  newsx articles/ | newsx incidents           the records grouped by incident, one JSON line each
  newsx schema                                the record's JSON Schema
  newsx daemon start                          a warm newsx in the background; NEWSX_DAEMON=1 sends one-article runs to it

Environment:
  NO_COLOR=1        no colour in the pretty view (unless --color always)
  FORCE_COLOR=1|0   colour on (1, 2, 3) or off (0) whatever the terminal (unless --color says)
  NEWSX_DAEMON=1|auto   1: hand one-article runs to a running \`newsx daemon\`; auto: also start one when none answers
  TZ                only matters to the daemon, which declines a run from another TZ

Exit status: 0 all documents extracted, 1 some produced error records (or a path was missing),
2 usage error, or nothing could be read (every path missing).`,
    )
    // options after a subcommand's name are the subcommand's (`newsx tables --out DIR` is not the main --out)
    .enablePositionalOptions()
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout.write(text), writeErr: () => {} });
  cmd
    .command('help')
    .description('show this help')
    .action(() => {
      cmd.outputHelp();
    });
  cmd
    .command('schema')
    .description("print the record's JSON Schema (draft 2020-12)")
    .action(async () => {
      const { recordJsonSchema } = await import('../record/schema.js');
      io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    });
  cmd
    .command('tables')
    .description('one table per item kind (records, events, participants, dates, places, actors, mentions, counts, quotes) in a folder, keyed by record id and item id')
    .argument('[paths...]', 'files or folders, as for newsx itself; none or - reads stdin')
    .requiredOption('--out <dir>', 'the folder to write the tables into (created if missing)')
    .addOption(new Option('--format <format>', 'table format').choices(['csv', 'tsv', 'parquet']).default('csv'))
    .addOption(new Option('--input <kind>', 'how stdin is read (text or jsonl)').choices(['text', 'jsonl']).default('text'))
    .option('--published <date>', 'publication date (ISO 8601) for inputs that do not carry their own')
    .option('--jobs <n>', 'worker threads (default: CPU count)', positiveInt('--jobs'))
    .option('--max-bytes <n>', 'largest article accepted, in bytes', positiveInt('--max-bytes'), 5_000_000)
    .addOption(new Option('--encoding-errors <mode>', 'invalid UTF-8: error or replace').choices(['error', 'replace']).default('error'))
    .option('--timeout-ms <n>', 'longest time one document may take (default 30000)', positiveInt('--timeout-ms'))
    .option('--explain', 'fill the rule columns')
    .option('-q, --quiet', 'no summary line on stderr')
    .action(async (paths: string[], flags: import('./tables-command.js').TablesFlags) => {
      const { runTables } = await import('./tables-command.js');
      exit.code = await runTables(paths, flags, io);
    });
  cmd
    .command('incidents')
    .description('group records that newsx wrote by the incident they report: one JSON line (or CSV row) per incident, in order of first appearance')
    .argument('[records...]', 'JSONL files of records; none or - reads stdin')
    .addOption(new Option('--format <format>', 'jsonl: one incident a line; csv/tsv: the incident table').choices(['jsonl', 'csv', 'tsv']).default('jsonl'))
    .option('--annotate', 'write the records instead, each with its incident id (`incident`), one line per input line')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('-q, --quiet', 'no summary line on stderr')
    .action(async (paths: string[], flags: import('./incidents-command.js').IncidentsFlags) => {
      const { runIncidents } = await import('./incidents-command.js');
      exit.code = await runIncidents(paths, flags, io);
    });
  cmd
    .command('daemon')
    .description('keep a warm newsx in the background for one-article runs: start | stop | status (see README "Speed")')
    .argument('<action>', 'start, stop or status')
    .option('--idle-minutes <n>', 'stop after this many minutes without a run', (v) => {
      const n = Number(v);
      if (!(n > 0)) throw new InvalidArgumentError('--idle-minutes must be a positive number');
      return n;
    }, 30)
    .action(async (action: string, opts: { idleMinutes: number }) => {
      const { daemonCommand } = await import('./fast-start/daemon.js');
      exit.code = await daemonCommand(action, opts, io);
    });
  cmd
    .command('view')
    .description('one self-contained HTML page: an article with its spans and event cards, or for a batch a table, timeline and map (same inputs and options as newsx)')
    .argument('[args...]', 'the paths and options of a newsx run')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (_args: string[], _opts: unknown, view: Command) => {
      // the run's own arguments, as typed (the root would take its known options, e.g. --published, for itself)
      const raw = argv;
      const at = raw.indexOf('view', 2);
      const rest = [...raw.slice(2, at), ...raw.slice(at + 1)];
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(view.helpInformation());
        return;
      }
      exit.code = await run(['node', 'newsx', ...rest, '--format', 'html'], io);
    });
  cmd.action(async (paths: string[], flags: ExtractFlags) => {
    exit.code = await runExtract(paths, flags, io);
  });
  return cmd;
}

async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  if (flags.published !== undefined && !isValidPublished(flags.published)) {
    throw new UsageError(`--published: not an ISO 8601 date or date-time: ${flags.published}`, 'e.g. --published 2023-12-08');
  }
  // `newsx` alone at a terminal would wait for typed input: show the usage instead, as jq does
  if (paths.length === 0 && (io.stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError('no input: give files or folders, or pipe text into newsx', 'e.g. newsx story.txt, or cat story.txt | newsx; newsx --help for more');
  }
  const outPath = flags.out === '-' ? undefined : flags.out;
  if (outPath !== undefined) checkOutFolder(outPath);
  const t0 = performance.now();
  const stats: ReadStats = { skipped: 0, blank: 0, missing: 0 };
  const plan = await planInputs(paths, { input: flags.input, published: flags.published?.trim() ?? null, maxBytes: flags.maxBytes, encodingErrors: flags.encodingErrors }, io.stdin, stats);

  // the reader went away (`newsx dir/ | head -1`): nothing more can be delivered, so stop at once, quietly
  const sink: Sink = outPath ? fileSink(outPath) : stdoutSink(io.stdout, () => (io.own ? process.exit(0) : io.stdin.destroy()));
  const format: Format = flags.format ?? (sink.isTTY ? 'pretty' : plan.single ? 'json' : 'jsonl');
  const fmt = formatter(format, plan.single, useColor(flags.color, io.env, sink.isTTY));
  const jobs = flags.jobs ?? defaultJobs(availableParallelism(), freemem());
  // batches run on worker threads (even --jobs 1), so a runaway document can be stopped; one document
  // (one article, or a batch that turns out to hold one) runs in this thread unless a time limit was asked for
  const { tasks, single: oneDoc } = plan.single ? { tasks: plan.tasks, single: true } : await atMostOne(plan.tasks);
  const useWorkers = !oneDoc || flags.timeoutMs !== undefined;
  const runner: Runner = useWorkers ? workerPool({ size: jobs, timeoutMs: flags.timeoutMs ?? DEFAULT_TIMEOUT_MS }) : inlineRunner();
  const bar = progress(io.stderr, Boolean(io.stderr.isTTY) && !plan.single && !flags.quiet, plan.total);
  // the bar and the records share the terminal: the bar's line is wiped before each record is written
  const sharesTerminal = sink.isTTY && Boolean(io.stderr.isTTY);

  // stop reading on a signal; documents in flight finish and are written whole
  const stop = stopOnSignals(io.own, io.stdin);

  let count = 0;
  let failures = 0;
  // records a stage could not finish (a `stage_failed: ...` warning): still records, exit 0, but counted
  let stageFailed = 0;
  try {
    if (fmt.head) await sink.write(fmt.head);
    // one article's page shows its spans in the text, with their rules: it asks for both
    const page = format === 'html' && plan.single;
    for await (const record of runOrdered(tasks, runner, Boolean(flags.explain) || page, Math.max(2, jobs * 4), () => stop.signal !== null, page)) {
      if ('error' in record) {
        failures++;
        // one article that could not be read: say so on stderr too, not only in the record
        if (plan.single && !flags.quiet) io.stderr.write(`newsx: ${record.id}: ${record.error.code}: ${record.error.message}\n`);
      } else if (record.warnings.some((w) => w.startsWith('stage_failed:'))) stageFailed++;
      if (sharesTerminal) bar.clear();
      await sink.write(fmt.record(record, count));
      count++;
      bar.tick();
    }
    await sink.write(fmt.tail(count));
    if (stop.signal) sink.abort();
    else await sink.end();
  } finally {
    bar.done();
    await runner.close();
    stop.release();
  }
  const seconds = (performance.now() - t0) / 1000;
  if (!flags.quiet && (!plan.single || stop.signal)) {
    const parts = [`${count} document${count === 1 ? '' : 's'}`, `${failures} error record${failures === 1 ? '' : 's'}`];
    if (stageFailed) parts.push(`${stageFailed} record${stageFailed === 1 ? '' : 's'} with a stage_failed warning (jq 'select(.warnings|length>0)')`);
    if (stats.blank) parts.push(`${stats.blank} blank JSONL line${stats.blank === 1 ? '' : 's'} skipped`);
    if (stats.skipped) parts.push(`${stats.skipped} file${stats.skipped === 1 ? '' : 's'} skipped (not *.txt/.text/.md/.jsonl/.ndjson)`);
    parts.push(`${seconds.toFixed(2)} s`, `${(count / Math.max(seconds, 1e-3)).toFixed(1)} docs/s`);
    if (stop.signal) parts.push(`stopped by ${stop.signal}`);
    io.stderr.write(`newsx: ${parts.join(', ')}\n`);
  }
  if (stop.signal) return signalExitCode(stop.signal);
  // as ripgrep: a missing path is an error record and the run goes on; nothing readable at all is exit 2
  if (stats.missing > 0 && stats.missing === plan.paths) return 2;
  return failures > 0 ? 1 : 0;
}

/** `--out` into a folder that does not exist is the user's mistake (exit 2), named by their own path. */
function checkOutFolder(out: string): void {
  const dir = path.dirname(out);
  let s;
  try {
    s = statSync(dir);
  } catch {
    throw new UsageError(`--out ${out}: the folder ${dir} does not exist`, `create it first (mkdir -p ${dir}), or use --out - for standard output`);
  }
  if (!s.isDirectory()) throw new UsageError(`--out ${out}: ${dir} is not a folder`, 'give a path inside an existing folder');
}

/** A reader that closed the pipe early (`newsx --help | head`) has all it wanted: exit quietly, like coreutils. */
function quietOnClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/** Runs one command line on the given streams; resolves with its exit status. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const exit = { code: 0 };
  try {
    await program(io, exit, argv).parseAsync(argv);
    return exit.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      io.stderr.write(`newsx: ${e.message.replace(/^error: /, '')}\n  (run \`newsx --help\` for usage)\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`newsx: ${e.message}\n  (${e.hint})\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`newsx: unexpected failure: ${err?.message ?? String(e)}\n`);
    return 1;
  }
}

export async function main(argv: string[]): Promise<void> {
  if (process.stdout.listenerCount('error') === 0) quietOnClosedStdout();
  process.exitCode = await run(argv, processIO());
}
