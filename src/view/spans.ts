// Spans of a record laid into its text as nested, escaped HTML marks (like brat: overlaps allowed).
// Pure offsets and strings: no language is read here.
import type { EventRecord, ZoneItem } from '../record/schema.js';
import { eventsOf, eventId } from './events.js';

export const SPAN_KINDS = ['date', 'place', 'actor', 'count', 'quote', 'trigger', 'weapon'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export interface Span {
  /** Unique per highlighted span: the item id, plus the mention's index for items with several mentions. */
  key: string;
  /** The record item's id (d1, p2, a3, c1, q1, e1). */
  id: string;
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  /** The `--explain` rule of this mention or item, when the record has it. */
  rule?: string;
}

/** Every span of the record that points into the text (a date standing for the publication day has none). */
export function spansOf(r: EventRecord): Span[] {
  const out: Span[] = [];
  for (const d of r.dates) if (d.end > d.start) out.push({ key: d.id, id: d.id, kind: 'date', start: d.start, end: d.end, text: d.text, rule: d.rule });
  for (const p of r.places) p.mentions.forEach((m, i) => out.push({ key: `${p.id}.${i}`, id: p.id, kind: 'place', start: m.start, end: m.end, text: m.text, rule: m.rule ?? p.rule }));
  for (const a of r.actors) a.mentions.forEach((m, i) => out.push({ key: `${a.id}.${i}`, id: a.id, kind: 'actor', start: m.start, end: m.end, text: m.text, rule: m.rule ?? a.rule }));
  for (const c of r.counts) out.push({ key: c.id, id: c.id, kind: 'count', start: c.start, end: c.end, text: c.text, rule: c.rule });
  for (const q of r.quotes) out.push({ key: q.id, id: q.id, kind: 'quote', start: q.start, end: q.end, text: q.text, rule: q.rule });
  eventsOf(r).forEach((e, i) => {
    const id = eventId(e, i);
    // an event's mentions may repeat its trigger: one mark per place in the text
    const at = new Set<string>();
    [e.trigger, ...(e.mentions ?? [])].forEach((m, j) => {
      if (at.has(`${m.start}-${m.end}`)) return;
      at.add(`${m.start}-${m.end}`);
      out.push({ key: `${id}.t${j}`, id, kind: 'trigger', start: m.start, end: m.end, text: m.text, rule: m.rule ?? e.rules?.type });
    });
    (e.weapons ?? []).forEach((w, j) => out.push({ key: `${id}.w${j}`, id, kind: 'weapon', start: w.start, end: w.end, text: w.text }));
  });
  const seen = new Set<string>();
  return out.filter((s) => s.end > s.start && !seen.has(s.key) && seen.add(s.key));
}

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

interface Interval {
  start: number;
  end: number;
  /** Outer first when two intervals are the same: zones, then quotes, then the rest. */
  rank: number;
  /** The end of the whole span (a piece cut at an enclosing mark's end ends before it). */
  fullEnd: number;
  open: (last: boolean, piece: number) => string;
  close: string;
}

const RANK: Record<SpanKind, number> = { quote: 1, actor: 2, place: 3, trigger: 4, weapon: 5, count: 6, date: 7 };
const before = (a: Interval, b: Interval): number => a.start - b.start || b.end - a.end || a.rank - b.rank;

/**
 * The text as HTML with each span in a `<mark>` and each excluded or title zone in a `<span>`.
 * Spans nest; a span that crosses an enclosing one's end is cut into pieces that share its `data-key`.
 */
export function markup(text: string, spans: Span[], zones: ZoneItem[] = []): string {
  const queue: Interval[] = [];
  for (const z of zones) {
    if (z.kind === 'body') continue;
    const excluded = z.kind !== 'title';
    queue.push({
      start: z.start,
      end: z.end,
      rank: 0,
      fullEnd: z.end,
      open: () => `<span class="zone z-${z.kind}" data-zone="${z.kind}"${z.rule ? ` data-rule="${escapeHtml(z.rule)}"` : ''}${excluded ? ` title="${z.kind}: excluded from extraction${z.rule ? ` (${escapeHtml(z.rule)})` : ''}"` : ''}>`,
      close: '</span>',
    });
  }
  for (const s of spans) {
    if (s.start < 0 || s.end > text.length) continue;
    queue.push({
      start: s.start,
      end: s.end,
      rank: RANK[s.kind],
      fullEnd: s.end,
      open: (last, piece) =>
        `<mark class="k-${s.kind}${last ? ' last' : ''}" data-kind="${s.kind}" data-id="${escapeHtml(s.id)}" data-key="${escapeHtml(s.key)}"${piece > 0 ? ` data-piece="${piece}"` : ''} tabindex="0">`,
      close: '</mark>',
    });
  }
  queue.sort(before);
  const pieces = new Map<Interval['open'], number>();
  const out: string[] = [];
  const stack: Interval[] = [];
  let pos = 0;
  const emitTo = (to: number) => {
    if (to > pos) out.push(escapeHtml(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  const closeTop = () => {
    const top = stack.pop()!;
    emitTo(top.end);
    out.push(top.close);
  };
  while (queue.length > 0) {
    let item = queue.shift()!;
    while (stack.length > 0 && stack[stack.length - 1].end <= item.start) closeTop();
    emitTo(item.start);
    const top = stack[stack.length - 1];
    if (top && item.end > top.end) {
      // crosses the enclosing mark's end: this piece ends there, the rest starts again after it
      const rest: Interval = { ...item, start: top.end };
      const at = queue.findIndex((q) => before(rest, q) < 0);
      queue.splice(at < 0 ? queue.length : at, 0, rest);
      item = { ...item, end: top.end };
    }
    const piece = pieces.get(item.open) ?? 0;
    pieces.set(item.open, piece + 1);
    out.push(item.open(item.end === item.fullEnd, piece));
    stack.push(item);
  }
  while (stack.length > 0) closeTop();
  emitTo(text.length);
  return out.join('');
}
