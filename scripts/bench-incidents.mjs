#!/usr/bin/env node
// Benchmark (not a test) of `newsx incidents`: N synthetic records (1,000,000 by default) piped through it
// as the pipe drains; prints the time, the peak RSS and the incidents found against the incidents made.
// Usage: node scripts/bench-incidents.mjs [N]   (npm run bench runs it too; -- --incidents N sets N there)
// The records have the shape newsx writes: an event with its date, place, casualties and named victims,
// about 3 reports an incident (1 to 5), 3 years of days, 50 states of 20 cities each, in the order of
// publication with a day or two of jitter.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/newsx.js');
const N = Number(process.argv[2] ?? 1_000_000);
const hasTime = existsSync('/usr/bin/time');

// a small deterministic generator (mulberry32), so every run pipes the same records
let seed = 20231208;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n) => Math.floor(rand() * n);
// 2,744 surnames of three syllables: about as many as a US city's shooting reports name in a few years
const SYL = 'ab bel car dan el fer gar hol in jon kel lar mor nor';
const SURNAMES = SYL.split(' ').flatMap((a) => SYL.split(' ').flatMap((b) => SYL.split(' ').map((c) => a + b + c)));
const FIRST = 'james mary robert patricia john jennifer michael linda david elizabeth william barbara richard susan joseph jessica thomas sarah charles karen'.split(' ');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const START = Date.UTC(2014, 0, 1) / 86_400_000;
const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** One incident's reports, as records. */
function* incident(k) {
  // about N / 3 incidents over 3 years, in order of their day
  const day = START + Math.floor((k * 3 * 365) / Math.max(1, N / 3));
  const state = pick(50);
  const city = pick(20);
  const killed = pick(3);
  const injured = pick(4);
  const victims = Array.from({ length: 1 + pick(2) }, () => `${cap(FIRST[pick(FIRST.length)])} ${cap(SURNAMES[pick(SURNAMES.length)])}`);
  const reports = 1 + pick(5);
  for (let r = 0; r < reports; r++) {
    const published = day + pick(3);
    const said = rand() < 0.85 ? day : published;
    const named = victims.filter(() => rand() < 0.6);
    yield JSON.stringify({
      schema: 'newsx/event-record@1',
      id: `inc${k}-r${r}`,
      title: `${killed ? 'Man killed' : 'Two hurt'} in City ${city} shooting`,
      published: { value: iso(published), source: 'input' },
      event: {
        type: { code: '193', label: 'fight with small arms and light weapons' },
        trigger: { text: 'shot', start: 10, end: 14 },
        date: 'd1',
        location: 'p1',
        perpetrators: [],
        targets: [],
        victims: named.map((_, i) => `a${i + 1}`),
        killed: rand() < 0.8 ? killed : null,
        injured: rand() < 0.7 ? injured : null,
        counts: [],
      },
      events: [],
      dates: [{ id: 'd1', text: 'Saturday', start: 30, end: 38, type: 'date', value: iso(said), granularity: 'day', relative: true }],
      places: [
        { id: 'p1', name: `City ${state}-${city}`, kind: 'city', country: 'US', admin1: `State ${state}`, city: null, lat: 30 + state / 5, lon: -120 + city, mentions: [{ text: `City ${state}-${city}`, start: 0, end: 8 }] },
      ],
      actors: named.map((name, i) => ({ id: `a${i + 1}`, name, kind: 'person', title: null, country: null, affiliation: null, mentions: [{ text: name, start: 50, end: 50 + name.length }] })),
      counts: [],
      quotes: [],
      meta: {},
      warnings: [],
    });
  }
}

const made = { records: 0, incidents: 0 };
const t0 = performance.now();
const child = spawn(hasTime ? '/usr/bin/time' : process.execPath, [...(hasTime ? ['-f', '%M %U %S', process.execPath] : []), bin, 'incidents', '--quiet'], { stdio: ['pipe', 'pipe', 'pipe'] });
let lines = 0;
let tail = '';
child.stdout.on('data', (b) => {
  const s = tail + b.toString('utf8');
  const parts = s.split('\n');
  tail = parts.pop();
  lines += parts.length;
});
let stderr = '';
child.stderr.on('data', (b) => (stderr += b));
const done = new Promise((resolve) => child.on('close', resolve));

// records in publication order, roughly: incidents are made in day order, the reports of 64 interleaved
const pending = [];
let k = 0;
const write = (line) => (child.stdin.write(line + '\n') ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r)));
while (made.records < N) {
  while (pending.length < 64) {
    pending.push([...incident(k++)]);
    made.incidents++;
  }
  const at = pick(pending.length);
  const line = pending[at].shift();
  if (pending[at].length === 0) pending.splice(at, 1);
  await write(line);
  made.records++;
}
child.stdin.end();
const status = await done;
const seconds = (performance.now() - t0) / 1000;
if (status !== 0) throw new Error(`newsx incidents exited ${status}: ${stderr.slice(-500)}`);
const [rssKiB, user, sys] = hasTime ? stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
console.log(
  `incidents: ${N.toLocaleString('en')} synthetic records (${made.incidents.toLocaleString('en')} incidents made) -> ${lines.toLocaleString('en')} incidents in ${seconds.toFixed(1)} s, ` +
    `cpu ${(user + sys).toFixed(1)} s, peak RSS ${(rssKiB / 1024).toFixed(0)} MiB (goal: minutes, < 1024 MiB)`,
);
