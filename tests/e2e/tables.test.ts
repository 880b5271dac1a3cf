// Tidy tables, read back with the tools their users read them with: `--format csv|tsv` (one row per event)
// and `newsx tables --out DIR` (csv and parquet), spawned as a user would, then opened in DuckDB
// (@duckdb/node-api) and pandas (python3-pandas from Debian; .ci/run installs it). Text holding quotes,
// commas, line breaks and non-ASCII letters must come back as it went in.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../helpers.js';
import { BIN, jsonLines, newsx, tempDir } from './cli-helpers.js';

const TABLE_FILES = ['records', 'events', 'participants', 'dates', 'places', 'actors', 'mentions', 'counts', 'quotes'];
const TRICKY_ID = 'wire,"7"\nsecond line';
const TRICKY_TITLE = 'He said "no, never"\nthen left — Zürich, “quoted”';

function corpus(): string {
  const lines = [
    JSON.stringify({ id: 'seed', text: readFileSync(SEED_PATH, 'utf8'), published: '2023-12-08' }),
    JSON.stringify({
      id: TRICKY_ID,
      title: TRICKY_TITLE,
      text: 'Gunmen killed three villagers in Kaduna, Nigeria on Sunday, police said.\n\n"We will find them, and we will act," the governor said.',
      published: '2023-06-12',
      source: 'a,b "c"',
    }),
    '{not json',
    JSON.stringify({ id: 'no-text', title: 'x' }),
    JSON.stringify({ id: 'calm', text: 'The committee met on Tuesday to discuss the budget.', published: '2023-06-12' }),
  ];
  return lines.join('\n') + '\n';
}

let dir = '';
let records: any[] = [];
let csvOut = '';
let tsvOut = '';
let db: DuckDBConnection;

/** The events of a record as the tables see them: events[] when present, else the single event. */
const eventsOf = (r: any): any[] => (Array.isArray(r.events) ? r.events : r.event ? [{ id: 'e1', ...r.event }] : []);

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

beforeAll(async () => {
  dir = tempDir();
  const input = path.join(dir, 'docs.jsonl');
  writeFileSync(input, corpus());
  const jsonl = newsx([input, '--format', 'jsonl', '--jobs', '1', '--quiet']);
  expect(jsonl.status).toBe(1); // two error records
  records = jsonLines(jsonl.stdout);
  const csv = newsx([input, '--format', 'csv', '--jobs', '1', '--quiet']);
  expect(csv.status).toBe(1);
  csvOut = path.join(dir, 'events-rows.csv');
  writeFileSync(csvOut, csv.stdout);
  const tsv = newsx([input, '--format', 'tsv', '--jobs', '1', '--quiet', '--out', path.join(dir, 'events-rows.tsv')]);
  expect(tsv.status).toBe(1);
  tsvOut = path.join(dir, 'events-rows.tsv');
  const tables = newsx(['tables', '--out', path.join(dir, 'csv'), input, '--jobs', '1']);
  expect(tables.status).toBe(1);
  expect(tables.stderr).toMatch(/^newsx tables: 5 documents, 2 error records, .* records 5, events \d+/);
  const parquet = newsx(['tables', '--format', 'parquet', '--out', path.join(dir, 'parquet'), input, '--jobs', '1', '--quiet']);
  expect(parquet.status).toBe(1);
  expect(parquet.stderr).toBe('');
  db = await (await DuckDBInstance.create(':memory:')).connect();
}, 240_000);

/** Rows each table must hold, counted from the JSON records themselves. */
function expectedCounts(): Record<string, number> {
  const ok = records.filter((r) => !r.error);
  const sum = (f: (r: any) => number) => ok.reduce((n, r) => n + f(r), 0);
  return {
    records: records.length,
    events: sum((r) => eventsOf(r).length),
    participants: sum((r) => eventsOf(r).reduce((n: number, e: any) => n + e.perpetrators.length + e.targets.length + e.victims.length, 0)),
    dates: sum((r) => r.dates.length),
    places: sum((r) => r.places.length),
    actors: sum((r) => r.actors.length),
    mentions: sum((r) => r.places.reduce((n: number, p: any) => n + p.mentions.length, 0) + r.actors.reduce((n: number, a: any) => n + a.mentions.length, 0) + eventsOf(r).reduce((n: number, e: any) => n + 1 + (e.mentions?.length ?? 0), 0)),
    counts: sum((r) => r.counts.length),
    quotes: sum((r) => r.quotes.length),
  };
}

