// Pass 4, prefixed words: a well-known armed group or an acronym inside "anti-ISIS", "pro-Hamas", "anti-NATO".
import type { ActorKind } from '../../../record/schema.js';
import { labelled, type Candidate, type Context } from '../context.js';
import { ARMED_GROUPS } from '../lexicon.js';
import { RULES } from '../rules.js';
import { isAcronymText } from '../util.js';

/** Names inside a prefixed word: "anti-ISIS", "pro-Hamas". */
export function prefixed(ctx: Context): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const t of a.terms) {
    const m = /^(?:anti|pro|non|ex|post|pre)-(\p{Lu}[\p{L}.-]*)$/u.exec(t.text);
    if (!m) continue;
    const name = m[1];
    const start = t.start + t.text.length - name.length;
    const end = t.start + t.text.length;
    if (a.text.slice(start, end) !== name) continue;
    const lower = name.toLowerCase();
    const kind: ActorKind | null = ARMED_GROUPS.has(lower) ? 'group' : isAcronymText(name) && !ctx.k.countries.countryByName(name) ? 'organization' : null;
    if (!kind) continue;
    out.push({ text: name, start, end, ...labelled(kind === 'group' ? RULES.prefixedGroup : RULES.prefixedAcronym), name, kind, title: null, country: null, affiliation: null });
  }
  return out;
}
