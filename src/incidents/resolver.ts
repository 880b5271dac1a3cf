// Groups records into incidents as they stream in: each record joins the best-scoring incident that no
// veto keeps it out of (src/incidents/rules.ts), or starts one. Candidates come from an index by day and
// region, so a record is compared only with incidents dated within the day tolerance in its region.
// Deterministic: the same records in the same order give the same incidents.
//
// Bounded memory: up to `window / 4` records held (50,000 by default), nothing is let go before the end,
// and the result is the same as with everything held. Past that, incidents are let go in order of first
// appearance once no later record can join them: the latest publication day seen is a watermark, and an
// incident whose last day is more than FOLLOW_UP_DAYS (and the day tolerance) behind it is closed. On a
// batch in order of publication, that keeps a few months of records. Past `window` records held (a batch
// in random order of days), the first incidents are let go even while open: memory stays bounded, and a
// late report of an incident let go starts another (README "Incidents").
import type { Features, PlaceOut } from './features.js';
import { DAY_TOLERANCE, EVIDENCE, gap, FOLLOW_UP_DAYS, JOIN_SCORE, MIN_EVIDENCE, VETOES, type Evidence, type Profile, type Veto } from './rules.js';

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
  /** The last day any member is about or was published on (null: no day at all). */
  last: number | null;
}

export interface ResolverOptions {
  vetoes?: Veto[];
  evidence?: Evidence[];
  joinScore?: number;
  /** The most records held before the first incidents are let go even while open (default 200,000). */
  window?: number;
}

/** The widest day range indexed (a month); a record dated more loosely joins no incident. */
const MAX_INDEXED_DAYS = 31;

/** How far behind the watermark an incident's last day must be before no record can join it. */
const CLOSED_AFTER_DAYS = FOLLOW_UP_DAYS + 2 * DAY_TOLERANCE + 1;

export class IncidentResolver {
  /** Every incident by its index; null once drained. */
  private readonly incidents: (Incident | null)[] = [];
  /** The first incident not yet drained. */
  private head = 0;
  /** The latest publication day seen. */
  private watermark = -Infinity;
  /** The watermark when the indexes were last pruned. */
  private pruned = -Infinity;
  private readonly byDay = new Map<number, Map<string, number[]>>();
  /**
   * Incidents by day and by what a record must share with one to join it (its city, state, people's names,
   * finer places, title words; NO_CITY for an incident without a city): with the
   * default rules a record that shares none of these with an incident cannot reach the join score with two
   * pieces of evidence (same day and published day make 4 only where no other-city penalty applies), so it
   * is compared only with the incidents this index gives. Null with other rules: every incident of the days.
   */
  private readonly byDayToken: Map<number, Map<string, number[]>> | null;
  /** Incidents by the surnames of the people in their roles and their city: where a follow-up, dated long after, finds its incident. */
  private readonly byName = new Map<string, number[]>();
  private readonly vetoes: Veto[];
  private readonly evidence: Evidence[];
  private readonly joinScore: number;
  private readonly window: number;
  /** Records in incidents not yet drained. */
  private held = 0;
  /** Incidents let go while still open, for the summary. */
  forced = 0;

  constructor(options: ResolverOptions = {}) {
    this.vetoes = options.vetoes ?? VETOES;
    this.evidence = options.evidence ?? EVIDENCE;
    this.joinScore = options.joinScore ?? JOIN_SCORE;
    this.window = options.window ?? 200_000;
    const defaults = this.vetoes === VETOES && this.evidence === EVIDENCE && this.joinScore >= JOIN_SCORE;
    this.byDayToken = defaults ? new Map() : null;
  }

  /** Adds one record's features; returns the index of the incident it is now in. */
  add(f: Features): number {
    let best: { incident: Incident; link: Link } | null = null;
    for (const i of this.candidates(f)) {
      const incident = this.incidents[i];
      if (!incident) continue;
      if (this.vetoes.some((v) => v.applies(f, incident.profile))) continue;
      const rules: Link['rules'] = [];
      let score = 0;
      let pieces = 0;
      for (const e of this.evidence) {
        const got = e.score(f, incident.profile);
        if (got) {
          score += got.points;
          if (got.points > 0) pieces++;
          rules.push(got.detail === undefined ? { rule: e.id } : { rule: e.id, detail: got.detail });
        }
      }
      // the best score wins; on a tie, the earlier incident
      if (pieces < MIN_EVIDENCE) continue;
      if (score >= this.joinScore && (!best || score > best.link.score)) best = { incident, link: { record: f.id, score, rules } };
    }
    const incident = best?.incident ?? this.open();
    if (best) incident.links.push(best.link);
    incident.members.push(this.member(f));
    this.held++;
    absorb(incident.profile, f);
    const last = Math.max(f.dayMax ?? -Infinity, f.published ?? -Infinity);
    if (last > -Infinity) incident.last = Math.max(incident.last ?? -Infinity, last);
    this.index(incident.index, f);
    this.indexTokens(incident);
    if (f.published !== null && f.published > this.watermark) this.watermark = f.published;
    return incident.index;
  }

