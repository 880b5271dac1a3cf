// Groups records into incidents as they stream in: each record joins the best-scoring incident that no
// veto keeps it out of (src/incidents/rules.ts), or starts one. Candidates come from an index by day and
// region, so a record is compared only with incidents dated within the day tolerance in its region.
// Deterministic: the same records in the same order give the same incidents.
import type { Features, PlaceOut } from './features.js';
import { DAY_TOLERANCE, EVIDENCE, JOIN_SCORE, VETOES, type Evidence, type Profile, type Veto } from './rules.js';

/** What an incident keeps of each member for its merged fields (not the names and words). */
export interface Member {
  id: string;
  seq: number;
  published: number | null;
  dayMin: number | null;
  dayMax: number | null;
  dateFrom: Features['dateFrom'];
  dateValue: string | null;
  place: PlaceOut | null;
  killed: number | null;
  injured: number | null;
  type: Features['type'];
}

export interface Link {
  record: string;
  score: number;
  rules: { rule: string; detail?: string }[];
}

export interface Incident {
  /** 0-based, in order of first appearance. */
  index: number;
  members: Member[];
  /** How each member after the first joined. */
  links: Link[];
  profile: Profile;
}

export interface ResolverOptions {
  vetoes?: Veto[];
  evidence?: Evidence[];
  joinScore?: number;
}

/** The widest day range indexed (a month); a record dated more loosely is compared by region alone. */
const MAX_INDEXED_DAYS = 31;

export class IncidentResolver {
  readonly incidents: Incident[] = [];
  private readonly byDay = new Map<number, Map<string, number[]>>();
  private readonly undated: number[] = [];
  /** Incidents by the surnames of their people: where a follow-up, dated long after, finds its incident. */
  private readonly byName = new Map<string, number[]>();
  private readonly vetoes: Veto[];
  private readonly evidence: Evidence[];
  private readonly joinScore: number;
  /** Comparisons made (for the summary and the benchmark). */
  comparisons = 0;

  constructor(options: ResolverOptions = {}) {
    this.vetoes = options.vetoes ?? VETOES;
    this.evidence = options.evidence ?? EVIDENCE;
    this.joinScore = options.joinScore ?? JOIN_SCORE;
  }

  /** Adds one record's features; returns the index of the incident it is now in. */
  add(f: Features): number {
    let best: { incident: Incident; link: Link } | null = null;
    for (const i of this.candidates(f)) {
      const incident = this.incidents[i];
      this.comparisons++;
      if (this.vetoes.some((v) => v.applies(f, incident.profile))) continue;
      const rules: Link['rules'] = [];
      let score = 0;
      for (const e of this.evidence) {
        const got = e.score(f, incident.profile);
        if (got) {
          score += got.points;
          rules.push(got.detail === undefined ? { rule: e.id } : { rule: e.id, detail: got.detail });
        }
      }
      // the best score wins; on a tie, the earlier incident
      if (score >= this.joinScore && (!best || score > best.link.score)) best = { incident, link: { record: f.id, score, rules } };
    }
    const incident = best?.incident ?? this.open();
    if (best) incident.links.push(best.link);
    incident.members.push(member(f));
    absorb(incident.profile, f);
    this.index(incident.index, f);
    return incident.index;
  }

  private open(): Incident {
    const incident: Incident = {
      index: this.incidents.length,
      members: [],
      links: [],
      profile: { ranges: [], cities: new Set(), admin1s: new Set(), countries: new Set(), killed: [], injured: [], roleNames: new Set(), names: new Set(), words: new Set(), spots: new Set() },
    };
    this.incidents.push(incident);
    return incident;
  }

  private regionOf(f: Features): string {
    return f.admin1 ?? '';
  }

  private index(i: number, f: Features): void {
    for (const n of f.names) {
      const list = this.byName.get(n);
      if (!list) this.byName.set(n, [i]);
      else if (list.at(-1) !== i && !list.includes(i)) list.push(i);
    }
    if (f.dayMin === null || f.dayMax === null || f.dayMax - f.dayMin > MAX_INDEXED_DAYS) {
      if (!this.undated.includes(i)) this.undated.push(i);
      return;
    }
    const region = this.regionOf(f);
    for (let d = f.dayMin; d <= f.dayMax; d++) {
      let regions = this.byDay.get(d);
      if (!regions) this.byDay.set(d, (regions = new Map()));
      const list = regions.get(region);
      if (!list) regions.set(region, [i]);
      else if (list.at(-1) !== i && !list.includes(i)) list.push(i);
    }
  }

  /** Incidents that may hold the record, in order of first appearance. */
  private candidates(f: Features): number[] {
    const out = new Set<number>();
    for (const n of f.roleNames) for (const i of this.byName.get(n) ?? []) out.add(i);
    if (f.dayMin === null || f.dayMax === null || f.dayMax - f.dayMin > MAX_INDEXED_DAYS) return [...out].sort((a, b) => a - b);
    const region = this.regionOf(f);
    for (let d = f.dayMin - DAY_TOLERANCE; d <= f.dayMax + DAY_TOLERANCE; d++) {
      const regions = this.byDay.get(d);
      if (!regions) continue;
      // a record with a region meets that region's incidents and those with none; one without, every region's
      if (region) for (const key of [region, '']) for (const i of regions.get(key) ?? []) out.add(i);
      else for (const list of regions.values()) for (const i of list) out.add(i);
    }
    return [...out].sort((a, b) => a - b);
  }
}

function member(f: Features): Member {
  const { id, seq, published, dayMin, dayMax, dateFrom, dateValue, place, killed, injured, type } = f;
  return { id, seq, published, dayMin, dayMax, dateFrom, dateValue, place, killed, injured, type };
}

function absorb(p: Profile, f: Features): void {
  if (f.dayMin !== null && f.dayMax !== null) p.ranges.push([f.dayMin, f.dayMax, f.dateFrom === 'text']);
  if (f.city) p.cities.add(f.city);
  if (f.admin1) p.admin1s.add(f.admin1);
  if (f.country) p.countries.add(f.country);
  if (f.killed !== null) p.killed.push(f.killed);
  if (f.injured !== null) p.injured.push(f.injured);
  for (const n of f.roleNames) p.roleNames.add(n);
  for (const n of f.names) p.names.add(n);
  for (const w of f.words) p.words.add(w);
  for (const s of f.spots) p.spots.add(s);
}
