// Places and actors are found independently; where an actor's proper name contains a place name
// ("Europe" in "Organisation for Security and Cooperation in Europe", "Pacific" in "CITIC Pacific"),
// the name is one organisation, not a place; but a town's police, sheriff or fire service is named after the
// town ("Florence Police Department"), which stays a place. Descriptive actors ("Iran-backed militias",
// "US forces") keep their place: there the country really is named.
import type { ActorNameMention } from './actors.js';
import type { ResolvedPlace } from './places.js';
import { LOCAL_SERVICES } from '../extract/places/lexicon.js';

/** "Florence Police Department", "Aurora Fire": a town's own service is named after the town, which stays a place. */
function namesItsTown(n: { text: string; start: number }, m: { end: number }): boolean {
  const next = /^\s+([\p{L}']+)/u.exec(n.text.slice(m.end - n.start));
  return !!next && LOCAL_SERVICES.has(next[1].toLowerCase().replace(/'s$/, ''));
}

export function dropPlacesInsideActorNames(places: (ResolvedPlace & { id: string })[], actors: { kind: string; mentions: ActorNameMention[] }[]): ResolvedPlace[] {
  const names = actors.flatMap((a) => a.mentions.filter((m) => !m.descriptive).map((m) => ({ ...m, kind: a.kind })));
  const inside = (m: { start: number; end: number }) =>
    names.some((n) => n.start <= m.start && m.end <= n.end && !(n.start === m.start && namesItsTown(n, m)) &&
      // the same span: an actor keeps a place's span only as a company's short name (resolve/actors.ts)
      (n.end - n.start > m.end - m.start || n.kind !== 'person'));
  const kept: ResolvedPlace[] = [];
  for (const { id: _id, ...place } of places) {
    const mentions = place.mentions.filter((m) => !inside(m));
    if (mentions.length > 0) kept.push({ ...place, mentions });
  }
  return kept;
}
