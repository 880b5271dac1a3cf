// The view reads `record.events` when a record has them (id, status, weapons, more trigger mentions), else `record.event`.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import { articlePage, batchPage, spansOf } from '../../src/view/index.js';
import type { EventRecord } from '../../src/record/schema.js';

const TEXT = 'Gunmen attack convoy\n\nGunmen fired two rockets at a convoy in Kabul on Tuesday, killing 3 soldiers, police said. A second attack hit Herat.';

function record(): EventRecord {
  return extractDocument(makeDocument(TEXT, { id: 'k1', published: '2023-12-08' }), { explain: true, source: true });
}

describe('view events', () => {
  it('without `events`, the main event is shown as e1 with its trigger', () => {
    const { events: _events, ...r } = record() as EventRecord & { events?: unknown };
    expect(r.event).not.toBeNull();
    const triggers = spansOf(r).filter((s) => s.kind === 'trigger');
    expect(triggers).toEqual([expect.objectContaining({ key: 'e1.t0', id: 'e1', text: r.event!.trigger.text, start: r.event!.trigger.start })]);
    expect(r.source!.text).toBe(TEXT);
    expect(r.source!.zones.map((z) => z.kind)).toEqual(['title', 'body']);
  });

  it('with `events`, each entry: its id, status, other trigger mentions and weapons', () => {
    const r = record();
    const rockets = TEXT.indexOf('two rockets');
    const attack = TEXT.indexOf('attack hit');
    const withEvents = {
      ...r,
      events: [
        { ...r.event!, id: 'e1', status: 'reported', weapons: [{ text: 'two rockets', start: rockets, end: rockets + 11, kind: 'rocket', count: 2 }], mentions: [] },
        { ...r.event!, id: 'e2', status: 'background', trigger: { text: 'attack', start: attack, end: attack + 6 }, weapons: [], mentions: [] },
      ],
    } as EventRecord;
    const spans = spansOf(withEvents);
    expect(spans.filter((s) => s.kind === 'weapon')).toEqual([expect.objectContaining({ key: 'e1.w0', text: 'two rockets', start: rockets })]);
    expect(spans.filter((s) => s.kind === 'trigger').map((s) => s.key)).toEqual(['e1.t0', 'e2.t0']);
    const page = articlePage(withEvents);
    expect(page).toContain('<span class="status">background</span>');
    expect(page).toContain('two rockets (rocket ×2)');
    const batch = batchPage();
    batch.add(withEvents);
    batch.add({ schema: r.schema, id: 'bad', error: { code: 'empty_text', message: 'text is empty' } });
    const html = batch.html();
    expect(html).toContain('2 records, 2 events, 0 without an event, 1 error record');
    expect(html.match(/<tr>/g)!.length).toBe(3);
  });
});
