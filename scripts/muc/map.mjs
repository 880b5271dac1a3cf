// Maps newsx records (JSONL, one record a line) to MUC-4 role fillers for score.mjs.
// Usage: node map.mjs RECORDS.jsonl > PRED.jsonl   (or: ... | node map.mjs - > PRED.jsonl)
// Output line: {"id","PerpInd":[..],"PerpOrg":[..],"Target":[..],"Victim":[..],"Weapon":[..],"VictimNames":[..]}
//   events: every entry of events[] whatever its status; the single `event` only when there is no events[] array
//   (an empty events[] means no event: reading `event` there adds 3 PerpInd in study, off the reference numbers)
//   PerpInd: perpetrator actors of kind person or unnamed (named === false); PerpOrg: the other perpetrator actors
//   Target: target ids found in places[]; Victim: victims + target ids found in actors[]
//   Weapon: each event's weapons[].text
//   VictimNames: the Victim fillers whose actor has named !== false (for score.mjs --names-only-victims)
//   an actor or place is told by its first mention's text (mentions[0].text), else its name
//   each role is deduplicated by a normalised string (lower case, trimmed, articles a/an/the dropped)
import { readFileSync } from 'node:fs';

const src = process.argv[2] ?? '-';
const text = readFileSync(src === '-' ? 0 : src, 'utf8');
const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon', 'VictimNames'];
const key = (s) => String(s).toLowerCase().replace(/\b(?:a|an|the)\b/g, ' ').replace(/\s+/g, ' ').trim();
const label = (x) => x?.mentions?.[0]?.text ?? x?.name ?? null;

let n = 0, errors = 0;
for (const line of text.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  n++;
  if (r.error) errors++;
  const actors = new Map((r.actors ?? []).map((a) => [a.id, a]));
  const places = new Map((r.places ?? []).map((p) => [p.id, p]));
  const events = Array.isArray(r.events) ? r.events : r.event ? [r.event] : []; // an empty events[] is no event (its `event` is not read)
  const out = Object.fromEntries(ROLES.map((k) => [k, []]));
  const seen = Object.fromEntries(ROLES.map((k) => [k, new Set()]));
  const add = (role, s) => {
    if (typeof s !== 'string' || !s.trim()) return;
    const k = key(s);
    if (seen[role].has(k)) return;
    seen[role].add(k);
    out[role].push(s.trim());
  };
  const victim = (a) => { add('Victim', label(a)); if (a.named !== false) add('VictimNames', label(a)); };
  for (const e of events) {
    for (const id of e.perpetrators ?? []) {
      const a = actors.get(id);
      if (!a) continue;
      add(a.kind === 'person' || a.named === false ? 'PerpInd' : 'PerpOrg', label(a));
    }
    for (const id of e.targets ?? []) {
      if (places.has(id)) add('Target', label(places.get(id)));
      else if (actors.has(id)) victim(actors.get(id));
    }
    for (const id of e.victims ?? []) if (actors.has(id)) victim(actors.get(id));
    for (const w of e.weapons ?? []) add('Weapon', w?.text);
  }
  process.stdout.write(JSON.stringify({ id: r.id, ...out }) + '\n');
}
process.stderr.write(`map: ${n} records${errors ? `, ${errors} with an error` : ''}\n`);
