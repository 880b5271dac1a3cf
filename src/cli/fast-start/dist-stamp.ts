// A stamp of the .js files under dist/ (each one's path, size and modification time): recorded with the
// startup snapshot at build time (scripts/build-snapshot.mjs) and checked by the launcher (bin/newsx.js)
// before using it, so that a bare `tsc` after an edit does not run the snapshot's older code.
// Sizes and times, not a hash of the contents: the launcher checks it on every one-article run, and
// stat() of ~90 files costs about a millisecond where reading and hashing 5 MB cost about ten.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';

export function distStamp(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`)
    .sort();
  const hash = createHash('sha1');
  for (const f of files) {
    const st = statSync(f, { bigint: true });
    hash.update(`${f.slice(dir.length)}\0${st.size}\0${st.mtimeNs}\n`);
  }
  return hash.digest('hex');
}
