// Port of GRIT's eval.py (xinyadu/grit_doc_event_entity): document-level role-filler scoring, strict
// (phi_strict + CEAF one-to-one matching). Per role: a gold entity is the list of its mention strings (offsets
// dropped; entities with no mention dropped); a predicted entity is a list of strings (a bare string counts as a
// one-mention entity). All strings are normalised (lower case, ASCII punctuation removed, articles a/an/the removed,
// whitespace collapsed). phi_strict(gold, pred) = 1 if every predicted mention is one of the gold entity's mentions.
// The best one-to-one assignment (scipy linear_sum_assignment on 0/1 scores = maximum bipartite matching) gives tp;
// P = tp/#pred, R = tp/#gold, micro over the five roles from summed counts.
//
// Usage: node score.mjs GOLD.jsonl PRED.jsonl [--names-only-victims] [--docs OUT.txt]
//   GOLD: {"id","text","gold": GRIT extracts}; PRED: {"id","PerpInd":[...],...,"Weapon":[...]} (+ "VictimNames").
//   --names-only-victims: a second micro with the Victim role read from PRED's "VictimNames" (named victims only).
//   --docs OUT.txt: per-document lists of gold entities and predictions, matched or not (study set only!).
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (n) => { const i = args.indexOf(n); if (i < 0) return false; args.splice(i, 1); return true; };
const opt = (n) => { const i = args.indexOf(n); if (i < 0) return null; return args.splice(i, 2)[1]; };
const namesOnly = flag('--names-only-victims');
const docsOut = opt('--docs');
const [goldPath, predPath] = args;
if (!goldPath || !predPath) { console.error('usage: score.mjs GOLD.jsonl PRED.jsonl [--names-only-victims] [--docs OUT]'); process.exit(2); }

const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'];
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// eval.py normalize_string: lower -> remove string.punctuation -> articles to ' ' (\b, re.UNICODE) -> ' '.join(split())
const PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const ARTICLES = /(?<![\p{L}\p{N}\p{M}_])(?:a|an|the)(?![\p{L}\p{N}\p{M}_])/gu;
function normalize(s) {
  let t = String(s).toLowerCase();
  t = [...t].filter((ch) => !PUNCT.has(ch)).join('');
  t = t.replace(ARTICLES, ' ');
  return t.split(/\s+/u).filter(Boolean).join(' ');
}

const phiStrict = (goldC, predC) => (predC.every((m) => goldC.includes(m)) ? 1 : 0);

// maximum bipartite matching (Kuhn) on the 0/1 score matrix = the optimum linear_sum_assignment finds
function match(goldCs, predCs) {
  const adj = goldCs.map((g) => predCs.map((p, j) => (phiStrict(g, p) ? j : -1)).filter((j) => j >= 0));
  const predTo = new Array(predCs.length).fill(-1);
  const tryG = (i, seen) => {
    for (const j of adj[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (predTo[j] < 0 || tryG(predTo[j], seen)) { predTo[j] = i; return true; }
    }
    return false;
  };
  let tp = 0;
  for (let i = 0; i < goldCs.length; i++) if (tryG(i, new Array(predCs.length).fill(false))) tp++;
  const goldTo = new Array(goldCs.length).fill(-1);
  predTo.forEach((i, j) => { if (i >= 0) goldTo[i] = j; });
  return { tp, predTo, goldTo };
}

const gold = readJsonl(goldPath);
const preds = new Map(readJsonl(predPath).map((p) => [p.id, p]));
let missing = 0;

const goldClusters = (g, role) => (g.gold?.[role] ?? [])
  .map((ent) => ent.map((m) => normalize(Array.isArray(m) ? m[0] : m)))
  .filter((ent) => ent.length);
const predClusters = (p, field) => (p?.[field] ?? []).map((e) => (Array.isArray(e) ? e : [e]).map(normalize));

function score(victimField) {
  const res = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, sys: 0, gold: 0 }]));
  const docs = [];
  for (const g of gold) {
    const p = preds.get(g.id);
    const doc = { id: g.id, roles: {} };
    for (const role of ROLES) {
      if (!g.gold || !(role in g.gold)) continue; // eval.py loops over the gold's roles
      const gc = goldClusters(g, role);
      const pc = predClusters(p, role === 'Victim' ? victimField : role);
      const m = match(gc, pc);
      res[role].tp += m.tp; res[role].sys += pc.length; res[role].gold += gc.length;
      doc.roles[role] = { gc, pc, ...m };
    }
    docs.push(doc);
  }
  const micro = ROLES.reduce((a, r) => ({ tp: a.tp + res[r].tp, sys: a.sys + res[r].sys, gold: a.gold + res[r].gold }), { tp: 0, sys: 0, gold: 0 });
  const prf = (c) => {
    const P = c.tp === 0 ? 0 : c.tp / c.sys, R = c.tp === 0 ? 0 : c.tp / c.gold;
    return { ...c, p: P, r: R, f1: P + R === 0 ? 0 : (2 * P * R) / (P + R) };
  };
  for (const r of ROLES) res[r] = prf(res[r]);
  return { roles: res, micro: prf(micro), docs };
}

