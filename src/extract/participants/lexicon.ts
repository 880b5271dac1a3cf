// Words of unnamed participants: the heads of descriptions news gives of attackers, victims and forces
// ("gunmen", "the assailants", "a suspect", "two men on a motorcycle"). Small and hand-written.
import type { ActorKind } from '../../record/schema.js';

/** What a description usually is in a story of violence: a perpetrator, a person hit, or a force. */
export type Leaning = 'perpetrator' | 'victim' | 'force' | 'person';

export interface Head {
  kind: ActorKind;
  plural: boolean;
  leaning: Leaning;
  /** The singular form: "gunmen" and "gunman" share it, so the resolver can tell one from the other by number. */
  lemma: string;
}

const table = (leaning: Leaning, kind: ActorKind, pairs: string): Record<string, Head> => {
  const out: Record<string, Head> = {};
  for (const pair of pairs.trim().split(/\s+/)) {
    const [one, many] = pair.split('/');
    if (one) out[one] = { kind, plural: false, leaning, lemma: one };
    if (many) out[many] = { kind: kind === 'person' ? 'group' : kind, plural: true, leaning, lemma: one || many };
  }
  return out;
};

export const HEADS: Readonly<Record<string, Head>> = {
  ...table('perpetrator', 'person',
    'gunman/gunmen assailant/assailants attacker/attackers militant/militants guerrilla/guerrillas guerilla/guerillas terrorist/terrorists ' +
    'insurgent/insurgents rebel/rebels suspect/suspects shooter/shooters bomber/bombers sniper/snipers kidnapper/kidnappers ' +
    'hijacker/hijackers killer/killers robber/robbers thief/thieves militiaman/militiamen jihadist/jihadists extremist/extremists ' +
    'fighter/fighters perpetrator/perpetrators culprit/culprits subversive/subversives intruder/intruders'),
  ...table('victim', 'person', 'victim/victims civilian/civilians hostage/hostages casualty/casualties bystander/bystanders passenger/passengers pedestrian/pedestrians'),
  ...table('force', 'military', 'soldier/soldiers /troops serviceman/servicemen'),
  ...table('force', 'government', 'policeman/policemen officer/officers deputy/deputies trooper/troopers guard/guards agent/agents /police'),
  ...table('person', 'person',
    'man/men woman/women boy/boys girl/girls child/children teen/teens teenager/teenagers person/people student/students ' +
    'worker/workers peasant/peasants villager/villagers resident/residents driver/drivers journalist/journalists priest/priests ' +
    'judge/judges mayor/mayors official/officials leader/leaders businessman/businessmen farmer/farmers member/members ' +
    'demonstrator/demonstrators protester/protesters protestor/protestors politician/politicians individual/individuals commander/commanders ' +
    '/personnel employee/employees customer/customers guest/guests son/sons daughter/daughters wife/wives husband/husbands ' +
    'mother/mothers father/fathers brother/brothers sister/sisters friend/friends neighbor/neighbors neighbour/neighbours baby/babies infant/infants toddler/toddlers ' +
    'teacher/teachers doctor/doctors nurse/nurses lawmaker/lawmakers activist/activists'),
  ...table('force', 'military', 'patrol/patrols brigade/brigades'),
};

/** Words before a head that make a perpetrator of any person ("armed men", "masked men", "unidentified men"). */
export const PERP_MODIFIERS = new Set(['armed', 'masked', 'unidentified', 'unknown', 'heavily-armed', 'hooded']);

/** Determiners and quantity words a description may start with; the number words give its count. */
export const NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1, an: 1,
};

export const DETERMINERS = ['the', 'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'several', 'some', 'many', 'dozens of', 'a group of', 'a band of', 'a gang of', 'a pair of', 'group of', 'two other', 'other', 'these', 'those', 'this'];

/** Adjectives that may stand between the determiner and the head. */
export const MODIFIERS = [
  'armed', 'masked', 'unidentified', 'unknown', 'suspected', 'alleged', 'heavily-armed', 'hooded', 'young', 'local', 'innocent', 'lone',
  'would-be', 'suicide', 'female', 'male', 'teenage', 'elderly', 'foreign', 'american', 'iraqi', 'afghan', 'syrian', 'israeli', 'palestinian',
  'salvadoran', 'peruvian', 'colombian', 'guatemalan', 'russian', 'ukrainian', 'turkish', 'kurdish', 'pakistani', 'nigerian', 'somali',
  'police', 'army', 'security', 'government', 'rebel', 'guerrilla', 'terrorist', 'urban', 'leftist', 'rightist', 'drug', 'off-duty', 'other',
  'more', 'wounded', 'injured', 'dead', 'innocent', 'u.s.', 'us', 'national', 'military', 'two', 'three', 'several',
];