describe('--format csv|tsv: one row per event', () => {
  it('DuckDB reads one row per event, an empty-event row for a record without one, and an error row for each error record', async () => {
    const rows = await query(`select * from read_csv_auto('${csvOut}', types={'event_type': 'VARCHAR'}) `);
    const expected = records.flatMap((r) => (r.error ? [r.id] : eventsOf(r).length ? eventsOf(r).map(() => r.id) : [r.id]));
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(Object.keys(rows[0])).toEqual([
      'id', 'published', 'event_date', 'event_type', 'event_label', 'trigger', 'actor1', 'actor1_country', 'actor1_kind', 'actor2',
      'actor2_country', 'actor2_kind', 'location', 'admin1', 'country', 'latitude', 'longitude', 'killed', 'injured', 'sentence', 'error',
    ]);
    const seed = records.find((r) => r.id === 'seed');
    const seedRow = rows.find((r) => r.id === 'seed')!;
    const place = seed.places.find((p: any) => p.id === seed.event.location);
    const name = (id: string) => seed.actors.find((a: any) => a.id === id)?.name ?? seed.places.find((p: any) => p.id === id)?.name;
    expect(seedRow).toMatchObject({
      published: '2023-12-08',
      event_type: seed.event.type.code,
      trigger: seed.event.trigger.text,
      actor1: seed.event.perpetrators.map(name).join('; '),
      actor2: [...new Set([...seed.event.targets, ...seed.event.victims])].map(name).join('; '),
      location: place.name,
      country: place.country,
      latitude: place.lat,
      error: null,
    });
    expect(rows.find((r) => r.id === 'no-text')).toMatchObject({ event_type: null, error: expect.stringMatching(/^missing_text: /) });
    expect(rows.filter((r) => typeof r.error === 'string' && r.error.startsWith('invalid_json: '))).toHaveLength(1);
    const types = Object.fromEntries((await query(`describe select * from read_csv_auto('${csvOut}')`)).map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ id: 'VARCHAR', latitude: 'DOUBLE', longitude: 'DOUBLE' });
  });

  it('one article (the fast one-article path) gives the header and one row per event', () => {
    const r = newsx([SEED_PATH, '--published', '2023-12-08', '--format', 'csv']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // the seed reports three attacks (the embassy, al-Asad, Conoco) and a tally of the attacks since October
    expect(lines).toHaveLength(1 + 4);
    expect(lines.slice(1).map((l) => l.split(',')[5])).toEqual(['fired', 'attacks', 'attacks', 'attacks']);
    // each row carries its trigger's sentence, quoted (it holds commas)
    expect(lines[1]).toContain(',"WASHINGTON – Iran-backed militias fired a barrage of rockets at the US Embassy in Baghdad on Friday');
    expect(lines[4]).toContain(',The strikes continue a streak of recurring attacks on US forces in Iraq and Syria since the Israel-Hamas conflict broke out in October.,');
    expect(lines[0]).toBe('id,published,event_date,event_type,event_label,trigger,actor1,actor1_country,actor1_kind,actor2,actor2_country,actor2_kind,location,admin1,country,latitude,longitude,killed,injured,sentence,error');
    expect(lines[1].startsWith(`${SEED_PATH},2023-12-08,`)).toBe(true);
  });

  it('pandas reads the CSV and the TSV back to the same cells', () => {
    const out = pandas(`
import json, sys, pandas as pd
res = {}
for name, sep in (('csv', ','), ('tsv', '\\t')):
    df = pd.read_csv(sys.argv[1 if name == 'csv' else 2], sep=sep, dtype=str, keep_default_na=False)
    res[name] = {'columns': list(df.columns), 'ids': list(df['id']), 'errors': list(df['error'])}
print(json.dumps(res))
`, [csvOut, tsvOut]);
    expect(out.tsv).toEqual(out.csv);
    expect(out.csv.ids).toContain(TRICKY_ID);
    expect(out.csv.columns.at(-1)).toBe('error');
    expect(out.csv.errors.filter((e: string) => e !== '')).toHaveLength(2);
  });
});

