// Places and actors are found independently; where an actor's proper name contains a place name
// ("Europe" in "Organisation for Security and Cooperation in Europe", "Pacific" in "CITIC Pacific"),
// the name is one organisation, not a place. Descriptive actors ("Iran-backed militias",
// "US forces") keep their place: there the country really is named.
import type { ActorNameMention } from './actors.js';
import type { ResolvedPlace } from './places.js';

export function dropPlacesInsideActorNames(places: (ResolvedPlace & { id: string })[], actors: { mentions: ActorNameMention[] }[]): ResolvedPlace[] {
  const names = actors.flatMap((a) => a.mentions.filter((m) => !m.descriptive));
  const inside = (m: { start: number; end: number }) =>
    names.some((n) => n.start <= m.start && m.end <= n.end && n.end - n.start > m.end - m.start);
  const kept: ResolvedPlace[] = [];
  for (const { id: _id, ...place } of places) {
    const mentions = place.mentions.filter((m) => !inside(m));
    if (mentions.length > 0) kept.push({ ...place, mentions });
  }
  return kept;
}
