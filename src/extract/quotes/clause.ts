// What the rules of every pass read: the cue at a term ("said", "according to", "called for"), and the
// reported clause after or before a cue. Spans come from terms, so no rule does offset arithmetic of its own.
import type { Term } from '../../analyse/index.js';
import type { QuoteContext, Sent } from './context.js';
import { FUNCTION_WORDS, SPEECH_NOUNS, STANCE_PHRASES } from './lexicon.js';
import { endsDateline, isPronoun, speakerBefore } from './speaker.js';
import type { Cue } from './types.js';

const CALL = FUNCTION_WORDS['call-forms'];
const SPEAK = FUNCTION_WORDS['speak-forms'];
const SPEAK_PREPS = FUNCTION_WORDS['speak-prepositions'];
const WH = FUNCTION_WORDS['wh-words'];
/** Words that open an indirect question after a verb of saying besides the wh-words ("said when ...", "saying if ..."). */
const QUESTION_OPENERS = FUNCTION_WORDS['question-openers'];
const SUBJECT_PRONOUNS = FUNCTION_WORDS['subject-pronouns'];
/** Personal pronouns that can only be a subject before a verb ("she noted"). */
const PERSONAL_SUBJECTS = FUNCTION_WORDS['personal-subjects'];
/** Hearers between a cue and what was said ("told reporters"). */
const OBJECT_WORDS = FUNCTION_WORDS['hearer-words'];
/** Time and setting words right after a cue ("said Friday", "said in a statement"). */
const LEAD_ADJUNCT = FUNCTION_WORDS['lead-adjuncts'];
const ADJUNCT_PREPS = FUNCTION_WORDS['adjunct-prepositions'];
/** Prepositions of quantity before a number ("about 20 people"). */
const APPROX = FUNCTION_WORDS.approximators;
/** Objects of "claim", "take" and the like that are not reported content. */
const NOT_REPORTED = FUNCTION_WORDS['not-reported'];
/** Forms of "be" that make an -ing cue a progressive ("is stressing"). */
const PROGRESSIVE_AUX = FUNCTION_WORDS['progressive-auxiliaries'];
/** Determiners that make "says", "reports" nouns. */
const NOUN_DETERMINERS = FUNCTION_WORDS['noun-determiners'];
const PLURAL_QUANTIFIERS = FUNCTION_WORDS['plural-quantifiers'];
const ARTICLES = FUNCTION_WORDS.articles;

/**
 * "a call for", "a swiftly called meeting", "the widely reported remark", "the talks about": a cue word right after
 * an article (perhaps with -ly adverbs between) is a noun or an adjective, never a verb of saying.
 */
function afterArticle(ctx: QuoteContext, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ctx.terms[k].tags.has('Adverb') && /ly$/.test(ctx.terms[k].normal) && !ctx.terms[k].post.trim()) k--;
  const t = ctx.terms[k];
  return !!t && ARTICLES.has(t.normal) && !t.post.trim();
}

const isVerb = (t: Term): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');
export const finiteVerb = (t: Term): boolean =>
  (isVerb(t) && !t.tags.has('Gerund') && !(t.tags.has('Infinitive') && !t.tags.has('PresentTense'))) || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary');
const nounLike = (t: Term): boolean =>
  t.text !== '' && !isVerb(t) && ['Noun', 'ProperNoun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Honorific', 'Abbreviation', 'Acronym', 'Person', 'Organization', 'Place'].some((k) => t.tags.has(k));

/** The cue at term i, if it reads as one ("said", "says", "according to"). */
export function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  if (!t) return null;
  const c = cueWord(ctx, i);
  // "a call for", "a swiftly called meeting": a cue word after an article names no speaker before it
  return c && afterArticle(ctx, i) ? { ...c, word: { ...c.word, nominal: true } } : c;
}

