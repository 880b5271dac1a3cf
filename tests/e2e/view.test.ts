// `newsx view` in a real browser: Debian's Chromium driven by playwright-core (.ci/run installs it).
// The DOM must show every span of the record at its offsets, with no console error and no network request;
// the batch page must work at 1,000 records. Screenshots go to test-output/ (NEWSX_UPDATE_DOCS=1 also
// writes docs/view.png, the README's picture).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, SEED_PATH } from '../helpers.js';
import { BIN, newsx } from './cli-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn('tests/e2e/view.test.ts skipped: Chromium is not installed (apt-get install chromium; .ci/run does it)');

const OUT = path.join(ROOT, 'test-output');

interface Expected {
  key: string;
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** The spans a page must show, read from the record (as the user sees it with --explain). */
function expectedSpans(r: any): Expected[] {
  const out: Expected[] = [];
  for (const d of r.dates) if (d.end > d.start) out.push({ key: d.id, kind: 'date', start: d.start, end: d.end, text: d.text });
  for (const [kind, xs] of [['place', r.places], ['actor', r.actors]] as const)
    for (const x of xs) x.mentions.forEach((m: any, i: number) => out.push({ key: `${x.id}.${i}`, kind, start: m.start, end: m.end, text: m.text }));
  for (const c of r.counts) out.push({ key: c.id, kind: 'count', start: c.start, end: c.end, text: c.text });
  for (const q of r.quotes) out.push({ key: q.id, kind: 'quote', start: q.start, end: q.end, text: q.text });
  const events = r.events?.length ? r.events : r.event ? [r.event] : [];
  events.forEach((e: any, i: number) => {
    const id = e.id ?? `e${i + 1}`;
    const at = new Set<string>(); // a mention that repeats the trigger's offsets is one mark
    [e.trigger, ...(e.mentions ?? [])].forEach((m: any, j: number) => {
      if (at.has(`${m.start}-${m.end}`)) return;
      at.add(`${m.start}-${m.end}`);
      out.push({ key: `${id}.t${j}`, kind: 'trigger', start: m.start, end: m.end, text: m.text });
    });
    (e.weapons ?? []).forEach((w: any, j: number) => out.push({ key: `${id}.w${j}`, kind: 'weapon', start: w.start, end: w.end, text: w.text }));
  });
  return out;
}

describe.skipIf(!hasChromium)('newsx view in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let work: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(path.join(tmpdir(), 'newsx-chromium-'));
    work = mkdtempSync(path.join(tmpdir(), 'newsx-view-'));
    mkdirSync(OUT, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  /** Opens a page file; collects console errors, page errors and any request that is not the file itself. */
  async function open(file: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (req) => req.url() !== pathToFileURL(file).href && requests.push(req.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  it('the seed article: every highlight holds its span, at its offsets; hover shows id, value and rule', { timeout: 120_000 }, async () => {
    const text = readFileSync(SEED_PATH, 'utf8');
    const viewed = newsx(['view', 'fixtures/seed-baghdad-embassy.txt', '--published', '2023-12-08']);
    expect(viewed.stderr).toBe('');
    expect(viewed.status).toBe(0);
    const record = JSON.parse(newsx(['fixtures/seed-baghdad-embassy.txt', '--published', '2023-12-08', '--explain', '--format', 'json']).stdout);
    const file = path.join(work, 'seed.html');
    writeFileSync(file, viewed.stdout);

    const { page, errors, requests } = await open(file);
    // the article's text is the input text, whole (labels are CSS, not text)
    expect(await page.locator('article').evaluate((a) => a.textContent)).toBe(text);
    // every mark: its key, kind, text and offset in the article (a piece cut by an enclosing mark shares its key)
    const marks: { key: string; kind: string; text: string; start: number }[] = await page.locator('article').evaluate((a) =>
      Array.from(a.querySelectorAll('mark')).map((m) => {
        const range = document.createRange();
        range.setStart(a, 0);
        range.setEndBefore(m);
        return { key: m.dataset.key!, kind: m.dataset.kind!, text: m.textContent!, start: range.toString().length };
      }),
    );
    const joined = new Map<string, { kind: string; text: string; start: number }>();
    for (const m of marks) {
      const seen = joined.get(m.key);
      if (seen) seen.text += m.text;
      else joined.set(m.key, { kind: m.kind, text: m.text, start: m.start });
    }
    const expected = expectedSpans(record);
    expect(expected.length).toBeGreaterThan(20);
    expect([...joined.keys()].sort()).toEqual(expected.map((x) => x.key).sort());
    for (const x of expected) {
      expect(x.text).toBe(text.slice(x.start, x.end));
      expect(joined.get(x.key), x.key).toEqual({ kind: x.kind, text: x.text, start: x.start });
    }

    // hover a place: the detail box names its id, its value and the --explain rule
    const place = record.places[0];
    await page.locator(`article mark[data-key="${place.id}.0"]`).first().hover();
    const detail = await page.locator('#detail').innerText();
    expect(detail).toContain(place.id);
    expect(detail).toContain(place.name);
    expect(detail).toContain(place.mentions[0].rule ?? place.rule);
    // keyboard: Tab reaches a mark and shows it too
    const date = record.dates.find((d: any) => d.end > d.start);
    await page.locator(`article mark[data-key="${date.id}"]`).first().focus();
    expect(await page.locator('#detail').innerText()).toContain(date.rule);
    // the event card with its rules, and a legend
    const card = await page.locator('.card').first().innerText();
    expect(card).toContain(record.event.type.label);
    expect(card).toContain(record.event.rules.date);
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(6);
    // colour is never the only cue: each kind has its own underline style or box, and a text label
    const cues = await page.evaluate(() =>
      ['date', 'place', 'actor', 'count', 'quote', 'trigger'].map((k) => {
        const m = document.querySelector(`article mark.k-${k}.last`)!;
        const s = getComputedStyle(m);
        return `${s.textDecorationStyle}/${s.textDecorationLine}/${s.borderLeftStyle}|${getComputedStyle(m, '::after').content}`;
      }),
    );
    expect(new Set(cues.map((c) => c.split('|')[0])).size).toBe(cues.length);
    for (const c of cues) expect(c.split('|')[1]).not.toMatch(/^(none|normal|"")$/);
    await page.screenshot({ path: path.join(OUT, 'view-article.png') });
    if (process.env.NEWSX_UPDATE_DOCS === '1') copyFileSync(path.join(OUT, 'view-article.png'), path.join(ROOT, 'docs/view.png'));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('captions and boilerplate are shown greyed out as excluded, with nothing extracted in them', { timeout: 60_000 }, async () => {
    const text = [
      'Blast hits market in Kabul',
      '',
      'KABUL (Reuters) - A bomb exploded in a crowded market in Kabul on Tuesday, killing 12 people, police said.',
      '',
      'Police officers stand guard at the site of the blast in Paris. REUTERS/Mohammad Ismail',
      '',
      'The Taliban denied any role.',
      '',
      'Share this article',
      '',
    ].join('\n');
    const viewed = newsx(['view', '--published', '2023-12-08'], text);
    expect(viewed.status).toBe(0);
    const file = path.join(work, 'zones.html');
    writeFileSync(file, viewed.stdout);
    const { page, errors } = await open(file);
    expect(await page.locator('article').evaluate((a) => a.textContent)).toBe(text);
    const zones = await page.locator('article .zone').evaluateAll((zs) => zs.map((z) => ({ zone: (z as HTMLElement).dataset.zone, text: z.textContent, marks: z.querySelectorAll('mark').length, color: getComputedStyle(z).color })));
    const caption = zones.find((z) => z.zone === 'caption')!;
    expect(caption.text).toBe('Police officers stand guard at the site of the blast in Paris. REUTERS/Mohammad Ismail');
    expect(caption.marks).toBe(0);
    expect(caption.color).toBe('rgb(118, 118, 118)');
    expect(zones.find((z) => z.zone === 'boilerplate')?.text).toBe('Share this article');
    expect(await page.locator('article mark.k-place').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a batch of 1,000 records: sortable table, timeline and map; no console error', { timeout: 600_000 }, async () => {
    const seed = readFileSync(SEED_PATH, 'utf8');
    const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim().length > 60);
    const extra = ['a-shooting.txt', 'b-protest.txt'].map((f) => readFileSync(`${ROOT}fixtures/batch/${f}`, 'utf8'));
    const texts = [...paragraphs, ...extra];
    const lines: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      lines.push(JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length], published: `2023-${i % 2 ? '11' : '12'}-${day}` }));
    }
    lines.splice(500, 0, '{"id": "broken", "text": 3}');
    const input = lines.join('\n') + '\n';
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [BIN, 'view', '--input', 'jsonl', '--quiet', '--jobs', '2'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 580_000 });
    const seconds = (performance.now() - t0) / 1000;
    expect(r.status).toBe(1); // one error record
    const file = path.join(work, 'batch.html');
    writeFileSync(file, r.stdout);
    const records = spawnSync(process.execPath, [BIN, '--input', 'jsonl', '--quiet', '--jobs', '2'], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.trim().split('\n').map((l) => JSON.parse(l));
    // one row per event: a record's `events` list when it has one, else its main `event`
    const listed = (x: any): any[] => (x.events?.length ? x.events : x.event ? [x.event] : []);
    const events = records.reduce((n, x) => n + listed(x).length, 0);
    console.log(`view: 1,001 records (${events} events) in ${seconds.toFixed(1)} s, page ${(r.stdout.length / 1024).toFixed(0)} kB`);

    const t1 = performance.now();
    const { page, errors, requests } = await open(file);
    const loadMs = performance.now() - t1;
    expect(await page.locator('#events tbody tr').count()).toBe(events);
    expect(await page.locator('.error').count()).toBe(1);
    expect(await page.locator('svg.timeline rect.bar').count()).toBeGreaterThan(10);
    expect(await page.locator('svg.map path').count()).toBeGreaterThan(150);
    expect(await page.locator('svg.map circle.dot').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, 'view-batch.png'), fullPage: false });
    // sort by "injured": ascending on the first click, descending on the second, the first row then has the most
    const injured = page.locator('#events th', { hasText: 'injured' });
    const column = await injured.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
    const firstValue = async () => page.locator(`#events tbody tr:first-child td:nth-child(${column + 1})`).getAttribute('data-v');
    const values = records.flatMap(listed).map((e) => e.injured ?? -1);
    await injured.locator('button').click();
    expect(await injured.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstValue()).toBe(String(Math.min(...values)));
    await injured.locator('button').click();
    expect(await injured.getAttribute('aria-sort')).toBe('descending');
    expect(Math.max(...values)).toBeGreaterThan(0);
    expect(await firstValue()).toBe(String(Math.max(...values)));
    console.log(`view: the 1,000-record page loads in ${loadMs.toFixed(0)} ms`);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
