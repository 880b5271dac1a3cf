#!/usr/bin/env node
// Launcher. The CLI lives in src/cli (built to dist/cli). A run on one article goes, in this order, to
// a running `newsx daemon` (warm: about a bare node start), or re-executes node on the V8 startup snapshot
// built by `npm run build` (dist/snapshot/, the pipeline already loaded), which halves its start-up
// (README "Speed"); batches, `schema`, `daemon`, --help and anything unusual run the CLI directly here.
// NEWSX_DAEMON=0 and NEWSX_SNAPSHOT=0 turn those off; NEWSX_DAEMON=auto starts the daemon when none answers.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Node options change how a run behaves (--inspect, heap limits): they run here, as asked. */
const plainNode = process.execArgv.length === 0 && !process.env.NODE_OPTIONS;

/** The snapshot, when it was built by this very node for this very folder, and the run is one article. */
async function snapshotBlob() {
  if (process.env.NEWSX_SNAPSHOT === '0' || !plainNode) return null;
  const blob = `${root}dist/snapshot/newsx.blob`;
  let built;
  try {
    built = JSON.parse(readFileSync(`${root}dist/snapshot/node.json`, 'utf8'));
  } catch {
    return null;
  }
  if (built.execPath !== process.execPath || built.version !== process.version || built.arch !== process.arch || built.root !== root) return null;
  if (!single) return null;
  // dist/ changed since the snapshot was built (a bare `tsc` after an edit): the snapshot would run older code
  const { distStamp } = await import('./dist-stamp.js');
  return built.dist === distStamp(`${root}dist`) ? blob : null;
}


/** Options that take a value (src/cli/main.ts); a batch runs on worker threads, where a snapshot does not help. */
const VALUED = new Set(['--input', '--format', '--out', '--published', '--jobs', '--max-bytes', '--timeout-ms']);
/** The run is one article: null if not, else whether it is read from stdin. */
function oneArticle() {
  const paths = [];
  let input = 'text';
  // `newsx view story.txt` is one article too (its page is made from one record)
  const list = args[0] === 'view' ? args.slice(1) : args;
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (VALUED.has(name)) {
      const value = inline ?? list[++i];
      if (name === '--input') input = value;
      if (name === '--timeout-ms') return null;
    } else if (a === '--explain' || a === '-q' || a === '--quiet') continue;
    else if (a.startsWith('-') && a !== '-') return null;
    else paths.push(a);
  }
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) return input === 'text' ? { stdin: true } : null;
  if (paths.length !== 1 || paths[0] === 'schema' || paths[0] === 'daemon' || paths[0] === 'tables' || /\.(jsonl|ndjson)$/i.test(paths[0])) return null;
  try {
    return statSync(paths[0]).isFile() ? { stdin: false } : null;
  } catch {
    return null;
  }
}

const single = oneArticle();

// a running daemon first (null: none, or it declined this run)
const served = single && plainNode && process.env.NEWSX_DAEMON !== '0' ? await (await import('../dist/cli/daemon-client.js')).viaDaemon(args, single.stdin) : null;
if (served !== null) process.exitCode = served;
else {
  // NEWSX_DAEMON=auto: no daemon answered, so start one in the background for the next runs (this one goes on)
  if (single && plainNode && process.env.NEWSX_DAEMON === 'auto') {
    const { spawn } = await import('node:child_process');
    spawn(process.execPath, [fileURLToPath(import.meta.url), 'daemon', 'start'], { detached: true, stdio: 'ignore' }).unref();
  }
  const blob = await snapshotBlob();
  if (blob) {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--snapshot-blob', blob, fileURLToPath(import.meta.url), '--', ...args], { stdio: 'inherit' });
    const forward = (sig) => child.kill(sig);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, forward);
    child.on('exit', async (code, signal) => {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(sig, forward);
      // 14: node could not load the snapshot (it says why); nothing was read yet, so run directly
      if (code === 14) return import('../dist/cli/index.js');
      if (signal) {
        process.kill(process.pid, signal);
      }
      process.exit(code ?? 1);
    });
  } else {
    await import('../dist/cli/index.js');
  }
}
