// Physical things that attacks hit, unnamed ("a church", "the embassy's gates", "a bus"), as candidates
// with spans and a place kind. The event passes make them targets (and record places) only when an
// event's grammar puts them in that role.
import type { Analysis } from '../../analyse/index.js';
import type { PlaceKind } from '../../record/schema.js';
import { THING_HEADS } from './lexicon.js';
import { THING_RULES } from './rules.js';

export interface ThingMention {
  text: string;
  start: number;
  end: number;
  /** The head as written, lower case ("residence"). */
  head: string;
  kind: PlaceKind;
  rule: string;
}

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEADS = [...THING_HEADS.keys()].sort((x, y) => y.length - x.length);
// the head alone is searched (a scan with optional words in front tries every word of the text); its modifiers are read back from it
const RE = new RegExp(`\\b(?:${HEADS.map(esc).join('|')})\\b(?![-'’])`, 'gi');
/** Up to two words (a word or a possessive) and a determiner right before the head. */
const BEFORE = /(?:\b(?:the|a|an|its|his|her|their|two|three|four|five|several|some|one|another)\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}$/i;
/** Modifiers that are no part of the thing ("at", "was"): a function word ends the phrase. */
const FUNCTION_WORD = /^(?:at|on|in|of|to|by|for|from|with|near|into|outside|inside|and|or|but|was|were|is|are|be|been|that|which|who|attack(?:ed)?|bomb(?:ed)?|hit|struck|fired|set|the|a|an|said|says)$/i;

export function extractThings(a: Analysis): ThingMention[] {
  const out: ThingMention[] = [];
  try {
    const text = a.text;
    RE.lastIndex = 0;
    for (let m = RE.exec(text); m; m = RE.exec(text)) {
      const headText = m[0];
      const kind = THING_HEADS.get(headText.toLowerCase().replace(/\s+/g, ' '));
      if (!kind) continue;
      const from = Math.max(0, m.index - 50);
      const lead = BEFORE.exec(text.slice(from, m.index));
      const leadText = lead ? lead[0] : '';
      let start = m.index - leadText.length;
      // drop leading words that are function words ("at the embassy" -> "the embassy")
      const mods = leadText.split(/\s+/).filter(Boolean);
      const whole = leadText + headText;
      let cut = 0;
      let at = 0;
      for (const w of mods) {
        const i = whole.indexOf(w, at);
        at = i + w.length;
        if (/^(?:the|a|an|its|his|her|their)$/i.test(w)) cut = i;
        else if (FUNCTION_WORD.test(w.replace(/['’]s$/, '')) || /^\d/.test(w)) cut = at;
      }
      if (cut > 0) start += whole.slice(cut).search(/\S/) + cut;
      const end = m.index + headText.length;
      out.push({ text: text.slice(start, end), start, end, head: headText.toLowerCase(), kind, rule: THING_RULES[0].id });
    }
  } catch {
    return [];
  }
  return out;
}
