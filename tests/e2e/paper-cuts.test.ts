// What a new user trips over (issue #18, part 5), each checked as the user meets it: through the built CLI,
// or through run() with terminal-like streams where a real terminal is needed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH } from '../helpers.js';
import { jsonLines, newsx, tempDir } from './cli-helpers.js';

const env = { ...process.env, NEWSX_DAEMON: '0' };
process.env.NEWSX_DAEMON = '0';

/** A stream that says it is a terminal and keeps what was written, in order, with a shared log. */
function terminal(log: { name: string; text: string }[], name: string): Writable & { isTTY: boolean } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      log.push({ name, text: String(chunk) });
      cb();
    },
  }) as Writable & { isTTY: boolean };
  w.isTTY = true;
  return w;
}

/** What a terminal shows once everything was written: "\r" returns to the line's start, "\x1b[K" wipes the rest. */
function screen(text: string): string[] {
  const lines: string[] = [''];
  for (const piece of text.split(/(\r|\n|\x1b\[K)/)) {
    if (piece === '\n') lines.push('');
    else if (piece === '\r') lines.push('\u0000cr');
    else if (piece === '\x1b[K') lines[lines.length - 1] = lines[lines.length - 1].startsWith('\u0000cr') ? '\u0000cr' : lines[lines.length - 1];
    else if (piece) {
      const last = lines[lines.length - 1];
      lines[lines.length - 1] = last.startsWith('\u0000cr') ? '\u0000cr' + piece : last + piece;
    }
  }
  // a carriage return overwrites the line it is on
  const out: string[] = [];
  for (const l of lines) {
    if (l.startsWith('\u0000cr')) out[out.length - 1] = l.slice(3);
    else out.push(l);
  }
  return out;
}

async function runCli(argv: string[], stdinTTY = false) {
  const { run } = await import(path.join(ROOT, 'dist/cli/main.js'));
  const log: { name: string; text: string }[] = [];
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (stdinTTY) stdin.isTTY = true;
  else stdin.end();
  const code = await run(['node', 'newsx', ...argv], { stdin, stdout: terminal(log, 'out'), stderr: terminal(log, 'err'), env, own: false });
  return { code, log, all: log.map((x) => x.text).join('') };
}

describe('1. a pretty batch on a terminal leaves no progress lines between records', () => {
  it('the bar is wiped before each record, and "1 document" is singular', async () => {
    const dir = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `a${i}.txt`), 'Police said two people were shot in Dayton, Ohio, on Friday.\n');
    const { code, all } = await runCli([dir, '--published', '2023-12-08']);
    expect(code).toBe(0);
    const shown = screen(all);
    expect(shown.filter((l) => /docs\/s/.test(l) && !/^newsx: /.test(l))).toEqual([]);
    expect(shown.filter((l) => /a\d\.txt/.test(l))).toHaveLength(3);
    const { progress } = await import(path.join(ROOT, 'dist/cli/progress.js'));
    const log: { name: string; text: string }[] = [];
    const bar = progress(terminal(log, 'err'), true, null);
    bar.tick();
    expect(log.map((x) => x.text).join('')).toContain('1 document ');
  });
});

