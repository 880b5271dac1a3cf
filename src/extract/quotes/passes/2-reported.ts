// Pass 2: reported speech without marks (indirect quotes), sentence by sentence. Each cue outside marks
// ("said", "according to", "saying", "is expected to") is read by the first rule of CUE_RULES whose case it
// is; a reading with no span still claims the cue. A later participle (", saying ...") takes the speaker
// of the sentence's earlier cue.
import type { Term } from '../../../analyse/index.js';
import type { SpeakerMention } from '../../types.js';
import { attribute, participleSpeaker, withSubject } from '../attribution.js';
import { clauseAfter, clauseBefore, complementCue, cueAt, endOf, finiteVerb, pollCue, possessiveCue, seemCue } from '../clause.js';
import type { QuoteContext, Sent } from '../context.js';
import { FUNCTION_WORDS, PASSIVE_REPORTING, SETTINGS, SPEECH_ACTS } from '../lexicon.js';
import { candidates, firstReading } from '../runner.js';
import { SPEAKER_IDS, clauseSubject, isPassive, mention, speakerAfter, speakerBefore, subjectPhrase } from '../speaker.js';
import type { Cue, CueRule, CueSite, Found, Reading } from '../types.js';

/** Words before a participle that make it one of the clause's (", saying", "by saying", "and saying"). */
const PARTICIPLE_LEADS = FUNCTION_WORDS['participle-leads'];
/** Words that may open a sentence before its opening participle ("After saying ...", "Now, while declining ..."). */
const OPENING_LEADS = FUNCTION_WORDS['opening-participle-leads'];
/** Conjunctions that may open a sentence before "according to". */
const LEADING_CONJUNCTIONS = FUNCTION_WORDS['leading-conjunctions'];
/** Prepositions of a setting phrase ("in a statement", "at a rally"). */
const SETTING_PREPS = FUNCTION_WORDS['setting-prepositions'];

/** An indirect reading of the cue (no span: the cue is read, and reports nothing). */
const reported = (s: CueSite, span: readonly [number, number] | null, speaker: SpeakerMention | null): Reading => ({
  spans: span ? [span] : [],
  type: 'indirect',
  cue: s.cue,
  speaker,
});

/**
 * "CLAUSE, officials said." / "The museum, Mr. Bush said, celebrated ...": a speaker before the cue set off by a
 * comma from the words before it; `span` is the clause before that comma (null if it is none). Null when the
 * cue is not so placed.
 */
function clauseThenSpeaker(s: CueSite): { span: [number, number] | null } | null {
  const { ctx, sent, cue } = s;
  const terms = ctx.terms;
  const before = s.before();
  if (!before) return null;
  const i = cue.i;
  const endsHere = i + 1 >= sent.to || /^[.!?]/.test(terms[i].post.trim());
  if (!((cue.word.strength === 'speech' || endsHere) && before[0] > sent.from && terms[before[0] - 1].post.includes(',') && !ctx.quoteAt(terms[before[0] - 1].end - 1))) return null;
  return { span: clauseBefore(ctx, sent, before[0]) };
}

