// Hand-written general lexicon of attribution: reporting verbs and phrases, pronouns, role nouns.
// Nothing here comes from a corpus's annotations; it is ordinary English.

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
}

/** Verbs whose reported content can be a "to" clause. */
const TO_LEMMAS = new Set(['vow', 'promise', 'pledge', 'threaten', 'agree', 'urge', 'tell', 'ask', 'warn', 'want', 'plan', 'intend', 'refuse', 'decline', 'hope', 'expect', 'claim']);
/** Verbs of intention, cues only before a "to" clause. */
const INTENT_LEMMAS: Record<string, string[]> = {
  want: ['wants', 'wanted'],
  plan: ['plans', 'planned'],
  intend: ['intends', 'intended'],
  refuse: ['refuses', 'refused', 'refusing'],
  decline: ['declines', 'declined', 'declining'],
};

const SPEECH_LEMMAS: Record<string, string[]> = {
  // lemma: its inflected forms (3sg, past, participle -ing)
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  add: ['adds', 'added', 'adding'],
  warn: ['warns', 'warned', 'warning'],
  deny: ['denies', 'denied', 'denying'],
  claim: ['claims', 'claimed', 'claiming'],
  state: ['states', 'stated', 'stating'],
  declare: ['declares', 'declared', 'declaring'],
  announce: ['announces', 'announced', 'announcing'],
  argue: ['argues', 'argued', 'arguing'],
  insist: ['insists', 'insisted', 'insisting'],
  note: ['notes', 'noted', 'noting'],
  explain: ['explains', 'explained', 'explaining'],
  write: ['writes', 'wrote', 'writing'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admits', 'admitted', 'admitting'],
  assert: ['asserts', 'asserted', 'asserting'],
  contend: ['contends', 'contended', 'contending'],
  maintain: ['maintains', 'maintained', 'maintaining'],
  suggest: ['suggests', 'suggested', 'suggesting'],
  predict: ['predicts', 'predicted', 'predicting'],
  report: ['reports', 'reported', 'reporting'],
  recall: ['recalls', 'recalled', 'recalling'],
  continue: ['continued'],
  respond: ['responds', 'responded', 'responding'],
  reply: ['replies', 'replied', 'replying'],
  answer: ['answers', 'answered'],
  confirm: ['confirms', 'confirmed', 'confirming'],
  concede: ['concedes', 'conceded', 'conceding'],
  counter: ['counters', 'countered', 'countering'],
  emphasize: ['emphasizes', 'emphasized', 'emphasizing', 'emphasises', 'emphasised', 'emphasising'],
  stress: ['stresses', 'stressed', 'stressing'],
  testify: ['testifies', 'testified', 'testifying'],
  allege: ['alleges', 'alleged', 'alleging'],
  reveal: ['reveals', 'revealed', 'revealing'],
  remark: ['remarks', 'remarked', 'remarking'],
  observe: ['observes', 'observed', 'observing'],
  promise: ['promises', 'promised', 'promising'],
  vow: ['vows', 'vowed', 'vowing'],
  pledge: ['pledges', 'pledged', 'pledging'],
  complain: ['complains', 'complained', 'complaining'],
  joke: ['jokes', 'joked', 'joking'],
  boast: ['boasts', 'boasted', 'boasting'],
  brag: ['brags', 'bragged', 'bragging'],
  lament: ['laments', 'lamented', 'lamenting'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  agree: ['agrees', 'agreed', 'agreeing'],
  mention: ['mentions', 'mentioned', 'mentioning'],
  indicate: ['indicates', 'indicated', 'indicating'],
  accuse: ['accused'],
  proclaim: ['proclaims', 'proclaimed', 'proclaiming'],
  reiterate: ['reiterates', 'reiterated', 'reiterating'],
  repeat: ['repeated'],
  assure: ['assures', 'assured', 'assuring'],
  inform: ['informs', 'informed'],
  remind: ['reminds', 'reminded', 'reminding'],
  ask: ['asks', 'asked', 'asking'],
  estimate: ['estimates', 'estimated', 'estimating'],
  speculate: ['speculates', 'speculated', 'speculating'],
  hint: ['hints', 'hinted', 'hinting'],
  conclude: ['concludes', 'concluded', 'concluding'],
  mutter: ['muttered'],
  persuade: ['persuades', 'persuaded', 'persuading'],
  convince: ['convinces', 'convinced', 'convincing'],
  chant: ['chanted', 'chanting'],
  scream: ['screamed'],
  whisper: ['whispered'],
  boom: ['boomed'],
  thunder: ['thundered'],
  plead: ['pleaded'],
  beg: ['begged'],
  threaten: ['threatens', 'threatened', 'threatening'],
  urge: ['urges', 'urged', 'urging'],
  shout: ['shouted'],
  yell: ['yelled'],
  exclaim: ['exclaimed'],
  quip: ['quips', 'quipped'],
  scoff: ['scoffed'],
  retort: ['retorted'],
  protest: ['protested'],
  object: ['objected'],
  recount: ['recounts', 'recounted', 'recounting'],
  describe: ['describes', 'described', 'describing'],
  call: ['calls', 'called', 'calling'],
  dub: ['dubbed'],
  label: ['labeled', 'labelled'],
  blast: ['blasts', 'blasted'],
  criticize: ['criticizes', 'criticized', 'criticised', 'criticizing'],
  condemn: ['condemns', 'condemned', 'condemning'],
  reject: ['rejects', 'rejected', 'rejecting'],
  propose: ['proposes', 'proposed', 'proposing'],
  cite: ['cites', 'cited', 'citing'],
  discuss: ['discussed'],
  dispute: ['disputes', 'disputed', 'disputing'],
  question: ['questioned', 'questioning'],
  endorse: ['endorses', 'endorsed', 'endorsing'],
  praise: ['praises', 'praised', 'praising'],
  demand: ['demands', 'demanded', 'demanding'],
};

const COGNITION_LEMMAS: Record<string, string[]> = {
  believe: ['believe', 'believes', 'believed', 'believing'],
  think: ['think', 'thinks', 'thought'],
  know: ['knows', 'knew'],
  feel: ['feels', 'felt'],
  fear: ['fears', 'feared', 'fearing'],
  hope: ['hopes', 'hoped', 'hoping'],
  expect: ['expects', 'expected'],
  find: ['finds', 'found'],
  show: ['shows', 'showed', 'shown', 'showing'],
  learn: ['learned', 'learnt'],
  worry: ['worries', 'worried'],
  doubt: ['doubts', 'doubted'],
  recognize: ['recognizes', 'recognized', 'recognised'],
  understand: ['understands', 'understood'],
  realize: ['realizes', 'realized', 'realised'],
  acknowledge: [],
  insist: [],
  wonder: ['wonders', 'wondered'],
  suspect: ['suspects', 'suspected'],
  conclude: [],
};

/** Verbs that put a hearer between the verb and what was said: "told reporters that ...". */
const OBJECT_LEMMAS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'ask', 'persuade', 'convince']);