describe('2-3. --out', () => {
  it('into a missing folder is a usage error (exit 2) naming the path', () => {
    const r = newsx(['--out', 'no/such/folder/x.json', SEED_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--out no\/such\/folder\/x\.json: the folder no\/such\/folder does not exist/);
    expect(r.stderr).not.toMatch(/ENOENT|\.tmp/);
  });
  it('- means standard output', () => {
    const dir = tempDir();
    const r = newsx(['--out', '-', SEED_PATH, '--published', '2023-12-08'], undefined, dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(SEED_PATH);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
  });
});

describe('4. colour: --color, FORCE_COLOR, NO_COLOR', () => {
  const ESC = '\x1b[';
  const pretty = (args: string[], extra: Record<string, string | undefined>) =>
    newsx(['--format', 'pretty', SEED_PATH, '--published', '2023-12-08', ...args], undefined, ROOT, { ...extra });
  it.each([
    [[], {}, false],
    [['--color', 'always'], {}, true],
    [['--color', 'never'], { FORCE_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '1' }, true],
    [[], { FORCE_COLOR: '0' }, false],
    [['--color', 'always'], { NO_COLOR: '1' }, true],
  ])('%j with %j -> colour %s (stdout is a pipe)', (args, extra, coloured) => {
    const r = pretty(args as string[], extra as Record<string, string>);
    expect(r.status).toBe(0);
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });
  it('the rules in one place', async () => {
    const { useColor } = await import(path.join(ROOT, 'dist/cli/color.js'));
    expect(useColor('auto', {}, true)).toBe(true);
    expect(useColor('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor('auto', { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor('auto', { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor('auto', { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(useColor('auto', { FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
  });
  it('a bad --color is a usage error', () => {
    expect(newsx(['--color', 'sometimes', SEED_PATH]).status).toBe(2);
  });
});

describe('5. a missing path among good ones: an error record in its place, the rest read', () => {
  it('missing + good: not_found record, the good record, exit 1', () => {
    const r = newsx(['missing.txt', SEED_PATH, '--published', '2023-12-08']);
    expect(r.status).toBe(1);
    const recs = jsonLines(r.stdout);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatchObject({ id: 'missing.txt', error: { code: 'not_found', path: 'missing.txt' } });
    expect(recs[1].id).toBe(SEED_PATH);
    expect(recs[1].event).not.toBeNull();
  });
  it('nothing readable at all: the error record, and exit 2', () => {
    const r = newsx(['missing.txt']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'missing.txt', error: { code: 'not_found' } });
    expect(r.stderr).toMatch(/missing\.txt: not_found/);
  });
});

describe('6. the library and the CLI agree on bad input', () => {
  it.each([
    ['', 'empty_text'],
    [' \n\t', 'empty_text'],
    ['a\u0000b', 'binary'],
  ])('extract(%j) throws NewsxInputError %s, and the CLI writes that code', async (text, code) => {
    const { extract, NewsxInputError } = await import(path.join(ROOT, 'dist/index.js'));
    let thrown: any = null;
    try {
      extract(text);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NewsxInputError);
    expect(thrown.code).toBe(code);
    const r = newsx(['--input', 'jsonl', '--quiet'], JSON.stringify({ id: 'x', text }) + '\n');
    expect(jsonLines(r.stdout)[0].error.code).toBe(code);
  });
  it('a text over maxBytes is too_large', async () => {
    const { extract } = await import(path.join(ROOT, 'dist/index.js'));
    expect(() => extract('Talks in Geneva.', { maxBytes: 4 })).toThrow(expect.objectContaining({ code: 'too_large' }));
  });
});

describe('7. blank JSONL lines are skipped and counted', () => {
  it('no record and no error for them; the summary says how many', () => {
    const r = newsx(['--input', 'jsonl'], '{"id":"a","text":"Talks in Geneva."}\n\n  \r\n{"id":"b","text":"Talks in Bern."}\n');
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/2 blank JSONL lines skipped/);
  });
});

describe('8. one article that became an error record says so on stderr', () => {
  it('names the file and the code; --quiet silences it', () => {
    const dir = tempDir();
    const f = path.join(dir, 'empty.txt');
    writeFileSync(f, '  \n');
    const r = newsx([f]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`newsx: ${f}: empty_text: text is empty or only white space`);
    expect(newsx([f, '--quiet']).stderr).toBe('');
  });
});

describe('9-11. usage: no input at a terminal, help as a command, --version, --help', () => {
  it('newsx with no arguments at a terminal prints usage and exits 2 instead of waiting', async () => {
    const { code, log } = await runCli([], true);
    expect(code).toBe(2);
    expect(log.filter((x) => x.name === 'err').map((x) => x.text).join('')).toMatch(/no input/);
  });
  it('newsx help is the help, exit 0', () => {
    const r = newsx(['help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: newsx');
    expect(r.stdout).toContain('Environment:');
  });
  it('--version prints "newsx <version>"; --help lists the environment variables', () => {
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(newsx(['--version']).stdout.trim()).toBe(`newsx ${version}`);
    const help = newsx(['--help']).stdout;
    for (const v of ['NO_COLOR', 'FORCE_COLOR', 'NEWSX_DAEMON']) expect(help).toContain(v);
    expect(help).toContain('--color');
  });
});

describe('12-13. install and test notes are in the README', () => {
  it('the README explains the install-scripts note and the GNU parallel test', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/allowScripts|install-scripts/);
    expect(readme).toMatch(/GNU parallel/);
  });
});
