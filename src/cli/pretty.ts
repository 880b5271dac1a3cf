// The human view of a record, for a terminal.
import { Chalk } from 'chalk';
import type { EventRecord, OutputRecord } from '../record/schema.js';

const at = (x: { start: number; end: number }): string => `[${x.start}–${x.end}]`;

export function prettyRecord(r: OutputRecord, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  if ('error' in r) {
    const where = r.error.line ? ` (line ${r.error.line})` : '';
    return `${c.bold(r.id)}  ${c.red(`error ${r.error.code}`)}${where}: ${r.error.message}\n`;
  }
  const rec = r as EventRecord;
  const out: string[] = [];
  const byId = <T extends { id: string }>(xs: T[], id: string | null): T | undefined => (id ? xs.find((x) => x.id === id) : undefined);
  out.push(`${c.bold(rec.id)}  ${c.dim(`published ${rec.published.value ?? 'unknown'} (${rec.published.source})`)}`);
  if (rec.title) out.push(c.bold.cyan(rec.title));
  const e = rec.event;
  if (e) {
    const names = (ids: string[]) => ids.map((id) => byId(rec.actors, id)?.name ?? id).join(', ') || '—';
    const date = byId(rec.dates, e.date);
    const place = byId(rec.places, e.location);
    out.push('');
    out.push(`${c.yellow('event')}  ${c.bold(e.type.label)} (CAMEO ${e.type.code}), trigger “${e.trigger.text}” ${c.dim(at(e.trigger))}`);
    out.push(`  when   ${date ? `${date.value ?? '?'} (“${date.text}”)` : '—'}`);
    out.push(`  where  ${place ? `${place.name}${place.country ? `, ${place.country}` : ''}` : '—'}`);
    out.push(`  who    ${names(e.perpetrators)}  →  ${names(e.targets)}`);
    if (e.victims.length) out.push(`  victims ${names(e.victims)}`);
    out.push(`  killed ${e.killed ?? '—'}   injured ${e.injured ?? '—'}`);
  } else out.push(c.dim('no event found'));
  const section = (name: string, lines: string[]) => {
    if (!lines.length) return;
    out.push('', c.yellow(`${name} (${lines.length})`), ...lines.map((l) => `  ${l}`));
  };
  section('dates', rec.dates.map((d) => `${c.dim(d.id)} “${d.text}” → ${c.green(d.value ?? 'unresolved')} ${c.dim(`${d.type}${d.relative ? ', relative' : ''} ${at(d)}`)}`));
  section('places', rec.places.map((p) => {
    const where = [p.admin1, p.country].filter(Boolean).join(', ');
    const ll = p.lat !== null && p.lon !== null ? ` ${p.lat.toFixed(2)},${p.lon.toFixed(2)}` : '';
    return `${c.dim(p.id)} ${c.bold(p.name)} ${c.dim(`${p.kind}${where ? ` — ${where}` : ''}${ll}, ${p.mentions.length} mention${p.mentions.length > 1 ? 's' : ''}`)}`;
  }));
  section('actors', rec.actors.map((a) => {
    const about = [a.kind, a.title, a.country, a.affiliation ? `backed by ${a.affiliation}` : null].filter(Boolean).join(', ');
    return `${c.dim(a.id)} ${c.bold(a.name)} ${c.dim(`${about}, ${a.mentions.length} mention${a.mentions.length > 1 ? 's' : ''}`)}`;
  }));
  section('counts', rec.counts.map((n) => `${c.dim(n.id)} “${n.text}” → ${c.green(String(n.value))}${n.max !== undefined ? `–${n.max}` : ''} ${n.unit ?? ''} ${c.dim(`${n.category}, ${n.qualifier}`)}`));
  section('quotes', rec.quotes.map((q) => `${c.dim(q.id)} ${c.italic(`“${q.text.length > 100 ? q.text.slice(0, 97) + '…' : q.text}”`)} ${c.dim('—')} ${q.speaker?.name ?? c.dim('unattributed')} ${c.dim(`(${q.type}${q.verb ? `, ${q.verb}` : ''})`)}`));
  if (rec.warnings.length) out.push('', ...rec.warnings.map((w) => c.magenta(`warning: ${w}`)));
  return out.join('\n') + '\n';
}
