#!/usr/bin/env node
// Launcher: runs the built CLI (src/cli, built to dist/cli). One opt-in exception: with NEWSX_DAEMON=1
// (or auto), a one-article run goes to a running `newsx daemon` (src/cli/fast-start/, README "Speed").
import module from 'node:module';

// Node >= 22.1 keeps the compiled code of the CLI on disk between runs; on Node 20 there is no such cache
try {
  module.enableCompileCache?.();
} catch {
  /* a cache folder that cannot be written: run without it */
}

const daemon = process.env.NEWSX_DAEMON;
if (daemon && daemon !== '0') await (await import('../dist/cli/fast-start/launch.js')).launch(process.argv.slice(2), daemon);
else await import('../dist/cli/index.js');
