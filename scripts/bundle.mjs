#!/usr/bin/env node
// Build step after tsc and the gazetteer: bundles the CLI's two entries with esbuild (README "Speed").
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const t0 = Date.now();

// The CLI's two entries (the main thread, and the pool's worker threads) bundled over tsc's files of
// the same name, with the code they share in chunks: one file instead of ~300 ESM modules (compromise
// is loaded file by file otherwise). Loading the pipeline costs 0.55 s of CPU bundled against 1.17 s
// from tsc's modules (Node 20, measured here): paid by every worker and every cold run.
// The opt-in fast start (src/cli/fast-start/) stays as tsc wrote it: bin/newsx.js loads it only when asked.
const bundled = await build({
  entryPoints: [`${root}src/cli/index.ts`, `${root}src/cli/pool-worker.ts`],
  outdir: `${root}dist/cli`,
  bundle: true,
  splitting: true,
  // next to the entries: the sources' relative URLs (./pool-worker.js, ../../dist/gazetteer/data/) hold
  chunkNames: 'bundle-[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  allowOverwrite: true,
  logLevel: 'warning',
  // bundled CommonJS dependencies (commander) require node's built-ins
  banner: { js: "import { createRequire as __newsxRequire } from 'node:module'; const require = __newsxRequire(import.meta.url);" },
  metafile: true,
});
// chunks of earlier builds go only now, so that a run started meanwhile still finds its files
const current = new Set(Object.keys(bundled.metafile.outputs).map((p) => p.split('/').pop()));
for (const f of readdirSync(`${root}dist/cli`)) if (/^bundle-.*\.js$/.test(f) && !current.has(f)) rmSync(`${root}dist/cli/${f}`, { force: true });
// what older builds left: the startup snapshot, dropped (README "Speed")
rmSync(`${root}dist/snapshot`, { recursive: true, force: true });
rmSync(`${root}dist/cli/snapshot-entry.cjs`, { force: true });
console.error(`bundle: dist/cli/index.js and dist/cli/pool-worker.js (${Date.now() - t0} ms)`);
