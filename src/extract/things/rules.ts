// Thing rules as data, for the one runner (../runner.ts): one rule, a head noun of the things lexicon
// (lexicon/heads.json) with the words before it that belong to the thing ("the mayor's residence").
import type { Analysis } from '../../analyse/index.js';
import type { TextRule } from '../runner.js';
import { THING_HEADS } from './lexicon.js';
import type { ThingMention } from './extract.js';

export type ThingRule = TextRule<ThingMention, Analysis> & { readonly about: string };

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEADS = [...THING_HEADS.keys()].sort((x, y) => y.length - x.length);
// the head alone is searched (a scan with optional words in front tries every word of the text); its modifiers are read back from it
const HEAD = new RegExp(`\\b(?:${HEADS.map(esc).join('|')})\\b(?![-'’])`, 'gi');
/** Up to two words (a word or a possessive), a name in quotes before them (the "Santo Tomas" presidential farm) and a determiner right before the head. */
const BEFORE = /(?:\b(?:the|a|an|its|his|her|their|two|three|four|five|several|some|one|another)\s+)?(?:["“][^"”\n]{1,40}["”]\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}$/i;
/** Counts and quantity words before a thing's head (hand-written): they open the phrase and are left out of its words. */
const QUANTITY = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|several|some|many|numerous|various|few|both|all)$/i;
/** Modifiers that are no part of the thing ("at", "was"): a function word ends the phrase. */
const FUNCTION_WORD = /^(?:at|on|in|of|to|by|for|from|with|near|into|outside|inside|against|toward|towards|through|behind|during|after|before|and|or|but|was|were|is|are|be|been|that|which|who|attack(?:ed)?|bomb(?:ed)?|hit|struck|fired|set|the|a|an|said|says)$/i;

/** The thing whose head the match is, with the words before it that belong to it. */
/** True when the word at `offset` is a verb (not also an adjective or a noun): "destroyed two power pylons" is no thing's "destroyed". */
function verbAt(a: Analysis, offset: number): boolean {
  const s = a.sentenceAt(offset);
  if (!s) return false;
  for (let i = s.from; i < s.to; i++) {
    const t = a.terms[i];
    if (t.start === offset) return t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun');
    if (t.start > offset) break;
  }
  return false;
}

/** True when the word at `offset` is read as an adverb, adjective or expression and not a noun: "as well", "very well" are no oil well (asked of one-word heads only). */
function adverbAt(a: Analysis, offset: number): boolean {
  const s = a.sentenceAt(offset);
  if (!s) return false;
  for (let i = s.from; i < s.to; i++) {
    const t = a.terms[i];
    if (t.start === offset) return (t.tags.has('Adverb') || t.tags.has('Adjective') || t.tags.has('Expression')) && !t.tags.has('Noun');
    if (t.start > offset) break;
  }
  return false;
}

function buildThing({ start: at, end, text: headText }: { start: number; end: number; text: string }, a: Analysis, rule: string): ThingMention | null {
  const text = a.text;
  const kind = THING_HEADS.get(headText.toLowerCase().replace(/\s+/g, ' '));
  // only a one-word head can be another word's sense ("as well"): a listed head of two words is the thing whatever its first word's tag ("the electrical system")
  if (!kind || (!/\s/.test(headText.trim()) && adverbAt(a, at))) return null;
  const from = Math.max(0, at - 50);
  const lead = BEFORE.exec(text.slice(from, at));
  const leadText = lead ? lead[0] : '';
  let start = at - leadText.length;
  // drop leading words that are function words ("at the embassy" -> "the embassy")
  const mods = leadText.split(/\s+/).filter(Boolean);
  const whole = leadText + headText;
  let cut = 0;
  let pos = 0;
  // where the phrase with its count opens ("nine vehicles"): the event grammar reads the thing from there
  let open = -1;
  for (const w of mods) {
    const i = whole.indexOf(w, pos);
    pos = i + w.length;
    if (QUANTITY.test(w)) {
      if (open < 0) open = /^(?:the|a|an|its|his|her|their|another)$/i.test(whole.slice(cut).trim().split(/\s+/)[0] ?? '') ? cut : i;
      cut = pos;
      continue;
    }
    // a determiner or a number opens the phrase: what stands before it is no part of the thing ("burned two buses")
    if (/^(?:the|a|an|its|his|her|their|another)$/i.test(w)) [cut, open] = [i, -1];
    else if (FUNCTION_WORD.test(w.replace(/['’]s$/, '')) || /^\d/.test(w) || verbAt(a, start + i)) [cut, open] = [pos, -1];
  }
  const at0 = start;
  if (cut > 0) start += whole.slice(cut).search(/\S/) + cut;
  // a count or quantity is the thing's number, not its words, as a weapon's ("burned nine vehicles", "many houses" -> "vehicles", "houses")
  const opens = open >= 0 ? at0 + whole.slice(open).search(/\S/) + open : start;
  return { text: text.slice(start, end), start, end, head: headText.toLowerCase(), kind, rule, ...(opens < start ? { lead: opens } : {}) };
}

/** Heads of buildings that an owner follows with "of the" (hand-written): "the offices of the development corporation", "the headquarters of the police". */
const OWNED_HEAD = /^(?:offices?|headquarters|residences?|homes?|houses?|buildings?|premises|facilities|installations|embass(?:y|ies)|consulates?|branch(?:es)?)$/i;
/** "of the" and up to four words of the owner after such a head, to a comma, stop or function word. */
const OF_OWNER = /^\s+of\s+the\s+((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)/i;
const OWNER_STOP = /^(?:at|on|in|of|to|by|for|from|with|near|and|or|but|was|were|is|are|be|been|that|which|who|where|when|while|as|had|has|have|said|says)$/i;

/** The thing's phrase run on over its owner after "of the" ("the offices of the local development corporation"), to the last noun before a function word or a verb. */
function ofOwnerEnd(a: Analysis, t: ThingMention): number {
  if (!OWNED_HEAD.test(t.head)) return t.end;
  const m = OF_OWNER.exec(a.text.slice(t.end, t.end + 80));
  if (!m) return t.end;
  const from = t.end + m[0].length - m[1].length;
  const s = a.sentenceAt(from);
  if (!s) return t.end;
  let end = t.end;
  for (let i = s.from; i < s.to; i++) {
    const term = a.terms[i];
    if (term.start < from) continue;
    if (term.start >= t.end + m[0].length) break;
    const w = a.text.slice(term.start, term.end);
    if (OWNER_STOP.test(w) || (term.tags.has('Verb') && !term.tags.has('Noun') && !term.tags.has('Adjective'))) break;
    if (term.tags.has('Noun') || term.tags.has('ProperNoun')) end = term.end;
    if (/^[,;:.!?)]/.test(a.text.slice(term.end, term.end + 1))) break;
  }
  return end;
}

const thingRule = (id: string, about: string): ThingRule => ({
  id,
  about,
  text: HEAD,
  build: (match, a) => {
    const t = buildThing(match, a, id);
    if (!t) return t;
    const end = ofOwnerEnd(a, t);
    return end > t.end ? { ...t, end, text: a.text.slice(t.start, end) } : t;
  },
});

export const THING_RULES: readonly ThingRule[] = [
  thingRule('thing.head', 'an unnamed building, vehicle, facility or piece of infrastructure by a head noun of the things lexicon'),
];
