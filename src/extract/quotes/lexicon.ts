// The lexicon of attribution: reporting verbs and phrases, pronouns, role nouns, closed-class word lists.
// The words live in lexicon/*.json (hand-written general vocabulary; nothing comes from a corpus's annotations),
// loaded once by static imports. The cue table (every inflected form -> its reading) is compiled by
// compileCues for each tagger (index.ts), not kept by this module.
import { table, wordSet, type LexiconFile } from '../lexicon.js';
import speechVerbs from './lexicon/speech-verbs.json' with { type: 'json' };
import cognitionVerbs from './lexicon/cognition-verbs.json' with { type: 'json' };
import intentVerbs from './lexicon/intent-verbs.json' with { type: 'json' };
import stanceVerbs from './lexicon/stance-verbs.json' with { type: 'json' };
import stancePhrases from './lexicon/stance-phrases.json' with { type: 'json' };
import toClauseVerbs from './lexicon/to-clause-verbs.json' with { type: 'json' };
import hearerVerbs from './lexicon/hearer-verbs.json' with { type: 'json' };
import speakerPronouns from './lexicon/speaker-pronouns.json' with { type: 'json' };
import clauseWords from './lexicon/clause-words.json' with { type: 'json' };
import betweenSpeakerAndCue from './lexicon/between-speaker-and-cue.json' with { type: 'json' };
import roleNouns from './lexicon/role-nouns.json' with { type: 'json' };
import headlineLabels from './lexicon/headline-labels.json' with { type: 'json' };
import factBoxLabels from './lexicon/fact-box-labels.json' with { type: 'json' };
import headlineVerbs from './lexicon/headline-verbs.json' with { type: 'json' };
import namingVerbs from './lexicon/naming-verbs.json' with { type: 'json' };
import speechActs from './lexicon/speech-acts.json' with { type: 'json' };
import settings from './lexicon/settings.json' with { type: 'json' };
import passiveReporting from './lexicon/passive-reporting.json' with { type: 'json' };
import wireCredits from './lexicon/wire-credits.json' with { type: 'json' };
import titleSmallWords from './lexicon/title-small-words.json' with { type: 'json' };
import functionWords from './lexicon/function-words.json' with { type: 'json' };
import speechNouns from './lexicon/speech-nouns.json' with { type: 'json' };

type Forms = LexiconFile<Readonly<Record<string, readonly string[]>>>;

/** The domain's lexicon files, by name (quotesDomain.lexicon). */
export const QUOTE_LEXICON = {
  speechVerbs: speechVerbs as Forms,
  cognitionVerbs: cognitionVerbs as Forms,
  intentVerbs: intentVerbs as Forms,
  stanceVerbs: stanceVerbs as Forms,
  stancePhrases: stancePhrases as Forms,
  speechNouns: speechNouns as Forms,
  toClauseVerbs: toClauseVerbs as LexiconFile,
  hearerVerbs: hearerVerbs as LexiconFile,
  speakerPronouns,
  clauseWords,
  betweenSpeakerAndCue,
  roleNouns,
  headlineLabels,
  factBoxLabels,
  headlineVerbs,
  namingVerbs,
  speechActs,
  settings,
  passiveReporting,
  wireCredits,
  titleSmallWords,
  functionWords,
} as const;

export type QuoteLexiconFiles = typeof QUOTE_LEXICON;

/** How a cue relates its source to the content. */
export type CueStrength =
  /** a verb of saying: "said", "told", "warned" */
  | 'speech'
  /** a verb of thinking or showing: "believes", "found", "shows"; needs a clear clause after it */
  | 'cognition';

export interface CueWord {
  lemma: string;
  strength: CueStrength;
  /** takes a hearer object before the content: "told reporters that ..." */
  object?: boolean;
  /** a present participle ("saying", "adding"): its source is the subject of the main clause */
  participle?: boolean;
  /** takes a "to" clause as what is reported: "vowed to fight", "wants to cut taxes" */
  toClause?: boolean;
  /** an -ing form after a form of "be" ("is stressing") */
  progressive?: boolean;
  /** is a cue only with a "to" clause ("wants", "plans") */
  toOnly?: boolean;
  /** a noun or an adjective after an article ("a call for", "a swiftly called meeting"): no speaker stands right before it; the clause's subject is its source */
  nominal?: boolean;
  /** a stance with its preposition ("worried about", "critical of"): what follows is its object */
  readsObject?: boolean;
  /** a verb of no list, read as a cue only by the "that" clause right after it ("Politifact ruled that ...") */
  complement?: boolean;
  /** "seems", "appeared": an impression the writer reports, held by no one named */
  impression?: boolean;
  /** a noun of saying after its possessor ("Trump's claim that", "his support of"): the possessor speaks */
  possessive?: boolean;
}

/** Every cue form with its reading. */
export interface CueTable {
  /** The cue reading of a word (lower case, no punctuation), or null. */
  cue(normal: string): CueWord | null;
}

