// A hash of the .js files under dist/: recorded with the startup snapshot at build time
// (scripts/build-snapshot.mjs) and checked by the launcher (bin/newsx.js) before using it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export function distStamp(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`)
    .sort();
  const hash = createHash('sha1');
  for (const f of files) hash.update(f.slice(dir.length)).update(readFileSync(f));
  return hash.digest('hex');
}
