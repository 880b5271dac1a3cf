// The towns and counties named by their own services ("the Fort Wayne Police Department", "Chicago police",
// "the Pima County Sheriff's Department"): written names only; the resolve stage looks them up on the gazetteer
// (src/resolve/event-places.ts) and the event stage may take one as its place (src/event/location.ts).
import type { Analysis } from '../../analyse/index.js';

/** A town named by its service: the name as written, where it is first named, and how often. */
export interface ServiceTown {
  name: string;
  start: number;
  n: number;
}

/** A county named by its service, in text order (each mention). */
export interface ServiceCounty {
  name: string;
  start: number;
}

export interface ServiceNames {
  towns: ServiceTown[];
  counties: ServiceCounty[];
}

/** A capitalised word before a service's town or county that is not part of its name ("The Fort Wayne Police"). */
const LEADING_WORD = /^(?:The|A|An|By|In|At|And|Said|Of|For)\s+/;

/** "the Fort Wayne Police Department", "Chicago police", "Tucson Fire": a town's own service names the town. */
const LOCAL_SERVICE = /\b((?:[A-Z][a-z]+\.?|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2})(?:['’]s)?\s+(?:Police|police|Sheriff|Fire)\b/g;

/** "the Pima County Sheriff's Department": a county's own service names the county (and its state). */
const COUNTY_SERVICE = /\b((?:[A-Z][a-z]+\.?\s){1,3}(?:County|Parish))(?:['’]s)?\s+(?:Sheriff|Police|Coroner|Medical\s+Examiner|District\s+Attorney|Prosecutor|Fire)\b/g;

/** Every town and county of the content named by its own service. */
export function serviceNames(a: Analysis): ServiceNames {
  const seen = new Map<string, ServiceTown>();
  const local = new RegExp(LOCAL_SERVICE.source, LOCAL_SERVICE.flags);
  for (let m = local.exec(a.text); m; m = local.exec(a.text)) {
    if (!a.isContent(m.index, m.index + m[1].length)) continue;
    let name = m[1];
    // "The Fort Wayne", "Philadelphia": drop a leading article
    const lead = LEADING_WORD.exec(name);
    let start = m.index;
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (!name) continue;
    const e = seen.get(name);
    if (e) e.n++;
    else seen.set(name, { name, start, n: 1 });
  }
  const counties: ServiceCounty[] = [];
  const county = new RegExp(COUNTY_SERVICE.source, COUNTY_SERVICE.flags);
  for (let m = county.exec(a.text); m; m = county.exec(a.text)) {
    const lead = LEADING_WORD.exec(m[1]);
    const name = lead ? m[1].slice(lead[0].length) : m[1];
    const start = m.index + (lead ? lead[0].length : 0);
    if (!a.isContent(start, start + name.length)) continue;
    counties.push({ name, start });
  }
  return { towns: [...seen.values()], counties };
}
