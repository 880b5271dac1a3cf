// Hand-written general lexicons for actors: honorifics, titles, organisation suffixes and head
// nouns, armed-group cue words, media. General English news vocabulary only (no corpus names).

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Honorifics before a person's name ("Mr", "Dr.", "Sheikh"). Lower case, without the dot. */
export const HONORIFICS = set(`
  mr mrs ms miss mx dr prof sir dame lord lady rev reverend fr father sister brother sheikh shaikh imam ayatollah
  rabbi monsignor mullah hajji haji herr frau mme mlle monsieur madame señor senor sr sra messrs
`);

/** Capitalised titles that may stand in front of a name and are not part of it ("Prime Minister X"). */
export const TITLE_WORDS = set(`
  president minister premier chancellor secretary general gen lt col maj capt cpl sgt adm admiral
  colonel major captain lieutenant sergeant corporal commander marshal brigadier commodore private
  king queen prince princess emperor sultan emir amir pope cardinal archbishop bishop patriarch
  senator sen rep representative congressman congresswoman governor gov mayor judge justice chief deputy
  ambassador envoy attorney speaker chairman chairwoman chair director inspector superintendent detective officer
  constable sheriff commissioner coach manager striker goalkeeper midfielder defender forward skipper captain
  mayor-elect president-elect leader spokesman spokeswoman spokesperson minister-president vice-president deputy-director general-secretary
  saint democrat republican ceo cfo coo md
`);

/** Lower-case role nouns that introduce a name ("deputy spokesperson Sabrina Singh", "coach Glenn Hoddle"). */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson minister president leader chairman chairwoman chief secretary director
  coach manager captain striker goalkeeper keeper midfielder defender forward winger skipper player batsman bowler
  all-rounder opener spinner off-spinner pitcher catcher outfielder infielder shortstop quarterback driver rider
  champion challenger seed finisher jockey trainer boxer golfer sprinter runner cyclist swimmer
  ambassador envoy official officer commander general colonel diplomat negotiator mediator analyst economist
  lawyer attorney prosecutor judge governor mayor senator lawmaker legislator deputy premier king queen prince
  president-elect candidate nominee rival opponent challenger dissident activist leader founder owner partner
  editor correspondent reporter journalist writer author novelist poet actor actress singer director producer
  executive ceo chairman vice-president treasurer economist strategist trader dealer broker banker
  professor scientist researcher doctor surgeon priest bishop cardinal cleric imam rabbi commentator
  teammate compatriot countryman newcomer veteran international discard hopeful substitute goalscorer scorer
  father mother son daughter wife husband brother sister widow uncle aunt cousin
  colleague aide adviser advisor counsellor counselor consultant chief-executive representative
  midfielder centre-back centre-forward full-back fullback half-back fly-half scrum-half hooker flanker prop lock
`);

/** Modifiers that belong to a title ("deputy", "former", "Foreign"). */
export const TITLE_MODIFIERS = set(`
  deputy vice assistant acting former ex interim chief senior junior associate executive general foreign
  defence defense interior finance economy trade health education justice agriculture energy labour labor
  home state national regional local new veteran top first second third head managing principal
  caretaker outgoing incoming designate elect prime opposition party team club county military police
  army navy air defense-ministry presidential crown lady financial economic treasury security foreign-affairs
`);

/** Last words of organisation names ("Inc", "Ministry", "Party"). */
export const ORG_SUFFIXES = set(`
  inc inc. corp corp. corporation co co. company companies ltd ltd. limited llc plc ag sa nv gmbh bv spa s.a. s.p.a. ab asa oyj
  group holdings holding industries international enterprises partners associates bancorp bancshares trust
  bank bankers securities capital investments fund funds insurance assurance airlines airline airways motors
  systems technologies technology communications telecom pharmaceuticals petroleum energy oil gas mining steel
  ministry department office agency bureau commission committee council board authority administration service services
  party front movement alliance coalition union league federation confederation association society institute
  institution foundation organisation organization center centre university college school academy
  army navy forces force guard guards police brigade brigades battalion regiment corps militia militias command
  church mosque synod parliament assembly congress senate cabinet government court tribunal embassy consulate
  club team fc afc cf ac sc united rovers wanderers athletic
  exchange market markets newsroom desk times post news herald tribune journal gazette telegraph daily weekly
  press television tv radio network networks broadcasting agency channel magazine review
  commerce chamber cooperative co-operative consortium syndicate cartel health healthcare
`);

/** Head nouns that make a capitalised phrase an organisation wherever they stand ("Bank of England"). */
export const ORG_HEADS = set(`
  ministry department office agency bureau commission committee council board authority administration
  party front movement alliance coalition union league federation confederation association society institute
  foundation organisation organization university college academy bank fund corporation company
  army navy parliament assembly congress senate cabinet government court tribunal chamber exchange
  church brigade brigades battalion regiment corps militia command directorate secretariat service
  police guard forces force house
