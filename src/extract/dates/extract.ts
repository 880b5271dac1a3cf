// The runner: owns the scan loop and the offset arithmetic, so no rule does offset maths.
// Each rule's pattern is compiled once per tagger, matched at word boundaries on the raw text,
// and its build step turns a match into a candidate (or rejects it, and the scan goes on one character later).
import { reportFailure, type Analysis, type Term } from '../../analyse/index.js';
import type { DateCandidate } from '../types.js';
import { FUTURE_MARKERS, INCIDENT_NOUNS } from './lexicon.js';
import { granularityOf, parseReference, type Tense } from './normalise.js';
import type { Anchor, DateForm, DateRule, RuleContext } from './types.js';
import type { Granularity } from '../../record/schema.js';

export interface CompiledRule {
  rule: DateRule;
  re: RegExp;
  /** Position in the rule list: the tie-breaker when two candidates cover the same span. */
  priority: number;
}

export function compileRules(rules: DateRule[]): CompiledRule[] {
  return rules.map((rule, priority) => ({
    rule,
    priority,
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.pattern})(?![\\p{L}\\p{N}])`, rule.pattern.includes('(?<x>') ? 'gud' : 'gu'),
  }));
}

/** A candidate with the priority of its rule (used by the refiners, dropped at the end). */
export type RawCandidate = DateCandidate & { priority: number; anchor?: Anchor; form?: DateForm; chrono?: boolean };

const MAX_TEXT = 5_000_000; // the CLI's default --max-bytes; beyond it the scan is skipped

/** Index of the term that contains or follows an offset (binary search). */
function termAt(terms: Term[], offset: number): number {
  let lo = 0;
  let hi = terms.length - 1;
  let best = terms.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid].end > offset) { best = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return best;
}

const INTENT_VERBS = new Set([
  'plan', 'plans', 'planned', 'planning', 'set', 'scheduled', 'expected', 'due', 'going', 'intend', 'intends', 'intended', 'hope', 'hopes',
  'hoped', 'aim', 'aims', 'aimed', 'want', 'wants', 'wanted', 'likely', 'ready', 'prepared', 'preparing', 'decided', 'agreed', 'promised', 'vowed',
]);

const FUTURE_CUE = /(?:\bas soon as(?: [a-z]+){0,3}|\bas early as|\b(?:starting|beginning|until|till|effective|by))\s(?:(?:next|noon|midnight|\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?(?:\s[A-Z]{2,4})?),?\s)?$/i;

/** Tense of the clause around [start, end): the nearest verb group decides; "will", "is expected to" ... read as future. */
export function tenseAround(a: Analysis, start: number, end: number): Tense {
  const terms = a.terms;
  if (!terms.length) return 'none';
  const i = termAt(terms, start);
  if (i >= terms.length) return 'none';
  // "as early as Tuesday", "until 9 a.m. Tuesday", "effective Feb. 1": the day lies ahead,
  // unless a past perfect puts the limit behind ("had not called him a suspect until Thursday")
  const cue = FUTURE_CUE.exec(a.text.slice(Math.max(0, start - 40), start));
  const group = verbGroupTense(a, i, start, end);
  if (cue && !(/^(?:until|till|by)\b/i.test(cue[0]) && group === 'perfect')) return 'future';
  return group === 'perfect' ? 'past' : group;
}

/** How many terms a progressive ("are meeting") may stand before the day it sets ahead: "is leaving for Paris on Friday". */
const PROGRESSIVE_REACH = 5;

/** A possessive "'s" right after a date: the date modifies the noun that follows ("Sunday's shooting"). */
const POSSESSIVE_AFTER = /^['’]s\b/;

/** A noun of a thing that happened between the verb and the day ("investigating a shooting Tuesday"). */
const incidentBetween = (terms: Analysis['terms'], verb: number, day: number): boolean => {
  for (let k = verb + 1; k < day; k++) if (INCIDENT_NOUNS.has(terms[k].normal)) return true;
  return false;
};

/** Tense of the verb group that governs the term at index i ('perfect' for a past perfect). */
function verbGroupTense(a: Analysis, i: number, start: number, end: number): Tense | 'perfect' {
  const terms = a.terms;
  const sentence = terms[i].sentence;
  // the governing verb: English puts an adverbial after its verb, so look back first, then ahead
  let best: number | null = null;
  for (let k = i - 1; k >= Math.max(0, i - 15); k--) {
    const t = terms[k];
    if (t.sentence !== sentence) break;
    if (t.tags.has('Verb')) { best = k; break; }
  }
  if (best === null) {
    for (let k = i; k < Math.min(terms.length, i + 15); k++) {
      const t = terms[k];
      if (t.sentence !== sentence) break;
      if (t.start >= start && t.end <= end) continue;
      if (t.tags.has('Verb')) { best = k; break; }
    }
  }
  if (best === null) return 'none';
  // the verb group: the verb and up to six terms before it ("was set to resume", "will not be able to meet");
  // a future marker anywhere in it wins over a past participle ("will be named", "would be paid")
  let past = false;
  let perfect = false;
  for (let k = best; k >= Math.max(0, best - 6); k--) {
    const t = terms[k];
    if (t.sentence !== sentence) break;
    if (k < best && !t.tags.has('Verb') && !t.tags.has('Adverb') && !t.tags.has('Negative') && t.normal !== 'to' && !t.tags.has('Pronoun')) break;
    if (FUTURE_MARKERS.has(t.normal) || t.tags.has('FutureTense')) return 'future';
    // "planned to leave", "is to resume", "were set to meet": an arrangement ahead
    if (t.normal === 'to' && k > 0 && (INTENT_VERBS.has(terms[k - 1].normal) || /^(?:is|are|am|was|were)$/.test(terms[k - 1].normal))) return 'future';
    if (t.normal === 'to') continue;
    if (t.normal === 'had') perfect = true;
    if (t.tags.has('PastTense') || /^(?:was|were|had|did)$/.test(t.normal)) past = true;
  }
  if (perfect) return 'perfect';
  if (past) return 'past';
  const verb = terms[best];
  if (verb.tags.has('PresentTense') || verb.tags.has('Infinitive') || verb.tags.has('Gerund')) {
    const prev = terms[best - 1];
    // "are meeting Monday": an arrangement ahead; but past a noun phrase the day dates that noun, not the verb
    // ("Police are investigating a shooting involving two teens in the Ninth Ward Saturday night")
    // (and a day in the possessive dates the noun after it: "are investigating Sunday's shooting")
    // (and a day right after a noun of a thing that happened dates it: "are investigating a shooting Tuesday night")
    if (prev && verb.tags.has('Gerund') && /^(?:is|are|am)$/.test(prev.normal) && i - best <= PROGRESSIVE_REACH && !POSSESSIVE_AFTER.test(a.text.slice(end, end + 3)) && !incidentBetween(terms, best, i)) return 'future';
    return 'none';
  }
  return 'none';
}

/** Runs every rule over the text and returns all raw candidates (overlapping ones included). */
export function runRules(a: Analysis, rules: CompiledRule[]): RawCandidate[] {
  const text = a.text;
  if (!text || text.length > MAX_TEXT) return [];
  const ref = parseReference(a.reference);
  const out: RawCandidate[] = [];
  const tenseCache = new Map<number, Tense>();
  for (const { rule, re, priority } of rules) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex = m.index + 1; continue; }
      // a rule may mark its extent with a group named x; the rest of the match is context
      const span = m.indices?.groups?.x;
      const start = span ? span[0] : m.index;
      const end = span ? span[1] : m.index + m[0].length;
      if (end <= start) { re.lastIndex = m.index + 1; continue; }
      const ctx: RuleContext = {
        text,
        start,
        end,
        ref,
        tense: () => {
          let t = tenseCache.get(start);
          if (t === undefined) { t = tenseAround(a, start, end); tenseCache.set(start, t); }
          return t;
        },
        window: (before, after) => text.slice(Math.max(0, start - before), Math.min(text.length, end + after)),
      };
      let result = null;
      try {
        result = rule.build(m, ctx);
      } catch (e) {
        // the rule is skipped at this match, and the record says so (stage_failed)
        reportFailure(a, `dates rule ${rule.id}`, e);
        result = null;
      }
      if (!result) { re.lastIndex = m.index + 1; continue; }
      out.push({
        text: text.slice(start, end),
        start,
        end,
        type: result.type,
        value: result.value,
        granularity: (result.granularity !== undefined ? result.granularity : granularityOf(result.value)) as Granularity | null,
        relative: result.relative,
        rule: rule.id,
        priority,
        ...(rule.form ? { form: rule.form } : {}),
        ...(result.anchor ? { anchor: result.anchor } : {}),
      });
    }
  }
  return out;
}