/** Pass 2's rules, in the order they are tried on each cue. */
export const CUE_RULES: CueRule[] = [
  {
    // "In this poll, Trump rose 1 point.", "Clinton led by 5 points in a CNN national poll.": a poll named after "in"
    // (clause.pollCue) is the source of the clause it opens (after its comma) or closes (from the sentence's start)
    id: 'quote.indirect-in-poll',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (cue.word.lemma !== 'in poll') return null;
      const terms = ctx.terms;
      // the poll's phrase runs to the clause's comma or the sentence's end
      let e = cue.end;
      while (e < sent.to && e - cue.end < MAX_POLL) {
        e++;
        if (/[,;:—–]/.test(terms[e - 1].post) || ctx.quoteAt(terms[e - 1].end)) break;
      }
      const closed = e >= sent.to || /[,;:—–]/.test(terms[e - 1].post);
      if (!closed || ctx.quoteAt(terms[e - 1].end)) return reported(s, null, null);
      const poll = mention(ctx, cue.end, e, SPEAKER_IDS.afterCue);
      const opens = cue.i === sent.from || (cue.i === sent.from + 1 && LEADING_CONJUNCTIONS.has(terms[sent.from].normal));
      if (opens) {
        if (e >= sent.to || !terms[e - 1].post.includes(',')) return reported(s, null, null);
        // "In the Post poll, conducted in early September, Clinton led ...": a participle's phrase after the poll's comma is the poll's
        let from = e;
        if (terms[from] && terms[from].tags.has('PastTense') && terms[from].tags.has('Verb')) {
          let k = from;
          while (k < sent.to && k - from < MAX_POLL && !/[,;:—–]/.test(terms[k].post)) k++;
          if (k < sent.to - 1 && terms[k].post.includes(',')) from = k + 1;
        }
        if (!terms.slice(from, sent.to).some((t) => finiteVerb(t))) return reported(s, null, null);
        return reported(s, clauseAfterComma(ctx, { ...cue, end: from }, sent), poll);
      }
      // closing the sentence: what the poll tells runs from the sentence's start (after its opening phrase) to "in"
      if (e < sent.to) return reported(s, null, null);
      let from = sent.from;
      for (let k = sent.from; k < cue.i - 1; k++) if (/[,;:—–]/.test(terms[k].post)) from = k + 1;
      // under a verb of saying or thinking of the sentence, the poll's finding is that speaker's report
      for (let k = sent.from; k < cue.i; k++) if (cueAt(ctx, k) ?? complementCue(ctx, k)) return reported(s, null, null);
      if (ctx.quoteAt(terms[from].start) || !terms.slice(from, cue.i).some((t) => finiteVerb(t)) || cue.i - from < 2) return reported(s, null, null);
      return reported(s, [terms[from].start, endOf(ctx, cue.i - 1)], poll);
    },
  },
  {
    // "Melania seems to have vanished from the campaign trail", "he seemed rattled": the clause, subject and all,
    // is an impression (clause.seemCue) with no source, unless what seems is a saying or a thought ("appeared to suggest")
    id: 'quote.indirect-seems',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!cue.word.impression) return null;
      const subj = s.before();
      if (!subj || (subj[1] - subj[0] === 1 && FUNCTION_WORDS.expletives.has(ctx.terms[subj[0]].normal))) return reported(s, null, null);
      // under a verb of saying before it ("She added that ... seems ..."), the impression is that speaker's
      for (let k = sent.from; k < subj[0]; k++) if (cueAt(ctx, k)) return reported(s, null, null);
      const rest = clauseFrom(ctx, cue.end, sent, 1);
      // "appeared to suggest", "seemed to think": what seems is a saying or a thought, and its subject holds it
      const to = ctx.terms[cue.end];
      const act = to?.normal === 'to' && ctx.terms[cue.end + 1] ? ctx.cues.cue(ctx.terms[cue.end + 1].normal) : null;
      return reported(s, rest && [ctx.terms[subj[0]].start, rest[1]], act ? s.beforeSpeaker() : null);
    },
  },
  {
    // "Trump's claim that crime is up", "his support of the bill": the possessor (clause.possessiveCue) holds
    // what the noun of saying is about, up to the clause's end
    id: 'quote.indirect-possessive-noun',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!cue.word.possessive) return null;
      const terms = ctx.terms;
      const first = terms[cue.end];
      if (!first || cue.end >= sent.to || ctx.quoteAt(first.start) || first.tags.has('Date')) return reported(s, null, null);
      let span = clauseFrom(ctx, cue.end, sent, 1);
      // after a preposition the content is a noun phrase: it ends before the sentence's own verb
      if (span && terms[cue.end - 1].normal !== 'that') {
        let e = cue.end + 1;
        while (e < sent.to && terms[e].start < span[1] && !(finiteVerb(terms[e]) && !terms[e].tags.has('Gerund'))) e++;
        span = [span[0], Math.min(span[1], endOf(ctx, e - 1))];
      }
      // inside the clause of a verb before it, the clause's subject holds the stance ("He has stepped up his attacks
      // on ...", "The campaign pushed back against Mr. Sanders's attack on ..."); opening it, the possessor does
      const owner = clauseSubject(ctx, sent.from, cue.i) ?? (terms[cue.i].tags.has('Pronoun') ? [cue.i, cue.i + 1] : ownerPhrase(ctx, cue.i, sent.from));
      return reported(s, span, owner && mention(ctx, owner[0], owner[1], SPEAKER_IDS.beforeCue));
    },
  },
  {
    // "Politifact then ruled that ...", "Investigators have discovered that ...": a verb of no list before a
    // "that" clause (clause.complementCue); the clause is reported, by the speaker phrase before the verb
    id: 'quote.indirect-verb-that',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      if (!s.cue.word.complement) return null;
      const span = clauseAfter(s.ctx, s.cue, s.sent);
      const speaker = span && (s.before() ? s.beforeSpeaker() : experiencer(s));
      return reported(s, speaker ? span : null, speaker);
    },
  },
  {
    // "According to X, CLAUSE." / "CLAUSE, according to X."
    id: 'quote.indirect-according-to',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      if (cue.word.lemma !== 'according to') return null;
      const terms = ctx.terms;
      const i = cue.i;
      const at = attribute(ctx, cue, sent.from, sent.to);
      if (!at?.speaker) return reported(s, null, null);
      let span: [number, number] | null = null;
      if (i === sent.from || (i === sent.from + 1 && LEADING_CONJUNCTIONS.has(terms[sent.from].normal))) {
        // "According to X, CLAUSE."
        const spEnd = ctx.termFrom(at.speaker.end);
        if (terms[spEnd - 1]?.post.includes(',')) {
          const fake: Cue = { ...cue, end: spEnd, word: { lemma: 'according to', strength: 'speech' } };
          span = clauseAfterComma(ctx, fake, sent);
        }
      } else {
        span = clauseBefore(ctx, sent, i) ?? clauseAroundSource(ctx, sent, cue, at.speaker);
      }
      return reported(s, span, at.speaker);
    },
  },
  {
    // "When asked why he left, ...", "Asked about the deal, ...", "He was asked whether ...": the question put to
    // the subject; its asker only when named ("asked by a reporter whether ..."), else none
    id: 'quote.indirect-asked-question',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!QUESTION_LEMMAS.has(cue.word.lemma) || !/ed$/.test(ctx.terms[cue.i].normal)) return null;
      const first = cue.i === sent.from || (cue.i === sent.from + 1 && QUESTION_LEADS.has(ctx.terms[sent.from].normal));
      if (!first && !isPassive(ctx, cue.i, sent.from)) return null;
      const q = questionAfter(ctx, cue, sent);
      return q && reported(s, q.span, q.asker);
    },
  },
  {
    // "After saying her foot was swollen, she was whisked away", "While declining to go into specifics, Tamargo
    // insisted ...": a participle's phrase opens the sentence; what it reports ends at the phrase's comma, and the
    // main clause's subject after that comma says it
    id: 'quote.indirect-opening-participle',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!cue.word.participle || cue.i - sent.from > 2) return null;
      const terms = ctx.terms;
      for (let k = sent.from; k < cue.i; k++) if (!OPENING_LEADS.has(terms[k].normal)) return null;
      let comma = -1;
      for (let k = cue.end; k < sent.to - 1 && comma < 0; k++) {
        if (/[.;:!?]/.test(terms[k].post) || ctx.quoteAt(terms[k].start)) return null;
        if (terms[k].post.includes(',')) comma = k;
      }
      if (comma < 0) return null;
      const span = clauseAfter(ctx, cue, { ...sent, to: comma + 1 });
      const subj = clauseSubject(ctx, comma + 1, sent.to);
      if (!span || !subj) return null;
      return reported(s, span, mention(ctx, subj[0], subj[1], SPEAKER_IDS.clauseSubject));
    },
  },
  {
    // ", citing a threat to public health", ", referring to the recent killings", ", echoing a memo from ...": a
    // participle of a speech act or a stance after the clause's comma, with no clause after it, reads its object
    // up to the clause's end; the clause's speaker says it
    id: 'quote.indirect-participle-object',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      const t = ctx.terms[cue.i];
      const prev = ctx.terms[cue.i - 1];
      if (!/ing$/.test(t.normal) || !prev?.post.includes(',') || !(SPEECH_ACTS.has(cue.word.lemma) || cue.word.readsObject)) return null;
      if (/[,.;:!?]/.test(ctx.terms[cue.end - 1].post) || cue.end >= sent.to || ctx.quoteAt(ctx.terms[cue.end].start)) return null;
      if (clauseAfter(ctx, cue, sent)) return null;
      const span = clauseFrom(ctx, cue.end, sent, 2);
      return span && reported(s, span, s.lastSpeaker ?? participleSpeaker(ctx, cue));
    },
  },
  {
    // ", saying ...", "by saying ...", "and saying ...": the clause's subject says it
    id: 'quote.indirect-participle',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!cue.word.participle) return null;
      const prev = ctx.terms[cue.i - 1];
      // "with Trump saying ...": the participle's own subject after "with"
      const own = withSubject(ctx, cue);
      // ", again saying", ", also saying": an adverb between the clause's comma and the participle
      const adverbLead = prev && prev.tags.has('Adverb') && !prev.post.trim() && !!ctx.terms[cue.i - 2]?.post.includes(',');
      if (!prev || !(own || prev.post.includes(',') || PARTICIPLE_LEADS.has(prev.normal) || adverbLead)) return reported(s, null, null);
      const span = clauseAfter(ctx, cue, sent);
      if (!span) return reported(s, null, null);
      if (own) return reported(s, span, mention(ctx, own[0], own[1], SPEAKER_IDS.beforeCue));
      return reported(s, span, s.lastSpeaker ?? participleSpeaker(ctx, cue));
    },
  },
  {
    // "His views were echoed by a number of tax experts", "The nominee has been endorsed by dozens of papers": a
    // passive speech act or stance with its agent after "by" reports its subject, said by the agent
    id: 'quote.indirect-passive-by',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      const by = ctx.terms[cue.end];
      if (!by || by.normal !== 'by' || /[,.;:!?]/.test(ctx.terms[cue.i].post) || !SPEECH_ACTS.has(cue.word.lemma) || !isPassive(ctx, cue.i, sent.from)) return null;
      const agent = speakerAfter(ctx, cue.end, sent.to);
      const subj = clauseSubject(ctx, sent.from, cue.i);
      if (!agent || !subj) return null;
      // the subject is the passive's own: only auxiliaries and adverbs between them
      for (let k = subj[1]; k < cue.i; k++) {
        const t = ctx.terms[k];
        if (!(t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Adverb') || t.tags.has('Negative') || t.text === '')) return null;
      }
      return reported(s, [ctx.terms[subj[0]].start, endOf(ctx, subj[1] - 1)], mention(ctx, agent[0], agent[1], SPEAKER_IDS.afterCue));
    },
  },
  {
    // "Turnout is expected to rise": reported, but by nobody named
    id: 'quote.indirect-passive',
    pass: 'reported',
    build(s) {
      const { ctx, sent, cue } = s;
      if (!isPassive(ctx, cue.i, sent.from)) return null;
      // "was accused of using ...", "have been blamed for introducing ...": what the charge says, by nobody named
      const prep = ctx.terms[cue.end];
      if (PASSIVE_CHARGES.has(cue.word.lemma) && (prep?.normal === 'of' || prep?.normal === 'for') && !/[,.;:!?]/.test(ctx.terms[cue.end - 1].post)) {
        return reported(s, clauseFrom(ctx, cue.end + 1, sent, 2), null);
      }
      return reported(s, PASSIVE_REPORTING.has(cue.word.lemma) ? clauseAfter(ctx, cue, sent) : null, null);
    },
  },
  {
    // "73 percent said the same of Trump", "Mook said as much", "haven't said much about how ...", "say anything that ...":
    // a pronoun-like object of saying stands for what was said
    id: 'quote.indirect-said-object',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      if (cue.word.lemma !== 'say' || /[,.;:!?]/.test(ctx.terms[cue.i].post)) return null;
      let k = cue.end;
      while (k < sent.to && k - cue.end < 2 && LEAD_ADVERBS.has(ctx.terms[k].normal)) k++;
      const t = ctx.terms[k];
      if (!t || ctx.quoteAt(t.start)) return null;
      const two = `${t.normal} ${ctx.terms[k + 1]?.normal ?? ''}`;
      if (!SAY_OBJECTS.has(t.normal) && !SAY_OBJECTS.has(two)) return null;
      const span = clauseFrom(ctx, k, sent);
      return span && reported(s, span, s.before() ? s.beforeSpeaker() : null);
    },
  },
  {
    // "Singh said that ...", "he told reporters the talks had failed"
    id: 'quote.indirect-said-that',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      if (!s.before()) return null;
      const span = clauseAfter(s.ctx, s.cue, s.sent);
      return span && reported(s, span, s.beforeSpeaker());
    },
  },
  {
    // "a probe the agency said was ongoing", "which he said were accompanied by ...", "what analysts said was a sign":
    // the cue's clause lost its subject to the relative before the speaker; what follows from its verb is reported
    id: 'quote.indirect-relative-gap',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      const before = s.before();
      if (!before || cue.word.participle || before[0] <= sent.from) return null;
      const verb = ctx.terms[cue.end];
      if (!verb || !GAP_VERBS.has(verb.normal) || /[,.;:!?]/.test(ctx.terms[cue.end - 1].post)) return null;
      const span = clauseFrom(ctx, cue.end, sent);
      if (!span) return null;
      // the antecedent ends where the speaker's own determiner starts: "a probe | the agency said"
      let from = before[0];
      for (let k = before[1] - 1; k > before[0]; k--) {
        if (ctx.terms[k].tags.has('Determiner') && ctx.terms[k - 1].tags.has('Noun') && !ctx.terms[k - 1].tags.has('Possessive')) {
          from = k;
          break;
        }
      }
      return reported(s, span, from === before[0] ? s.beforeSpeaker() : mention(ctx, from, before[1], SPEAKER_IDS.beforeCue));
    },
  },
  {
    // "Trump denied the allegations", "She cited a 2015 study"
    id: 'quote.indirect-speech-act-object',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      if (!s.before()) return null;
      const object = SPEECH_ACTS.has(s.cue.word.lemma) || s.cue.word.readsObject ? objectAfter(s.ctx, s.cue, s.sent) : null;
      return object && reported(s, object, s.beforeSpeaker());
    },
  },
  {
    // "Trump attacked Clinton", "Clinton cited it", "who had endorsed him": a name or an object pronoun alone is
    // the object of a stance or speech act (the rule above wants two words or more)
    id: 'quote.indirect-name-object',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      if (!s.before() || !(SPEECH_ACTS.has(s.cue.word.lemma) || s.cue.word.readsObject)) return null;
      const object = shortObject(s.ctx, s.cue, s.sent);
      return object && reported(s, object, s.beforeSpeaker());
    },
  },
  {
    // "She noted published reports alleging that he had lied", "Trump remarked upon a story in which aides said ...":
    // a verb of saying whose object (after at most one preposition) is a noun phrase that holds a second report (a
    // cue of its own inside it) reports that whole phrase, by the speaker before the verb; the inner report stays
    // inside the outer one
    id: 'quote.indirect-object-holds-report',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      // not in a headline (pass 3 reads its subject and verb)
      if (cue.word.strength !== 'speech' || cue.word.participle || !s.before() || ctx.paraOf[cue.i] === 0) return null;
      const terms = ctx.terms;
      const prep = terms[cue.end];
      const lead = prep && prep.tags.has('Preposition') && !prep.tags.has('Date') && !/[,.;:!?]/.test(terms[cue.end - 1].post) ? 1 : 0;
      const k0 = cue.end + lead;
      const first = terms[k0];
      if (!first || k0 >= sent.to || /[,.;:!?—–]/.test(terms[k0 - 1].post) || ctx.quoteAt(first.start) || first.tags.has('Date')) return null;
      // a noun phrase opens the object ("published reports", "a recent story"), not a pronoun or a clause
      const np = (NP_START.some((tag) => first.tags.has(tag)) && !(first.tags.has('Pronoun') && !first.tags.has('Possessive'))) ||
        (first.tags.has('PastTense') && !!terms[k0 + 1]?.tags.has('Noun') && !terms[k0 + 1].tags.has('Pronoun'));
      const object = np ? clauseFrom(ctx, k0, sent, 3) : null;
      if (!object) return null;
      const to = ctx.termFrom(object[1] - 1) + 1;
      let inner = false;
      for (let k = k0 + 1; k < to && !inner; k++) inner = !!cueAt(ctx, k) && speakerBefore(ctx, k, k0) !== null;
      return inner ? reported(s, object, s.beforeSpeaker()) : null;
    },
  },
  {
    // "CLAUSE, officials said." (the speaker before the cue) / "CLAUSE, said X." (after it, when none is before)
    id: 'quote.indirect-clause-then-cue',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      if (s.before()) {
        const lead = clauseThenSpeaker(s);
        return lead?.span ? reported(s, lead.span, s.beforeSpeaker()) : null;
      }
      const i = cue.i;
      if (!(cue.word.strength === 'speech' && i > sent.from && ctx.terms[i - 1].post.includes(','))) return null;
      const after = speakerAfter(ctx, i, sent.to);
      if (!after) return null;
      return reported(s, clauseBefore(ctx, sent, i), mention(ctx, after[0], after[1], SPEAKER_IDS.afterCue));
    },
  },
  {
    // "85% of Democrats said the system favors the wealthy", "X, the chairman of ..., for example, said Trump ...":
    // a verb of saying with a clear clause after it, whose subject no speaker phrase right before it reads
    id: 'quote.indirect-said-that-subject',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      if (s.before() || cue.word.strength !== 'speech' || cue.word.participle || cue.i <= sent.from) return null;
      // a verb as tagged ("remarks", "claims" are often nouns)
      const t = ctx.terms[cue.i];
      if (!t.tags.has('Verb') || t.tags.has('Noun') || t.tags.has('Plural')) return null;
      if (ctx.terms[cue.i - 1].post.includes(',') && !ctx.terms[cue.i - 2]?.post.includes(',')) return null;
      const span = clauseAfter(ctx, cue, sent);
      if (!span) return null;
      const subj = subjectPhrase(ctx, sent.from, cue.i);
      return subj && reported(s, span, mention(ctx, subj[0], subj[1], SPEAKER_IDS.clauseSubject));
    },
  },
  {
    // "The museum, Mr. Bush said, celebrated ...": the sentence on both sides of the attribution. Last of the
    // rules of a speaker before the cue, it claims every such cue the others left.
    id: 'quote.indirect-parenthetical-cue',
    pass: 'reported',
    givesSentenceSpeaker: true,
    build(s) {
      const { ctx, sent, cue } = s;
      const before = s.before();
      if (!before) return null;
      const lead = clauseThenSpeaker(s);
      const pieces = lead && !lead.span && ctx.terms[cue.i].post.trim() === ',' && cue.i + 2 < sent.to ? parentheticalPieces(ctx, sent, before[0], cue.i) : [];
      return { spans: pieces, type: 'indirect', cue, speaker: s.beforeSpeaker() };
    },
  },
];

