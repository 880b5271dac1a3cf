// CAMEO (Conflict and Mediation Event Observations) codes as data: the 20 roots with their labels,
// the finer codes news reports use most, and the trigger words that evoke them. Each trigger entry
// carries a weight (how strongly it names the article's main event) and the id of its rule.

export const CAMEO_LABELS: Readonly<Record<string, string>> = {
  '01': 'make public statement',
  '010': 'make statement',
  '012': 'make pessimistic comment',
  '015': 'acknowledge or claim responsibility',
  '016': 'deny responsibility',
  '018': 'make empathetic comment',
  '02': 'appeal',
  '020': 'make an appeal or request',
  '03': 'express intent to cooperate',
  '036': 'express intent to meet or negotiate',
  '04': 'consult',
  '040': 'consult',
  '042': 'make a visit',
  '046': 'engage in negotiation',
  '05': 'engage in diplomatic cooperation',
  '051': 'praise or endorse',
  '057': 'sign formal agreement',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '073': 'provide humanitarian aid',
  '08': 'yield',
  '081': 'ease administrative sanctions',
  '09': 'investigate',
  '090': 'investigate',
  '10': 'demand',
  '100': 'demand',
  '11': 'disapprove',
  '111': 'criticize or denounce',
  '112': 'accuse',
  '12': 'reject',
  '120': 'reject',
  '13': 'threaten',
  '130': 'threaten',
  '138': 'threaten with military force',
  '14': 'protest',
  '140': 'engage in political dissent',
  '141': 'demonstrate or rally',
  '143': 'conduct strike or boycott',
  '145': 'protest violently, riot',
  '15': 'exhibit force posture',
  '150': 'demonstrate military or police power',
  '16': 'reduce relations',
  '163': 'impose embargo, boycott, or sanctions',
  '17': 'coerce',
  '171': 'seize or damage property',
  '173': 'arrest, detain, or charge with legal action',
  '174': 'expel or deport individuals',
  '18': 'assault',
  '180': 'use unconventional violence',
  '181': 'abduct, hijack, or take hostage',
  '182': 'physically assault',
  '1823': 'kill by physical assault',
  '183': 'conduct suicide, car, or other non-military bombing',
  '185': 'attempt to assassinate',
  '186': 'assassinate',
  '19': 'fight',
  '190': 'use conventional military force',
  '191': 'impose blockade, restrict movement',
  '192': 'occupy territory',
  '193': 'fight with small arms and light weapons',
  '194': 'fight with artillery and tanks',
  '195': 'employ aerial weapons',
  '196': 'violate ceasefire',
  '20': 'use unconventional mass violence',
  '200': 'use unconventional mass violence',
  '201': 'engage in mass expulsion',
  '202': 'engage in mass killings',
  '204': 'use weapons of mass destruction',
};

export interface TriggerEntry {
  code: string;
  /** Word forms as compromise normalises them; several words for a phrase ("opened fire"). */
  forms: string[];
  weight: number;
  rule: string;
}

const T = (code: string, weight: number, forms: string[], rule = 'event.trigger-lexicon'): TriggerEntry => ({ code, forms, weight, rule });

/** Trigger words -> CAMEO code. Heavier entries win; a tie goes to the earlier mention. */
export const TRIGGERS: readonly TriggerEntry[] = [
  T('202', 12, ['massacre', 'massacred', 'massacres', 'mass killing', 'mass killings', 'genocide']),
  T('204', 12, ['chemical attack', 'chemical weapons attack', 'nuclear attack']),
  T('183', 11, ['bombing', 'bombings', 'suicide bombing', 'car bomb', 'suicide bomber', 'suicide attack', 'explosion', 'blast', 'detonated', 'roadside bomb']),
  T('195', 11, ['airstrike', 'airstrikes', 'air strike', 'air strikes', 'air raid', 'air raids', 'drone strike', 'drone strikes', 'bombarded', 'bombardment']),
  T('194', 11, ['shelling', 'shelled', 'artillery', 'rocket attack', 'rocket attacks', 'mortar attack', 'mortar fire', 'rocket fire']),
  T('193', 11, [
    'shooting', 'shootings', 'shot', 'shoot', 'shoots', 'gunfire', 'opened fire', 'open fire', 'opens fire', 'gunman', 'gunmen',
    'shootout', 'shoot-out', 'gunned down', 'drive-by', 'gunshot', 'gunshots', 'shot dead',
  ]),
  T('190', 10, [
    'strike', 'strikes', 'struck', 'attack', 'attacks', 'attacked', 'attacking', 'fired', 'fire on', 'launched', 'clash', 'clashes',
    'clashed', 'fighting', 'fought', 'battle', 'battled', 'offensive', 'raid', 'raids', 'raided', 'ambush', 'ambushed', 'barrage',
  ]),
  T('186', 10, ['assassinated', 'assassination', 'assassinate']),
  T('181', 10, ['kidnapped', 'kidnapping', 'abducted', 'abduction', 'hostage', 'hostages', 'hijacked', 'hijacking']),
  T('1823', 9, ['killed', 'killing', 'kills', 'kill', 'murdered', 'murder', 'murders', 'slain', 'slaying', 'homicide', 'stabbed to death', 'beaten to death']),
  T('182', 8, ['stabbing', 'stabbed', 'assaulted', 'assault', 'beaten', 'beating', 'tortured']),
  T('173', 6, ['arrested', 'arrest', 'arrests', 'detained', 'charged', 'indicted', 'apprehended', 'custody', 'convicted', 'sentenced']),
  T('171', 6, ['seized', 'looted', 'vandalized', 'torched', 'set fire']),
  T('145', 6, ['riot', 'riots', 'rioting', 'rioters']),
  T('141', 5, ['protest', 'protests', 'protested', 'protesters', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'rallies', 'marched']),
  T('138', 4, ['threatened to attack', 'threatened military action']),
  T('130', 4, ['threatened', 'threatens', 'threaten', 'threat', 'threats', 'warned']),
  T('111', 3, ['condemned', 'condemns', 'denounced', 'criticized', 'criticised', 'slammed']),
  T('112', 3, ['accused', 'accuses']),
  T('163', 3, ['sanctions', 'embargo']),
  T('120', 3, ['rejected', 'rejects']),
  T('100', 3, ['demanded', 'demands']),
  T('090', 3, ['investigating', 'investigation', 'investigated', 'probe']),
  T('057', 3, ['signed']),
  T('046', 3, ['negotiations', 'talks', 'negotiated']),
  T('042', 3, ['visited', 'visit', 'visits']),
  T('073', 3, ['humanitarian aid']),
  T('036', 2, ['agreed to meet', 'will meet']),
  T('015', 2, ['claimed responsibility']),
  T('010', 1, ['said', 'says', 'statement', 'announced', 'stated']),
];

/** Weapon words that make a fight finer (190 -> 193/194/195). */
export const WEAPON_SUBCODES: readonly { code: string; re: RegExp }[] = [
  { code: '195', re: /\b(?:air\s?strikes?|warplanes?|fighter jets?|drones?|helicopter gunships?|aerial|bombers?)\b/i },
  { code: '194', re: /\b(?:rockets?|katyushas?|artillery|mortars?|shells?|shelling|tanks?|howitzers?|missiles?)\b/i },
  { code: '193', re: /\b(?:guns?|gunfire|rifles?|handguns?|pistols?|firearms?|bullets?|gunmen|gunman|shots)\b/i },
];

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function labelOf(code: string): string {
  return CAMEO_LABELS[code] ?? CAMEO_LABELS[rootOf(code)] ?? 'event';
}
