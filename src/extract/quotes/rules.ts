// Quote rules. Each rule has a stable id (shown by --explain) and reads the shared QuoteContext.
// Marked rules attribute quoted spans; clause rules find reported speech without marks.
import type { Term } from '../../analyse/index.js';
import type { QuoteCandidate, SpeakerMention } from '../types.js';
import type { QuoteContext, Sent } from './context.js';
import type { QuotedSpan } from './marks.js';
import { cueWord, type CueWord } from './lexicon.js';
import { clauseSubject, isPronoun, mention, speakerAfter, speakerBefore } from './speaker.js';

export const RULES = {
  directCueAfter: 'quote.marks-cue-after',
  directCueBefore: 'quote.marks-cue-before',
  directColonIntro: 'quote.marks-colon-intro',
  directFloating: 'quote.marks-floating',
  directDashCredit: 'quote.marks-dash-credit',
  directColonSubject: 'quote.marks-colon-subject',
  directUnattributed: 'quote.marks-unattributed',
  partialInSentence: 'quote.marks-cue-in-sentence',
  indirectSaidThat: 'quote.indirect-said-that',
  indirectClauseThenCue: 'quote.indirect-clause-then-cue',
  indirectAccordingTo: 'quote.indirect-according-to',
  indirectParticiple: 'quote.indirect-participle',
  indirectParenthetical: 'quote.indirect-parenthetical-cue',
  indirectSpeechAct: 'quote.indirect-speech-act-object',
  indirectPassive: 'quote.indirect-passive',
  headlineColon: 'quote.headline-colon',
  transcriptLabel: 'quote.marks-transcript-label',
  // typing refiners: a marked quote that the reporter's own sentence runs into is partial
  partialReporterClause: 'quote.partial-reporter-clause',
  partialLeadIn: 'quote.partial-lead-in',
  partialClauseLeadIn: 'quote.partial-clause-lead-in',
  partialTitle: 'quote.partial-title-in-sentence',
  partialPhrase: 'quote.partial-phrase',
  partialRunIn: 'quote.partial-run-in',
  partialRunOn: 'quote.partial-run-on',
} as const;

export const SPEAKER_RULES = {
  beforeCue: 'speaker.before-cue',
  afterCue: 'speaker.after-cue',
  accordingTo: 'speaker.according-to',
  clauseSubject: 'speaker.clause-subject',
  floating: 'speaker.floating-previous',
  colonIntro: 'speaker.colon-intro',
  headline: 'speaker.headline-colon',
  dashCredit: 'speaker.dash-credit',
  transcriptLabel: 'speaker.transcript-label',
} as const;

/** A candidate with what the refiners need to know about it. */
export interface Found extends QuoteCandidate {
  para: number;
  /** Term index of the cue, or -1. */
  cue: number;
  /** The quoted span it comes from (marked rules), or null. */
  marked: QuotedSpan | null;
  /** Needs the previous paragraph's speaker (floating quote). */
  floating?: boolean;
}

export interface Cue {
  i: number;
  word: CueWord;
  /** The cue as written ("said", "according to"). */
  text: string;
  /** One past the cue's last term. */
  end: number;
}

const CALL = new Set(['call', 'calls', 'called', 'calling']);
const SPEAK = new Set(['spoke', 'speaks', 'speaking', 'talked', 'talks', 'talking']);
const WH = new Set(['how', 'what', 'why', 'whether', 'who', 'which']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those', 'that', 'nobody', 'everyone', 'someone', 'no', 'none', 'all', 'both', 'each', 'some', 'many', 'most', 'few']);
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'supporters', 'lawmakers', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'your']);
const LEAD_ADJUNCT = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'following', 'last', 'this', 'late', 'early', 'earlier', 'later', 'also', 'again', 'repeatedly', 'previously', 'recently', 'privately', 'publicly', 'separately', 'then', 'now', 'today', 'yesterday', 'tonight', 'flatly', 'bluntly', 'simply']);
/** Objects of "claim", "take" and the like that are not reported content. */
const APPROX = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'over', 'under', 'some', 'more', 'fewer', 'less']);
const NOT_REPORTED = new Set(['responsibility', 'credit', 'victory', 'ownership']);

const isVerb = (t: Term): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
export const finiteVerb = (t: Term): boolean =>
  (isVerb(t) && !t.tags.has('Gerund') && !(t.tags.has('Infinitive') && !t.tags.has('PresentTense'))) || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary');