const CUE_WORDS = new Map<string, CueWord>();
for (const [lemma, forms] of Object.entries(SPEECH_LEMMAS)) {
  for (const f of forms) {
    CUE_WORDS.set(f, { lemma, strength: 'speech', object: OBJECT_LEMMAS.has(lemma), participle: f.endsWith('ing'), toClause: TO_LEMMAS.has(lemma) });
  }
}
for (const [lemma, forms] of Object.entries(COGNITION_LEMMAS)) {
  for (const f of forms) {
    if (!CUE_WORDS.has(f)) CUE_WORDS.set(f, { lemma, strength: 'cognition', participle: f.endsWith('ing'), toClause: TO_LEMMAS.has(lemma) });
  }
}
for (const [lemma, forms] of Object.entries(INTENT_LEMMAS)) {
  for (const f of forms) {
    if (!CUE_WORDS.has(f)) CUE_WORDS.set(f, { lemma, strength: 'cognition', participle: f.endsWith('ing'), toClause: true, toOnly: true });
  }
}
// "say" as a plain present ("they say", "officials say") is a speech cue.
CUE_WORDS.set('say', { lemma: 'say', strength: 'speech' });

/** The cue reading of a word (lower case, no punctuation), or null. */
export function cueWord(normal: string): CueWord | null {
  return CUE_WORDS.get(normal) ?? null;
}

/** Personal pronouns that can be a speaker, with their number and gender. */
export const SPEAKER_PRONOUNS: Record<string, { gender: 'male' | 'female' | 'neuter' | 'any'; plural: boolean }> = {
  he: { gender: 'male', plural: false },
  she: { gender: 'female', plural: false },
  i: { gender: 'any', plural: false },
  we: { gender: 'any', plural: true },
  they: { gender: 'any', plural: true },
  it: { gender: 'neuter', plural: false },
  you: { gender: 'any', plural: false },
};