`);

/** Single words that are organisations' names as common nouns when capitalised ("the Treasury"). */
export const ORG_COMMON_CAPS = set(`
  treasury pentagon kremlin parliament congress senate cabinet politburo knesset duma bundestag bundesbank
  fed supreme interpol
`);

/** Words that mark an armed group ("militias", "rebels", "insurgents"). */
export const GROUP_NOUNS = set(`
  militia militias militant militants rebel rebels insurgent insurgents guerrilla guerrillas guerillas fighters
  jihadists jihadist extremists extremist terrorists terrorist gunmen separatists paramilitaries paramilitary
  faction factions
`);

/** Capitalised words that name armed groups' kind ("Islamic Resistance", "Liberation Front"). */
export const GROUP_HEADS = set(`
  resistance jihad liberation brigades brigade mujahideen mujahedeen army front militia taliban
`);

/** Words that mark military actors. */
export const MILITARY_NOUNS = set(`
  military forces troops army navy air-force airforce marines soldiers coalition
`);

/** Words that mark governments. */
export const GOVERNMENT_NOUNS = set(`government administration authorities regime cabinet`);

/** News organisations that commonly appear as sources (a small general list). */
export const MEDIA_NAMES = set(`
  reuters ap afp upi xinhua interfax tass itar-tass ria bbc cnn cnbc abc nbc cbs fox msnbc npr pbs bloomberg
  al-jazeera aljazeera yonhap kyodo ansa efe dpa anadolu irna tanjug ctk pap mti bta ap-dow dow-jones
`);

/** Single institutions named with "the" ("the Pentagon", "the White House") and who they belong to. */
export const INSTITUTIONS: ReadonlyMap<string, { kind: 'government' | 'military'; country: string }> = new Map([
  ['pentagon', { kind: 'military', country: 'US' }],
  ['white house', { kind: 'government', country: 'US' }],
  ['kremlin', { kind: 'government', country: 'RU' }],
  ['state department', { kind: 'government', country: 'US' }],
  ['downing street', { kind: 'government', country: 'GB' }],
  ['elysee', { kind: 'government', country: 'FR' }],
  ['élysée', { kind: 'government', country: 'FR' }],
]);

/** Name particles that may stand in lower case inside a name ("al-Sudani", "van Gogh", "bin Laden"). */
export const NAME_PARTICLES = set(`al el bin ibn bint abu abd de da di del della der den van von du la le dos das ter ten zu y ul ur ud uz`);

/** Lower-case words that may join capitalised words inside an organisation's name. */
export const ORG_CONNECTORS = set(`of for and & on in de del des du la le der für fur`);

/** Capitalised words that are never names (sentence adverbs, pronouns, function words). */
export const NEVER_NAMES = set(`
  i the a an this that these those there here it its he she they we you his her their our my your
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun
  gmt edt bst cet utc
`);

/** Words that end a place name rather than a person's ("Grace Road", "Green Square"). */
export const PLACE_HEADS = set(`
  road street st avenue ave boulevard square lane drive highway motorway bridge river lake sea ocean gulf bay
  mountain mountains mount mt hill hills valley island islands peninsula desert park stadium arena airport
  station port harbour harbor canal strait coast province region state county district city town village
  oval ground grounds circuit course palace castle hotel hospital cathedral temple
  rd dr ave blvd ln ct hwy pkwy pl terrace court way
`);

/** Event and other MISC head words: a capitalised phrase ending in one is not an actor ("World Cup"). */
export const EVENT_HEADS = set(`
  cup championship championships open games olympics olympic tournament trophy prize award awards series
  classic grand prix rally marathon tour war wars conference summit festival day week year era record slam
  index act bill treaty accord agreement plan law
`);

/** Well-known armed groups, named without a cue word (a short general list). */
export const ARMED_GROUPS = set(`
  hamas hezbollah hizbollah hizballah isis isil daesh taliban al-qaeda al-qaida qaeda houthis houthi al-shabaab shabaab
  boko-haram eta ira farc eln pkk ypg sdf hts jnim wagner kataib
`);

/** Acronyms of things, not organisations ("GDP", "CEO", "AIDS"). */
export const NOT_ORG_ACRONYMS = set(`
  gdp gnp cpi ppi ipo ceo cfo coo cto gm rbi era mvp tv pc dna hiv aids sars bse cjd gmt utc am pm
  ok faq usb cd dvd atm vat ppp pmi nav eps ebit ebitda yoy ytd
  ii iii iv vi vii viii ix xi xii
`);