const nounLike = (t: Term): boolean =>
  t.text !== '' && !isVerb(t) && ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Honorific', 'Abbreviation', 'Acronym', 'Person', 'Organization', 'Place'].some((k) => t.tags.has(k));

/** The cue at term i, if it reads as one ("said", "says", "according to"). */
export function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  if (!t) return null;
  if (t.normal === 'according' && ctx.terms[i + 1]?.normal === 'to') {
    return { i, word: { lemma: 'according to', strength: 'speech' }, text: ctx.text.slice(t.start, ctx.terms[i + 1].end), end: i + 2 };
  }
  // "spoke about X", "talked of X", "spoke out against X"
  if (SPEAK.has(t.normal)) {
    let k = i + 1;
    if (ctx.terms[k]?.normal === 'out') k++;
    const prep = ctx.terms[k];
    if (prep && ['about', 'of'].includes(prep.normal) && !/[,.;:]/.test(ctx.terms[k - 1].post)) {
      return { i, word: { lemma: 'speak', strength: 'speech', participle: t.normal.endsWith('ing') }, text: ctx.text.slice(t.start, prep.end), end: k + 1 };
    }
    return null;
  }
  // "called for a moratorium", "called on Obama to act", "called Friday for ..."
  if (CALL.has(t.normal)) {
    let k = i + 1;
    if (ctx.terms[k]?.tags.has('Date') && !/[,.;:]/.test(t.post)) k++;
    const prep = ctx.terms[k];
    if (prep && (prep.normal === 'for' || prep.normal === 'on') && !/[,.;:]/.test(ctx.terms[k - 1].post) && ctx.terms[k + 1] && !ctx.terms[k + 1].tags.has('Date')) {
      const lemma = prep.normal === 'for' ? 'call for' : 'call on';
      return { i, word: { lemma, strength: 'speech', participle: t.normal.endsWith('ing') }, text: ctx.text.slice(t.start, prep.end), end: k + 1 };
    }
  }
  let w = cueWord(t.normal);
  if (!w) return null;
  // "is stressing that": a progressive is a finite verb, not a participle
  if (w.participle) {
    let k = i - 1;
    while (k >= 0 && (ctx.terms[k].tags.has('Adverb') || ctx.terms[k].text === '')) k--;
    if (k >= 0 && ['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re"].includes(ctx.terms[k].normal)) w = { ...w, participle: false, progressive: true };
  }
  // a capital inside a sentence makes it part of a name ("United States"); a plural noun is no verb ("swing states")
  const sent = ctx.sents[ctx.sentOf[i]];
  if (/^\p{Lu}/u.test(t.text) && i !== sent.from && ctx.a.zoneAt(t.start) !== 'title') return null;
  const before = ctx.terms[i - 1];
  if (t.tags.has('Noun') && !t.tags.has('Verb') && before && !/[,;:]/.test(before.post) && (before.tags.has('Adjective') || (before.tags.has('Noun') && !before.tags.has('ProperNoun') && !before.tags.has('Pronoun') && !before.tags.has('Plural')))) return null;
  // "says" and "reports" can be read as plural nouns; a determiner before them makes them nouns
  const prev = ctx.terms[i - 1];
  if (prev && ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'these', 'those', 'this', 'that'].includes(prev.normal) && !prev.post.trim()) return null;
  if (t.tags.has('Adjective') && !t.tags.has('Verb') && w.lemma !== 'say') return null;
  return { i, word: w, text: t.text, end: i + 1 };
}

function sentOfTerm(ctx: QuoteContext, i: number): Sent {
  return ctx.sents[ctx.sentOf[i]];
}

