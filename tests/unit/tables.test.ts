// Records -> rows (src/cli/tables.ts) and rows -> CSV text (src/cli/csv.ts), on hand-made records.
import { describe, expect, it } from 'vitest';
import { rowWriter } from '../../src/cli/csv.js';
import { EVENT_ROW_COLUMNS, TABLES, TABLE_NAMES, eventRows, tableRows } from '../../src/cli/tables.js';
import { SCHEMA_ID } from '../../src/record/id.js';
import type { EventRecord, OutputRecord } from '../../src/record/schema.js';

const m = (text: string, start: number) => ({ text, start, end: start + text.length });

function record(extra: Partial<EventRecord> & Record<string, unknown> = {}): EventRecord {
  return {
    schema: SCHEMA_ID,
    id: 'r1',
    title: 'Blast "hits", market',
    published: { value: '2024-03-02', source: 'input' },
    event: {
      type: { code: '183', label: 'conduct suicide, car, or other non-military bombing' },
      trigger: m('bomb', 10),
      date: 'd1',
      location: 'p1',
      perpetrators: ['a1', 'a2'],
      targets: ['a3'],
      victims: ['a3', 'a4'],
      killed: 4,
      injured: null,
      counts: ['c1'],
    },
    dates: [{ id: 'd1', ...m('Friday', 30), type: 'date', value: '2024-03-01', granularity: 'day', relative: true }],
    places: [
      { id: 'p1', name: 'Kabul', kind: 'city', country: 'AF', admin1: 'Kabul', city: null, lat: 34.5, lon: 69.2, mentions: [m('Kabul', 40)] },
      { id: 'p2', name: 'Kabul Bank', kind: 'facility', country: 'AF', admin1: null, city: 'Kabul', lat: null, lon: null, mentions: [m('Kabul Bank', 60), m('the bank', 90)] },
    ],
    actors: [
      { id: 'a1', name: 'Taliban', kind: 'group', title: null, country: 'AF', affiliation: null, mentions: [m('Taliban', 0)] },
      { id: 'a2', name: 'gunmen', kind: 'group', title: null, country: null, affiliation: null, mentions: [m('gunmen', 20)] },
      { id: 'a3', name: 'police', kind: 'government', title: null, country: 'AF', affiliation: null, mentions: [m('police', 70)] },
      { id: 'a4', name: 'Ali, "the baker"', kind: 'person', title: null, country: null, affiliation: null, mentions: [m('Ali', 80)] },
    ],
    counts: [{ id: 'c1', ...m('four people', 100), value: 4, qualifier: 'exact', unit: 'person', category: 'killed' }],
    quotes: [{ id: 'q1', ...m('It was\nterrible, "truly"', 120), type: 'direct', speaker: { name: 'police', actor: 'a3', ...m('police', 150) }, verb: 'said' }],
    meta: { source: 'wire' },
    warnings: [],
    ...extra,
  } as EventRecord;
}

const error: OutputRecord = { schema: SCHEMA_ID, id: 'stdin:3', error: { code: 'invalid_json', message: 'invalid JSON: Unexpected token', line: 3 } };

describe('eventRows (--format csv|tsv)', () => {
  it('has exactly the ACLED/GDELT-like columns, then error', () => {
    expect(EVENT_ROW_COLUMNS.map((c) => c.name).join(',')).toBe(
      'id,published,event_date,event_type,event_label,trigger,actor1,actor1_country,actor1_kind,actor2,actor2_country,actor2_kind,location,admin1,country,latitude,longitude,killed,injured,sentence,error',
    );
  });

  const cases: [string, OutputRecord, Record<string, unknown>[]][] = [
    [
      'the single event: perpetrators -> actor1, targets then victims (each once) -> actor2, aligned lists',
      record(),
      [{
        id: 'r1', published: '2024-03-02', event_date: '2024-03-01', event_type: '183', trigger: 'bomb',
        actor1: 'Taliban; gunmen', actor1_country: 'AF; ', actor1_kind: 'group; group',
        actor2: 'police; Ali, "the baker"', actor2_country: 'AF; ', actor2_kind: 'government; person',
        location: 'Kabul', admin1: 'Kabul', country: 'AF', latitude: 34.5, longitude: 69.2, killed: 4, injured: null, sentence: '', error: null,
      }],
    ],
    [
      'events[] wins over event: one row each; a place target is named by its place; the record\'s sentence is used',
      record({
        events: [
          { id: 'e1', status: 'reported', type: { code: '183', label: 'bombing' }, trigger: m('bomb', 10), sentence: m('A bomb hit Kabul Bank.', 5), date: null, location: 'p1', perpetrators: [], targets: ['p2'], victims: [], killed: null, injured: 2, counts: [], weapons: [] },
          { id: 'e2', status: 'background', type: { code: '173', label: 'arrest' }, trigger: m('arrested', 200), date: 'd1', location: null, perpetrators: ['a3'], targets: [], victims: ['a1'], killed: null, injured: null, counts: [], weapons: [] },
        ],
      }),
      [
        { id: 'r1', event_type: '183', actor1: '', actor2: 'Kabul Bank', actor2_kind: 'facility', actor2_country: 'AF', injured: 2, event_date: null, sentence: 'A bomb hit Kabul Bank.' },
        { id: 'r1', event_type: '173', actor1: 'police', actor2: 'Taliban', location: null, latitude: null, event_date: '2024-03-01', sentence: '' },
      ],
    ],
    ['a record without an event: one row, event columns empty', record({ event: null }), [{ id: 'r1', published: '2024-03-02', event_type: null, trigger: null, error: null }]],
    ['an error record: one row with the error column', error, [{ id: 'stdin:3', published: null, event_type: null, error: 'invalid_json: invalid JSON: Unexpected token' }]],
  ];
  it.each(cases)('%s', (_name, rec, expected) => {
    const rows = eventRows(rec);
    expect(rows).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(rows[i]).toMatchObject(want));
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(EVENT_ROW_COLUMNS.map((c) => c.name).sort());
  });
});

