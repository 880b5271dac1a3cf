// Pass 1: every mention of an event of violence in the content, with its voice, number and the cues
// around it. Mentions inside quotations, negated ("no attacks"), intended ("to attack") or of another
// sense ("hunger strike") are left out.
import type { Analysis, Sentence } from '../../analyse/index.js';
import type { Quote } from '../../record/schema.js';
import type { TriggerEntry } from '../cameo.js';
import type { LexiconFile } from '../../extract/lexicon.js';
import cuesFile from './lexicon/mention-cues.json' with { type: 'json' };
import { TIME_THEN_BY } from './patterns.js';
import { EVENT_TRIGGERS, LIGHT_FORMS, LIGHT_VERB, NO_EVENT_AFTER, noEventBefore, SHOT_FORMS, SPORT_SHOT, WEAK_FORMS } from './lexicon.js';

export interface EventMention {
  text: string;
  start: number;
  end: number;
  code: string;
  weight: number;
  rule: string;
  sentence: Sentence;
  voice: 'active' | 'passive' | 'noun';
  plural: boolean;
  /** "the attack", "these strikes": a mention that points back. */
  definite: boolean;
}

interface Form {
  words: string[];
  entry: TriggerEntry;
}

/** First word -> the forms that start with it, longest (then heaviest) first; built once when the module loads from the fixed trigger list. */
const FORMS: ReadonlyMap<string, Form[]> = formIndex(EVENT_TRIGGERS);

function formIndex(entries: readonly TriggerEntry[]): Map<string, Form[]> {
  const out = new Map<string, Form[]>();
  for (const entry of entries) {
    for (const f of entry.forms) {
      const words = f.split(' ');
      const list = out.get(words[0]) ?? [];
      if (!list.some((x) => x.words.join(' ') === f)) list.push({ words, entry });
      out.set(words[0], list);
    }
  }
  for (const list of out.values()) list.sort((x, y) => y.words.length - x.words.length || y.entry.weight - x.entry.weight);
  return out;
}

const CUES = (cuesFile as LexiconFile<Record<'violent' | 'weakWords' | 'reducedPassive' | 'auxAdverbs', string[]>>).entries;

/** A sentence that speaks of violence: a weak form ("hit", "fire", "dead") counts only in one. */
const VIOLENT = new RegExp(`\\b(?:${CUES.violent.join('|')})\\b`, 'i');
/** The weak words themselves, left out of the sentence before it is tested for violence. */
const WEAK_WORDS = new RegExp(`\\b(?:${CUES.weakWords.join('|')})\\b`, 'gi');
/** Participles that read as a reduced passive when nothing or a preposition follows ("7 militants killed in blast"). */
const REDUCED_PASSIVE = new RegExp(`^(?:${CUES.reducedPassive.join('|')})$`, 'i');
/** An auxiliary, then up to two adverbs, just before a participle: the passive ("were also attacked", "was then bombed"). */
const AUX_ADVERBS = `(?:(?:${CUES.auxAdverbs.join('|')})\\s+){0,2}`;
const PASSIVE_AUX = new RegExp(`\\b(?:was|were|been|being|is|are|be|got|get)\\s+${AUX_ADVERBS}$`, 'i');

/** Whether a span lies in a direct quotation or is negated, intended or of another sense: no event of the article. */
export function isNoEvent(a: Analysis, quotes: readonly Quote[], start: number, end: number): boolean {
  const s = a.sentenceAt(start);
  const before = a.text.slice(Math.max(s?.start ?? 0, start - 40), start);
  return quotes.some((q) => q.type !== 'indirect' && start >= q.start && start < q.end) ||
    noEventBefore(before, a.text.slice(start, end)) || NO_EVENT_AFTER.test(a.text.slice(end, end + 30));
}

/** A sentence that speaks of violence, its weak words left out. */
const isViolent = (s: Sentence): boolean => VIOLENT.test(s.text.replace(WEAK_WORDS, ''));

/** A number or determiner right before a word: the word opens a noun phrase, it is no verb ("three bomb attacks"). */
const NOUN_PHRASE_OPENER = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|numerous|the|a|an|these|those|its|their)\s+$/i;

/**
 * Every mention of an event of violence outside direct quotations; with `quoted`, the definite ones inside them instead
 * ("are behind this criminal attack"): no event of their own, they point back to one told outside (pass 9).
 */