for (const g of gold) if (!preds.has(g.id)) missing++;
if (missing) console.error(`score: ${missing} gold document(s) have no prediction (scored as empty)`);

const f3 = (x) => x.toFixed(3);
const line = (name, c) => `${name.padEnd(8)} ${f3(c.p)} ${f3(c.r)} ${f3(c.f1)} ${c.tp}/${c.sys}/${c.gold}`;
const main = score('Victim');
console.log(`${'role'.padEnd(8)} P     R     F1    tp/sys/gold  (${gold.length} docs)`);
for (const r of ROLES) console.log(line(r, main.roles[r]));
console.log(line('micro', main.micro));
const summary = { docs: gold.length, micro: round(main.micro), roles: Object.fromEntries(ROLES.map((r) => [r, round(main.roles[r])])) };
if (namesOnly) {
  const named = score('VictimNames');
  if (!gold.length || ![...preds.values()].some((p) => 'VictimNames' in p)) console.error('score: PRED has no "VictimNames" field');
  console.log(line('Victim*', named.roles.Victim) + '   (named victims only)');
  console.log(line('micro*', named.micro) + '   (named victims only)');
  summary.namesOnlyVictims = { Victim: round(named.roles.Victim), micro: round(named.micro) };
}
console.log(JSON.stringify(summary));

if (docsOut) {
  const out = [];
  for (const d of main.docs) {
    const rows = [];
    for (const role of ROLES) {
      const r = d.roles[role];
      if (!r || (!r.gc.length && !r.pc.length)) continue;
      rows.push(`  ${role} ${r.tp}/${r.pc.length}/${r.gc.length}`);
      r.gc.forEach((c, i) => rows.push(`    gold ${r.goldTo[i] >= 0 ? 'HIT ' : 'MISS'} ${c.join(' | ')}${r.goldTo[i] >= 0 ? `   <- ${r.pc[r.goldTo[i]].join(' | ')}` : ''}`));
      r.pc.forEach((c, j) => {
        if (r.predTo[j] >= 0) return;
        // a wrong prediction that names a gold entity already matched: GRIT matches each gold entity once
        const dup = r.gc.some((g) => phiStrict(g, c));
        rows.push(`    pred WRONG ${c.join(' | ')}${dup ? '   (names an entity already matched)' : ''}`);
      });
    }
    const tp = Object.values(d.roles).reduce((a, r) => a + r.tp, 0);
    const sys = Object.values(d.roles).reduce((a, r) => a + r.pc.length, 0);
    const gl = Object.values(d.roles).reduce((a, r) => a + r.gc.length, 0);
    out.push(`${d.id} ${tp}/${sys}/${gl}`, ...rows, '');
  }
  writeFileSync(docsOut, out.join('\n'));
  console.error(`score: per-document lists in ${docsOut}`);
}

function round(c) { return { p: +c.p.toFixed(4), r: +c.r.toFixed(4), f1: +c.f1.toFixed(4), tp: c.tp, sys: c.sys, gold: c.gold }; }
