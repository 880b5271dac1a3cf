#!/usr/bin/env node
// Writes fixtures/expected/*.json: the records the built CLI gives for the shipped fixtures, with --explain,
// so that tests/e2e/expected.test.ts catches any change of output. Run after a change you mean, and read
// the diff (`git diff fixtures/expected`) before you commit it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED } from './expected-cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(path.join(root, 'fixtures/expected'), { recursive: true });
for (const c of EXPECTED) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/newsx.js'), ...c.args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== c.status) throw new Error(`${c.name}: exit ${r.status}\n${r.stderr}`);
  writeFileSync(path.join(root, 'fixtures/expected', `${c.name}.jsonl`), r.stdout);
  console.error(`fixtures/expected/${c.name}.jsonl`);
}