export function findMentions(a: Analysis, quotes: readonly Quote[], { quoted: inside = false }: { quoted?: boolean } = {}): EventMention[] {
  const forms = FORMS;
  const text = a.text;
  const out: EventMention[] = [];
  // only direct quotations hide their words (an indirect quote reports the event in the writer's words)
  const quoted = quotes.filter((q) => q.type !== 'indirect');
  const inQuote = (start: number): boolean => quoted.some((q) => start >= q.start && start < q.end);
  // the last body sentence with a mention
  let afterEvent = -2;
  for (const s of a.sentences) {
    if (!a.isContent(s.start, s.end) || (s.zone !== 'body' && s.zone !== 'title')) continue;
    const toks = a.terms.slice(s.from, s.to).filter((t) => t.text !== '');
    let violent: boolean | null = null;
    for (let i = 0; i < toks.length; i++) {
      const norm = toks[i].normal.replace(/[^a-z-]/g, '');
      const list = forms.get(norm);
      if (!list) continue;
      for (const f of list) {
        if (i + f.words.length > toks.length) continue;
        if (!f.words.every((w, n) => toks[i + n].normal.replace(/[^a-z-]/g, '') === w)) continue;
        const first = toks[i];
        const last = toks[i + f.words.length - 1];
        const start = first.start;
        const end = last.end;
        i += f.words.length - 1;
        const form = f.words.join(' ');
        const before = text.slice(Math.max(s.start, start - 40), start);
        if (inQuote(start) !== inside) break;
        if (noEventBefore(before, form) || NO_EVENT_AFTER.test(text.slice(end, end + 30))) break;
        if (SHOT_FORMS.test(form) && SPORT_SHOT.re.test(text.slice(end, end + 40))) break;
        if (LIGHT_FORMS.test(form) && LIGHT_VERB.re.test(text.slice(end, Math.min(s.end, end + 80)))) break;
        if (WEAK_FORMS.has(form)) {
          // or one that follows a body sentence with an event ("... 30 terrorists machinegunned a bus. They also burned a gas station")
          violent ??= isViolent(s) || (s.zone === 'body' && afterEvent === s.i - 1);
          if (!violent) break;
        }
        const tags = last.tags;
        const head = first.tags;
        // a headline's or a list's reduced passive: "7 militants killed in blast", "three people wounded, police said"
        // (also at a headline's end, "Teen shot dead", and "Teen shot and killed" there)
        const reduced = REDUCED_PASSIVE.test(form) &&
          /^(?:\s+and\s+(?:killed|wounded|injured|hurt)(?=[ \t]*(?:\n|$)))?(?:\s+(?:in|at|by|near|after|during|as|while|when|on|outside|inside|over|following|overnight|today|yesterday)\b|\s*[,.;:!?]|[ \t]*\n|\s*$)/i.test(text.slice(end, end + 24));
        // "the Jesuits murdered last Friday (17 November) by uniformed men": a participle before "by", past a time phrase, is passive
        const passive = reduced || tags.has('Passive') || (/ed$/i.test(form) && TIME_THEN_BY.test(text.slice(end, Math.min(s.end, end + 80)))) || (/(?:ed|en|shot|hit|struck|slain|hurt|blew up| hostage)$/i.test(form) && PASSIVE_AUX.test(before));
        // ", killing six": a participle after a comma takes an object, as a verb does
        const participle = /ing$/i.test(form) && /,\s*$/.test(before) && !/^\s+of\b/i.test(text.slice(end, end + 5));
        // "terrorists threw", "the FMLN set fire to", "the rebels set fire": a word the parse reads as a verb (not a
        // gerund: "the shooting") is no noun, whatever word stands before it
        const verbTags = f.words.length > 1 ? head : tags;
        // "claimed to have hit three gunmen", "has struck": a word after the perfect's auxiliary is its participle, not a noun
        const perfect = /\b(?:have|has|had|having)\s+(?:\w+ly\s+)?$/i.test(before);
        // "staged three bomb attacks", "the bomb attacks": a number or determiner right before the trigger opens a noun phrase,
        // whatever the parse makes of its first word ("bomb" read as a verb after "three")
        const determined = NOUN_PHRASE_OPENER.test(before);
        const pastVerb = perfect || !determined && (verbTags.has('PastTense') || (verbTags.has('Verb') && !verbTags.has('Gerund'))) && !verbTags.has('Noun');
        const noun = !passive && !participle && !pastVerb && ((f.words.length > 1 ? head.has('Noun') && !head.has('Verb') : tags.has('Noun')) || /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|several|many|numerous)\s+(?:[\w-]+\s+)?$/i.test(before) || /\b(?:the|a|an|this|that|these|those|its|their|his|her|of)\s+(?:[\w-]+\s+)?$/i.test(before) || /['’]s\s+(?:[\w-]+\s+)?$/.test(before)) && !/(?:ed)$/.test(form);
        const definite = /\b(?:the|this|that|these|those|its|their|same)\s+(?:[\w-]+\s+){0,2}$/i.test(before);
        if (inside && !definite) break;
        if (s.zone === 'body') afterEvent = s.i;
        out.push({
          text: text.slice(start, end),
          start,
          end,
          code: f.entry.code,
          weight: f.entry.weight,
          rule: f.entry.rule,
          sentence: s,
          voice: passive ? 'passive' : noun ? 'noun' : 'active',
          plural: tags.has('Plural') || /(?:ings|ks|kes|ies|ts|ds|sts|ons|ges|ers)$/i.test(form) && !/(?:kills|hits)$/i.test(form) && noun,
          definite,
        });
        break;
      }
    }
  }
  return out;
}
