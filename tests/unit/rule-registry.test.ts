// The rule registry (#20): every rule id is declared once (src/registry.ts collects each stage's declaration),
// every id the code writes is declared, and the declared ids the tests never reach are listed in a visible backlog
// (tests/unit/rule-registry.backlog.json) that may only shrink: a new id must come with a test that reaches it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredIds, ID_SOURCES, ruleRegistry } from '../../src/registry.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { ROOT, ruleIdsOf } from '../helpers.js';

const F = 'rule-registry.test.ts';
/** The stages whose ids the registry holds, by their ids' prefixes. */
const PREFIXES = ['zone', 'published', 'date', 'time', 'duration', 'set', 'ref', 'count', 'place', 'actor', 'participant', 'thing', 'weapon', 'quote', 'resolve', 'speaker', 'event', 'events', 'role'];
/** Folders whose code writes those ids. */
const FOLDERS = ['src/analyse', 'src/extract', 'src/resolve', 'src/event'];
const ID_LITERAL = new RegExp(`'((?:${PREFIXES.join('|')})\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)'`, 'g');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}
/** The code without its comments (ids named in a comment are documentation, not code). */
const code = (p: string): string => readFileSync(p, 'utf8').replace(/\/\*[^]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');

describe(`${F}: one declaration per id`, () => {
  it('no two declarations share an id, and each stage declares some', () => {
    const reg = ruleRegistry();
    expect(reg.size).toBeGreaterThan(100);
    for (const s of ID_SOURCES) expect(declaredIds(s).length, s.name).toBeGreaterThan(0);
  });

  it('a second declaration of an id is refused', () => {
    expect(() => ruleRegistry([...ID_SOURCES, { name: 'twice', ids: ['place.named-area'] }])).toThrow(/declared twice/);
  });

  it('every id the code writes is declared', () => {
    const reg = ruleRegistry();
    const undeclared: string[] = [];
    for (const dir of FOLDERS) {
      for (const p of files(path.join(ROOT, dir), /\.ts$/)) {
        for (const m of code(p).matchAll(ID_LITERAL)) if (!reg.has(m[1])) undeclared.push(`${path.relative(ROOT, p)}: ${m[1]}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe(`${F}: every id reached by a test`, () => {
  it('the ids no test reaches are exactly the backlog (which may only shrink)', () => {
    const reached = new Set<string>();
    // ids a test names
    const named = new RegExp(`["'\x60]${ID_LITERAL.source.slice(1, -1)}["'\x60]`, 'g');
    for (const p of files(path.join(ROOT, 'tests'), /\.ts$/)) for (const m of readFileSync(p, 'utf8').matchAll(named)) reached.add(m[1]);
    // ids the fixture articles reach through the pipeline
    const texts = [
      ...files(path.join(ROOT, 'fixtures'), /\.txt$/),
    ];
    for (const p of texts) {
      const r = extractDocument(makeDocument(readFileSync(p, 'utf8'), { id: path.basename(p), published: '2023-12-08' }), { explain: true, source: true });
      ruleIdsOf(r, reached);
    }
    const reg = ruleRegistry();
    const unreached = [...reg.keys()].filter((id) => !reached.has(id) && PREFIXES.includes(id.split('.')[0])).sort();
    const backlog = (JSON.parse(readFileSync(path.join(ROOT, 'tests/unit/rule-registry.backlog.json'), 'utf8')) as { ids: string[] }).ids;
    expect(unreached).toEqual([...backlog].sort());
  });
});