/** How many terms a poll's phrase may run after "in" (quote.indirect-in-poll). */
const MAX_POLL = 16;

/** Expletive subjects of a passive: "it was revealed that" names no one. */
const EXPLETIVES = FUNCTION_WORDS.expletives;

/**
 * "Protesters were frustrated that ...", "Many Democrats are convinced that ...": before a "that" clause the
 * subject of a passive form holds the feeling (an expletive "it" names no one); the phrase before its auxiliary.
 */
function experiencer(s: CueSite): SpeakerMention | null {
  const { ctx, sent, cue } = s;
  if (!isPassive(ctx, cue.i, sent.from)) return null;
  let k = cue.i - 1;
  while (k > sent.from && !(ctx.terms[k].tags.has('Copula') || PASSIVE_AUX.has(ctx.terms[k].normal))) k--;
  const sp = speakerBefore(ctx, k, sent.from);
  if (!sp || (sp[1] - sp[0] === 1 && EXPLETIVES.has(ctx.terms[sp[0]].normal))) return null;
  return mention(ctx, sp[0], sp[1], SPEAKER_IDS.beforeCue);
}
const PASSIVE_AUX = FUNCTION_WORDS['passive-auxiliaries'];

/** What the rules read of one cue; the speaker phrase before it is read at most once. */
function cueSite(ctx: QuoteContext, sent: Sent, cue: Cue, lastSpeaker: SpeakerMention | null): CueSite {
  let before: [number, number] | null | undefined;
  let speaker: SpeakerMention | null | undefined;
  const site: CueSite = {
    ctx,
    sent,
    cue,
    lastSpeaker,
    // "Obama sounded a call for ...": a cue read as a noun takes the clause's subject for the phrase before it
    before: () => (before === undefined ? (before = cue.word.nominal ? clauseSubject(ctx, sent.from, cue.i) : speakerBefore(ctx, cue.i, sent.from)) : before),
    beforeSpeaker: () => {
      const b = site.before();
      return speaker === undefined ? (speaker = b ? mention(ctx, b[0], b[1], cue.word.nominal ? SPEAKER_IDS.clauseSubject : SPEAKER_IDS.beforeCue) : null) : speaker;
    },
  };
  return site;
}

