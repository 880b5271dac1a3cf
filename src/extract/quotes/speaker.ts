// Speaker phrases around a cue: "Singh said", "the defense spokesperson said", "said Rep. Elijah
// Cummings of Maryland", "Mark MacDougall, an attorney for Pagliano, said", "she said".
import type { Term } from '../../analyse/index.js';
import type { SpeakerKind, SpeakerMention } from '../types.js';
import type { QuoteContext } from './context.js';
import { BETWEEN_SPEAKER_AND_CUE, CLAUSE_WORDS, FUNCTION_WORDS, ROLE_NOUNS, SPEAKER_PRONOUNS, STANCE_PHRASES, WIRE_CREDITS, type CueTable } from './lexicon.js';

/** The speaker rule ids: how a speaker phrase was found (each put on a mention by the code that finds it). */
export const SPEAKER_IDS = {
  beforeCue: 'speaker.before-cue',
  afterCue: 'speaker.after-cue',
  accordingTo: 'speaker.according-to',
  clauseSubject: 'speaker.clause-subject',
  floating: 'speaker.floating-previous',
  colonIntro: 'speaker.colon-intro',
  headline: 'speaker.headline-colon',
  headlineSubject: 'speaker.headline-subject',
  dashCredit: 'speaker.dash-credit',
  transcriptLabel: 'speaker.transcript-label',
  leadSubject: 'speaker.floating-lead-subject',
  outerReport: 'speaker.outer-report',
  participleNearestClause: 'speaker.participle-nearest-clause',
} as const;

const NOUNISH = ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Honorific', 'Abbreviation', 'Acronym', 'Organization', 'Person', 'Place', 'Cardinal', 'Ordinal'];
/** Prepositions that may sit inside a speaker phrase: "the spokesman for the ministry", "officials in Baghdad". */
const NP_PREPS = FUNCTION_WORDS['phrase-prepositions'];
const MAX_NP = 18;
/** The forms of "make" in "made it clear that", "makes it plain that". */
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** Relative pronouns that can stand for the speaker named just before them. */
const RELATIVE = FUNCTION_WORDS['relative-pronouns'];

const BOUNDARY_POST = /[,;:.!?)\]"“”‘’'—–«»]/;

function hasTag(t: Term, tags: string[]): boolean {
  return tags.some((k) => t.tags.has(k));
}

export function isPronoun(t: Term): boolean {
  // "He's said", "she'd said": a pronoun with its auxiliary contracted
  return Object.hasOwn(SPEAKER_PRONOUNS, t.normal) || (/['’](?:s|d|ve)$/.test(t.normal) && Object.hasOwn(SPEAKER_PRONOUNS, t.normal.replace(/['’](?:s|d|ve)$/, '')));
}

const POSSESSIVE_PRONOUNS = FUNCTION_WORDS['possessive-pronouns'];
const OBJECT_PRONOUNS = FUNCTION_WORDS['object-pronouns'];
/** Words that open a time phrase between a speaker and the cue ("this month", "in 2001"). */
const TIME_MODIFIERS = FUNCTION_WORDS['time-modifiers'];
const COORDINATORS = FUNCTION_WORDS.coordinators;
const PASSIVE_AUXILIARIES = FUNCTION_WORDS['passive-auxiliaries'];

function nounish(cues: CueTable, t: Term, prev?: Term, next?: Term): boolean {
  if (t.text === '') return false;
  if (t.post === '-' && /^\p{L}/u.test(t.text)) return true; // "labor-policy experts"
  if (OBJECT_PRONOUNS.has(t.normal) && prev && prev.tags.has('Preposition')) return true; // "those close to him"
  // a capitalised name read as a verb: "Trump, speaking ..."
  if (t.tags.has('Verb') && /^\p{Lu}\p{Ll}/u.test(t.text) && !cues.cue(t.normal) && (t.tags.has('ProperNoun') || t.tags.has('Infinitive') || t.tags.has('Imperative')) && !t.tags.has('Auxiliary')) return true;
  // a noun misread as a verb after a determiner or a name: "The Clinton campaign says"
  if (prev && t.tags.has('Verb') && (t.tags.has('PresentTense') || t.tags.has('Infinitive')) && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !cues.cue(t.normal)
    && !(next && (next.tags.has('Determiner') || next.tags.has('Pronoun') || next.tags.has('Possessive')))
    && !/[,;:]/.test(prev.post) && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('ProperNoun') || prev.tags.has('Adjective') || prev.tags.has('Value'))) return true;
  if (CLAUSE_WORDS.has(t.normal)) return false;
  if (cues.cue(t.normal) && t.tags.has('Verb') && !t.tags.has('Noun')) return false;
  if (t.tags.has('Verb') && !hasTag(t, ['Noun', 'Adjective', 'ProperNoun'])) return false;
  if (t.tags.has('Pronoun')) return false;
  return hasTag(t, NOUNISH) || /^\p{Lu}/u.test(t.text);
}