  /** How many incidents so far (drained or not). */
  get size(): number {
    return this.incidents.length;
  }

  /**
   * The incidents no later record can join, in order of first appearance, each once (all that are left
   * when `all`): an incident waits for every earlier one. Drained incidents are forgotten.
   */
  drain(all = false): Incident[] {
    const out: Incident[] = [];
    const cutoff = this.watermark - CLOSED_AFTER_DAYS;
    while (this.head < this.incidents.length) {
      const incident = this.incidents[this.head]!;
      if (!all) {
        const closed = incident.last === null || incident.last < cutoff;
        if (this.held <= this.window / 4 || (!closed && this.held <= this.window)) break;
        if (!closed) this.forced++;
      }
      this.held -= incident.members.length;
      out.push(incident);
      this.incidents[this.head++] = null;
    }
    if (!all && cutoff - this.pruned >= 30) this.prune(cutoff);
    return out;
  }

  /** Forgets the index entries of days before the cutoff, and drained incidents in the name index. */
  private prune(cutoff: number): void {
    this.pruned = cutoff;
    for (const day of this.byDay.keys()) if (day < cutoff - DAY_TOLERANCE) this.byDay.delete(day);
    if (this.byDayToken) for (const day of this.byDayToken.keys()) if (day < cutoff - DAY_TOLERANCE) this.byDayToken.delete(day);
    for (const [key, list] of this.byName) {
      const live = list.filter((i) => this.incidents[i] !== null);
      if (live.length === 0) this.byName.delete(key);
      else if (live.length < list.length) this.byName.set(key, live);
    }
  }

  /** One object for each place and event type, shared by the members that give it (a million records hold few). */
  private readonly interned = new Map<string, PlaceOut | NonNullable<Features['type']>>();

  private intern<T extends PlaceOut | NonNullable<Features['type']>>(key: string, value: T): T {
    const known = this.interned.get(key) as T | undefined;
    if (known) return known;
    this.interned.set(key, value);
    return value;
  }

  private member(f: Features): Member {
    const { id, seq, published, dayMin, dayMax, dateFrom, dateValue, killed, injured } = f;
    const place = f.place && this.intern(`p|${f.place.name}|${f.place.city}|${f.place.admin1}|${f.place.country}|${f.place.lat}|${f.place.lon}`, f.place);
    const type = f.type && this.intern(`t|${f.type.code}|${f.type.label}`, f.type);
    return { id, seq, published, dayMin, dayMax, dateFrom, dateValue, place, killed, injured, type };
  }

  private open(): Incident {
    const incident: Incident = {
      index: this.incidents.length,
      members: [],
      links: [],
      profile: { ranges: [], cities: [], admin1s: [], admin1sTold: [], countries: [], countriesTold: [], killed: [], injured: [], roleNames: [], names: [], words: [], spots: [], points: [] },
      last: null,
    };
    this.incidents.push(incident);
    return incident;
  }

  private regionOf(f: Features): string {
    return f.admin1Told ? (f.admin1 ?? '') : '';
  }

  private index(i: number, f: Features): void {
    // by name and city; by name alone (for a follow-up that names no town), and by name and no city
    for (const n of f.roleNames) {
      indexUnder(this.byName, `${n}|${f.city ?? ''}`, i);
      if (f.admin1 !== null) indexUnder(this.byName, `${n}|@${f.admin1}`, i);
      // (a surname of many towns' incidents: the last entry only is checked, a repeat is harmless)
      const all = this.byName.get(`${n}|*`);
      if (!all) this.byName.set(`${n}|*`, [i]);
      else if (all.at(-1) !== i) all.push(i);
    }
    if (f.dayMin === null || f.dayMax === null || f.dayMax - f.dayMin > MAX_INDEXED_DAYS) return;
    const region = this.regionOf(f);
    for (let d = f.dayMin; d <= f.dayMax; d++) {
      let regions = this.byDay.get(d);
      if (!regions) this.byDay.set(d, (regions = new Map()));
      indexUnder(regions, region, i);
    }
  }

