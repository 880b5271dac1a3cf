// Ids the events pass puts on items outside its rule tables (a status by default, a frame split by places,
// the main event's entry, roles given by a step after the patterns). Declared once here; the domain lists them.
export const EVENTS_IDS = {
  /** The default status: the news, an event of the report itself. */
  reported: 'events.reported',
  /** A plural trigger with places joined by "and" is one event per place ("attacks at A and B"). */
  splitPlaces: 'events.split-places',
  /** The main event (the record's `event`): its entry, or an entry made from it. */
  main: 'events.main',
  /** The main event's trigger inside its entry's longer trigger ("attack" of "bomb attack") is told more exactly by the entry: the entry's type is the event's. */
  exactTriggerType: 'events.type-exact-trigger',
  /** "No injuries" said of the event: no deaths either. */
  noInjuriesNoDeaths: 'events.no-injuries-no-deaths',
  /** A pronoun in a role stands for the nearest earlier actor of its number (added to the pattern's id: "role.active-subject+role.pronoun"). */
  pronoun: 'role.pronoun',
  /** A named group and the noun of its kind after it are one filler ("the \"Islamic State\" militant group launched"): added to the pattern's id. */
  kindNoun: 'role.kind-noun',
  /** A name in quotation marks ('by the "Red Dawn" group', '"Red Dawn" attacked'): its marks stand between the name and the pattern's words, which read past them; added to the pattern's id. */
  quotedName: 'role.quoted-name',
  /** A named group and one of its units after it are one filler ("FMLN units attacked", "an FMLN guerrilla unit launched"): added to the pattern's id. */
  groupUnit: 'role.group-unit',
  /** A count of people killed or wounded in the event's clause stands for its victims ("killed 13 people and wounded 71"). */
  victimCount: 'role.victim-count',
  /** A count of people killed or hurt over a span of time ("13,000 people have died since 1980") is a tally: it names no event's victims. */
  tallyCount: 'role.tally-count',
  /** The second side of "between X and Y" is the target. */
  betweenOther: 'role.between-other',
  /** A named group right before a description it qualifies ("Taliban gunmen") shares its role. */
  affiliatedDescription: 'role.affiliated-description',
  /** A description that starts inside a group's name and runs past it ("Army guerrillas" of "Popular Liberation Army guerrillas") is cut to its words after the name ("guerrillas"), which the name then qualifies (role.affiliated-description) (./3-roles.ts descriptionsPastNames). */
  descriptionPastName: 'role.description-past-name',
  /** A spokesperson given the perpetrator's role ("Zabiullah Mujahid, the spokesperson for the Taliban, claimed") hands it to the group he speaks for: added to the pattern's id. */
  spokespersonGroup: 'role.spokesperson-group',
  /** A name right before its apposition ("Hilda Flores, a Guatemalan leader, was abducted") shares the description's role. */
  appositionName: 'role.apposition-name',
  /** A name after another's apposition or home ("A, director of the school, and B"; "A of Milan and B") shares its role. */
  coordinatedAfterApposition: 'role.coordinated-after-apposition',
  /** The named group a perpetrator description belongs to ("members of the FMLN") shares its role. */
  memberOf: 'role.member-of',
  /** The members of a named group right before it ("members of the FMLN attacked", "officers of the Armed Forces") share the group's perpetrator role, and their description runs over the group's name in the record ("members of the FMLN") (./3-roles.ts, ./5-entries.ts). */
  membersOfGroup: 'role.members-of-group',
  /** Two named groups coordinated past a word that qualifies the second and its quotation mark ('the Maoist "Shining Path" group or the Guevarist "Tupac Amaru Revolutionary Movement"') share the role. */
  coordinatedGroup: 'role.coordinated-group',
  /** The one who laid or left the event's weapon ("an explosive device presumably abandoned by the FMLN") is its perpetrator. */
  weaponLaidBy: 'role.weapon-laid-by',
  /** A definite mention inside a direct quotation names the doers of the event it points back to ("are behind this attack"). */
  quotedMention: 'role.quoted-mention',
  /** A sentence of no event that claims or blames an earlier one ("The FMLN claimed responsibility for the action", "Police blamed the ELN for the crime", "X claimed responsibility"): its doers join the event of violence told nearest before. */
  anaphorPerpetrator: 'role.anaphor-perpetrator',
  /** A report that names one insurgent group ("the FMLN", "the Guatemalan National Revolutionary Unity (URNG)") tells whose fighters an event's doers described only as insurgents are ("a guerrilla column attacked"): the group joins the perpetrators (./10-document-group.ts). */
  documentGroup: 'role.document-group',
  /** Names given as the victims ("the victims were identified as A and B") are the victims of the event told before. */
  identifiedVictims: 'role.identified-victims',
  /** A weapon told in a sentence of no event goes to the nearest event of violence told just before (or after) it. */
  weaponNearby: 'role.weapon-nearby',
  /** The one weapon named in the event's clause, when no pattern gave the event one ("drove a truck into a crowd, killing 84"). */
  weaponInClause: 'role.weapon-in-clause',
  /** A weapon taken from someone ("seized a pistol", "2 rifles were confiscated") is no weapon of any event (./weapons-seized.ts). */
  weaponSeized: 'role.weapon-seized',
  /** A word for weapons of a kind in general ("explosives", "bullets", "firearms") is no weapon of its own beside a specific weapon of that kind in the same event ("a car bomb ... the explosives"); listed beside it ("explosives and car bombs") it stays (./8-weapons.ts). */
  weaponGeneric: 'role.weapon-generic',
  /** Things listed after a plural thing that sums them up ("three vehicles -- an ambulance, a truck and a van") share its role (./things-listed.ts). */
  thingList: 'role.thing-list',
  /** A name after a title phrase that holds a filler of its own ("judge Maria Lopez", "Supreme Court Justice Ana Ruiz") is one filler from the title on: the title's description or organisation fills no role of its own, the name takes it; added to the pattern's id (./3-roles.ts titledNames). */
  titledName: 'role.titled-name',
} as const;
