// Pass 3, descriptions: a country or a demonym with a group, military or government noun names an actor
// without a name ("Iran-backed militias", "US forces", "the US military", "Iraqi government").
import type { ActorKind } from '../../../record/schema.js';
import { labelled, type Candidate, type Context } from '../context.js';
import { GOVERNMENT_NOUNS, GROUP_NOUNS, MILITARY_NOUNS } from '../lexicon.js';
import { RULES } from '../rules.js';
import { isBacked } from '../util.js';

/** "Iran-backed militias", "US forces", "the US military", "Iraqi government", "an Iran-aligned group". */
export function descriptions(ctx: Context): Candidate[] {
  const { a } = ctx;
  const { terms, text } = a;
  const out: Candidate[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!/^\p{Lu}/u.test(t.text)) continue;
    // X-backed / X-aligned / X-supported: "Iran" + "-" + "backed"
    const n = terms[i + 1];
    let j = i + 1;
    let country: string | null = null;
    let affiliation: string | null = null;
    if (n && n.sentence === t.sentence && text.slice(t.end, n.start) === '-' && isBacked(n.normal)) {
      const c = ctx.k.countries.countryByName(t.text) ?? ctx.k.countries.countryByDemonym(t.text);
      if (!c) continue;
      affiliation = c.code;
      j = i + 2;
    } else {
      const c = ctx.k.countries.countryByName(t.text.replace(/['’]s$/u, '')) ?? ctx.k.countries.countryByDemonym(t.text);
      if (!c) continue;
      country = c.code;
    }
    const head = terms[j];
    if (!head || head.sentence !== t.sentence) continue;
    if (/[,.;:!?]/.test(terms[j - 1].post)) continue;
    const w = head.normal;
    const kind: ActorKind | null = GROUP_NOUNS.has(w) || (affiliation && /^(?:groups?|proxies|forces)$/.test(w))
      ? 'group'
      : MILITARY_NOUNS.has(w) || /^(?:troops|soldiers|marines)$/.test(w)
        ? 'military'
        : GOVERNMENT_NOUNS.has(w)
          ? 'government'
          : null;
    if (!kind) continue;
    if (head.text !== head.text.toLowerCase()) continue; // capitalised heads are names, handled by chunks
    const after = terms[j + 1];
    // "government radio", "cabinet minister": the noun is a modifier, not the actor
    if (after && after.sentence === head.sentence && !/[,.;:!?]/.test(head.post) && after.text === after.text.toLowerCase() && after.tags.has('Noun') && !after.tags.has('Pronoun')) continue;
    const end = head.end;
    const start = t.start;
    const span = text.slice(start, end);
    out.push({
      text: span,
      start,
      end,
      ...labelled(RULES.descriptive),
      name: span,
      kind: affiliation && kind === 'military' ? 'group' : kind,
      title: null,
      country,
      affiliation,
    });
  }
  return out;
}
