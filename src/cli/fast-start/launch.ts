// The opt-in fast start (README "Speed"): bin/newsx.js loads this only when NEWSX_DAEMON is set (1 or
// auto); the plain path never does. A run on one article goes to a running `newsx daemon` (warm: about a
// bare node start); with NEWSX_DAEMON=auto, a run that finds none starts one in the background for the
// next runs. Anything else (batches, `schema`, `daemon`, --help, a declined run) runs the CLI here.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { viaDaemon } from './daemon-client.js';
import { PACKAGE_ROOT } from './daemon-protocol.js';

/** Options that take a value (src/cli/main.ts). */
const VALUED = new Set(['--input', '--format', '--out', '--published', '--jobs', '--max-bytes', '--timeout-ms', '--encoding-errors', '--color']);

/** The run is one article: null if not, else whether it is read from stdin. */
export function oneArticle(args: string[]): { stdin: boolean } | null {
  const paths: string[] = [];
  let input = 'text';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? args[++i];
      if (name === '--input') input = value;
      if (name === '--timeout-ms') return null;
    } else if (a === '--explain' || a === '-q' || a === '--quiet') continue;
    else if (a.startsWith('-') && a !== '-') return null;
    else paths.push(a);
  }
  // `newsx` alone at a terminal prints its usage (src/cli/main.ts): not a daemon's run
  if (paths.length === 0 && process.stdin.isTTY) return null;
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) return input === 'text' ? { stdin: true } : null;
  if (paths.length !== 1 || ['schema', 'daemon', 'tables', 'view', 'incidents', 'help'].includes(paths[0]) || /\.(jsonl|ndjson)$/i.test(paths[0])) return null;
  try {
    return statSync(paths[0]).isFile() ? { stdin: false } : null;
  } catch {
    return null;
  }
}

/** Runs the command line `args` through a daemon when it can; else (null from the daemon) the CLI here. */
export async function launch(args: string[], mode: string): Promise<void> {
  const single = oneArticle(args);
  const served = single ? await viaDaemon(args, single.stdin) : null;
  if (served !== null) {
    process.exitCode = served;
    return;
  }
  // NEWSX_DAEMON=auto: no daemon answered, so start one in the background for the next runs (this one goes on)
  if (single && mode === 'auto') {
    spawn(process.execPath, [...process.execArgv, `${PACKAGE_ROOT}bin/newsx.js`, 'daemon', 'start'], { detached: true, stdio: 'ignore' }).unref();
  }
  await import('../index.js');
}
