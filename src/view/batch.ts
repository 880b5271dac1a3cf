// The page for a batch: a sortable table of the events, a timeline by event date, and a map of event
// locations drawn over the build-time world outlines (dist/view/world.json). Records are reduced to rows as
// they arrive, so a large batch keeps only what the page shows.
import { readFileSync } from 'node:fs';
import type { EventRecord, OutputRecord } from '../record/schema.js';
import { eventsOf, eventId } from './events.js';
import { page } from './page.js';
import { escapeHtml as esc } from './spans.js';
import { dayNumber, dayString } from '../record/days.js';

interface Row {
  record: string;
  title: string;
  event: string;
  status: string;
  code: string;
  label: string;
  trigger: string;
  date: string | null;
  location: string;
  country: string;
  lat: number | null;
  lon: number | null;
  killed: number | null;
  injured: number | null;
}

interface World {
  width: number;
  height: number;
  source: string;
  countries: { name: string; d: string }[];
}

/** The outlines prepared by scripts/build-world.mjs (the URL holds from dist/view and from the bundle in dist/cli), read for each page's map. */
function loadWorld(): World {
  return JSON.parse(readFileSync(new URL('../../dist/view/world.json', import.meta.url), 'utf8')) as World;
}

function rowsOf(r: EventRecord): Row[] {
  return eventsOf(r).map((e, i) => {
    const date = r.dates.find((d) => d.id === e.date);
    const place = r.places.find((p) => p.id === e.location);
    return {
      record: r.id,
      title: r.title ?? '',
      event: eventId(e, i),
      status: e.status ?? '',
      code: e.type.code,
      label: e.type.label,
      trigger: e.trigger.text,
      date: date?.value ?? null,
      location: place?.name ?? '',
      country: place?.country ?? '',
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      killed: e.killed,
      injured: e.injured,
    };
  });
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function table(rows: Row[]): string {
  const cols: [string, (r: Row) => string | number | null, boolean][] = [
    ['record', (r) => r.record, false],
    ['event', (r) => r.event, false],
    ['type', (r) => `${r.label} (${r.code})`, false],
    ['trigger', (r) => r.trigger, false],
    ['date', (r) => r.date, false],
    ['location', (r) => r.location, false],
    ['country', (r) => r.country, false],
    ['killed', (r) => r.killed, true],
    ['injured', (r) => r.injured, true],
  ];
  const head = cols.map(([name]) => `<th scope="col" aria-sort="none"><button type="button">${name}</button></th>`).join('');
  const body = rows
    .map((r) => `<tr>${cols.map(([, get, numeric]) => {
      const v = get(r);
      const text = v === null || v === '' ? '—' : String(v);
      return numeric ? `<td class="num" data-v="${v ?? -1}">${text}</td>` : `<td${v === null ? ' data-v=""' : ''}>${esc(text)}</td>`;
    }).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll"><table id="events"><caption class="meta">Events: click a column's heading to sort by it</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function timeline(rows: Row[]): string {
  const byDay = new Map<number, Row[]>();
  for (const r of rows) {
    const d = dayNumber(r.date);
    if (d !== null) byDay.set(d, [...(byDay.get(d) ?? []), r]);
  }
  const undated = rows.length - [...byDay.values()].reduce((n, xs) => n + xs.length, 0);
  if (byDay.size === 0) return `<p>No event has a day-precise date (${plural(undated, 'event')} undated).</p>`;
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const first = days[0];
  const last = Math.max(days[days.length - 1], first + 1);
  const most = Math.max(...[...byDay.values()].map((xs) => xs.length));
  const [x0, w, h] = [12, 280, 40];
  const step = w / (last - first + 1);
  const bars = days
    .map((d) => {
      const xs = byDay.get(d)!;
      const bh = Math.max(1, (xs.length / most) * h);
      const ids = xs.slice(0, 6).map((r) => `${r.record} ${r.event}`).join(', ') + (xs.length > 6 ? ', …' : '');
      return `<rect class="bar" x="${(x0 + (d - first) * step).toFixed(2)}" y="${(6 + h - bh).toFixed(2)}" width="${Math.max(0.6, step * 0.8).toFixed(2)}" height="${bh.toFixed(2)}"><title>${dayString(d)}: ${plural(xs.length, 'event')} (${esc(ids)})</title></rect>`;
    })
    .join('');
  const axis = `<line class="axis" x1="${x0}" y1="${6 + h}" x2="${x0 + w}" y2="${6 + h}"/><text x="${x0}" y="${6 + h + 5}">${dayString(first)}</text><text x="${x0 + w}" y="${6 + h + 5}" text-anchor="end">${dayString(last)}</text><text x="${x0 - 2}" y="9" text-anchor="end">${most}</text>`;
  const desc = `${plural(rows.length - undated, 'dated event')} from ${dayString(first)} to ${dayString(days[days.length - 1])}; at most ${most} on one day${undated ? `; ${undated} undated` : ''}.`;
  return `<svg class="timeline" viewBox="0 0 300 ${h + 14}" role="img" aria-labelledby="tl-t tl-d"><title id="tl-t">Timeline: events per day</title><desc id="tl-d">${esc(desc)}</desc>${axis}${bars}</svg><p class="meta">${esc(desc)}</p>`;
}

function map(rows: Row[]): string {
  const w = loadWorld();
  const at = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.lat === null || r.lon === null) continue;
    const key = `${r.lat.toFixed(1)},${r.lon.toFixed(1)}`;
    at.set(key, [...(at.get(key) ?? []), r]);
  }
  const located = [...at.values()].reduce((n, xs) => n + xs.length, 0);
  const land = w.countries.map((c) => `<path d="${c.d}"><title>${esc(c.name)}</title></path>`).join('');
  const dots = [...at.values()]
    .sort((a, b) => b.length - a.length)
    .map((xs) => {
      const r = xs[0];
      const radius = Math.min(6, 0.9 + Math.sqrt(xs.length) * 0.5);
      const name = `${r.location}${r.country ? `, ${r.country}` : ''}`;
      return `<circle class="dot" cx="${(r.lon! + 180).toFixed(2)}" cy="${(90 - r.lat!).toFixed(2)}" r="${radius.toFixed(2)}"><title>${esc(name)}: ${plural(xs.length, 'event')}</title></circle>`;
    })
    .join('');
  const desc = `${plural(located, 'event')} at ${plural(at.size, 'location')}${rows.length > located ? `; ${rows.length - located} without coordinates` : ''}.`;
  return `<svg class="map" viewBox="0 8 ${w.width} 142" role="img" aria-labelledby="map-t map-d"><title id="map-t">Map of event locations</title><desc id="map-d">${esc(desc)}</desc><g class="land">${land}</g>${dots}</svg><p class="meta">${esc(desc)} Outlines: ${esc(w.source)}.</p>`;
}

const SCRIPT = `(function(){
var t=document.getElementById('events');if(!t)return;
var ths=t.querySelectorAll('th');
ths.forEach(function(th,col){th.querySelector('button').addEventListener('click',function(){
  var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
  ths.forEach(function(x){x.setAttribute('aria-sort','none')});th.setAttribute('aria-sort',dir);
  var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
  var val=function(r){var c=r.cells[col];return c.hasAttribute('data-v')?c.getAttribute('data-v'):c.textContent};
  var num=th.parentNode.cells[col]&&rows.every(function(r){var v=val(r);return v===''||!isNaN(Number(v))});
  rows.sort(function(a,b){var x=val(a),y=val(b),c=num?Number(x)-Number(y):x.localeCompare(y,undefined,{numeric:true});return dir==='ascending'?c:-c});
  var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r)});body.appendChild(f);
})});
})();`;

/** Collects a batch's records one by one; `html()` writes the page. */
export function batchPage(): { add(record: OutputRecord): void; html(): string } {
  const rows: Row[] = [];
  const errors: { id: string; code: string; message: string }[] = [];
  let records = 0;
  let withoutEvent = 0;
  return {
    add(record) {
      records++;
      if ('error' in record) {
        errors.push({ id: record.id, code: record.error.code, message: record.error.message });
        return;
      }
      const rs = rowsOf(record as EventRecord);
      if (rs.length === 0) withoutEvent++;
      rows.push(...rs);
    },
    html() {
      const summary = `${plural(records, 'record')}, ${plural(rows.length, 'event')}, ${withoutEvent} without an event, ${plural(errors.length, 'error record')}`;
      const errorList = errors.length
        ? `<h2>Error records (${errors.length})</h2><ul>${errors.map((e) => `<li class="error"><code>${esc(e.id)}</code> <strong>${esc(e.code)}</strong>: ${esc(e.message)}</li>`).join('')}</ul>`
        : '';
      const body = `<header><h1>newsx: ${plural(rows.length, 'event')}</h1><p class="meta">${esc(summary)}</p></header>
<main>
<h2>Timeline</h2>
${timeline(rows)}
<h2>Map</h2>
${map(rows)}
<h2>Events</h2>
${rows.length ? table(rows) : '<p>No event found.</p>'}
${errorList}
</main>`;
      return page(`newsx: ${summary}`, body, SCRIPT);
    },
  };
}
