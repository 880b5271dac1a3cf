// Rule ids (stable; shown by --explain) and what kind of actor a head word makes.
import type { ActorKind } from '../../record/schema.js';
import { GOVERNMENT_NOUNS, GROUP_HEADS, GROUP_NOUNS, MEDIA_NAMES, MILITARY_NOUNS } from './lexicon.js';

export const RULES = {
  /** A person named by a capitalised title or a role noun right before the name ("Prime Minister X", "coach X"). */
  personTitle: 'actor.person-title',
  /** A person by an honorific ("Mr X", "Dr. X"). */
  personHonorific: 'actor.person-honorific',
  /** A person compromise recognises (first names, last names, name shapes). */
  personCompromise: 'actor.person-compromise',
  /** A person whose first word is an English first name (@stdlib first-name datasets). */
  personFirstName: 'actor.person-firstname',
  /** Two or more capitalised words, none a common word, place or organisation word: a person's name. */
  personShape: 'actor.person-shape',
  /** An initial and a surname ("M. Waugh"), or a middle initial ("Tyajah N. Nelson"). */
  personInitial: 'actor.person-initial',
  /** A competitor in sports results: a scorer before the minute ("Debbah 39th"), an athlete before a bracketed country. */
  personCompetitor: 'actor.person-competitor',
  /** An organisation by its last word ("... Inc", "... Ministry", "... Party"). */
  orgSuffix: 'actor.org-suffix',
  /** An organisation by a head noun with "of"/"for" ("Bank of England"). */
  orgHead: 'actor.org-head',
  /** An organisation compromise recognises. */
  orgCompromise: 'actor.org-compromise',
  /** An all-capitals acronym that is not a country ("NATO", "OSCE", "U.N."). */
  orgAcronym: 'actor.org-acronym',
  /** A one-of-a-kind institution ("the Pentagon", "the White House"). */
  institution: 'actor.institution',
  /** A news organisation ("Reuters", "Interfax", "... newspaper"). */
  media: 'actor.media',
  /** A named armed group ("Islamic Resistance", "Islamic Jihad"; well-known names such as "Hamas", "ISIS"). */
  groupName: 'actor.group-name',
  /** A country or demonym with a group/military/government noun ("Iran-backed militias", "US forces", "Iraqi government"). */
  descriptive: 'actor.descriptive',
  /** A club in sports results and reports ("Lotte 6 Hyundai 2", "beat Somerset", "Surrey captain X", "Essex , Derbyshire and Surrey"). */
  team: 'actor.sports-team',
  /** A name seen elsewhere in the document as an actor (also its surname, and in ALL-CAPS headlines). */
  propagate: 'actor.doc-propagate',
  /** A name followed by an age ("Wang , 45 ,", "Derrick Church, 19,"). */
  personAppositive: 'actor.person-appositive',
  /** The words around a name make it an organisation or a medium ("tyre giant Pirelli", "Pirelli shares", "Liberte newspaper"). */
  orgContext: 'actor.org-context',
  /** A name in brackets right after an organisation is its other name ("... Purchasing Management ( NAPM )", "Hizbollah ( Party of God )"). */
  orgAlias: 'actor.org-alias',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

/** The kind an organisation's head or cue word makes. */
export function kindOfHead(word: string): ActorKind {
  const w = word.toLowerCase();
  if (MEDIA_NAMES.has(w)) return 'media';
  if (/^(?:newspaper|daily|weekly|times|post|herald|tribune|journal|gazette|telegraph|press|television|tv|radio|broadcasting|magazine|channel|newsroom|desk|news)$/.test(w)) return 'media';
  if (GROUP_NOUNS.has(w) || (GROUP_HEADS.has(w) && w !== 'army' && w !== 'front')) return 'group';
  if (MILITARY_NOUNS.has(w) || /^(?:troops|soldiers|marines|brigade|battalion|regiment|corps|command|guard|guards|air force)$/.test(w)) return 'military';
  if (GOVERNMENT_NOUNS.has(w) || /^(?:ministry|cabinet|presidency|department|embassy|consulate)$/.test(w)) return 'government';
  return 'organization';
}