describe('newsx tables --out DIR', () => {
  it('writes nine CSV tables whose row counts DuckDB and pandas agree with the records', async () => {
    const want = expectedCounts();
    expect(want.events).toBeGreaterThan(0);
    expect(want.participants).toBeGreaterThan(0);
    const got: Record<string, number> = {};
    for (const t of TABLE_FILES) got[t] = Number((await query(`select count(*) as n from read_csv_auto('${dir}/csv/${t}.csv')`))[0].n);
    expect(got).toEqual(want);
    const viaPandas = pandas(`
import json, sys, pandas as pd
print(json.dumps({t: len(pd.read_csv(f'{sys.argv[1]}/{t}.csv', dtype=str, keep_default_na=False)) for t in sys.argv[2:]}))
`, [`${dir}/csv`, ...TABLE_FILES]);
    expect(viaPandas).toEqual(want);
  });

  it('joins events to actors on record id and item id (DuckDB), as the records link them', async () => {
    const joined = await query(`
      select e.record_id, e.event_id, p.role, a.name
      from read_csv_auto('${dir}/csv/events.csv') e
      join read_csv_auto('${dir}/csv/participants.csv') p on p.record_id = e.record_id and p.event_id = e.event_id
      join read_csv_auto('${dir}/csv/actors.csv') a on a.record_id = p.record_id and a.actor_id = p.item_id
      order by e.record_id, e.event_id, p.role, a.name`);
    const roles = { perpetrators: 'perpetrator', targets: 'target', victims: 'victim' } as const;
    const expected = records
      .filter((r) => !r.error)
      .flatMap((r) =>
        eventsOf(r).flatMap((e) =>
          (Object.keys(roles) as (keyof typeof roles)[]).flatMap((k) =>
            e[k].filter((id: string) => id.startsWith('a')).map((id: string) => ({ record_id: r.id, event_id: e.id, role: roles[k], name: r.actors.find((a: any) => a.id === id).name })),
          ),
        ),
      )
      .sort((x, y) => [x.record_id, x.event_id, x.role, x.name].join('\u0000').localeCompare([y.record_id, y.event_id, y.role, y.name].join('\u0000'), 'en', { sensitivity: 'variant' }));
    expect(joined.length).toBeGreaterThan(0);
    expect(new Set(joined.map((j) => JSON.stringify(j)))).toEqual(new Set(expected.map((j) => JSON.stringify(j))));
  });

  it('gives DuckDB typed columns: numbers, booleans and text', async () => {
    const types = async (t: string) => Object.fromEntries((await query(`describe select * from read_csv_auto('${dir}/csv/${t}.csv')`)).map((r) => [r.column_name, r.column_type]));
    expect(await types('places')).toMatchObject({ record_id: 'VARCHAR', place_id: 'VARCHAR', lat: 'DOUBLE', lon: 'DOUBLE' });
    expect(await types('events')).toMatchObject({ main: 'BOOLEAN', trigger_start: 'BIGINT', trigger_end: 'BIGINT' });
    expect(await types('mentions')).toMatchObject({ start: 'BIGINT', end: 'BIGINT', text: 'VARCHAR' });
  });

  it('round-trips quotes, commas, line breaks and non-ASCII text (DuckDB and pandas)', async () => {
    const tricky = records.find((r) => r.id === TRICKY_ID);
    expect(tricky.title).toBe(TRICKY_TITLE);
    const rec = (await query(`select * from read_csv_auto('${dir}/csv/records.csv') where record_id = '${TRICKY_ID.replace(/'/g, "''")}'`))[0];
    expect(rec).toMatchObject({ title: TRICKY_TITLE, status: 'ok', meta: JSON.stringify(tricky.meta) });
    const quotes = await query(`select text from read_csv_auto('${dir}/csv/quotes.csv') order by record_id, quote_id`);
    expect(quotes.map((q) => q.text).sort()).toEqual(records.filter((r) => !r.error).flatMap((r) => r.quotes.map((q: any) => q.text)).sort());
    const viaPandas = pandas(`
import json, sys, pandas as pd
df = pd.read_csv(sys.argv[1] + '/records.csv', dtype=str, keep_default_na=False)
print(json.dumps(dict(zip(df['record_id'], df['title']))))
`, [`${dir}/csv`]);
    expect(viaPandas[TRICKY_ID]).toBe(TRICKY_TITLE);
    expect(Object.keys(viaPandas)).toEqual(records.map((r) => r.id));
  });

  it('--format parquet: DuckDB read_parquet gives the same rows as the CSV tables, with the declared types', async () => {
    for (const t of TABLE_FILES) {
      const a = await query(`select * from read_parquet('${dir}/parquet/${t}.parquet')`);
      const b = await query(`select * from read_csv_auto('${dir}/csv/${t}.csv', all_varchar=true)`);
      expect(a.length, t).toBe(b.length);
      // the same cells, compared as text
      const text = (rows: Record<string, unknown>[]) => rows.map((r) => Object.values(r).map((v) => (v === null ? '' : String(v))));
      expect(text(a), t).toEqual(text(b).map((row) => row.map((v) => v)));
    }
    const types = Object.fromEntries((await query(`describe select * from read_parquet('${dir}/parquet/events.parquet')`)).map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({ record_id: 'VARCHAR', type_code: 'VARCHAR', main: 'BOOLEAN', trigger_start: 'INTEGER', killed: 'INTEGER' });
    const places = Object.fromEntries((await query(`describe select * from read_parquet('${dir}/parquet/places.parquet')`)).map((r) => [r.column_name, r.column_type]));
    expect(places).toMatchObject({ lat: 'DOUBLE', lon: 'DOUBLE' });
    const title = await query(`select title from read_parquet('${dir}/parquet/records.parquet') where record_id = '${TRICKY_ID.replace(/'/g, "''")}'`);
    expect(title[0].title).toBe(TRICKY_TITLE);
  });

  it('a run stopped by SIGINT leaves no table and no temporary file, and exits 130', async () => {
    const out = path.join(tempDir(), 'stopped');
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: 'Talks resumed in Geneva on Monday, officials said. '.repeat(60) })).join('\n') + '\n';
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'tables', '--out', out, '--input', 'jsonl', '--jobs', '2', '-']);
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // once the tables' temporary files exist, the run has begun
      const poll = setInterval(() => {
        if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.tmp'))) {
          clearInterval(poll);
          child.kill('SIGINT');
        }
      }, 50);
      child.on('close', (code) => {
        clearInterval(poll);
        resolve({ code, stderr });
      });
      child.stdin.on('error', () => {});
      child.stdin.end(lines);
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/stopped by SIGINT, no tables written\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a file as --out (usage error, exit 2) and needs --out', () => {
    const r = newsx(['tables', '--out', csvOut, SEED_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out must name a folder');
    const missing = newsx(['tables', SEED_PATH]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("'--out <dir>' not specified");
  });
});

/** Debian's python3 (where python3-pandas installs), not a python3 that a version manager put first on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Runs a Python script with pandas; fails (never skips) when python3 or pandas is missing. */
function pandas(script: string, args: string[]): any {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.error || r.status !== 0) {
    throw new Error(`python3 with pandas is needed for this test (Debian: apt-get install -y python3-pandas; .ci/run does it): ${r.error?.message ?? r.stderr}`);
  }
  return JSON.parse(r.stdout);
}
