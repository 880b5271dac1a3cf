// The main event's trigger: the heaviest CAMEO trigger word of the headline and lead, else of the body.
import type { Analysis, Sentence } from '../analyse/index.js';
import { TRIGGERS, WEAPON_SUBCODES, rootOf, type TriggerEntry } from './cameo.js';

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

let built: TriggerIndex | null = null;

/** First word -> the forms that start with it, longest first. Built once (the trigger list is fixed); read, never changed. */
export function triggerIndex(): TriggerIndex {
  built ??= buildTriggerIndex();
  return built;
}

function buildTriggerIndex(): TriggerIndex {
  const index = new Map<string, Form[]>();
  for (const entry of TRIGGERS) {
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
export function sentenceTriggers(a: Analysis, s: Sentence, index: TriggerIndex = triggerIndex()): Trigger[] {
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

/** The trigger of the main event: the headline and lead first, then the rest of the content. */
export function findTrigger(a: Analysis): Trigger | null {
  const index = triggerIndex();
  const lead = leadSentences(a, 3);
  // the headline names the main event; the lead's sentences come next
  const fromTitle = best(lead.filter((s) => s.zone === 'title').flatMap((s) => sentenceTriggers(a, s, index)));
  if (fromTitle && fromTitle.weight >= 5) return fromTitle;
  const fromLead = best(lead.flatMap((s) => sentenceTriggers(a, s, index)));
  if (fromLead && fromLead.weight >= 5) return fromLead;
  const leadSet = new Set(lead.map((s) => s.i));
  let fromBody: Trigger | null = null;
  for (const s of a.sentences) {
    if (leadSet.has(s.i) || s.zone !== 'body' || !a.isContent(s.start, s.end)) continue;
    const b = best(sentenceTriggers(a, s, index));
    if (b && b.weight >= 5 && (!fromBody || b.weight > fromBody.weight)) fromBody = b;
    if (fromBody && fromBody.weight >= 10) break;
  }
  return fromBody ?? fromLead;
}

/** A fight (19x) made finer by the weapons its sentence or the lead names: rockets -> 194, aircraft -> 195, guns -> 193. */
export function refineCode(a: Analysis, t: Trigger): { code: string; rule: string } {
  if (rootOf(t.code) === '14' && t.code !== '145') {
    const index = triggerIndex();
    const violent = [t.sentence, ...leadSentences(a, 2)].some((s) => sentenceTriggers(a, s, index).some((x) => ['18', '19', '20'].includes(rootOf(x.code)) || x.code === '145'));
    return violent ? { code: '145', rule: 'event.violent-protest' } : { code: t.code, rule: t.rule };
  }
  if (t.code !== '190') return { code: t.code, rule: t.rule };
  const texts = [t.sentence.text, ...leadSentences(a, 2).map((s) => s.text)];
  for (const text of texts) {
    for (const w of WEAPON_SUBCODES) if (w.re.test(text)) return { code: w.code, rule: 'event.weapon-subcode' };
  }
  return { code: t.code, rule: t.rule };
}