function cueWord(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  if (t.normal === 'according' && ctx.terms[i + 1]?.normal === 'to') {
    return { i, word: { lemma: 'according to', strength: 'speech' }, text: ctx.text.slice(t.start, ctx.terms[i + 1].end), end: i + 2 };
  }
  // "spoke about X", "talked of X", "spoke out against X"
  if (SPEAK.has(t.normal)) {
    let k = i + 1;
    if (ctx.terms[k]?.normal === 'out') k++;
    const prep = ctx.terms[k];
    if (prep && SPEAK_PREPS.has(prep.normal) && !/[,.;:]/.test(ctx.terms[k - 1].post)) {
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
  // "worried about the deficit", "critical of the deal", "pointed to the polls": a stance and its preposition
  const preps = STANCE_PHRASES[t.normal];
  const prep = ctx.terms[i + 1];
  if (preps && prep && preps.includes(prep.normal) && !/[,.;:!?]/.test(t.post) && ctx.terms[i + 2] && ctx.sentOf[i + 2] === ctx.sentOf[i]) {
    return { i, word: { lemma: `${t.normal} ${prep.normal}`, strength: 'cognition', readsObject: true }, text: ctx.text.slice(t.start, prep.end), end: i + 2 };
  }
  let w = ctx.cues.cue(t.normal);
  if (!w) return null;
  // a plain form after "to" is an infinitive, not a present ("asked the crowd to welcome the governor")
  if (w.lemma === t.normal && w.lemma !== 'say' && ctx.terms[i - 1]?.normal === 'to') return null;
  // "is stressing that": a progressive is a finite verb, not a participle
  if (w.participle) {
    let k = i - 1;
    while (k >= 0 && (ctx.terms[k].tags.has('Adverb') || ctx.terms[k].text === '')) k--;
    if (k >= 0 && PROGRESSIVE_AUX.has(ctx.terms[k].normal)) w = { ...w, participle: false, progressive: true };
  }
  // a capital inside a sentence makes it part of a name ("United States"); a plural noun is no verb ("swing states")
  const sent = ctx.sents[ctx.sentOf[i]];
  if (/^\p{Lu}/u.test(t.text) && i !== sent.from && ctx.a.zoneAt(t.start) !== 'title') return null;
  const before = ctx.terms[i - 1];
  if (t.tags.has('Noun') && !t.tags.has('Verb') && before && !/[,;:]/.test(before.post) && (before.tags.has('Adjective') || (before.tags.has('Noun') && !before.tags.has('ProperNoun') && !before.tags.has('Pronoun') && !before.tags.has('Plural')))) return null;
  // "says" and "reports" can be read as plural nouns; a determiner before them makes them nouns, and so does a
  // number or a quantifier before a plural form ("18 states", "most states", "a dozen reports")
  const prev = ctx.terms[i - 1];
  if (prev && NOUN_DETERMINERS.has(prev.normal) && !prev.post.trim()) return null;
  if (prev && /s$/.test(t.normal) && !prev.post.trim() && (PLURAL_QUANTIFIERS.has(prev.normal) || (prev.tags.has('Value') && !prev.tags.has('Date')))) return null;
  // a cue read as an adjective is still a verb right after a personal pronoun ("she noted clients are ...")
  // and so is a participle right after a comma (", telling reporters that ...": compromise reads "telling" as "revealing")
  if (t.tags.has('Adjective') && !t.tags.has('Verb') && w.lemma !== 'say' && !(prev && PERSONAL_SUBJECTS.has(prev.normal) && !prev.post.trim()) && !(w.participle && prev && prev.post.includes(','))) return null;
  return { i, word: w, text: t.text, end: i + 1 };
}

/** Verbs whose "that" is no complement of theirs: "so that", "such that", "now that" are conjunctions; "be" and "have" take other readings. */
const NOT_COMPLEMENT = FUNCTION_WORDS['not-complement-verbs'];

/**
 * "Politifact then ruled that ...", "investigators have also discovered that ...": a finite verb of no cue list
 * right before "that" and a clause (a subject and a finite verb) reads as a verb of thinking with its content.
 * A relative "that" follows a noun, not a verb, so the verb before it is what makes the clause its content.
 */
export function complementCue(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  const that = ctx.terms[i + 1];
  if (!t || !that || that.normal !== 'that' || /[,.;:!?()—–"“”]/.test(t.post) || ctx.sentOf[i + 1] !== ctx.sentOf[i]) return null;
  if (!isVerb(t) || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Gerund') || NOT_COMPLEMENT.has(t.normal)) return null;
  if (!(t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Infinitive'))) return null;
  const sent = ctx.sents[ctx.sentOf[i]];
  if (!clauseStarts(ctx, i + 2, sent.to)) return null;
  return { i, word: { lemma: t.normal, strength: 'cognition', complement: true }, text: t.text, end: i + 1 };
}

/**
 * "Trump's claim that ...", "his support of the bill", "her recent call for ...": a noun of saying (speech-nouns)
 * after a possessor (a possessive pronoun or a name's "'s", with at most two adjectives between) and right before
 * a word that introduces its content. The cue runs through that word.
 */
export function possessiveCue(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  const intro = ctx.terms[i + 1];
  const words = t && SPEECH_NOUNS[t.normal];
  if (!words || !intro || !words.includes(intro.normal) || /[,.;:!?()—–"“”]/.test(t.post) || ctx.sentOf[i + 1] !== ctx.sentOf[i]) return null;
  if (t.tags.has('Verb') && !t.tags.has('Noun')) return null;
  let k = i - 1;
  while (k >= 0 && i - k <= 2 && ctx.terms[k].tags.has('Adjective') && !ctx.terms[k].tags.has('Possessive') && !ctx.terms[k].post.trim()) k--;
  const owner = ctx.terms[k];
  if (!owner || !owner.tags.has('Possessive') || owner.post.trim() || ctx.sentOf[k] !== ctx.sentOf[i]) return null;
  return { i: k, word: { lemma: t.normal, strength: 'speech', possessive: true }, text: ctx.text.slice(owner.start, intro.end), end: i + 2 };
}

const SEEM = FUNCTION_WORDS['seem-verbs'];

/**
 * "Melania seems to have vanished", "he seemed rattled by the attacks": a verb of seeming before "to" or an
 * adjective or participle reports an impression of its subject's clause, held by no one named.
 */
export function seemCue(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  const next = ctx.terms[i + 1];
  if (!t || !next || !SEEM.has(t.normal) || !t.tags.has('Verb') || /[,.;:!?()—–"“”]/.test(t.post) || ctx.sentOf[i + 1] !== ctx.sentOf[i]) return null;
  const takes = (next.normal === 'to' && ctx.terms[i + 2]?.tags.has('Verb')) || next.tags.has('Adjective') || (next.tags.has('Verb') && next.tags.has('PastTense')) || (next.tags.has('Adverb') && ctx.terms[i + 2]?.tags.has('Adjective'));
  if (!takes) return null;
  return { i, word: { lemma: 'seem', strength: 'cognition', impression: true }, text: t.text, end: i + 1 };
}

/** Offsets of the terms [from, to), trimmed of a final sentence punctuation outside marks. */
function spanOf(ctx: QuoteContext, from: number, to: number): [number, number] | null {
  if (to <= from) return null;
  const start = ctx.terms[from].start;
  const end = endOf(ctx, to - 1);
  return end > start ? [start, end] : null;
}

/** The end of term k, past its closing punctuation and mark when a quote ends right after it (`... justified.”`). */
export function endOf(ctx: QuoteContext, k: number): number {
  const t = ctx.terms[k];
  let end = t.end;
  const post = /^[^\s]*/.exec(t.post)?.[0] ?? '';
  const q = /^([.!?,;:]*)(["”’»])/.exec(post);
  if (q && ctx.quoteAt(end + q[1].length)) end += q[0].length;
  return end;
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
    // a gerund phrase as the clause's subject: "expanding the monument will protect ...", "seeking reinforcements was right"
    const gerund = t.tags.has('Gerund') && !/[,;:]/.test(t.post);
    if (!quantity && !misread && !gerund && (t.tags.has('Preposition') || t.tags.has('Date') || t.tags.has('Conjunction') || isVerb(t) || t.normal === 'to')) return false;
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

/** Words after "to" that make it a preposition, not an infinitive's mark ("agreed to a deal", "wants to Mexico"). */
const NOT_INFINITIVE = ['Determiner', 'Pronoun', 'Possessive', 'Value', 'ProperNoun', 'Date', 'Preposition', 'Conjunction'];

/**
 * The verb of an infinitive at k (after "to"), with an adverb before it ("to effectively lend"): a word tagged as
 * a verb, or a plain lower-case word compromise reads as a noun ("to triple the size", "to junk exemptions")
 * with no tag that makes "to" a preposition.
 */
function toVerb(terms: readonly Term[], k: number): boolean {
  let t = terms[k];
  if (t && t.tags.has('Adverb') && !t.tags.has('Verb') && !/[,;:]/.test(t.post)) t = terms[k + 1];
  if (!t) return false;
  if (t.tags.has('Verb')) return true;
  return /^[a-z]+$/.test(t.text) && !/s$/.test(t.text) && !NOT_INFINITIVE.some((k2) => t.tags.has(k2));
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
    if (terms[j]?.normal === 'to' && toVerb(terms, j + 1) && !/[.;:!?]/.test(terms[j].post)) {
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
        // "told reporters the man was armed", "told him a car had stopped": a determiner after a whole hearer opens the clause's subject
        if (j > k && NOUN_DETERMINERS.has(terms[j].normal) && !NOUN_DETERMINERS.has(terms[j - 1].normal) && !terms[j - 1].tags.has('Preposition') && !terms[j - 1].tags.has('Adjective')) break;
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
        if (ADJUNCT_PREPS.has(t.normal)) {
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
    // "a Facebook message posted Friday, Cruz said ...": a comma after the time or setting closes a participle's
    // phrase; what follows is another clause with its own subject, not what was said
    if (k > cue.end && terms[k - 1].post.includes(',')) return null;
    const needStrict = cue.word.strength === 'cognition';
    // after a verb of thinking or showing, the clause must open with its subject
    if (needStrict && !SUBJECT_PRONOUNS.has(terms[k].normal) && !isPronoun(terms[k]) && !nounLike(terms[k]) && !WH.has(terms[k].normal)) return null;
    // "have not said when they would ...", "isn't saying if ...": after a verb of saying, an indirect question
    const question = cue.word.strength === 'speech' && QUESTION_OPENERS.has(terms[k].normal) && clauseStarts(ctx, k + 1, sent.to);
    if (!question && !clauseStarts(ctx, k, sent.to, false)) return null;
    start = k;
  }
  // end: the sentence's end, or a new attribution after a comma
  let end = sent.to;
  for (let j = start; j < sent.to - 1; j++) {
    const t = terms[j];
    // ", but he said ...", " — and she noted ...": a second attribution joined to the first
    if (/[,;—–]/.test(t.post) && j > start && joinedAttribution(ctx, j + 1, sent.to)) {
      end = j + 1;
      break;
    }
    if (!t.post.includes(',')) continue;
    // a comma inside marks that close right after it ('billionaires," Sanders said') ends the clause as one outside them
    if (ctx.quoteAt(t.end) && !/,\s*["”]\s*$/.test(t.post)) continue;
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
  // "While his aides have said X, Mr. Obama is ...", "Despite the media attacks, Carson said ...": a cue inside a
  // sentence's opening subordinate clause reports no further than the comma that closes it
  const main = openingClauseEnd(ctx, sent, cue.i);
  if (main !== null && mainAttribution(ctx, main, sent.to)) {
    if (start >= main) return null;
    end = Math.min(end, main);
  }
  if (end - start < 2) return null;
  return spanOf(ctx, start, end);
}

/** Words that open a sentence's subordinate clause or phrase before its main clause ("While ...", "Despite ..."). */
const OPENING_SUBORDINATORS = FUNCTION_WORDS['opening-subordinators'];
const LEADING_CONJUNCTIONS = FUNCTION_WORDS['leading-conjunctions'];

/**
 * The sentence opens with a subordinate clause ("While ...", "But although ...") that holds term `i`: the first term
 * after the comma that closes it, where the main clause (a subject and a finite verb) starts; null otherwise.
 */
export function openingClauseEnd(ctx: QuoteContext, sent: Sent, i: number): number | null {
  const terms = ctx.terms;
  let s = sent.from;
  if (LEADING_CONJUNCTIONS.has(terms[s]?.normal ?? '') && s + 1 < i) s++;
  if (!OPENING_SUBORDINATORS.has(terms[s]?.normal ?? '') || s >= i || ctx.quoteAt(terms[s].start)) return null;
  for (let j = s; j < sent.to - 1; j++) {
    if (/[;:.!?—–]/.test(terms[j].post) || ctx.quoteAt(terms[j].end)) return null;
    // the first comma before a clause of its own (not a relative: ", who ...") closes it, after term `i` or not
    if (terms[j].post.includes(',') && !WH.has(terms[j + 1].normal) && clauseStarts(ctx, j + 1, sent.to)) return j >= i ? j + 1 : null;
  }
  return null;
}

/** Term `c` opens a main clause of saying: a speaker phrase right before a cue of saying ("Carson said ..."). */
function mainAttribution(ctx: QuoteContext, c: number, to: number): boolean {
  for (let k = c + 1; k < Math.min(to, c + 8); k++) {
    const cue = cueAt(ctx, k);
    if (!cue) continue;
    if (cue.word.strength !== 'speech' || cue.word.participle) return false;
    const sp = speakerBefore(ctx, k, c);
    return sp !== null && sp[0] === c;
  }
  return false;
}

/** Conjunctions that join a second attribution to a reported clause (", but he said", ", though she noted"). */
const JOINING = FUNCTION_WORDS['joining-conjunctions'];

/**
 * Term `c` opens "but he said ...": a joining conjunction (and up to two adverbs: ", while only 49 percent of
 * Republicans say"), then a speaker phrase right before a cue of saying; or, after a semicolon, dash or comma with
 * no conjunction, a speaker phrase right before a verb of saying or thinking whose clause follows ("the videos
 * exist, foreign policy experts affirm that ...").
 */
function joinedAttribution(ctx: QuoteContext, c: number, to: number): boolean {
  const terms = ctx.terms;
  if (!terms[c] || ctx.quoteAt(terms[c].start)) return false;
  const conj = JOINING.has(terms[c].normal);
  let s = conj ? c + 1 : c;
  while (conj && s < to && s - c <= 2 && terms[s].tags.has('Adverb') && !terms[s].post.trim() && !terms[s].tags.has('Noun')) s++;
  for (let k = s + 1; k < Math.min(to, s + 8); k++) {
    const cue = cueAt(ctx, k) ?? (conj ? null : complementCue(ctx, k));
    if (!cue) continue;
    if (cue.word.participle) return false;
    if (!conj && (cue.word.possessive || /[,.;:!?]/.test(terms[cue.end - 1].post) || !(terms[cue.end]?.normal === 'that' || clauseStarts(ctx, cue.end, to)))) return false;
    const sp = speakerBefore(ctx, k, s);
    return sp !== null && sp[0] === s;
  }
  return false;
}

/** The sentence from its start (after any opening mark and dateline) up to the comma before term `upto`. */
export function clauseBefore(ctx: QuoteContext, sent: Sent, upto: number, needVerb = true): [number, number] | null {
  const terms = ctx.terms;
  let from = sent.from;
  const dl = ctx.a.dateline.place;
  if (dl) while (from < upto && terms[from].start < dl.end + 4 && terms[from].end <= dl.end + 4 && sent.start <= dl.start + 1) from++;
  // "PESHAWAR, Pakistan, Feb 14 (Reuters) - A bomber ...": a wire dateline the analysis did not take whole
  for (let k = from; k < Math.min(upto - 1, from + 10); k++) if (endsDateline(terms[k])) from = k + 1;
  const to = upto; // terms [from, upto)
  if (to - from < (needVerb ? 3 : 1)) return null;
  if (!terms[to - 1].post.includes(',') && !terms[to - 1].post.includes('—')) return null;
  if (needVerb && !terms.slice(from, to).some((t) => finiteVerb(t))) return null;
  return spanOf(ctx, from, to);
}

const POLL_NOUNS = FUNCTION_WORDS['poll-nouns'];
const RELATIVES = FUNCTION_WORDS['modifier-openers'];
/** How many terms a poll's phrase after "in" may run before its noun of polling. */
const MAX_POLL_PHRASE = 10;

/**
 * "In this poll, Trump rose ...", "Clinton led by 5 points in a CNN national poll": "in" before a noun phrase
 * (a determiner, a possessive, a name or a number first) whose words up to the clause's comma or end hold a
 * noun of polling. The poll is the source; the cue runs through "in".
 */
export function pollCue(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.terms[i];
  if (!t || t.normal !== 'in' || /[,.;:!?()—–"“”]/.test(t.post)) return null;
  const sent = ctx.sents[ctx.sentOf[i]];
  const first = ctx.terms[i + 1];
  if (!first || i + 1 >= sent.to || ctx.quoteAt(first.start)) return null;
  // a bare noun of polling only in the plural ("leading in polls", not "works in polling")
  if (!(first.tags.has('Determiner') || first.tags.has('Possessive') || first.tags.has('Value') || /^\p{Lu}/u.test(first.text) || (POLL_NOUNS.has(first.normal) && /s$/.test(first.normal)))) return null;
  for (let k = i + 1; k < sent.to && k - i <= MAX_POLL_PHRASE; k++) {
    const w = ctx.terms[k];
    // the poll heads its phrase ("a CNN poll", not "poll numbers"), and no clause of its own comes before it ("a row that the poll has ...")
    if ((finiteVerb(w) && !POLL_NOUNS.has(w.normal)) || RELATIVES.has(w.normal)) return null;
    if (POLL_NOUNS.has(w.normal) && (!w.tags.has('Verb') || w.tags.has('Noun') || w.tags.has('Gerund'))) {
      const next = ctx.terms[k + 1];
      if (next && k + 1 < sent.to && !/[,;:—–()]/.test(w.post) && next.tags.has('Noun') && !next.tags.has('Preposition')) return null;
      return { i, word: { lemma: 'in poll', strength: 'cognition' }, text: t.text, end: i + 1 };
    }
    if (/[,;:—–()]/.test(ctx.terms[k].post)) return null;
  }
  return null;
}