/** Compiles the verb lexicons into the cue table: speech verbs first, then cognition, then intention (a form keeps its first reading). */
export function compileCues(lex: Pick<QuoteLexiconFiles, 'speechVerbs' | 'cognitionVerbs' | 'intentVerbs' | 'stanceVerbs' | 'toClauseVerbs' | 'hearerVerbs'>): CueTable {
  const toLemmas = wordSet(lex.toClauseVerbs);
  const objectLemmas = wordSet(lex.hearerVerbs);
  const words = new Map<string, CueWord>();
  for (const [lemma, forms] of Object.entries(table(lex.speechVerbs))) {
    for (const f of forms) {
      words.set(f, { lemma, strength: 'speech', object: objectLemmas.has(lemma), participle: f.endsWith('ing'), toClause: toLemmas.has(lemma) });
    }
  }
  for (const [lemma, forms] of Object.entries(table(lex.cognitionVerbs))) {
    for (const f of forms) {
      if (!words.has(f)) words.set(f, { lemma, strength: 'cognition', participle: f.endsWith('ing'), toClause: toLemmas.has(lemma) });
    }
  }
  for (const [lemma, forms] of Object.entries(table(lex.intentVerbs))) {
    for (const f of forms) {
      if (!words.has(f)) words.set(f, { lemma, strength: 'cognition', participle: f.endsWith('ing'), toClause: true, toOnly: true });
    }
  }
  // a stance verb ("backed", "attacked") reads its object, or a clear clause, like a verb of thinking
  for (const [lemma, forms] of Object.entries(table(lex.stanceVerbs))) {
    for (const f of forms) {
      if (!words.has(f)) words.set(f, { lemma, strength: 'cognition', participle: f.endsWith('ing'), toClause: toLemmas.has(lemma) });
    }
  }
  // "say" as a plain present ("they say", "officials say") is a speech cue.
  words.set('say', { lemma: 'say', strength: 'speech' });
  return { cue: (normal) => words.get(normal) ?? null };
}

/** Personal pronouns that can be a speaker, with their number and gender. */
export const SPEAKER_PRONOUNS = speakerPronouns.entries as Readonly<Record<string, { gender: 'male' | 'female' | 'neuter' | 'any'; plural: boolean }>>;
/** Words that begin a subordinate or relative clause; they stop a speaker phrase. */
export const CLAUSE_WORDS = wordSet(clauseWords);
/** Auxiliaries and adverbs that may sit between a speaker and the cue: "has long said", "also told". */
export const BETWEEN_SPEAKER_AND_CUE = wordSet(betweenSpeakerAndCue);
/** Role nouns heading a description of a speaker ("the defense spokesperson", "a senior official"). */
export const ROLE_NOUNS = wordSet(roleNouns);
/** Editorial labels that open headlines without naming a source ("BREAKING: ..."). */
export const HEADLINE_LABELS = wordSet(headlineLabels);
/** Labels of a fact box ("WHAT:", "WHEN:", "TICKETS:"): no speaker's. */
export const FACT_BOX_LABELS = wordSet(factBoxLabels);
/** Verbs of attack, stance or address that report what a headline's subject said ("Rips", "Speaks"). */
export const HEADLINE_VERBS = wordSet(headlineVerbs);
/** Naming verbs: their quoted object is a name for something (called it “a disaster”). */
export const NAMING = wordSet(namingVerbs);
/** Verbs of saying whose object names what was said: "denied the allegations", "cited a study". */
export const SPEECH_ACTS: ReadonlySet<string> = new Set([...speechActs.entries, ...Object.keys(table(stanceVerbs as Forms))]);
/** Nouns of a setting phrase ("in a statement", "at a rally"). */
export const SETTINGS = wordSet(settings);
/** Verbs whose passive still reports something ("is expected to", "is believed to", "is said to"). */
export const PASSIVE_REPORTING = wordSet(passiveReporting);
/** Words of a stance with the prepositions that introduce its object ("worried": about, over). */
export const STANCE_PHRASES = table(stancePhrases as Forms);
/** Nouns of saying or stance with the words that introduce their content ("claim": that, of, about). */
export const SPEECH_NOUNS = table(speechNouns as Forms);
/** Wire services credited in a dateline: "HOUSTON (AP) —", "BEIRUT (Reuters) -". */
export const WIRE_CREDITS = wordSet(wireCredits);
/** The plain verbs of saying (lemmas): a report inside a report that uses them is one of its own ("said the senators told him"). */
export const PLAIN_SAYING: ReadonlySet<string> = new Set(['say', 'tell']);
/** Small words a title in marks may keep in lower case ("Face the Nation"). */
export const TITLE_SMALL_WORDS = wordSet(titleSmallWords);

/** The closed-class lists of lexicon/function-words.json, each as a set, by its name there. */
export const FUNCTION_WORDS = setsOf(table(functionWords));

function setsOf<K extends string>(lists: Readonly<Record<K, readonly string[]>>): Readonly<Record<K, ReadonlySet<string>>> {
  const out = {} as Record<K, ReadonlySet<string>>;
  for (const k of Object.keys(lists) as K[]) out[k] = new Set(lists[k]);
  return out;
}
