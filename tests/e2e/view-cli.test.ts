// `newsx view` and `--format html` through the built CLI (no browser: tests/e2e/view.test.ts opens the pages).
import { describe, expect, it } from 'vitest';
import { jsonLines, newsx } from './cli-helpers.js';

const SEED = 'fixtures/seed-baghdad-embassy.txt';

describe('newsx view', () => {
  it('one article: a self-contained page, the same as --format html', () => {
    const view = newsx(['view', SEED, '--published', '2023-12-08']);
    expect(view.status).toBe(0);
    expect(view.stderr).toBe('');
    const html = newsx([SEED, '--published', '2023-12-08', '--format', 'html']);
    expect(html.stdout).toBe(view.stdout);
    const page = view.stdout;
    expect(page.startsWith('<!doctype html>')).toBe(true);
    // nothing to fetch: no external URL, and a policy that forbids any
    expect(page).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).toContain(`content="default-src 'none'`);
    expect(page).toContain('class="legend"');
    expect(page).toContain('data-rule="zone.credit-line"');
    expect(Buffer.byteLength(page)).toBeLessThan(100_000);
  });

  it('the JSON record carries no source unless a page asks for it', () => {
    const r = JSON.parse(newsx([SEED, '--published', '2023-12-08', '--format', 'json']).stdout);
    expect(r.source).toBeUndefined();
    expect(newsx(['schema']).stdout).toContain('"source"');
  });

  it('an error record becomes a page that says so, with exit 1', () => {
    const r = newsx(['view', '-'], '   \n');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error empty_text');
  });

  it('a batch: one page with the events table, a timeline and the map', () => {
    const view = newsx(['view', 'fixtures/batch', '--published', '2023-12-08', '--quiet']);
    const records = jsonLines(newsx(['fixtures/batch', '--published', '2023-12-08', '--quiet', '--format', 'jsonl']).stdout);
    expect(view.status).toBe(1); // the batch holds one bad document
    const page = view.stdout;
    // one row per event: a record's `events` list when it has one, else its main `event`
    const events = records.reduce((n, x) => n + (Array.isArray(x.events) && x.events.length > 0 ? x.events.length : x.event ? 1 : 0), 0);
    expect(events).toBeGreaterThan(0);
    expect(page.match(/<tr>/g)!.length).toBe(events + 1);
    expect(page).toContain('<svg class="timeline"');
    expect(page).toContain('<svg class="map"');
    expect(page.match(/<path d="M/g)!.length).toBeGreaterThan(150);
    expect(page.match(/class="error"/g)!.length).toBe(records.filter((x) => x.error).length);
    expect(page).not.toMatch(/https?:\/\/|\bsrc="/);
  });

  it('view --help describes view', () => {
    const r = newsx(['view', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: newsx view/);
  });
});
