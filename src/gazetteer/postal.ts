// US postal towns: the town name the US Postal Service gives each ZIP code, with the ZIP's centre. A news
// story names the neighbourhood or the unincorporated place ("Landover", "Allapattah", "Foothill Farms");
// the address the incident gets is the postal town's ("Hyattsville", "Miami", "Sacramento"). Prepared at
// build time from the `zipcodes` package (BSD) into dist/gazetteer/data/postal.json, read on first use.
import { foldName } from './prepare.js';

/** One state's postal towns: their names, and each ZIP centre as [lat*1000, lon*1000, name index] triples. */
export interface PostalState {
  n: string[];
  p: number[];
}
/** By two-letter state code ("MD"). */
export type PostalIndex = Record<string, PostalState>;

/**
 * A ZIP code of one addressee, not of a town: a business, a bank, an agency or a mail service ("Parcel Return
 * Service" has eleven ZIPs in the middle of Washington, "Internal Revenue", "First National Bank", "Kemper Ins Co").
 * Hand-written business words; the real towns with such a word ("Cut Bank", "Box Elder", "Medical Lake",
 * "Telephone") do not match.
 */
export const NON_TOWN = /\b(?:Inc|Co|Corp|Brm|Ins|Insurance|Svc|Service|Services|Ctr|Dept|Fund|Lottery|Lending|Revenue|Syste|Mail|Oil|Correction|Correctional|Return|Amer)\b|\bBank Of\b|\b(?:National|Natl|Nat) Bank\b|\bFirst Union\b|\bWells Fargo\b|\bMedical Center\b|\w\s+Telephone\b|\bNaval (?:Reserve|Supply)\b/;

/** Builds the index from `zipcodes`' rows ({ zip, latitude, longitude, city, state, country }); addressees' ZIPs (NON_TOWN) are left out. */
export function preparePostal(rows: Iterable<{ latitude: number; longitude: number; city: string; state: string; country?: string }>): PostalIndex {
  const out: PostalIndex = {};
  const index = new Map<string, number>();
  for (const r of rows) {
    if ((r.country ?? 'US') !== 'US' || !r.city || NON_TOWN.test(r.city) || !Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) continue;
    const st = (out[r.state] ??= { n: [], p: [] });
    const key = `${r.state}|${r.city}`;
    let i = index.get(key);
    if (i === undefined) {
      i = st.n.length;
      st.n.push(r.city);
      index.set(key, i);
    }
    st.p.push(Math.round(r.latitude * 1000), Math.round(r.longitude * 1000), i);
  }
  return out;
}

/** A name folded for comparing postal spellings: "McKees Rocks" = "Mc Kees Rocks", "St. Louis" = "Saint Louis", "Ft. Myers" = "Fort Myers". */
export function postalKey(name: string): string {
  // "Washington, D.C.": the part after a comma names the state, not the town
  return foldName(name.replace(/\s*,.*$/, ''))
    .replace(/\b(?:st|ste)\b/g, 'saint')
    .replace(/\bft\b/g, 'fort')
    .replace(/\bmt\b/g, 'mount')
    .replace(/[^a-z]/g, '');
}

/** The states (two-letter codes) that have a postal town of each name, by the name's postal key. */
export function postalStatesByKey(index: PostalIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [state, st] of Object.entries(index)) {
    for (const n of st.n) {
      const key = postalKey(n);
      const states = out.get(key);
      if (!states) out.set(key, [state]);
      else if (!states.includes(state)) states.push(state);
    }
  }
  return out;
}

/** How a place's postal town was found. */
export type PostalHow = 'postal.same-town' | 'postal.spelling' | 'postal.nearest-zip';

export interface PostalTown {
  name: string;
  lat: number;
  lon: number;
  how: PostalHow;
}

/** Farthest a ZIP centre may lie from the place for its town to be the place's postal town. */
export const POSTAL_RADIUS_KM = 12;

/** Kilometres between two points (equirectangular: exact enough at the distances of a town and its suburbs). */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.hypot(x, y) * 6371;
}

/**
 * The postal town of a US place (state by its two-letter code): the place itself when a ZIP carries its
 * name (in the postal spelling), else the town of the nearest ZIP centre within POSTAL_RADIUS_KM; null when
 * the index does not know the state or no ZIP lies that close.
 */
export function postalTownIn(index: PostalIndex, state: string, name: string, lat: number | null, lon: number | null): PostalTown | null {
  const st = Object.hasOwn(index, state) ? index[state] : undefined;
  if (!st) return null;
  const key = postalKey(name);
  const at = (i: number): { lat: number; lon: number } => {
    for (let k = 0; k < st.p.length; k += 3) if (st.p[k + 2] === i) return { lat: st.p[k] / 1000, lon: st.p[k + 1] / 1000 };
    return { lat: lat ?? 0, lon: lon ?? 0 };
  };
  const same = st.n.findIndex((n) => postalKey(n) === key);
  if (same >= 0) return { name: st.n[same], ...(lat !== null && lon !== null ? { lat, lon } : at(same)), how: st.n[same] === name ? 'postal.same-town' : 'postal.spelling' };
  if (lat === null || lon === null) return null;
  let best = -1;
  let bestKm = POSTAL_RADIUS_KM;
  for (let k = 0; k < st.p.length; k += 3) {
    const d = km(lat, lon, st.p[k] / 1000, st.p[k + 1] / 1000);
    if (d <= bestKm) {
      bestKm = d;
      best = k;
    }
  }
  if (best < 0) return null;
  return { name: st.n[st.p[best + 2]], lat: st.p[best] / 1000, lon: st.p[best + 1] / 1000, how: 'postal.nearest-zip' };
}
