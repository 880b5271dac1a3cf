// The CLI contract (SPEC.md §1), exercised through the built binary.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { SEED_PATH, seedText } from '../helpers.js';
import { BIN, jsonLines, newsx, tempDir } from './cli-helpers.js';

describe('one article', () => {
  it('prints one indented JSON record when piped, exit 0', () => {
    const r = newsx(['fixtures/seed-baghdad-embassy.txt', '--published', '2023-12-08']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('{\n  "schema": "newsx/event-record@1"')).toBe(true);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe('fixtures/seed-baghdad-embassy.txt');
    expect(rec.published).toEqual({ value: '2023-12-08', source: 'option' });
    expect(r.stderr).toBe('');
  });

  it('shows the pretty view on a terminal', () => {
    // `script` gives the CLI a pseudo-terminal as stdout, as a user's shell would
    const r = spawnSync('script', ['-qec', `node "${process.cwd()}/bin/newsx.js" fixtures/seed-baghdad-embassy.txt --published 2023-12-08`, '/dev/null'], {
      encoding: 'utf8',
      input: '',
    });
    expect(r.status).toBe(0);
    const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toContain('published 2023-12-08 (option)');
    expect(plain).toContain('Iran-backed militias strike US embassy');
    expect(plain).not.toContain('"schema"');
  });

  it('reads stdin as one article (no path, and -)', () => {
    for (const args of [[], ['-']]) {
      const r = newsx([...args, '--published', '2023-12-08'], seedText());
      expect(r.status).toBe(0);
      const rec = JSON.parse(r.stdout);
      expect(rec.id).toBe('stdin');
      expect(rec.title).toBe('Iran-backed militias strike US embassy in Baghdad, Middle East military bases');
    }
  });

  it('warns instead of using the clock when there is no publication date', () => {
    const rec = JSON.parse(newsx([], 'Rockets hit the base on Friday, officials said.\n').stdout);
    expect(rec.published).toEqual({ value: null, source: 'none' });
    expect(rec.warnings).toContain('no publication date: relative dates left unresolved');
  });

  it('reads one echoed sentence as a sentence, not a headline: its people keep their names', () => {
    // `echo` ends the text with a newline; the blank line after it once made the sentence a title, whose case says nothing
    const rec = JSON.parse(newsx(['--published', '2024-03-12'], 'John Wagner, 34, was shot on Main Street in Dayton on Monday. Wagner was taken to a hospital, police said.\n').stdout);
    expect(rec.title).toBeNull();
    const victim = rec.actors.find((a: { id: string }) => a.id === rec.event.victims[0]);
    expect(victim).toMatchObject({ kind: 'person', name: 'John Wagner' });
    expect(victim.mentions.map((m: { start: number; end: number }) => [m.start, m.end])).toEqual([[0, 11], [62, 68]]);
  });

  it('keeps every span exact against the text as read', () => {
    const text = seedText();
    const rec = JSON.parse(newsx([SEED_PATH, '--published', '2023-12-08']).stdout);
    const spans = [
      ...rec.dates, ...rec.counts, ...rec.quotes,
      ...rec.places.flatMap((p: any) => p.mentions), ...rec.actors.flatMap((a: any) => a.mentions),
      ...rec.quotes.map((q: any) => q.speaker).filter(Boolean),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('--format pretty renders the human view; --explain adds rule ids', () => {
    const pretty = newsx([SEED_PATH, '--published', '2023-12-08', '--format', 'pretty']);
    expect(pretty.stdout).toContain('Iran-backed militias strike US embassy');
    expect(pretty.stdout).not.toContain('"schema"');
    const plain = newsx([SEED_PATH, '--published', '2023-12-08', '--format', 'jsonl']).stdout;
    const explained = newsx([SEED_PATH, '--published', '2023-12-08', '--format', 'jsonl', '--explain']).stdout;
    expect(plain).not.toContain('"rule"');
    const rec = JSON.parse(explained);
    for (const item of [...rec.dates, ...rec.counts, ...rec.places, ...rec.actors, ...rec.quotes]) expect(item.rule).toMatch(/^[a-z]/);
  });
});

describe('batches', () => {
  it('walks a folder recursively in sorted order, skips other files, reads .jsonl as JSONL', () => {
    const r = newsx(['fixtures/batch', '--published', '2024-01-15', '--jobs', '1']);
    expect(r.status).toBe(1); // one JSONL line has empty text
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual([
      'fixtures/batch/a-shooting.txt',
      'fixtures/batch/b-protest.txt',
      'wire-1',
      'wire-2',
      'fixtures/batch/nested/c-storm.md',
    ]);
    expect(recs[2].meta).toEqual({ source: 'wire' });
    expect(recs[2].published).toEqual({ value: '2022-06-15', source: 'input' });
    expect(recs[0].published).toEqual({ value: '2024-01-15', source: 'option' });
    expect(recs[3].error).toMatchObject({ code: 'empty_text', line: 2 });
    expect(r.stderr).toMatch(/^newsx: 5 documents, 1 error record, 1 file skipped .*docs\/s\n$/);
  });

  it('survives a symlink loop and a dangling link in a folder walk', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'story.txt'), 'A quiet day\n\nNothing happened in Paris on Monday.\n');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const r = newsx([dir, '--quiet', '--jobs', '1']);
    const recs = jsonLines(r.stdout);
    expect(recs.filter((x) => !x.error).map((x) => path.basename(x.id))).toEqual(['story.txt']);
    expect(recs.filter((x) => x.error).map((x) => x.error.code)).toEqual(['unreadable']);
    expect(r.status).toBe(1);
  });

  it('keeps input order with --jobs 2, identical to --jobs 1', () => {
    const lines = Array.from({ length: 24 }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: `Story ${i}\n\nPolice said ${i + 1} people were hurt in Denver on Friday.`, published: '2023-12-08' }),
    ).join('\n');
    const one = newsx(['--input', 'jsonl', '--jobs', '1', '--quiet'], lines);
    const two = newsx(['--input', 'jsonl', '--jobs', '2', '--quiet'], lines);
    expect(two.status).toBe(0);
    expect(jsonLines(two.stdout).map((x) => x.id)).toEqual(Array.from({ length: 24 }, (_, i) => `doc-${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it('turns every bad input into an error record in its place, exit 1', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '1-good.txt'), 'A quiet day\n\nNothing happened in Paris on Monday.\n');
    writeFileSync(path.join(dir, '2-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, '3-latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    writeFileSync(path.join(dir, '4-empty.txt'), '  \n\t\n');
    writeFileSync(path.join(dir, '5-big.txt'), 'word '.repeat(100));
    const r = newsx([dir, '--max-bytes', '300', '--quiet']);
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.error?.code ?? 'ok')).toEqual(['ok', 'binary', 'invalid_encoding', 'empty_text', 'too_large']);
    expect(recs[1].id).toBe(path.join(dir, '2-binary.txt'));
    expect(r.stderr).toBe('');
  });

  it('JSONL: one line in, one line out, with line numbers, ids and meta', () => {
    const input = [
      '{"id":"ok","text":"Storm hits Maine.\\n\\nA storm hit Maine on Tuesday.","published":null,"feed":7}',
      '{"id":"half","text":"cut in the mid',
      '[1,2]',
      '{"id":"nt","text":42,"feed":8}',
      '{"text":"Unnamed line.","published":"yesterday"}',
      '{"id":12,"text":"Numeric id works."}',
    ].join('\n');
    const r = newsx(['--input', 'jsonl', '--quiet'], input + '\n');
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs).toHaveLength(6);
    expect(recs[0]).toMatchObject({ id: 'ok', meta: { feed: 7 }, published: { value: null, source: 'none' } });
    expect(recs[1]).toMatchObject({ id: 'stdin:2', error: { code: 'invalid_json', line: 2 } });
    expect(recs[2]).toMatchObject({ id: 'stdin:3', error: { code: 'invalid_json', line: 3 } });
    expect(recs[3]).toMatchObject({ id: 'nt', error: { code: 'missing_text', line: 4 }, meta: { feed: 8 } });
    expect(recs[4]).toMatchObject({ id: 'stdin:5', error: { code: 'invalid_published', line: 5 } });
    expect(recs[5].id).toBe('12');
  });

  it('JSONL bytes: broken UTF-8 costs one line; CRLF, a BOM and a last line without newline are read', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
      Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"b","text":"A line read in Paris."}\r\n'),
      Buffer.from('{"id":"c","text":"The last line has no newline."}'),
    ]);
    const r = newsx(['--input', 'jsonl', '--quiet'], input);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.error?.code ?? x.id)).toEqual(['invalid_encoding', 'b', 'c']);
    expect(recs[0]).toMatchObject({ id: 'stdin:1', error: { line: 1 } });
    expect(r.status).toBe(1);
  });

  it('--encoding-errors replace reads invalid UTF-8 with U+FFFD and a warning, offsets exact', () => {
    const dir = tempDir();
    const file = path.join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' bombed\n\nA caf'), Buffer.from([0xe9]), Buffer.from(' in Paris was bombed on Monday, police said.\n')]));
    expect(newsx([file, '--quiet']).stdout).toContain('"invalid_encoding"');
    const r = newsx([file, '--encoding-errors', 'replace', '--published', '2023-12-08']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    const text = 'Caf\uFFFD bombed\n\nA caf\uFFFD in Paris was bombed on Monday, police said.\n';
    expect(rec.title).toBe('Caf\uFFFD bombed');
    expect(rec.warnings).toContain('invalid UTF-8: 2 byte sequences replaced with U+FFFD (--encoding-errors replace)');
    for (const s of [...rec.dates, ...rec.places.flatMap((p: any) => p.mentions)]) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(rec.places.map((p: any) => p.name)).toContain('Paris');

    // JSONL: a broken line is decoded too; a line whose JSON is broken by it is still invalid_json
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' in Paris."}\n'),
      Buffer.from('{"id":"b","text":"Fine."}\n'),
      Buffer.from('{"id":"c'), Buffer.from([0xff]), Buffer.from('","text":"Fine."}\n'),
    ]);
    const j = newsx(['--input', 'jsonl', '--encoding-errors', 'replace', '--quiet'], input);
    const recs = jsonLines(j.stdout);
    expect(recs.map((x) => x.id)).toEqual(['a', 'b', 'c\uFFFD']);
    expect(recs[0].warnings[0]).toMatch(/^invalid UTF-8: 1 byte sequence replaced/);
    expect(recs[1].warnings).toEqual(['no publication date: relative dates left unresolved']);
    expect(j.status).toBe(0);
    expect(newsx(['--input', 'jsonl', '--encoding-errors', 'ignore'], input).status).toBe(2);
  });

  it('--timeout-ms turns a runaway document into a timeout error record; the batch goes on', () => {
    const big = JSON.stringify({ id: 'big', text: seedText().repeat(150) });
    const small = JSON.stringify({ id: 'small', text: 'Short note\n\nTalks resumed in Geneva on Monday.' });
    const r = newsx(['--input', 'jsonl', '--timeout-ms', '1500', '--jobs', '1', '--quiet'], `${big}\n${small}\n`);
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs[0]).toMatchObject({ id: 'big', error: { code: 'timeout' } });
    expect(recs[1].id).toBe('small');
    expect(recs[1].error).toBeUndefined();
  });

  it('--out writes the file whole and leaves no temporary file', () => {
    const dir = tempDir();
    const out = path.join(dir, 'records.jsonl');
    const r = newsx(['fixtures/batch/a-shooting.txt', 'fixtures/batch/b-protest.txt', '--out', out, '--quiet', '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8')).map((x) => x.id)).toEqual(['fixtures/batch/a-shooting.txt', 'fixtures/batch/b-protest.txt']);
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
  });

  it('--format json on a batch is one JSON array', () => {
    const r = newsx(['fixtures/batch/a-shooting.txt', 'fixtures/batch/b-protest.txt', '--format', 'json', '--quiet', '--jobs', '1']);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr).toHaveLength(2);
  });

  it('ends quietly with status 0 when the reader closes the pipe', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'many'));
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Item ${i}: talks resumed in Geneva on Monday. `.repeat(40) }));
    writeFileSync(path.join(dir, 'many', 'all.jsonl'), lines.join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `node "${process.cwd()}/bin/newsx.js" "${dir}/many" --jobs 1 --quiet | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it.each([['--help'], ['schema']])('%s piped into a reader that stops early ends quietly with status 0', (arg) => {
    // five runs: the race between the reader closing and the help being written must never surface
    for (let i = 0; i < 5; i++) {
      const r = spawnSync('bash', ['-c', `node "${process.cwd()}/bin/newsx.js" ${arg} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect(r.stdout.trim()).toBe('status=0');
      expect(r.stderr).toBe('');
    }
  });
});

describe('usage errors: exit 2, one clear line, no stack trace', () => {
  it.each([
    [['--no-such-option'], /unknown option '--no-such-option'/],
    [['--published', 'last Tuesday', SEED_PATH], /--published: not an ISO 8601 date/],
    [['--format', 'xml', SEED_PATH], /--format/],
    [['--jobs', '0', SEED_PATH], /--jobs must be a positive integer/],
  ])('%j', (args, message) => {
    const r = newsx(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('--help and --version exit 0', () => {
    expect(newsx(['--help']).stdout).toContain('Examples:');
    expect(newsx(['--help']).status).toBe(0);
    expect(newsx(['--version']).stdout.trim()).toMatch(/^newsx \d+\.\d+\.\d+$/);
  });
});

describe('newsx schema', () => {
  it('prints draft 2020-12 JSON Schema that every record satisfies', () => {
    const schema = JSON.parse(newsx(['schema']).stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const seed = JSON.parse(newsx([SEED_PATH, '--published', '2023-12-08', '--explain']).stdout);
    const batch = jsonLines(newsx(['fixtures/batch', '--jobs', '1', '--quiet']).stdout);
    for (const rec of [seed, ...batch]) {
      const ok = validate(rec);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
