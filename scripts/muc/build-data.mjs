// Joins scripts/muc/pages/page-00.txt ... page-29.txt (GRIT data/muc/processed/dev.json, saved 16,000 characters a page)
// and writes study.jsonl (docid TST1-*) and check.jsonl (docid TST2-*), one {"id","text","gold"} a line.
// Usage: node build-data.mjs [PAGES_DIR]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, 'pages'));
const PAGES = 30, PAGE = 16000, LAST = 1318, TOTAL = 465318;

const parts = [];
const problems = [];
for (let i = 0; i < PAGES; i++) {
  const f = path.join(dir, `page-${String(i).padStart(2, '0')}.txt`);
  if (!existsSync(f)) { problems.push(`missing ${path.basename(f)}`); continue; }
  let t = readFileSync(f, 'utf8');
  const want = i === PAGES - 1 ? LAST : PAGE;
  // a writer may have added one newline after the page: drop it only when the page is exactly one too long
  if (t.length === want + 1 && t.endsWith('\n')) { t = t.slice(0, -1); console.error(`note: ${path.basename(f)}: dropped one trailing newline`); }
  if (t.length !== want) problems.push(`${path.basename(f)}: ${t.length} characters, expected ${want}`);
  parts.push(t);
}
const text = parts.join('');
if (problems.length || text.length !== TOTAL) {
  console.error(`build-data: ${problems.join('; ')}${problems.length ? '; ' : ''}joined length ${text.length}, expected ${TOTAL}`);
  if (!process.env.MUC_PARTIAL) process.exit(1);
  console.error('build-data: MUC_PARTIAL set: parsing the complete lines there are');
}

// GRIT's file is JSON lines (one document a line); accept a JSON array too
let docs = [];
const trimmed = text.trim();
if (trimmed.startsWith('[')) docs = JSON.parse(trimmed);
else {
  let bad = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try { docs.push(JSON.parse(line)); } catch { bad++; }
  }
  if (bad) {
    console.error(`build-data: ${bad} line(s) do not parse`);
    if (!process.env.MUC_PARTIAL) process.exit(1);
  }
}

const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'];
const study = [], check = [], other = [];
for (const d of docs) {
  if (typeof d.docid !== 'string' || typeof d.doctext !== 'string' || !d.extracts) { other.push(d.docid); continue; }
  for (const r of ROLES) if (!Array.isArray(d.extracts[r])) console.error(`warning: ${d.docid} has no role ${r}`);
  const row = JSON.stringify({ id: d.docid, text: d.doctext, gold: d.extracts });
  if (d.docid.startsWith('TST1')) study.push(row);
  else if (d.docid.startsWith('TST2')) check.push(row);
  else other.push(d.docid);
}
const ids = docs.map((d) => d.docid);
if (new Set(ids).size !== ids.length) console.error('warning: duplicate docids');
writeFileSync(path.join(here, 'study.jsonl'), study.map((l) => l + '\n').join(''));
writeFileSync(path.join(here, 'check.jsonl'), check.map((l) => l + '\n').join(''));
console.log(`build-data: ${docs.length} documents: study (TST1) ${study.length}, check (TST2) ${check.length}, other ${other.length}`);
