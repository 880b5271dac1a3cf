// `newsx incidents` through the built CLI: a folder batch piped in, --annotate, CSV, bad input.
// fixtures/incidents holds two reports of one Dayton shooting (two outlets) and one of a Toledo shooting
// the same night.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, newsx, tempDir } from './cli-helpers.js';

const A = 'fixtures/incidents/a-tribune.txt';
const B = 'fixtures/incidents/b-herald.txt';
const C = 'fixtures/incidents/c-gazette.txt';
let records = '';

beforeAll(() => {
  const r = newsx(['fixtures/incidents', '--published', '2023-06-12', '--quiet']);
  expect(r.status).toBe(0);
  records = r.stdout;
});

describe('newsx incidents', () => {
  it('a folder batch piped in: one line per incident, in order of first appearance, with its evidence', () => {
    const r = newsx(['incidents'], records);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^newsx incidents: 3 records -> 2 incidents \(1 of more than one record\), [\d.]+ s\n$/);
    const incidents = jsonLines(r.stdout);
    expect(incidents.map((i) => [i.incident, i.records])).toEqual([
      ['i1', [A, B]],
      ['i2', [C]],
    ]);
    expect(incidents[0]).toMatchObject({
      date: { value: '2023-06-10', min: '2023-06-10', max: '2023-06-10', source: 'text' },
      place: { name: 'Dayton', city: 'Dayton', admin1: 'Ohio', country: 'US' },
      killed: 1,
      injured: 1,
      disagreements: [],
    });
    const rules = incidents[0].evidence[0].rules.map((x: any) => x.rule);
    expect(incidents[0].evidence[0].record).toBe(B);
    expect(rules).toEqual(expect.arrayContaining(['incidents.same-day', 'incidents.same-city', 'incidents.shared-role-name', 'incidents.shared-spot']));
    expect(incidents[0].evidence[0].rules.find((x: any) => x.rule === 'incidents.shared-role-name').detail).toBe('roscoe, whitfield');
    expect(incidents[1]).toMatchObject({ place: { name: 'Toledo' }, killed: null, injured: 1, evidence: [] });
  });

  it('reads files as well as stdin, and the same records give the same bytes', () => {
    const dir = tempDir();
    const file = path.join(dir, 'records.jsonl');
    writeFileSync(file, records);
    const fromFile = newsx(['incidents', file, '--quiet']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.stdout).toBe(newsx(['incidents', '--quiet'], records).stdout);
  });

  it('--annotate keeps one line per input line, each record with its incident id; error records and junk get null', () => {
    const input = records + '{"schema":"newsx/event-record@1","id":"gone.txt","error":{"code":"not_found","message":"no such file"}}\nnot json\n';
    const r = newsx(['incidents', '--annotate'], input);
    expect(r.status).toBe(1); // a line that is no record
    expect(r.stderr).toContain('1 error record skipped, 1 line that is no newsx record skipped');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const out = lines.slice(0, 4).map((l) => JSON.parse(l));
    expect(out.map((x) => [x.id, x.incident])).toEqual([
      [A, 'i1'],
      [B, 'i1'],
      [C, 'i2'],
      ['gone.txt', null],
    ]);
    expect(lines[4]).toBe('not json');
    // the records are otherwise as newsx wrote them
    const { incident: _i, ...first } = out[0];
    expect(first).toEqual(jsonLines(records)[0]);
  });

  it('--format csv: the incident table, one row per incident', () => {
    const r = newsx(['incidents', '--format', 'csv', '--quiet'], records);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'incident,records,n_records,date,date_min,date_max,date_source,place,city,admin1,country,latitude,longitude,killed,injured,event_type,event_label,disagreements',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith(`i1,${A}; ${B},2,2023-06-10,2023-06-10,2023-06-10,text,Dayton,Dayton,Ohio,US,`)).toBe(true);
    expect(lines[2].startsWith(`i2,${C},1,2023-06-10,`)).toBe(true);
  });

  it('a missing file and --annotate with csv are usage errors (exit 2)', () => {
    const missing = newsx(['incidents', 'no-such-records.jsonl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-records.jsonl: no such file');
    expect(newsx(['incidents', '--annotate', '--format', 'csv'], records).status).toBe(2);
    expect(newsx(['incidents', 'fixtures/incidents']).status).toBe(2); // articles, not records
  });

  it('newsx --help lists it', () => {
    expect(newsx(['--help']).stdout).toContain('newsx articles/ | newsx incidents');
  });
});