/** Runs pass 2 over the sentences of the content. */
export function runReported(ctx: QuoteContext, rules: readonly CueRule[], out: Found[]): void {
  const terms = ctx.terms;
  for (const sent of ctx.sents) {
    if (!ctx.a.isContent(sent.start, sent.end)) continue;
    let lastSpeaker: SpeakerMention | null = null;
    for (let i = sent.from; i < sent.to; i++) {
      if (ctx.quoteAt(terms[i].start)) continue;
      const cue = cueAt(ctx, i) ?? complementCue(ctx, i) ?? possessiveCue(ctx, i) ?? seemCue(ctx, i) ?? pollCue(ctx, i);
      if (!cue) continue;
      const hit: { rule: CueRule; reading: Reading } | null = firstReading(rules, cueSite(ctx, sent, cue, lastSpeaker));
      if (!hit) continue;
      out.push(...candidates(ctx, hit.rule, hit.reading, null));
      if (hit.rule.givesSentenceSpeaker && hit.reading.speaker) lastSpeaker = hit.reading.speaker;
    }
  }
}

/** "The museum, Mr. Bush said, celebrated ...": the reported sentence on both sides of the attribution. */
function parentheticalPieces(ctx: QuoteContext, sent: Sent, speakerFrom: number, cue: number): [number, number][] {
  const terms = ctx.terms;
  const head = clauseBefore(ctx, sent, speakerFrom, false);
  const end = endOf(ctx, sent.to - 1);
  const tailStart = terms[cue + 1].start;
  const whole = terms.slice(sent.from, sent.to).filter((t, k) => k + sent.from < speakerFrom || k + sent.from > cue);
  if (!head || end - tailStart < 8 || !whole.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'))) return [];
  return [head, [tailStart, end]];
}

/** "in a statement", "at a rally", "on Twitter": a setting phrase starts at `from`. */
function settingAhead(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (SETTINGS.has(ctx.terms[k].normal)) return true;
    if (!ctx.terms[k].tags.has('Determiner') && !ctx.terms[k].tags.has('Adjective') && !ctx.terms[k].tags.has('Possessive') && !ctx.terms[k].tags.has('Noun')) return false;
  }
  return false;
}
const NP_START = ['Determiner', 'Noun', 'ProperNoun', 'Adjective', 'Possessive', 'Value', 'Acronym'];

