// Test hooks, injected by the tests with `node --require tests/e2e/hooks/test-hooks.cjs bin/newsx.js ...`
// (a --require module runs in the main thread, in each worker thread, and in a daemon started by that
// command): newsx's own code has none. Each hook is switched on by a variable the test sets.
//   NEWSX_TEST_CRASH_MARKER=TEXT  a worker given a document holding TEXT exhausts its heap for real
//                                 (V8 ends it with ERR_WORKER_OUT_OF_MEMORY); a daemon asked to read a
//                                 file whose path holds TEXT exits mid-run, as a crash would
//   NEWSX_TEST_COUNT_WORKERS=1    at exit, stderr gets `test-hooks: N workers started`
'use strict';
const { isMainThread, parentPort } = require('node:worker_threads');
const marker = process.env.NEWSX_TEST_CRASH_MARKER || null;

if (isMainThread) {
  const wt = require('node:worker_threads');
  const fs = require('node:fs');
  const Original = wt.Worker;
  let started = 0;
  wt.Worker = class extends Original {
    constructor(file, options = {}) {
      // a small heap while crashing on purpose, so that exhausting it takes a moment, not 4 GB
      const resourceLimits = marker ? { ...options.resourceLimits, maxOldGenerationSizeMb: 384 } : options.resourceLimits;
      super(file, { ...options, resourceLimits });
      started++;
    }
  };
  if (marker && process.argv.includes('serve')) {
    const read = fs.promises.readFile;
    fs.promises.readFile = function (file, ...rest) {
      if (String(file).includes(marker)) process.exit(70);
      return read.call(this, file, ...rest);
    };
  }
  require('node:module').syncBuiltinESMExports();
  if (process.env.NEWSX_TEST_COUNT_WORKERS) process.on('exit', () => process.stderr.write(`test-hooks: ${started} workers started\n`));
} else if (marker && parentPort) {
  // registered before the pool's own listener, so it sees each document first
  parentPort.on('message', (item) => {
    if (!item || !item.doc || typeof item.doc.text !== 'string' || !item.doc.text.includes(marker)) return;
    const hoard = [];
    for (;;) hoard.push(new Array(1 << 20).fill(hoard.length));
  });
}