/** Words that begin a subordinate or relative clause; they stop a speaker phrase. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'although', 'though', 'if', 'as', 'since', 'after', 'before', 'but', 'and', 'or', 'so', 'than', 'until', 'unless', 'whether',
]);

/** Auxiliaries and adverbs that may sit between a speaker and the cue: "has long said", "also told". */
export const BETWEEN_SPEAKER_AND_CUE = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'is', 'was', 'were', 'are', 'been', 'be',
  'also', 'later', 'then', 'previously', 'earlier', 'repeatedly', 'often', 'frequently', 'recently', 'once', 'again', 'further', 'still', 'already', 'long',
  'publicly', 'privately', 'separately', 'similarly', 'simply', 'bluntly', 'flatly', 'reportedly', 'allegedly', 'first', 'last', 'just', 'never', 'not', 'always', 'even',
  'yesterday', 'today', 'tonight', 'now',
]);


/** Role nouns heading a description of a speaker ("the defense spokesperson", "a senior official"). */
export const ROLE_NOUNS = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokesmen', 'official', 'officials', 'minister', 'secretary', 'president', 'chairman', 'chairwoman', 'chair', 'director',
  'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'lawmakers', 'legislator', 'leader', 'leaders', 'chief', 'commander', 'general',
  'officer', 'officers', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'aide', 'aides', 'adviser', 'advisor', 'advisers', 'advisors', 'source', 'sources', 'analyst', 'analysts',
  'expert', 'experts', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'judge', 'justice', 'prosecutor', 'prosecutors', 'police', 'witness', 'witnesses', 'resident', 'residents',
  'candidate', 'nominee', 'manager', 'strategist', 'pollster', 'economist', 'researcher', 'researchers', 'scientist', 'scientists', 'doctor', 'doctors', 'professor', 'critic',
  'critics', 'supporter', 'supporters', 'opponent', 'opponents', 'democrat', 'democrats', 'republican', 'republicans', 'member', 'members', 'head', 'ceo', 'founder', 'president-elect',
  'premier', 'king', 'queen', 'prince', 'cleric', 'activist', 'activists', 'campaign', 'ministry', 'department', 'agency', 'government', 'administration', 'office', 'committee', 'council',
  'military', 'army', 'pentagon', 'white', 'house', 'statement', 'report', 'poll', 'survey', 'study', 'group', 'organization', 'company', 'party', 'court', 'authorities', 'people',
  'voters', 'americans', 'observers', 'man', 'woman', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'friend', 'neighbor', 'colleague', 'correspondent', 'reporter', 'editor',
]);

/** Editorial labels that open headlines without naming a source ("BREAKING: ..."). */
export const HEADLINE_LABELS = new Set(['breaking', 'update', 'updated', 'updates', 'watch', 'look', 'exclusive', 'opinion', 'editorial', 'analysis', 'live', 'video', 'photos', 'report', 'news', 'alert', 'clarification', 'correction', 'latest']);
/** Naming verbs: their quoted object is a name for something (called it “a disaster”). */
export const NAMING = new Set(['call', 'describe', 'dub', 'label']);
/** Verbs of saying whose object names what was said: "denied the allegations", "cited a study". */
export const SPEECH_ACTS = new Set([
  'call for', 'call on', 'speak', 'announce', 'deny', 'acknowledge', 'admit', 'confirm', 'criticize', 'condemn', 'reject', 'propose', 'cite', 'mention', 'discuss',
  'note', 'dispute', 'question', 'describe', 'blast', 'endorse', 'praise', 'recount', 'reveal', 'predict', 'promise', 'pledge', 'demand', 'repeat', 'reiterate',
]);
/** Prepositions and nouns of a setting phrase ("in a statement", "at a rally"). */
export const SETTING_PREPS = new Set(['in', 'at', 'during', 'on', 'via', 'through']);
export const SETTINGS = new Set(['statement', 'interview', 'speech', 'rally', 'conference', 'hearing', 'debate', 'event', 'tweet', 'post', 'letter', 'email', 'briefing', 'appearance', 'meeting', 'op-ed', 'remarks', 'video', 'broadcast', 'program', 'show', 'twitter', 'facebook', 'television', 'radio']);
/** Verbs whose passive still reports something ("is expected to", "is believed to", "is said to"). */
export const PASSIVE_REPORTING = new Set(['expect', 'believe', 'think', 'say', 'report', 'allege', 'know', 'estimate', 'fear', 'predict', 'suspect', 'understand', 'consider']);
