// An incident as `newsx incidents` writes it: its records, and the fields its records agree on. The
// value most records give wins (ties: the earlier record); casualty counts that grow take the latest
// report's ("died later at the hospital"). Where records disagree, `disagreements` lists every value and
// its records.
import { dayString } from '../record/days.js';
import type { Incident, Member } from './resolver.js';

export interface IncidentOut {
  incident: string;
  records: string[];
  date: { value: string | null; min: string | null; max: string | null; source: 'text' | 'published' | 'none' };
  place: { name: string; city: string | null; admin1: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  killed: number | null;
  injured: number | null;
  type: { code: string; label: string } | null;
  evidence: { record: string; score: number; rules: { rule: string; detail?: string }[] }[];
  disagreements: { field: 'date' | 'place' | 'killed' | 'injured' | 'type'; values: { value: string | number; records: string[] }[] }[];
}

export const incidentId = (index: number): string => `i${index + 1}`;

/** Values with their records, most records first (ties: the value seen first). */
function tally<T extends string | number>(members: Member[], get: (m: Member) => T | null): { value: T; records: string[] }[] {
  const by = new Map<T, string[]>();
  for (const m of members) {
    const v = get(m);
    if (v === null) continue;
    const list = by.get(v);
    if (list) list.push(m.id);
    else by.set(v, [m.id]);
  }
  return [...by.entries()].map(([value, records]) => ({ value, records })).sort((a, b) => b.records.length - a.records.length);
}

/** A casualty count: the latest report's when it is the largest (the toll grew), else the most given. */
function count(members: Member[], get: (m: Member) => number | null): number | null {
  const known = members.filter((m) => get(m) !== null);
  if (known.length === 0) return null;
  // the latest: the last published, then the last in the input
  const latest = known.reduce((a, b) => ((b.published ?? -Infinity) >= (a.published ?? -Infinity) ? b : a));
  const values = known.map((m) => get(m)!);
  const last = get(latest)!;
  if (last === Math.max(...values)) return last;
  return tally(known, get)[0].value;
}

const placeKey = (m: Member): string | null => (m.place ? [m.place.city ?? m.place.name, m.place.admin1 ?? '', m.place.country ?? ''].join('|') : null);

export function incidentOut(incident: Incident): IncidentOut {
  const members = incident.members;
  const days = tally(members, (m) => (m.dateFrom === 'text' && m.dayMin !== null && m.dayMin === m.dayMax ? dayString(m.dayMin) : null));
  const ranged = members.filter((m) => m.dayMin !== null && m.dayMax !== null);
  const fromText = ranged.filter((m) => m.dateFrom === 'text');
  const span = fromText.length > 0 ? fromText : ranged;
  const date: IncidentOut['date'] = {
    value: days[0]?.value ?? null,
    min: span.length ? dayString(Math.min(...span.map((m) => m.dayMin!))) : null,
    max: span.length ? dayString(Math.max(...span.map((m) => m.dayMax!))) : null,
    source: fromText.length > 0 ? 'text' : ranged.length > 0 ? 'published' : 'none',
  };
  // the place: the one most records give, the finest first (a city over a bare state)
  const places = tally(members, placeKey);
  const finest = places.find((p) => members.find((m) => placeKey(m) === p.value)?.place?.city) ?? places[0];
  const place = finest ? members.find((m) => placeKey(m) === finest.value)!.place : null;
  const types = tally(members, (m) => m.type?.code ?? null);
  const type = types[0] ? members.find((m) => m.type?.code === types[0].value)!.type : null;
  const disagreements: IncidentOut['disagreements'] = [];
  const note = (field: IncidentOut['disagreements'][number]['field'], values: { value: string | number; records: string[] }[]) => {
    if (values.length > 1) disagreements.push({ field, values });
  };
  note('date', days);
  note('place', places.map((p) => ({ value: p.value.split('|').filter(Boolean).join(', '), records: p.records })));
  note('killed', tally(members, (m) => m.killed));
  note('injured', tally(members, (m) => m.injured));
  note('type', types);
  return {
    incident: incidentId(incident.index),
    records: members.map((m) => m.id),
    date,
    place: place ? { ...place } : null,
    killed: count(members, (m) => m.killed),
    injured: count(members, (m) => m.injured),
    type,
    evidence: incident.links,
    disagreements,
  };
}