/**
 * The last term of a dateline: its wire credit ("HOUSTON (AP)"), or a place or credit before a dash set off
 * by spaces ("HOUSTON -- Authorities", "Texas (AP) - Officials"). No speaker phrase runs back across it.
 */
export function endsDateline(t: Term): boolean {
  if (/\(\s*$/.test(t.pre) && /^\s*\)/.test(t.post) && WIRE_CREDITS.has(t.normal)) return true;
  return /\s[-–—]{1,2}(?:\s|$)/.test(t.post) && (/^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text) || t.post.includes(')'));
}

/** A post that ends a phrase (a comma, a full stop that is not an abbreviation's, a mark). */
function breaksAfter(t: Term): boolean {
  if (endsDateline(t)) return true;
  if (/^\.?\)\s*$/.test(t.post)) return false; // "(R-Ga.)" inside a name phrase
  const post = t.post.replace(/[()]/g, '').trim();
  if (!post) return false;
  if (post === '.' && (hasTag(t, ['Abbreviation', 'Honorific']) || /^\p{Lu}$/u.test(t.text))) return false; // "Elijah E. Cummings": a middle initial
  if (post === '-' || post === '–') return false;
  return BOUNDARY_POST.test(post);
}

/**
 * Where the noun phrase ending at terms[end] starts, walking back over noun-like words, possessive pronouns and "of"-like
 * prepositions between nouns ("the head of the union"), at most MAX_NP words, never past a break, a mark or terms[min].
 */
