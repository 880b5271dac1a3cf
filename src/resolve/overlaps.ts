// Places and actors are found independently; where an actor's proper name contains a place name
// ("Europe" in "Organisation for Security and Cooperation in Europe", "Pacific" in "CITIC Pacific"),
// the name is one organisation, not a place. Descriptive actors ("Iran-backed militias",
// "US forces") keep their place: there the country really is named.
import type { ActorNameMention } from './actors.js';
import type { ActorMention } from '../extract/types.js';
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

/** Rules that read a name as an organisation by the words around it, or by its own company suffix. */
const ORG_EVIDENCE = new Set(['actor.org-context', 'actor.org-acts', 'actor.org-suffix']);
const CORPORATE = /^(?:inc|corp|co|ltd|plc|llc|ag|sa|nv|gmbh|bv|spa|ab|asa|oyj|group|holdings?|corporation|company|limited|international|industries|s\.a|n\.v)\.?$/i;
const nameKey = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * resolve.town-named-company: a town's name that the document also gives a company, by the words around it
 * ("Magna was up 1/8", "Magna 's board") or by the company's full name ("Magna International Inc"), is the
 * company where the actors read it so: the town's mentions at those spans go (a country or region stays).
 */
export function yieldTownsToCompanies<P extends ResolvedPlace>(places: P[], actors: ActorMention[], text: string): P[] {
  const companies = new Set<string>();
  for (const m of actors) {
    if (m.kind !== 'organization' || m.descriptive || !ORG_EVIDENCE.has(m.rule)) continue;
    const words = m.name.split(/\s+/);
    let n = words.length;
    while (n > 1 && CORPORATE.test(words[n - 1])) n--;
    // a full name counts by its corporate suffix ("Magna International Inc"), not by any head word ("Newport News")
    if (m.rule === 'actor.org-suffix' && n === words.length) continue;
    companies.add(nameKey(words.slice(0, n).join(' ')));
  }
  if (companies.size === 0) return places;
  // a town after a locative word stays the town ("shot in Duquesne")
  const locative = (start: number): boolean => /(?:^|\s)(?:in|at|near|outside|from|to|into)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
  const orgSpans = new Set(actors.filter((m) => m.kind === 'organization' && !m.descriptive && !m.rule.startsWith('actor.sports-team') && companies.has(nameKey(m.text)) && !locative(m.start))
    .map((m) => `${m.start}:${m.end}`));
  if (orgSpans.size === 0) return places;
  const out: P[] = [];
  for (const p of places) {
    if (p.kind !== 'city') {
      out.push(p);
      continue;
    }
    const mentions = p.mentions.filter((m) => !orgSpans.has(`${m.start}:${m.end}`));
    if (mentions.length === p.mentions.length) out.push(p);
    else if (mentions.length > 0) out.push({ ...p, mentions });
  }
  return out;
}