describe('tableRows (newsx tables)', () => {
  it('keys every row by record id and item id, with the columns declared for its table', () => {
    const t = tableRows(record());
    for (const name of TABLE_NAMES) for (const row of t[name]) expect(Object.keys(row).sort()).toEqual(TABLES[name].map((c) => c.name).sort());
    expect(t.records).toEqual([expect.objectContaining({ record_id: 'r1', status: 'ok', main_event_id: 'e1', events: 1, meta: '{"source":"wire"}' })]);
    expect(t.events).toEqual([expect.objectContaining({ record_id: 'r1', event_id: 'e1', main: true, perpetrators: 'a1; a2', victims: 'a3; a4', killed: 4 })]);
    expect(t.participants.map((p) => `${p.role}:${p.item_id}`)).toEqual(['perpetrator:a1', 'perpetrator:a2', 'target:a3', 'victim:a3', 'victim:a4']);
    expect(t.dates).toHaveLength(1);
    expect(t.places.map((p) => p.place_id)).toEqual(['p1', 'p2']);
    expect(t.actors.map((a) => [a.actor_id, a.named])).toEqual([['a1', true], ['a2', true], ['a3', true], ['a4', true]]);
    // one mention row per place and actor mention, and the event's trigger
    expect(t.mentions.map((x) => `${x.item_kind}:${x.item_id}:${x.start}`)).toEqual([
      'event:e1:10', 'place:p1:40', 'place:p2:60', 'place:p2:90', 'actor:a1:0', 'actor:a2:20', 'actor:a3:70', 'actor:a4:80',
    ]);
    expect(t.quotes).toEqual([expect.objectContaining({ quote_id: 'q1', speaker_actor_id: 'a3', speaker_start: 150 })]);
    expect(t.counts).toEqual([expect.objectContaining({ count_id: 'c1', value: 4, max: null })]);
  });

  it('takes the main event from event.id when the record has events[]', () => {
    const ev = (id: string) => ({ id, status: 'reported', type: { code: '190', label: 'x' }, trigger: m('x', 1), date: null, location: null, perpetrators: [], targets: [], victims: [], killed: null, injured: null, counts: [], weapons: [{ text: 'rifle', start: 5, end: 10, kind: 'firearm' }] });
    const t = tableRows(record({ events: [ev('e1'), ev('e2')], event: { ...ev('e2') } as EventRecord['event'] }));
    expect(t.records[0]).toMatchObject({ main_event_id: 'e2', events: 2 });
    expect(t.events.map((e) => [e.event_id, e.main, e.weapons])).toEqual([['e1', false, 'rifle'], ['e2', true, 'rifle']]);
  });

  it('keeps an error record as a records row (nothing lost) and nothing else', () => {
    const t = tableRows(error);
    expect(t.records).toEqual([expect.objectContaining({ record_id: 'stdin:3', status: 'error', error_code: 'invalid_json', error_line: 3 })]);
    for (const name of TABLE_NAMES.filter((n) => n !== 'records')) expect(t[name]).toEqual([]);
  });
});

describe('rowWriter (RFC 4180 text)', () => {
  const cols = [{ name: 'a', type: 'string' as const }, { name: 'b', type: 'int' as const }, { name: 'c', type: 'bool' as const }];
  it.each([
    ['csv', { a: 'plain', b: 1, c: true }, 'plain,1,true\n'],
    ['csv', { a: 'x, "y"\nz', b: null, c: false }, '"x, ""y""\nz",,false\n'],
    ['tsv', { a: 'tab\there', b: 0, c: null }, '"tab\there"\t0\t\n'],
    ['csv', { a: 'Zürich – “ok”', b: 2, c: null }, 'Zürich – “ok”,2,\n'],
  ] as const)('%s %j', (kind, row, text) => {
    const w = rowWriter(cols, kind);
    expect(w.header()).toBe(kind === 'csv' ? 'a,b,c\n' : 'a\tb\tc\n');
    expect(w.rows([row])).toBe(text);
  });
});
