// The entry of the V8 startup snapshot (built by scripts/build-snapshot.mjs, run by bin/newsx.js):
// the CLI and the whole pipeline are loaded and warmed up on a small article at build time, so a
// run deserialises a ready heap instead of loading compromise's lexicon again (about 1 s).
import { startupSnapshot } from 'node:v8';
import { makeDocument } from '../document.js';
import { adminName, adminsByName, citiesByName, countryByName } from '../gazetteer/index.js';
import { main } from './main.js';
import { processDocument } from './work.js';

// the gazetteer's countries, region codes and every shard of the major places (2 MB of JSON); the
// smaller places (9 MB) are still read on demand
countryByName('Iraq');
adminName('IQ', '07');
for (const shard of 'abcdefghijklmnopqrstuvwxyz_') {
  const key = shard === '_' ? '1x' : `${shard}x`; // any name in the shard reads the whole shard
  citiesByName(key);
  adminsByName(key);
}

// touch every stage (and the gazetteer files a common article needs) once
processDocument({
  doc: makeDocument('Warm-up\n\nBAGHDAD (Reuters) - Two people were killed on Friday in Baghdad, Iraq, police said. "It was a quiet day," John Smith said.', {
    id: 'warm-up',
    published: '2000-01-07',
  }),
  explain: true,
});

startupSnapshot.setDeserializeMainFunction(() => {
  // the launcher puts the real arguments after `--`: node --snapshot-blob BLOB BIN -- ARGS...
  const argv = process.argv;
  const i = argv.indexOf('--');
  void main([argv[0], argv[1], ...(i >= 0 ? argv.slice(i + 1) : argv.slice(2))]);
});
