// A very long line is parsed by compromise in pieces (it is quadratic on one huge sentence): the cuts
// fall after a sentence end or white space, and every term still slices exactly from the text.
import { describe, expect, it } from 'vitest';
import { MAX_PIECE, pieceCuts } from '../../src/analyse/index.js';
import { splitLines } from '../../src/analyse/lines.js';
import { analyseText, seedText } from '../helpers.js';

describe('parsing a long line in pieces', () => {
  it('leaves a text of ordinary lines in one piece', () => {
    const text = seedText();
    expect(pieceCuts(text, splitLines(text))).toEqual([]);
  });

  it('cuts a long line of prose after sentence ends, and keeps every span exact', () => {
    const text = seedText().replace(/\n+/g, ' ').repeat(2);
    const cuts = pieceCuts(text, splitLines(text));
    expect(cuts.length).toBeGreaterThan(2);
    let from = 0;
    for (const c of cuts) {
      expect(c - from).toBeLessThanOrEqual(MAX_PIECE);
      expect(text.slice(c - 2, c)).toMatch(/^[.!?]\s$/);
      from = c;
    }
    const a = analyseText(text);
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(a.terms.map((t) => t.text)).toContain('Sudani');
  });

  it('cuts text without white space anywhere, never inside a surrogate pair', () => {
    const text = 'x' + '😀'.repeat(3000);
    const cuts = pieceCuts(text, splitLines(text));
    expect(cuts.length).toBeGreaterThan(4);
    for (const c of cuts) expect(text.charCodeAt(c - 1) >= 0xd800 && text.charCodeAt(c - 1) <= 0xdbff, `cut at ${c}`).toBe(false);
    const a = analyseText(text);
    for (const t of a.terms) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
