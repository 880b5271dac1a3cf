// No module-level caches (#20): every cache belongs to something a caller makes and owns — a pipeline
// (createPipeline: its compiled taggers and its resources), a gazetteer (createGazetteer), first names
// (createFirstNames), a sweep (createBulkMatch). A textual check of src/**/*.ts, so that a new one cannot creep
// back: a module-level `let`, a module-level Map/Set/WeakMap that the module mutates, a module-level memo
// (`remembered(...)`), a module-level object or array the module writes into. Tables built once at import from
// static data and never changed afterwards are no caches and pass. Then: two pipelines share no state.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, makeDocument } from '../../src/index.js';
import { createGazetteer } from '../../src/gazetteer/index.js';
import { ROOT } from '../helpers.js';

const FILE = 'module-state.test.ts';

/** The module-level state that stays, each with its reason ("file: name"). */
const ALLOWED: Record<string, string> = {
  'src/pipeline.ts: standard': 'the one standard pipeline, made on first use, that the convenience functions (extractDocument, extract) use',
  'src/cli/heap.ts: heapFlagSet': "records that the process-wide V8 flag was set (V8 has flags per process, not per pool or command)",
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const escape = (s: string): string => s.replace(/[$]/g, '\\$');

/** The module-level state of one source file, as "file: name (what)". */
function moduleState(file: string, text: string): string[] {
  const out: string[] = [];
  const found = (name: string, what: string) => out.push(`${file}: ${name} (${what})`);
  // only top-level lines (no indentation) are module level
  for (const m of text.matchAll(/^(?:export\s+)?let\s+([\w$]+)/gm)) found(m[1], 'let');
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([\w$]+)\s*(?::[^=]+)?=\s*remembered\(/gm)) found(m[1], 'a memo');
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([\w$]+)\s*(?::[^=]+)?=\s*new\s+(?:Map|Set|WeakMap|WeakSet)\b/gm)) {
    if (new RegExp(`(?<![\\w$])${escape(m[1])}\\s*\\.\\s*(?:set|add|delete|clear)\\(`).test(text)) found(m[1], 'a mutated collection');
  }
  for (const m of text.matchAll(/^(?:export\s+)?const\s+([\w$]+)\s*(?::[^=]+)?=\s*(?:\{\s*\}|\[\s*\]);/gm)) {
    if (new RegExp(`(?<![\\w$])${escape(m[1])}\\s*(?:\\[[^\\]]+\\]\\s*=[^=]|\\.\\s*(?:push|unshift|splice)\\()`).test(text)) found(m[1], 'a written object');
  }
  return out;
}

describe(`no module-level caches in src/ (${FILE})`, () => {
  const files = sources(path.join(ROOT, 'src')).map((p) => [path.relative(ROOT, p).split(path.sep).join('/'), readFileSync(p, 'utf8')] as const);

  it('finds none but the allowed ones, and every allowed one still exists', () => {
    const state = files.flatMap(([file, text]) => moduleState(file, text));
    const key = (s: string): string => s.replace(/ \(.*\)$/, '');
    expect(state.filter((s) => !Object.hasOwn(ALLOWED, key(s))), `${FILE}: move these into a factory that a pipeline owns`).toEqual([]);
    expect(Object.keys(ALLOWED).filter((k) => !state.some((s) => key(s) === k)), `${FILE}: allowed entries that no longer exist`).toEqual([]);
  });

  it.each([
    ['a let', 'let cache: string | null = null;\n', ['x.ts: cache (let)']],
    ['an exported let', 'export let n = 0;\n', ['x.ts: n (let)']],
    ['a memo', 'const answers = remembered(lookup);\n', ['x.ts: answers (a memo)']],
    ['a filled Map', 'const seen = new Map<string, number>();\nfunction f(k: string) { seen.set(k, 1); }\n', ['x.ts: seen (a mutated collection)']],
    ['a filled WeakMap', 'const nets = new WeakMap<object, number>();\nexport const g = (o: object) => nets.set(o, 1);\n', ['x.ts: nets (a mutated collection)']],
    ['a written object', 'export const loadTimes: Record<string, number> = {};\nfunction f() { loadTimes[name] = 1; }\n', ['x.ts: loadTimes (a written object)']],
    ['a constant table', "const WORDS = new Set(['a', 'b']);\nconst f = (w: string) => WORDS.has(w);\n", []],
    ['state inside a factory', 'export function create() {\n  let n = 0;\n  const seen = new Map();\n  return () => seen.set(n++, 1);\n}\n', []],
  ])(`${FILE}: the check sees %s`, (_what, text, expected) => {
    expect(moduleState('x.ts', text)).toEqual(expected);
  });
});

describe(`two pipelines share no state (${FILE})`, () => {
  const TEXT = 'Gunmen killed three people in Mosul on Friday, police said. "It was a massacre," said Ali Hassan, a witness.';
  const doc = () => makeDocument(TEXT, { id: 't', published: '2023-12-08' });

  it('each has its own gazetteer and first names, read only by its own look-ups', () => {
    const p = createPipeline();
    const q = createPipeline();
    expect(p.resources.gazetteer).not.toBe(q.resources.gazetteer);
    expect(p.resources.firstNames).not.toBe(q.resources.firstNames);
    const r = p.extract(doc(), { explain: true });
    // p read the countries and the shards for "Mosul" ("m") ...; q has read nothing yet
    expect(Object.keys(p.resources.gazetteer.loadTimes)).toEqual(expect.arrayContaining(['countries', 'places-m']));
    expect(q.resources.gazetteer.loadTimes).toEqual({});
    expect(q.extract(doc(), { explain: true })).toEqual(r);
    expect(Object.keys(q.resources.gazetteer.loadTimes).sort()).toEqual(Object.keys(p.resources.gazetteer.loadTimes).sort());
    expect(r.places.find((x) => x.name === 'Mosul')).toMatchObject({ country: 'IQ', kind: 'city' });
  });

  it('a gazetteer reads a file on the first look-up that needs it, and only that file', () => {
    const g = createGazetteer();
    expect(g.loadTimes).toEqual({});
    expect(g.countryByName('Iraq')?.code).toBe('IQ');
    expect(Object.keys(g.loadTimes)).toEqual(['countries']);
    expect(g.citiesByName('Baghdad')[0]).toMatchObject({ name: 'Baghdad', country: 'IQ' });
    expect(Object.keys(g.loadTimes)).toEqual(['countries', 'places-b']);
    // a second gazetteer starts empty: nothing was loaded for the module
    expect(createGazetteer().loadTimes).toEqual({});
  });
});