  /** Files the incident under every day of its members and every token it now has (see `byDayToken`). */
  private indexTokens(incident: Incident): void {
    if (!this.byDayToken) return;
    const p = incident.profile;
    const tokens = profileTokens(p);
    for (const [min, max] of p.ranges) {
      if (max - min > MAX_INDEXED_DAYS) continue;
      for (let d = min; d <= max; d++) {
        let byToken = this.byDayToken.get(d);
        if (!byToken) this.byDayToken.set(d, (byToken = new Map()));
        for (const t of tokens) indexUnder(byToken, t, incident.index);
      }
    }
  }

  /** Incidents that may hold the record, in order of first appearance. */
  private candidates(f: Features): number[] {
    const out = new Set<number>();
    // a follow-up (src/incidents/rules.ts) names two of the incident's people, in its city
    // (or one of the two names no town: then any incident that names the person, or those without a town)
    if (f.roleNames.length >= 2)
      for (const n of f.roleNames)
        for (const key of f.city === null ? [`${n}|*`] : [`${n}|${f.city}`, `${n}|`, `${n}|@${f.admin1}`]) for (const i of this.byName.get(key) ?? []) out.add(i);
    if (f.dayMin === null || f.dayMax === null || f.dayMax - f.dayMin > MAX_INDEXED_DAYS) return [...out].sort((a, b) => a - b);
    if (this.byDayToken && f.city !== null) {
      const tokens = recordTokens(f);
      for (let d = f.dayMin - DAY_TOLERANCE; d <= f.dayMax + DAY_TOLERANCE; d++) {
        const byToken = this.byDayToken.get(d);
        if (!byToken) continue;
        for (const t of tokens) for (const i of byToken.get(t) ?? []) out.add(i);
      }
      return [...out].sort((a, b) => a - b);
    }
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


/** An incident without a city: a record may join it on its days alone (no other-city penalty applies). */
const NO_CITY = '\u0000';

/**
 * What a record with a city may share with an incident it can join: its city, state, people's names, finer
 * places and title words. Not its toll: the same toll (1 point) joins only with the state (1) and both days (2+2),
 * less the other city's 2, and the state is a token already.
 */
function recordTokens(f: Features): string[] {
  const out = [NO_CITY];
  if (f.city !== null) out.push(`c|${f.city}`);
  if (f.admin1 !== null) out.push(`a|${f.admin1}`);
  for (const n of f.names) out.push(`n|${n}`);
  for (const x of f.spots) out.push(`s|${x}`);
  for (const w of f.words) out.push(`w|${w}`);
  return out;
}

/** The same tokens of an incident's profile (its role names are among its names). */
function profileTokens(p: Profile): string[] {
  const out = p.cities.length === 0 ? [NO_CITY] : [];
  for (const c of p.cities) out.push(`c|${c}`);
  for (const a of p.admin1s) out.push(`a|${a}`);
  for (const n of p.names) out.push(`n|${n}`);
  for (const x of p.spots) out.push(`s|${x}`);
  for (const w of p.words) out.push(`w|${w}`);
  return out;
}

function absorb(p: Profile, f: Features): void {
  if (f.dayMin !== null && f.dayMax !== null) {
    const away = p.ranges.length > 0 && p.ranges.every(([a, b]) => gap(f.dayMin!, f.dayMax!, a, b) > DAY_TOLERANCE);
    p.ranges.push(away ? [f.dayMin, f.dayMax, f.dateFrom === 'text', true] : [f.dayMin, f.dayMax, f.dateFrom === 'text']);
  }
  if (f.city) addNew(p.cities, f.city);
  if (f.admin1) addNew(p.admin1s, f.admin1);
  if (f.admin1 && f.admin1Told) addNew(p.admin1sTold, f.admin1);
  if (f.country) addNew(p.countries, f.country);
  if (f.country && f.countryTold) addNew(p.countriesTold, f.country);
  if (f.killed !== null) p.killed.push(f.killed);
  if (f.injured !== null) p.injured.push(f.injured);
  for (const n of f.roleNames) addNew(p.roleNames, n);
  for (const n of f.names) addNew(p.names, n);
  for (const w of f.words) addNew(p.words, w);
  for (const x of f.spots) addNew(p.spots, x);
  const at = f.place;
  if (at && at.lat !== null && at.lon !== null && p.points && !p.points.some(([a, b]) => a === at.lat && b === at.lon)) p.points.push([at.lat, at.lon]);
}

/** Adds to a short list once (an incident's lists hold a few items: arrays are smaller and faster than sets). */
function addNew<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Files an incident under a key once. */
function indexUnder(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [i]);
  else if (list.at(-1) !== i && !list.includes(i)) list.push(i);
}
