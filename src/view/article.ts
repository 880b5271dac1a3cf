// The page for one record: its text with every span highlighted, the event card(s) beside it, and a detail
// box that shows a span's id, value and `--explain` rule on hover, focus or click.
import type { EventRecord, OutputRecord } from '../record/schema.js';
import { eventsOf, eventId, type ViewEvent } from './events.js';
import { jsonForScript, legend, page } from './page.js';
import { escapeHtml as esc, markup, spansOf, SPAN_KINDS } from './spans.js';

type Fields = [string, string][];
interface ItemInfo {
  kind: string;
  fields: Fields;
  rule?: string;
}

const num = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : String(n));
const compact = (fields: [string, string | number | null | undefined][]): Fields =>
  fields.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [k, String(v)]);

/** What the detail box says about each item (by id): values only, read from the record. */
function itemInfo(r: EventRecord, events: ViewEvent[]): Record<string, ItemInfo> {
  const info: Record<string, ItemInfo> = {};
  for (const d of r.dates) info[d.id] = { kind: 'date', rule: d.rule, fields: compact([['value', d.value ?? 'unresolved'], ['type', d.type], ['granularity', d.granularity], ['relative', String(d.relative)]]) };
  for (const p of r.places)
    info[p.id] = {
      kind: 'place',
      rule: p.rule,
      fields: compact([['name', p.name], ['kind', p.kind], ['city', p.city], ['admin1', p.admin1], ['country', p.country], ['lat, lon', p.lat !== null && p.lon !== null ? `${p.lat}, ${p.lon}` : null], ['mentions', p.mentions.length]]),
    };
  for (const a of r.actors)
    info[a.id] = { kind: 'actor', rule: a.rule, fields: compact([['name', a.name], ['kind', a.kind], ['title', a.title], ['country', a.country], ['affiliation', a.affiliation], ['mentions', a.mentions.length]]) };
  for (const c of r.counts)
    info[c.id] = { kind: 'count', rule: c.rule, fields: compact([['value', c.max !== undefined ? `${c.value}–${c.max}` : c.value], ['qualifier', c.qualifier], ['unit', c.unit], ['category', c.category]]) };
  for (const q of r.quotes)
    info[q.id] = { kind: 'quote', rule: q.rule, fields: compact([['type', q.type], ['speaker', q.speaker ? `${q.speaker.name}${q.speaker.actor ? ` (${q.speaker.actor})` : ''}` : null], ['speaker rule', q.speaker?.rule], ['verb', q.verb]]) };
  events.forEach((e, i) => {
    info[eventId(e, i)] = { kind: 'event', rule: e.rules?.type, fields: compact([['type', `${e.type.label} (CAMEO ${e.type.code})`], ['status', e.status]]) };
  });
  return info;
}

function card(r: EventRecord, e: ViewEvent, i: number): string {
  const id = eventId(e, i);
  const rules = e.rules ?? {};
  const ref = (itemId: string | null, label: string | undefined): string =>
    itemId ? `<a href="#" data-goto="${esc(itemId)}">${esc(label ?? itemId)}</a> <code>${esc(itemId)}</code>` : '—';
  const actorList = (ids: string[]): string => ids.map((a) => ref(a, r.actors.find((x) => x.id === a)?.name)).join(', ') || '—';
  const date = r.dates.find((d) => d.id === e.date);
  const place = r.places.find((p) => p.id === e.location);
  const row = (name: string, html: string, rule?: string): string =>
    `<dt>${name}</dt><dd>${html}${rule ? ` <span class="rule" title="--explain rule">${esc(rule)}</span>` : ''}</dd>`;
  const rows = [
    row('trigger', `<a href="#" data-goto="${esc(id)}">“${esc(e.trigger.text)}”</a>`, e.trigger.rule),
    row('when', date ? `${ref(date.id, date.value ?? date.text)}${date.source === 'published' ? ' (publication day)' : ` “${esc(date.text)}”`}` : '—', rules.date),
    row('where', place ? `${ref(place.id, place.name)}${place.country ? `, ${esc(place.country)}` : ''}` : '—', rules.location),
    row('perpetrators', actorList(e.perpetrators), rules.perpetrators),
    row('targets', actorList(e.targets), rules.targets),
    row('victims', actorList(e.victims), rules.victims),
    row('killed', num(e.killed), rules.killed),
    row('injured', num(e.injured), rules.injured),
  ];
  if (e.weapons?.length) rows.push(row('weapons', e.weapons.map((w) => `${esc(w.text)} (${esc(w.kind)}${w.count !== undefined ? ` ×${w.count}` : ''})`).join(', ')));
  if (e.counts.length) rows.push(row('counts', e.counts.map((c) => ref(c, r.counts.find((x) => x.id === c)?.text)).join(', ')));
  const status = e.status ? `<span class="status">${esc(e.status)}</span>` : '';
  return `<section class="card" aria-labelledby="card-${esc(id)}"><h3 id="card-${esc(id)}">${esc(id)} · ${esc(e.type.label)} <code>CAMEO ${esc(e.type.code)}</code>${status}</h3><dl>${rows.join('')}</dl>${rules.type ? `<p class="rule">type: ${esc(rules.type)}</p>` : ''}</section>`;
}

const SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('newsx-data').textContent);
var box=document.getElementById('detail'),lit=[];
function el(t,x){var e=document.createElement(t);e.textContent=x;return e}
function show(m){
  lit.forEach(function(x){x.classList.remove('on')});
  var key=m.getAttribute('data-key'),id=m.getAttribute('data-id'),it=data.items[id]||{fields:[]};
  lit=Array.prototype.filter.call(document.querySelectorAll('article mark'),function(x){return x.getAttribute('data-key')===key});
  lit.forEach(function(x){x.classList.add('on')});
  var text=lit.map(function(x){return x.textContent}).join('');
  var dl=document.createElement('dl'),rows=[['id',id],['kind',m.getAttribute('data-kind')],['text',text]].concat(it.fields);
  var rule=data.rules[key]||it.rule;if(rule)rows.push(['rule',rule]);if(it.rule&&it.rule!==rule)rows.push(['item rule',it.rule]);
  rows.forEach(function(r){dl.appendChild(el('dt',r[0]));dl.appendChild(el('dd',r[1]))});
  box.replaceChildren(el('h3','Selected span'),dl);
}
var art=document.querySelector('article');
['mouseover','focusin','click'].forEach(function(ev){art.addEventListener(ev,function(e){var m=e.target.closest&&e.target.closest('mark');if(m)show(m)})});
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-goto]');if(!a)return;e.preventDefault();
  var m=document.querySelector('article mark[data-id="'+a.getAttribute('data-goto')+'"]');if(m){m.scrollIntoView({block:'center'});m.focus();show(m)}});
})();`;

export function articlePage(record: OutputRecord): string {
  if ('error' in record) {
    const body = `<header><h1>${esc(record.id)}</h1></header><main><p class="error"><strong>error ${esc(record.error.code)}</strong>: ${esc(record.error.message)}</p></main>`;
    return page(`newsx: ${record.id}`, body, '');
  }
  const r = record as EventRecord;
  const events = eventsOf(r);
  const spans = spansOf(r);
  const text = r.source?.text ?? '';
  const rules: Record<string, string> = {};
  for (const s of spans) if (s.rule) rules[s.key] = s.rule;
  const excluded = (r.source?.zones ?? []).filter((z) => z.kind === 'caption' || z.kind === 'boilerplate').length;
  const counts = `${r.dates.length} dates, ${r.places.length} places, ${r.actors.length} actors, ${r.counts.length} counts, ${r.quotes.length} quotes${excluded ? `; ${excluded} excluded line${excluded > 1 ? 's' : ''}` : ''}`;
  const body = `<header><h1>${esc(r.title ?? r.id)}</h1><p class="meta">${esc(r.id)} · published ${esc(r.published.value ?? 'unknown')} (${esc(r.published.source)}) · ${esc(counts)}</p>${legend(SPAN_KINDS.filter((k) => k !== 'weapon' || spans.some((s) => s.kind === 'weapon')))}</header>
<main class="layout">
<article class="text" aria-label="Article text with extracted spans">${text ? markup(text, spans, r.source?.zones) : '<em>(the record carries no text: run newsx view)</em>'}</article>
<aside aria-label="Events and details">
<h2>Event${events.length === 1 ? '' : 's'} (${events.length})</h2>
${events.map((e, i) => card(r, e, i)).join('\n') || '<p>No event found.</p>'}
<div class="detail" id="detail" aria-live="polite"><h3>Selected span</h3><p>Hover, focus (Tab) or click a highlighted span to see its id, value and rule.</p></div>
${r.warnings.length ? `<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
</aside>
</main>
<script type="application/json" id="newsx-data">${jsonForScript({ items: itemInfo(r, events), rules })}</script>`;
  return page(`newsx: ${r.title ?? r.id}`, body, SCRIPT);
}
