// A news outlet named as the story's source is no party to the event: "HOUSTON (AP) — A man was shot",
// "Police search for suspects - WMC Action News 5". Both role passes (the main event's and each entry's) skip it.
import type { Analysis } from '../analyse/index.js';
import type { Actor, Mention } from '../record/schema.js';

/**
 * A media actor's mention that credits the story rather than takes part in it: in parentheses ("(AP)", "(CBS)"),
 * in the headline (its outlet tail), or outside the article's content (a credit or copyright line).
 */
export function isCredit(a: Analysis, actor: Pick<Actor, 'kind'>, m: Pick<Mention, 'start' | 'end'>): boolean {
  if (actor.kind !== 'media') return false;
  if (!a.isContent(m.start, m.end) || a.zoneAt(m.start) === 'title') return true;
  return /\(\s*$/.test(a.text.slice(Math.max(0, m.start - 2), m.start)) && /^\s*\)/.test(a.text.slice(m.end, m.end + 2));
}
