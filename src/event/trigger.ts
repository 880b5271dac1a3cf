// The main event's trigger: the heaviest CAMEO trigger word of the headline and lead, else of the body.
import type { Analysis, Sentence } from '../analyse/index.js';
import { TRIGGERS, VIOLENT_ROOTS, WEAPON_SUBCODES, rootOf, type TriggerEntry } from './cameo.js';
import { TRIGGER_RULES } from './events/lexicon.js';

export interface Trigger {
  text: string;
  start: number;
  end: number;
  code: string;
  weight: number;
  sentence: Sentence;
  rule: string;
}

interface Form {
  words: string[];
  entry: TriggerEntry;
}

export type TriggerIndex = Map<string, Form[]>;

/** First word -> the forms that start with it, longest first. Built once when the module loads (the trigger list is fixed); read, never changed. */
const INDEX: TriggerIndex = buildTriggerIndex(TRIGGERS);

/** The trigger index of the CAMEO lexicon. */
export function triggerIndex(): TriggerIndex {
  return INDEX;
}

function buildTriggerIndex(entries: readonly TriggerEntry[]): TriggerIndex {
  const index = new Map<string, Form[]>();
  for (const entry of entries) {
    for (const f of entry.forms) {
      const words = f.split(' ');
      const list = index.get(words[0]) ?? [];
      list.push({ words, entry });
      index.set(words[0], list);
    }
  }
  for (const list of index.values()) list.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** Every trigger in a sentence, in text order. */
export function sentenceTriggers(a: Analysis, s: Sentence, index: TriggerIndex = INDEX): Trigger[] {
  const out: Trigger[] = [];
  const toks = a.terms.slice(s.from, s.to).filter((t) => t.text !== '');
  for (let i = 0; i < toks.length; i++) {
    const norm = toks[i].normal.replace(/[^a-z-]/g, '');
    const forms = index.get(norm);
    if (!forms) continue;
    for (const f of forms) {
      if (i + f.words.length > toks.length) continue;
      if (!f.words.every((w, n) => toks[i + n].normal.replace(/[^a-z-]/g, '') === w)) continue;
      const last = toks[i + f.words.length - 1];
      const start = toks[i].start;
      out.push({ text: a.text.slice(start, last.end), start, end: last.end, code: f.entry.code, weight: f.entry.weight, sentence: s, rule: f.entry.rule });
      i += f.words.length - 1;
      break;
    }
  }
  return out;
}

/** Sentences of the headline and lead: the title, then the first `n` content sentences of the body. */
export function leadSentences(a: Analysis, n: number): Sentence[] {
  const out: Sentence[] = [];
  let body = 0;
  for (const s of a.sentences) {
    if (!a.isContent(s.start, s.end)) continue;
    if (s.zone === 'title') out.push(s);
    else if (s.zone === 'body' && body < n) {
      out.push(s);
      body++;
    }
    if (body >= n) break;
  }
  return out;
}

function best(triggers: Trigger[]): Trigger | null {
  let b: Trigger | null = null;
  for (const t of triggers) if (!b || t.weight > b.weight) b = t;
  return b;
}

/** Where the main event's trigger is sought, in order: the first place with a trigger of at least `min` weight gives it. */
export interface TriggerSource {
  where: 'title' | 'lead' | 'body';
  min: number;
}

/** The headline names the main event; the lead's sentences come next, then the body; at last the lead's heaviest word, however light. */
export const TRIGGER_SOURCES: readonly TriggerSource[] = [
  { where: 'title', min: 5 },
  { where: 'lead', min: 5 },
  { where: 'body', min: 5 },
  { where: 'lead', min: 0 },
];

/** The heaviest trigger of a place of the text (earliest on a tie); in the body, the first sentence with a trigger of weight 10 or more stops the search. */
function heaviestIn(a: Analysis, where: TriggerSource['where'], lead: Sentence[], min: number): Trigger | null {
  if (where === 'title') return best(lead.filter((s) => s.zone === 'title').flatMap((s) => sentenceTriggers(a, s, INDEX)));
  if (where === 'lead') return best(lead.flatMap((s) => sentenceTriggers(a, s, INDEX)));
  const leadSet = new Set(lead.map((s) => s.i));
  let fromBody: Trigger | null = null;
  for (const s of a.sentences) {
    if (leadSet.has(s.i) || s.zone !== 'body' || !a.isContent(s.start, s.end)) continue;
    const b = best(sentenceTriggers(a, s, INDEX));
    if (b && b.weight >= min && (!fromBody || b.weight > fromBody.weight)) fromBody = b;
    if (fromBody && fromBody.weight >= 10) break;
  }
  return fromBody;
}

/**
 * The words of what violence leaves (death and injury: "Pollok boy injured", "was found dead"), from the events
 * pass's lexicon: the main event's trigger of last resort, when the headline and lead name no act at all.
 */
const CONSEQUENCE_RULES = new Set(['events.trigger-death', 'events.trigger-injury']);
const CONSEQUENCES: TriggerIndex = buildTriggerIndex(
  TRIGGER_RULES.filter((r) => CONSEQUENCE_RULES.has(r.id)).map((r) => ({ code: r.code, forms: r.forms, weight: r.weight, rule: r.id })),
);

/**
 * The trigger of the main event: the first source of TRIGGER_SOURCES with a heavy enough trigger, else the lead's first
 * word of death or injury (not before the lead's light words: "hunting-related deaths are down" is a statistic, and a
 * story that names no act but "said" is not measured better for it).
 */
export function findTrigger(a: Analysis): Trigger | null {
  const lead = leadSentences(a, 3);
  for (const src of TRIGGER_SOURCES) {
    const t = heaviestIn(a, src.where, lead, src.min);
    if (t && t.weight >= src.min) return t;
  }
  return lead.flatMap((s) => sentenceTriggers(a, s, CONSEQUENCES))[0] ?? null;
}

/** A rule that makes the trigger's CAMEO code finer from the words around it; the first that gives a code wins. */
export interface CodeRule {
  id: string;
  what: string;
  /** The finer code, or null when the rule does not apply. */
  build(a: Analysis, t: Trigger): string | null;
}

export const CODE_RULES: readonly CodeRule[] = [
  {
    id: 'event.violent-protest',
    what: 'a protest (14x) whose sentence or lead tells of violence (a trigger of root 18, 19 or 20, or a riot) is a violent protest (145)',
    build: (a, t) => {
      if (rootOf(t.code) !== '14' || t.code === '145') return null;
      const violent = [t.sentence, ...leadSentences(a, 2)].some((s) => sentenceTriggers(a, s, INDEX).some((x) => VIOLENT_ROOTS.has(rootOf(x.code)) || x.code === '145'));
      return violent ? '145' : null;
    },
  },
  {
    id: 'event.weapon-subcode',
    what: 'a fight (190) made finer by the weapons its sentence or the lead names: aircraft -> 195, rockets -> 194, guns -> 193',
    build: (a, t) => {
      if (t.code !== '190') return null;
      const texts = [t.sentence.text, ...leadSentences(a, 2).map((s) => s.text)];
      for (const text of texts) for (const w of WEAPON_SUBCODES) if (w.re.test(text)) return w.code;
      return null;
    },
  },
];

/** The trigger's code made finer by the first rule of CODE_RULES that applies, else the trigger's own code and rule. */
export function refineCode(a: Analysis, t: Trigger): { code: string; rule: string } {
  for (const r of CODE_RULES) {
    const code = r.build(a, t);
    if (code !== null) return { code, rule: r.id };
  }
  return { code: t.code, rule: t.rule };
}