/** Offsets of the terms [from, to), trimmed of a final sentence punctuation outside marks. */
function spanOf(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  if (to <= from) return null;
  const start = ctx.terms[from].start;
  let end = ctx.terms[to - 1].end;
  // keep closing punctuation and marks of a quote that ends inside the span
  const post = /^[^\s]*/.exec(ctx.terms[to - 1].post)?.[0] ?? '';
  const q = /^([.!?,;:]*)(["”’»])/.exec(post);
  if (q && ctx.quoteAt(end + q[1].length)) end += q[0].length;
  return end > start ? [start, end] : null;
}

/**
 * Is there a clause at the start of [s, to)? Strict: a subject and a finite verb ("the perpetrator
 * was ...", "it can take ..."); loose (after a verb of saying): a finite verb soon after a start that
 * is not a preposition, a verb or a time word.
 */
function clauseStarts(ctx: QuoteContext, s: number, to: number, strict = true): boolean {
  const terms = ctx.terms;
  const t = terms[s];
  if (!t) return false;
  if (WH.has(t.normal)) return true;
  if (NOT_REPORTED.has(t.normal)) return false; // "claimed responsibility for ..."
  if (!strict) {
    // "about 20 people have ...": a preposition of quantity before a number
    const quantity = APPROX.has(t.normal) && terms[s + 1]?.tags.has('Value');
    // a noun read as a verb: "praise from Putin would not ..."
    const misread = isVerb(t) && t.tags.has('Infinitive') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && terms[s + 1] && (terms[s + 1].tags.has('Preposition') || terms[s + 1].tags.has('Determiner'));
    if (!quantity && !misread && (t.tags.has('Preposition') || t.tags.has('Date') || t.tags.has('Conjunction') || isVerb(t) || t.normal === 'to')) return false;
    // a finite verb soon, before any comma: "the image featuring the star shape harked back ...";
    // a plain noun phrase may carry an apposition: "the program, run by ..., has brought"
    let commas = 0;
    let plain = true;
    for (let k = s + 1; k < Math.min(to, s + 24); k++) {
      if (finiteVerb(terms[k]) && !(k === s + 1 && misread)) return true;
      plain = plain && (nounLike(terms[k - 1]) || terms[k - 1].normal === 'of');
      if (/[;:]/.test(terms[k - 1].post)) break;
      if (/,/.test(terms[k - 1].post)) {
        if (!plain || ++commas > 2) break;
      }
      if (k - s >= 14 && commas === 0) break;
    }
  }
  let k = s;
  if (SUBJECT_PRONOUNS.has(t.normal) || isPronoun(t)) k++;
  else {
    let n = 0;
    while (k < to && n < 10 && (nounLike(terms[k]) || (terms[k].normal === 'of' && k > s) || terms[k].normal === 'and') && !(k > s && /[,;:]/.test(terms[k - 1].post))) {
      k++;
      n++;
    }
    if (n === 0) return false;
  }
  // adverbs between subject and verb: "he also", "it never"
  while (k < to && terms[k].tags.has('Adverb') && !isVerb(terms[k])) k++;
  return k < to && (finiteVerb(terms[k]) || terms[k].text === '') && !/[,;:]/.test(terms[k - 1].post);
}

/**
 * The reported clause after a cue: skips a hearer ("told reporters") and time or setting words
 * ("said Friday", "said in a statement"), starts after "that" when there is one, and ends at the
 * sentence's end or before a new attribution (", adding ...", ", according to ...").
 */
export function clauseAfter(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const terms = ctx.terms;
  let k = cue.end;
  if (k >= sent.to) return null;
  const cueTerm = terms[cue.end - 1];
  if (/[.!?;]/.test(cueTerm.post.trim())) return null;
  let start = -1;
  // "vowed to fight ...", "told his advisers to figure out ..."
  if (cue.word.toClause) {
    let j = k;
    if (cue.word.object) while (j < sent.to && j - k < 5 && (OBJECT_WORDS.has(terms[j].normal) || nounLike(terms[j])) && !/[,;:]/.test(terms[j].post)) j++;
    if (terms[j]?.normal === 'to' && terms[j + 1] && terms[j + 1].tags.has('Verb') && !/[.;:!?]/.test(terms[j].post)) {
      start = cue.word.object ? k : j;
    }
  }
  if (start < 0 && cue.word.toOnly) return null;
  // "that" within the next few words, before any verb
  for (let j = k; start < 0 && j < Math.min(sent.to, k + 14); j++) {
    const t = terms[j];
    if (t.normal === 'that' && j + 1 < sent.to) {
      start = j + 1;
      break;
    }
    // a finite verb ends the search; present-tense "verbs" here are mostly misread nouns ("a campaign stop")
    const finite = isVerb(t) && (t.tags.has('PastTense') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary'));
    if (finite || /[.;:!?]/.test(t.post) || ctx.quoteAt(t.start)) break;
    if (t.post.includes(',') && cueAt(ctx, j + 1)) break; // ", saying that ..." starts a new attribution
  }
  if (start < 0) {
    const cuePost = cueTerm.post.trim();
    if (cuePost && cuePost !== ',') return null;
    // a hearer: "told reporters", "told CNN", "told him"
    if (cue.word.object) {
      let j = k;
      while (j < sent.to && j - k < 8 && (OBJECT_WORDS.has(terms[j].normal) || (nounLike(terms[j]) && !SUBJECT_PRONOUNS.has(terms[j].normal)))) {
        j++;
        if (/[,;:]/.test(terms[j - 1].post)) break;
      }
      k = j;
    }
    // time and setting: "Friday", "on Thursday", "in a statement"
    let guard = 0;
    while (k < sent.to && guard++ < 8) {
      const t = terms[k];
      if (t.tags.has('Date') || t.tags.has('WeekDay') || (LEAD_ADJUNCT.has(t.normal) && !SUBJECT_PRONOUNS.has(t.normal))) {
        if (['on', 'in', 'at', 'during', 'after', 'before', 'since', 'following'].includes(t.normal)) {
          // the whole prepositional phrase up to a comma, or a short one before a subject
          let j = k + 1;
          while (j < sent.to && j - k < 6 && nounLike(terms[j]) && !terms[j].tags.has('Pronoun') && !/[,;:]/.test(terms[j - 1].post)) j++;
          if (j === k + 1) break;
          k = j;
          continue;
        }
        k++;
        continue;
      }
      break;
    }
    if (k >= sent.to) return null;
    const needStrict = cue.word.strength === 'cognition';
    // after a verb of thinking or showing, the clause must open with its subject
    if (needStrict && !SUBJECT_PRONOUNS.has(terms[k].normal) && !isPronoun(terms[k]) && !nounLike(terms[k]) && !WH.has(terms[k].normal)) return null;
    if (!clauseStarts(ctx, k, sent.to, false)) return null;
    start = k;
  }
  // end: the sentence's end, or a new attribution after a comma
  let end = sent.to;
  for (let j = start; j < sent.to - 1; j++) {
    const t = terms[j];
    if (!t.post.includes(',')) continue;
    if (ctx.quoteAt(t.end)) continue;
    const nx = cueAt(ctx, j + 1);
    if (nx && (nx.word.participle || nx.word.lemma === 'according to')) {
      end = j + 1;
      break;
    }
    // ", he said", ", officials said."
    const after = j + 1;
    for (let c = after; c < Math.min(sent.to, after + 6); c++) {
      const cc = cueAt(ctx, c);
      if (!cc) continue;
      const sp = speakerBefore(ctx, c, after);
      if (sp && sp[0] === after && (c + 1 >= sent.to || /[.,]/.test(terms[c].post) || !clauseStarts(ctx, c + 1, sent.to))) {
        end = j + 1;
      }
      break;
    }
    if (end !== sent.to) break;
  }
  if (end - start < 2) return null;
  return spanOf(ctx, start, end);
}

/** The sentence from its start (after any opening mark and dateline) up to the comma before term `upto`. */
export function clauseBefore(ctx: QuoteContext, sent: Sent, upto: number, needVerb = true): [number, number] | null {
  const terms = ctx.terms;
  let from = sent.from;
  const dl = ctx.a.dateline.place;
  if (dl) while (from < upto && terms[from].start < dl.end + 4 && terms[from].end <= dl.end + 4 && sent.start <= dl.start + 1) from++;
  const to = upto; // terms [from, upto)
  if (to - from < (needVerb ? 3 : 1)) return null;
  if (!terms[to - 1].post.includes(',') && !terms[to - 1].post.includes('—')) return null;
  if (needVerb && !terms.slice(from, to).some((t) => finiteVerb(t))) return null;
  return spanOf(ctx, from, to);
}

export function makeQuote(
  ctx: QuoteContext,
  span: [number, number],
  type: QuoteCandidate['type'],
  rule: string,
  cue: Cue | null,
  speaker: SpeakerMention | null,
  marked: QuotedSpan | null,
): Found {
  const [start, end] = span;
  return {
    text: ctx.text.slice(start, end),
    start,
    end,
    type,
    verb: cue ? cue.text : null,
    speaker,
    rule,
    para: ctx.paraOf[ctx.termFrom(start)] ?? 0,
    cue: cue ? cue.i : -1,
    marked,
  };
}

export { mention, speakerAfter, speakerBefore, clauseSubject };