/** The object of a speech-act verb, up to the end of its clause. */
function objectAfter(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const terms = ctx.terms;
  const k = cue.end;
  const first = terms[k];
  if (!first || k >= sent.to || /[.!?;:,]/.test(terms[cue.i].post.trim())) return null;
  if (!(NP_START.some((tag) => first.tags.has(tag)) || first.tags.has('Gerund')) || (first.tags.has('Pronoun') && !first.tags.has('Possessive')) || first.tags.has('Date') || terms[k + 1]?.tags.has('Date')) return null;
  if (ctx.quoteAt(first.start)) return null;
  let e = k;
  while (e < sent.to) {
    const t = terms[e];
    // a time or a setting ends the object: "denied the allegations in a statement on Friday", "backed the deal on Tuesday"
    if (e > k && (t.tags.has('Date') || (SETTING_PREPS.has(t.normal) && (settingAhead(ctx, e + 1, sent.to) || terms[e + 1]?.tags.has('Date'))))) break;
    e++;
    if (/[,;:—–(]/.test(t.post) || (t.post.includes(' -') && !t.post.includes('-', 0))) break;
  }
  if (e - k < 2) return null;
  return [first.start, endOf(ctx, e - 1)];
}

/** Object pronouns that can stand alone as what a stance or speech act is about. */
const OBJECT_PRONOUNS = FUNCTION_WORDS['short-objects'];

/**
 * "attacked Clinton", "endorsed Donald Trump", "cited it": a name (its proper nouns) or an object pronoun right
 * after the cue, followed by no verb (then it opens a clause: "denied Trump was there").
 */
function shortObject(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const terms = ctx.terms;
  const k = cue.end;
  const first = terms[k];
  if (!first || k >= sent.to || /[.!?;:,—–(]/.test(terms[cue.end - 1].post.trim()) || ctx.quoteAt(first.start)) return null;
  let e = k;
  if (OBJECT_PRONOUNS.has(first.normal)) e = k + 1;
  else {
    const name = (t: Term): boolean => (t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Organization')) && !t.tags.has('Date') && /^\p{Lu}/u.test(t.text);
    while (e < sent.to && e - k < 4 && name(terms[e])) {
      e++;
      if (terms[e - 1].tags.has('Possessive') || /[^\s]/.test(terms[e - 1].post.replace(/[-–]/g, ''))) break;
    }
    if (e > k && terms[e - 1].tags.has('Possessive')) return null;
  }
  if (e === k) return null;
  const next = terms[e];
  if (next && e < sent.to && !/[,;:.!?—–]/.test(terms[e - 1].post) && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Noun')) return null;
  return [first.start, endOf(ctx, e - 1)];
}

/**
 * "About 10 p.m., according to a timeline, the contractors left": a source set off inside the sentence after words
 * that are no clause of their own; what is reported is the clause after the source's comma.
 */
function clauseAroundSource(ctx: QuoteContext, sent: Sent, cue: Cue, speaker: SpeakerMention): [number, number] | null {
  const terms = ctx.terms;
  const spEnd = ctx.termFrom(speaker.end);
  if (!terms[cue.i - 1]?.post.includes(',') || !terms[spEnd - 1]?.post.includes(',') || spEnd >= sent.to) return null;
  if (terms.slice(sent.from, cue.i).some((t) => finiteVerb(t))) return null;
  if (!terms.slice(spEnd, sent.to).some((t) => finiteVerb(t))) return null;
  return clauseAfterComma(ctx, { ...cue, end: spEnd }, sent);
}

/** Objects of "say" that stand for what was said ("the same", "as much", "anything"). */
const SAY_OBJECTS = FUNCTION_WORDS['say-objects'];
/** Adverbs between "said" and its object ("said publicly the same"). */
const LEAD_ADVERBS = FUNCTION_WORDS['say-adverbs'];

/** Finite verbs that open a clause whose subject is a relative before the speaker ("which he said were ..."). */
const GAP_VERBS = FUNCTION_WORDS['gap-verbs'];

/** The possessor that ends at term `k`: a possessive pronoun, or the name (its capitalised words) whose "'s" it is. */
function ownerPhrase(ctx: QuoteContext, k: number, min: number): [number, number] | null {
  const terms = ctx.terms;
  if (terms[k].tags.has('Pronoun')) return [k, k + 1];
  let s = k;
  while (s - 1 >= min && /^\p{Lu}/u.test(terms[s - 1].text) && !/[,;:.!?()—–"“”]/.test(terms[s - 1].post) && (terms[s - 1].tags.has('ProperNoun') || terms[s - 1].tags.has('Honorific') || terms[s - 1].tags.has('Person')) && k - s < 4) s--;
  return /^\p{Lu}/u.test(terms[k].text) || s < k ? [s, k + 1] : null;
}

/** Lemmas whose passive with "of"/"for" tells a charge laid by nobody named ("was accused of", "was blamed for"). */
const PASSIVE_CHARGES = FUNCTION_WORDS['passive-charges'];

/** The terms from `from` to the clause's first comma, semicolon, colon or dash, or the sentence's end (at least `min` terms). */
function clauseFrom(ctx: QuoteContext, from: number, sent: Sent, min = 2): [number, number] | null {
  const terms = ctx.terms;
  let e = from;
  while (e < sent.to) {
    e++;
    if (/[,;:—–]/.test(terms[e - 1].post) || ctx.quoteAt(terms[e - 1].end)) break;
  }
  return e - from >= min ? [terms[from].start, endOf(ctx, e - 1)] : null;
}

/** Lemmas of asking: a passive or opening participle of one reports the question ("was asked whether ..."). */
const QUESTION_LEMMAS = FUNCTION_WORDS['question-lemmas'];
/** Words that open a sentence before "asked" ("When asked ...", "If asked ..."). */
const QUESTION_LEADS = FUNCTION_WORDS['question-leads'];
const WH_WORDS = FUNCTION_WORDS['wh-words'];
const PRESENT_BE = FUNCTION_WORDS['present-be'];

/**
 * What was asked: after "by X" (the asker), the words from "about", "to", "if", "whether" or a wh-word up to the
 * clause's comma or the sentence's end; null when the question is not told there.
 */
function questionAfter(ctx: QuoteContext, cue: Cue, sent: Sent): { span: [number, number]; asker: SpeakerMention | null } | null {
  const terms = ctx.terms;
  let k = cue.end;
  let asker: SpeakerMention | null = null;
  if (/[,.;:!?]/.test(terms[cue.i].post)) return null;
  if (terms[k]?.normal === 'by' && k + 1 < sent.to) {
    const sp = speakerAfter(ctx, k, sent.to);
    if (!sp) return null;
    asker = mention(ctx, sp[0], sp[1], SPEAKER_IDS.afterCue);
    k = sp[1];
  }
  if (k >= sent.to || ctx.quoteAt(terms[k].start)) return null;
  const t = terms[k];
  let from: number;
  if (t.normal === 'about') from = k + 1;
  // "anyone with information is asked to call police": a standing request to the public, no question put
  else if (t.normal === 'to' && PRESENT_BE.has(terms[cue.i - 1]?.normal ?? '')) return null;
  else if (t.normal === 'to' || t.normal === 'if' || t.normal === 'whether' || WH_WORDS.has(t.normal)) from = k;
  else return null;
  if (from >= sent.to) return null;
  let e = from;
  while (e < sent.to) {
    e++;
    if (/[,;:—–]/.test(terms[e - 1].post) || ctx.quoteAt(terms[e - 1].end)) break;
  }
  if (e - from < 1 || (e - from < 2 && !WH_WORDS.has(terms[from].normal))) return null;
  return { span: [terms[from].start, endOf(ctx, e - 1)], asker };
}

/** "According to X, CLAUSE." : the clause after the comma that closes the source. */
function clauseAfterComma(ctx: QuoteContext, cue: Cue, sent: Sent): [number, number] | null {
  const from = cue.end;
  if (from >= sent.to) return null;
  const end = endOf(ctx, sent.to - 1);
  const start = ctx.terms[from].start;
  return end - start > 8 ? [start, end] : null;
}