function nounPhraseStart(ctx: QuoteContext, terms: readonly Term[], end: number, min: number): number {
  let k = end;
  while (k - 1 >= min && end - k < MAX_NP) {
    const t = terms[k - 1];
    if (breaksAfter(t) || marksBetween(ctx, t, terms[k])) break;
    if (nounish(ctx.cues, t, terms[k - 2], terms[k]) || POSSESSIVE_PRONOUNS.has(t.normal)) {
      k--;
      continue;
    }
    if (NP_PREPS.has(t.normal) && k - 2 >= min && nounish(ctx.cues, terms[k - 2]) && !breaksAfter(terms[k - 2])) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

/** Quote marks or a paragraph between two terms. */
function marksBetween(ctx: QuoteContext, a: Term, b: Term): boolean {
  if (b.start - a.end > 40) return true;
  const gap = ctx.text.slice(a.end, b.start);
  return /["“”«»\n]/.test(gap);
}

function kindOf(all: Term[]): SpeakerKind {
  if (all.length === 1 && (isPronoun(all[0]) || RELATIVE.has(all[0].normal))) return 'pronoun';
  // the head comes before any "at", "for", "of": "the superintendent at Sto-Rox" is a description
  const prep = all.findIndex((t, k) => k > 0 && NP_PREPS.has(t.normal));
  const ts = prep > 0 && !/,/.test(all[prep - 1].post) ? all.slice(0, prep) : all;
  const head = ts[ts.length - 1];
  if (ts.some((t) => t.tags.has('Person') && !t.tags.has('Possessive') && !t.tags.has('Honorific'))) return 'name';
  if (ts.some((t) => t.tags.has('Organization'))) return 'organization';
  if (/^\p{Lu}/u.test(head.text) && (head.tags.has('ProperNoun') || (!ROLE_NOUNS.has(head.normal) && !head.tags.has('Determiner') && !head.tags.has('Plural')))) return 'name';
  return 'description';
}

export function mention(ctx: QuoteContext, from: number, to: number, rule: string): SpeakerMention | null {
  if (to <= from) return null;
  const ts = ctx.terms.slice(from, to);
  const start = ts[0].start;
  let end = ts[ts.length - 1].end;
  // close a parenthesis opened inside the phrase: "Sen. David Perdue (R-Ga.)"
  const inside = ctx.text.slice(start, end);
  if (inside.split('(').length > inside.split(')').length) {
    const m = /^\.?\)/.exec(ctx.text.slice(end, end + 2));
    if (m) end += m[0].length;
  }
  if (end <= start) return null;
  return { text: ctx.text.slice(start, end), start, end, kind: kindOf(ts), rule };
}

/** Skips auxiliaries and adverbs leftwards from just before a cue ("has also said"); returns the last speaker term index. */
export function skipBackAux(ctx: QuoteContext, cue: number, min: number): number {
  let j = cue - 1;
  const skippable = (t: Term): boolean =>
    BETWEEN_SPEAKER_AND_CUE.has(t.normal) || t.text === '' || (t.tags.has('Adverb') && !t.tags.has('ProperNoun') && !t.tags.has('Noun'));
  while (j >= min && !breaksAfter(ctx.terms[j])) {
    if (skippable(ctx.terms[j])) {
      j--;
      continue;
    }
    // a time phrase: "Wells Fargo this month announced", "a panel in 2001 found"
    if (ctx.terms[j].tags.has('Date') && j > min) {
      let k = j;
      while (k > min && ctx.terms[k].tags.has('Date') && !breaksAfter(ctx.terms[k - 1])) k--;
      if (TIME_MODIFIERS.has(ctx.terms[k].normal) && k > min) {
        j = k - 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * The speaker phrase that ends right before a cue (after auxiliaries): returns term range [from, to) or null.
 * Handles one apposition: "Mark MacDougall, an attorney for Pagliano, said".
 */
export function speakerBefore(ctx: QuoteContext, cue: number, min: number): [number, number] | null {
  const modified = participialSubject(ctx, cue, min);
  if (modified) return modified;
  const own = phraseBefore(ctx, cue, min, false);
  // "The governor made it clear that ...", "Obama, making it clear that ...": "it" is the object of "make", whose
  // subject says it
  if (own && own[1] - own[0] === 1 && ctx.terms[own[0]].normal === 'it' && own[0] - 1 >= min) {
    const make = ctx.terms[own[0] - 1];
    const subject = MAKE_FORMS.has(make.normal) && !make.post.trim() ? speakerBefore(ctx, own[0] - 1, min) : null;
    if (subject) return subject;
  }
  if (own) return headBeforeModifier(ctx, own, min) ?? own;
  const reduced = reducedRelative(ctx, cue, min);
  if (reduced) return reduced;
  // "Brian Murphy, for example, said": an adverbial set off by commas between the speaker and the cue
  const p = parentheticalStart(ctx, cue, min);
  return p < 0 ? setOffSubject(ctx, cue, min) : phraseBefore(ctx, p, min, true);
}

/** How many terms a participle's phrase may run between a subject and its cue (speaker.participial-subject). */
const MAX_PARTICIPIAL = 8;

/**
 * "A lawyer representing the family said", "Protesters marching through the streets chanted", "Residents living near
 * the plant said": a present participle's phrase (with no comma) stands between the subject and its verb
 * (speaker.participial-subject); the phrase's last noun ("the family") is no speaker. The subject is the noun phrase
 * right before the participle, where a clause may start; the words between the participle and the verb are its
 * complement (noun-phrase words, prepositions, adverbs), with no clause of their own and no name right before the
 * verb (a name there is the verb's own subject). A past participle ("a poll released in August found") is left
 * alone: it reads as often as a finite verb ("the call came after X attacked"). Term range of the subject, or null.
 */
function participialSubject(ctx: QuoteContext, cue: number, min: number): [number, number] | null {
  const terms = ctx.terms;
  const c = terms[cue];
  if (!c.tags.has('Verb') || c.tags.has('Noun')) return null;
  const j = skipBackAux(ctx, cue, min);
  if (j <= min || breaksAfter(terms[j]) || marksBetween(ctx, terms[j], c)) return null;
  // a name right before the cue is its subject: "Marchers greeting Mayor Tom Lee said" reads as the mayor's
  if (/^\p{Lu}/u.test(terms[j].text) && (terms[j].tags.has('ProperNoun') || terms[j].tags.has('Person') || terms[j].tags.has('Organization'))) return null;
  for (let p = j; p > min && j - p < MAX_PARTICIPIAL; p--) {
    const t = terms[p];
    if ((p < j && breaksAfter(t)) || marksBetween(ctx, t, terms[p + 1]) || ctx.quoteAt(t.start)) return null;
    // a clause of its own ends the phrase: "voters who said", "noted that Reagan appeared"
    if (isPronoun(t) || RELATIVE.has(t.normal) || CLAUSE_WORDS.has(t.normal) || COORDINATORS.has(t.normal) || t.normal === 'that') return null;
    if (p < j && t.tags.has('Gerund') && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Copula') && !t.tags.has('Auxiliary')) {
      const head = terms[p - 1];
      if (breaksAfter(head) || marksBetween(ctx, head, t) || isPronoun(head) || head.tags.has('Date') || (head.tags.has('Preposition') && !head.tags.has('Noun')) || !nounish(ctx.cues, head, terms[p - 2], t)) return null;
      const k = nounPhraseStart(ctx, terms, p - 1, min);
      const open = k === min || breaksAfter(terms[k - 1]) || COORDINATORS.has(terms[k - 1].normal) || CLAUSE_WORDS.has(terms[k - 1].normal) || terms[k - 1].tags.has('Conjunction');
      return open ? trimLead(ctx, k, p) : null;
    }
    if (!(nounish(ctx.cues, t, terms[p - 1]) || t.tags.has('Preposition') || t.tags.has('Determiner') || (t.tags.has('Adverb') && !t.tags.has('Verb')))) return null;
  }
  return null;
}

/** How many terms a phrase set off by commas between a subject and its cue may run (speaker.set-off-subject). */
const MAX_SET_OFF = 24;

/**
 * "the Central and East European Coalition, which represents more than 20 million Americans, wants ...", "That letter,
 * on Trump Organization letterhead, demanded ...", "In a memo, Noah Oppenheim, the NBC executive in charge, reminded ...":
 * a phrase set off by commas (a relative clause, an apposition, a prepositional or participial phrase) stands between
 * the subject and the cue (speaker.set-off-subject). The subject is the noun phrase right before the first of the two
 * commas, where a clause may start: the sentence's start, after a break (a comma), a conjunction or a clause word.
 * Null when the words between the commas are a clause of their own ("X, he said, ..."), not a modifier.
 */
function setOffSubject(ctx: QuoteContext, cue: number, min: number): [number, number] | null {
  const terms = ctx.terms;
  const j = skipBackAux(ctx, cue, min);
  if (j <= min || terms[j].post.replace(/['’"”\s]/g, '') !== ',' || marksBetween(ctx, terms[j], terms[cue])) return null;
  // the first comma: the nearest before the set-off phrase, with no other break between
  let c = j - 1;
  while (c >= min && j - c <= MAX_SET_OFF && !terms[c].post.includes(',')) {
    if (breaksAfter(terms[c]) || marksBetween(ctx, terms[c], terms[c + 1]) || ctx.quoteAt(terms[c].start)) return null;
    c--;
  }
  if (c < min || j - c > MAX_SET_OFF || terms[c].post.replace(/['’"”\s]/g, '') !== ',') return null;
  // a modifier, not a clause: no personal pronoun or conjunction opens it, and no verb in it has a subject of its own
  // right before it ("The museum, Mr. Bush said, celebrated ..."), unless a relative word comes first ("whose also
  // featured"); a participle may open it or follow "and" ("called EB-5", "sent to ... and forwarded to ...")
  const first = terms[c + 1];
  if (isPronoun(first) || first.tags.has('Conjunction')) return null;
  const relative = (t: Term): boolean => MODIFIER_OPENERS.has(t.normal) && t.normal !== 'that';
  for (let k = c + 2; k <= j && !relative(first); k++) {
    const t = terms[k];
    if (relative(t)) break;
    const verb = t.text !== '' && (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary') ||
      (t.tags.has('Verb') && (t.tags.has('PresentTense') || t.tags.has('PastTense')) && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('Noun') && !t.tags.has('Adjective')));
    if (!verb) continue;
    let p = k - 1;
    while (p > c + 1 && terms[p].tags.has('Adverb') && !terms[p].tags.has('Noun')) p--;
    if (isPronoun(terms[p]) || (nounish(ctx.cues, terms[p], terms[p - 1]) && !terms[p].tags.has('Conjunction'))) return null;
  }
  // the subject: the noun phrase that ends at the first comma
  const last = terms[c];
  if (!nounish(ctx.cues, last, terms[c - 1]) || last.tags.has('Date') || last.tags.has('Pronoun') || (last.tags.has('Preposition') && !last.tags.has('Noun'))) return null;
  const k = nounPhraseStart(ctx, terms, c, min);
  // where a clause may start
  const open = k === min || breaksAfter(terms[k - 1]) || COORDINATORS.has(terms[k - 1].normal) || CLAUSE_WORDS.has(terms[k - 1].normal) || terms[k - 1].tags.has('Conjunction');
  return open ? trimLead(ctx, k, c + 1) : null;
}

/** Words that open a clause modifying the noun before them ("officials who spoke with ...", "a report that ..."). */
const MODIFIER_OPENERS = FUNCTION_WORDS['modifier-openers'];
/** How far back (terms) a modifier of the subject may start before the phrase right before the cue. */
const MAX_MODIFIER = 14;

/**
 * "Current and former officials who spoke with The Huffington Post said": the phrase right before the cue ends a
 * relative clause that modifies the subject; the subject is the noun phrase before that clause, when it opens the
 * sentence or follows a comma. Null when no such clause holds the phrase.
 */
function headBeforeModifier(ctx: QuoteContext, own: [number, number], min: number): [number, number] | null {
  const terms = ctx.terms;
  if (own[1] - own[0] === 1 && (isPronoun(terms[own[0]]) || RELATIVE.has(terms[own[0]].normal))) return null;
  if (terms[own[1] - 1].tags.has('Possessive')) return null;
  for (let r = own[0] - 1; r > min && own[0] - r <= MAX_MODIFIER; r--) {
    const t = terms[r];
    if (breaksAfter(t) || marksBetween(ctx, t, terms[r + 1]) || ctx.quoteAt(t.start)) return null;
    const prev = terms[r - 1];
    if (breaksAfter(prev)) return null;
    const relative = MODIFIER_OPENERS.has(t.normal);
    if (!relative) {
      // a finite verb of the sentence's own: the phrase is no modifier's
      if (t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) return null;
      continue;
    }
    // a relative clause has a verb of its own before the phrase
    if (relative && !terms.slice(r + 1, own[0]).some((x) => x.tags.has('Verb'))) continue;
    const head = phraseBefore(ctx, r, min, false);
    if (!head || head[1] !== r) return null;
    // "Current and former officials": a coordinated head
    let from = head[0];
    while (from > min && !breaksAfter(terms[from - 1]) && (COORDINATORS.has(terms[from - 1].normal) || nounish(ctx.cues, terms[from - 1], terms[from - 2]))) from--;
    if (from !== min && !breaksAfter(terms[from - 1])) return null;
    return [from, head[1]];
  }
  return null;
}

const PERSONAL_SUBJECTS = FUNCTION_WORDS['personal-subjects'];

/**
 * "all the experts I interviewed said", "the voters we spoke with said": a relative clause with no relative word (a
 * personal subject and its past-tense verb, perhaps with a preposition) between the speaker's noun phrase and the cue.
 */
function reducedRelative(ctx: QuoteContext, cue: number, min: number): [number, number] | null {
  const terms = ctx.terms;
  const j = skipBackAux(ctx, cue, min);
  let v = j;
  if (v > min && terms[v].tags.has('Preposition') && !terms[v].post.trim()) v--;
  const verb = terms[v];
  const subject = terms[v - 1];
  if (!verb || !subject || v - 1 <= min || !verb.tags.has('Verb') || !verb.tags.has('PastTense') || verb.post.trim() || verb !== terms[j] && terms[j].post.trim()) return null;
  if (!PERSONAL_SUBJECTS.has(subject.normal) || subject.post.trim()) return null;
  const head = phraseBefore(ctx, v - 1, min, false);
  if (!head || head[1] !== v - 1 || (head[1] - head[0] === 1 && isPronoun(terms[head[0]]))) return null;
  if (!terms.slice(head[0], head[1]).some((t) => t.tags.has('Noun') && !t.tags.has('Pronoun'))) return null;
  return [head[0], j + 1];
}

/** The first term of ", for example," / ", however," right before the cue, or -1. */
function parentheticalStart(ctx: QuoteContext, cue: number, min: number): number {
  const terms = ctx.terms;
  const last = terms[cue - 1];
  if (!last || cue - 1 <= min || last.post.trim() !== ',') return -1;
  for (let p = cue - 1; p > min && cue - p <= 3; p--) {
    const t = terms[p];
    if (!t.tags.has('Adverb') && !(t.tags.has('Preposition') || t.tags.has('Conjunction'))) return -1;
    if (p < cue - 1 && t.post.trim()) return -1;
    if (terms[p - 1].post.trim() === ',') return p;
  }
  return -1;
}

function phraseBefore(ctx: QuoteContext, cue: number, min: number, afterParenthetical: boolean): [number, number] | null {
  const terms = ctx.terms;
  if (isPassive(ctx, cue, min)) return null;
  const j = skipBackAux(ctx, cue, min);
  if (j < min) return null;
  const last = terms[j];
  if ((last.tags.has('Date') || last.tags.has('Adverb')) && !last.post.trim().endsWith(',')) return null; // "late August found", "together vowed"
  if (j >= min && COORDINATORS.has(last.normal) && !breaksAfter(last)) {
    // "X is telling a group that ... and says ...": the subject of the clause
    return clauseSubject(ctx, min, j);
  }
  if (marksBetween(ctx, last, terms[cue])) return null;
  if (isPronoun(last) || (RELATIVE.has(last.normal) && j > min && /,\s*$|\s$/.test(terms[j - 1].post) && nounish(ctx.cues, terms[j - 1], terms[j - 2]))) {
    // "he said", "an architect who said": but not "told him"
    return [j, j + 1];
  }
  if (!nounish(ctx.cues, last, terms[j - 1]) || (last.tags.has('Preposition') && !last.tags.has('Noun'))) return null; // not "Amid calls ..."
  const apposition = breaksAfter(last) && last.post.trim().endsWith(',');
  if (breaksAfter(last) && !apposition) return null;
  const k = nounPhraseStart(ctx, terms, j, min);
  if (apposition) {
    // "X, the minister, said": the phrase before the first comma is the speaker too
    const c = k - 1;
    if (c >= min && terms[c].post.trim().endsWith(',') && nounish(ctx.cues, terms[c])) {
      let s = c;
      while (s - 1 >= min && nounish(ctx.cues, terms[s - 1]) && !breaksAfter(terms[s - 1]) && c - s < 6) s--;
      // "his sister, Keisha Bell, said": a possessive pronoun opens the phrase
      if (s - 1 >= min && POSSESSIVE_PRONOUNS.has(terms[s - 1].normal) && !breaksAfter(terms[s - 1])) s--;
      if (s === min || breaksAfter(terms[s - 1]) || CLAUSE_WORDS.has(terms[s - 1].normal) || terms[s - 1].tags.has('Preposition')) return trimLead(ctx, s, j + 1);
    }
    // before a parenthetical the phrase that opens the sentence is the speaker itself: "Brian Murphy, for example, said"
    if (afterParenthetical && k === min) return trimLead(ctx, k, j + 1);
    return leadingName(ctx, min, j);
  }
  return trimLead(ctx, k, j + 1);
}

/**
 * "Megan Hester, senior associate at ..., said": a long apposition or a participial phrase between
 * a name and its cue. The speaker is the phrase that opens the clause, up to its first comma.
 */
function leadingName(ctx: QuoteContext, min: number, last: number): [number, number] | null {
  const terms = ctx.terms;
  let s = min;
  // a dateline opening the sentence is not part of the name: "WASHINGTON -- President Obama, dedicating ..., said"
  for (let k = min; k < Math.min(last, min + 8); k++) if (endsDateline(terms[k])) s = k + 1;
  while (s < last && (CLAUSE_WORDS.has(terms[s].normal) || terms[s].tags.has('Conjunction'))) s++;
  // "In her New Year speech, Merkel, who ..., warned": a leading phrase of a preposition up to its comma is no name
  if (s < last && terms[s].tags.has('Preposition') && !terms[s].tags.has('ProperNoun')) {
    let c = s;
    while (c < last && c - s < 8 && !breaksAfter(terms[c])) c++;
    if (c < last && terms[c].post.trim() === ',') s = c + 1;
  }
  let e = s;
  while (e < last && e - s < 10 && !breaksAfter(terms[e])) {
    const capAnd = (terms[e].normal === 'and' || terms[e].text === '&') && e > s && /^\p{Lu}/u.test(terms[e + 1]?.text ?? '');
    if (!nounish(ctx.cues, terms[e], terms[e - 1], terms[e + 1]) && !(NP_PREPS.has(terms[e].normal) && e > s) && !capAnd) return null;
    e++;
  }
  if (e >= last || terms[e].post.trim() !== ',' || !nounish(ctx.cues, terms[e])) return null;
  const ts = terms.slice(s, e + 1);
  if (!ts.some((t) => t.tags.has('ProperNoun') || t.tags.has('Person') || ROLE_NOUNS.has(t.normal) || (t.tags.has('Noun') && /^\p{Lu}/u.test(t.text)))) return null;
  // no verb of its own may stand between the comma and the cue's clause: "X, who ..., said" is fine
  return [s, e + 1];
}

/** A passive cue ("is expected to", "was told that") names no source before it. */
export function isPassive(ctx: QuoteContext, cue: number, min: number): boolean {
  if (/ing$/.test(ctx.terms[cue].normal)) return false; // "is stressing" is a progressive
  // "is critical of", "was worried about": the subject holds the stance
  if (STANCE_PHRASES[ctx.terms[cue].normal]?.includes(ctx.terms[cue + 1]?.normal ?? '')) return false;
  for (let k = cue - 1; k >= min && k >= cue - 3; k--) {
    const t = ctx.terms[k];
    if (t.tags.has('Copula') || PASSIVE_AUXILIARIES.has(t.normal)) return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Negative') || t.text === '')) break;
  }
  return false;
}

/** Drops leading prepositions and conjunctions that crept into a phrase. */
function trimLead(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  while (from < to && (NP_PREPS.has(ctx.terms[from].normal) || CLAUSE_WORDS.has(ctx.terms[from].normal))) from++;
  return from < to ? [from, to] : null;
}

/** The speaker phrase right after a cue ("said Caddell", "said Rep. Elijah Cummings of Maryland"). */
export function speakerAfter(ctx: QuoteContext, cue: number, max: number, afterPreposition = false): [number, number] | null {
  const terms = ctx.terms;
  let k = cue + 1;
  // after a preposition ("according to police", "according to exit polls") a plain verb form is a noun
  const nounAt = (t: Term): boolean => nounish(ctx.cues, t) || (afterPreposition && plainVerbForm(t));
  if (breaksAfter(terms[cue])) return null;
  if (k >= max) return null;
  if (marksBetween(ctx, terms[cue], terms[k])) return null;
  // "said his sister, Keisha Bell": a possessive pronoun opens a noun phrase, not a speaker of its own
  const possessive = POSSESSIVE_PRONOUNS.has(terms[k].normal) && k + 1 < max && nounish(ctx.cues, terms[k + 1]) && !breaksAfter(terms[k]);
  if (possessive) k++;
  else if (isPronoun(terms[k])) return [k, k + 1];
  if ((terms[k].tags.has('Adverb') || terms[k].tags.has('Date')) && !terms[k].tags.has('ProperNoun')) return null; // "adding later"
  const start = possessive ? k - 1 : k;
  while (k < max && k - start < MAX_NP) {
    const t = terms[k];
    if (!nounAt(t)) {
      // "of Maryland", "for the ministry": keep a preposition followed by a name or determiner
      if (k > start && NP_PREPS.has(t.normal) && t.normal !== 'on' && t.normal !== 'in' && k + 1 < max && nounish(ctx.cues, terms[k + 1]) && !breaksAfter(t)) {
        k++;
        continue;
      }
      break;
    }
    if (t.tags.has('Date') || t.tags.has('WeekDay')) break;
    k++;
    if (breaksAfter(t)) break;
    if (k < max && marksBetween(ctx, t, terms[k])) break;
  }
  if (k <= start) return null;
  // "said his sister, Keisha Bell.": the name set off after a kin or role phrase is the speaker's too
  if (possessive && terms[k - 1].post.trim() === ',') {
    let e = k;
    while (e < max && e - k < 4 && (terms[e].tags.has('ProperNoun') || terms[e].tags.has('Person')) && (e === k || !breaksAfter(terms[e - 1]))) e++;
    if (e > k && (e >= max || breaksAfter(terms[e - 1]))) return [start, e];
  }
  return [start, k];
}

/** A verb's plain form with no punctuation after it, which compromise reads as a verb where only a noun can stand ("to police", "to exit polls"). */
function plainVerbForm(t: Term): boolean {
  return t.tags.has('Verb') && (t.tags.has('PresentTense') || t.tags.has('Infinitive')) && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Modal') && !t.tags.has('PastTense') && /^\p{Ll}+$/u.test(t.text);
}

/**
 * The subject of the clause a participle cue hangs on ("In a statement, X spoke out ..., saying"):
 * the first noun phrase before the first verb of the sentence, after a leading phrase set off by a comma.
 */
export function clauseSubject(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  const terms = ctx.terms;
  let s = from;
  // skip leading adverbials, each up to its comma ("In a statement,", "On Friday,", "Chastened by the analyses,
  // as well as complaints over its costs,", "Amid calls from some to create websites that would ...,")
  const opens = (t: Term): boolean =>
    t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction') || (s === from && t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Gerund')) && !t.tags.has('Copula'));
  for (let n = 0; n < 3 && terms[s] && s < to && opens(terms[s]); n++) {
    let k = s;
    while (k < to && !breaksAfter(terms[k]) && k - s < 20) k++;
    if (!(k < to && terms[k].post.trim() === ',')) break;
    s = k + 1;
  }
  let v = s;
  while (v < to && !(terms[v].tags.has('Verb') && !terms[v].tags.has('Noun') && !terms[v].tags.has('Adjective'))) v++;
  if (v >= to || v === s) return null;
  return speakerBefore(ctx, v, s);
}

/**
 * "Three-in-five GOP insiders across the four states — and two-thirds of ... — said", "Brian Murphy, the chairman
 * of ..., for example, said": a subject too long or broken for speakerBefore. The phrase that opens the clause
 * (after a leading adverbial up to its comma), up to its first break, when it holds a noun and no finite verb.
 */
export function subjectPhrase(ctx: QuoteContext, from: number, cue: number): [number, number] | null {
  const terms = ctx.terms;
  let s = from;
  for (let k = from; k < Math.min(cue, from + 8); k++) if (endsDateline(terms[k])) s = k + 1;
  if (terms[s] && (terms[s].tags.has('Preposition') || terms[s].tags.has('Adverb') || terms[s].tags.has('Conjunction'))) {
    let k = s;
    while (k < cue && !breaksAfter(terms[k]) && k - s < 10) k++;
    if (k < cue && terms[k].post.trim() === ',') s = k + 1;
  }
  let e = s;
  while (e < cue && e - s < 12) {
    const t = terms[e];
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund') && !t.tags.has('Participle')) return null;
    e++;
    if (breaksAfter(t) || /[—–]/.test(t.post)) break;
  }
  if (e <= s || !terms.slice(s, e).some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Value'))) return null;
  return [s, e];
}
