// Every event of an article (src/event/events): roles from grammar patterns, one table row per pattern,
// the merge of repeated mentions, and statuses. Through the whole pipeline, on short literal texts.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventEntry, EventRecord } from '../../src/record/schema.js';
import { REFERENCE, expectExactSpans } from '../helpers.js';
import { LIGHT_VERB } from '../../src/event/events/lexicon.js';
import { EVENTS_IDS } from '../../src/event/events/index.js';

const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });
const nameOf = (r: EventRecord, id: string): string => (r.actors.find((a) => a.id === id)?.name ?? r.places.find((p) => p.id === id)?.name ?? id).toLowerCase();
const names = (r: EventRecord, e: EventEntry, field: 'perpetrators' | 'targets' | 'victims'): string[] => e[field].map((id) => nameOf(r, id));
/** The reported attacks: the reported entries that are no harm split off an attack (pass 6: deaths, injuries). */
const reported = (r: EventRecord): EventEntry[] => (r.events ?? []).filter((e) => e.status === 'reported' && !e.rules?.consequence);

interface Row {
  pattern: string;
  text: string;
  perpetrators?: string[];
  targets?: string[];
  victims?: string[];
  weapons?: string[];
}

const ROWS: Row[] = [
  { pattern: 'active voice', text: 'Gunmen attacked a bus near Lima on Monday.', perpetrators: ['gunmen'], targets: ['bus'] },
  { pattern: 'active voice, object killed', text: 'Unidentified gunmen killed three peasants on Monday.', perpetrators: ['unidentified gunmen'], victims: ['peasants'] },
  { pattern: 'passive voice with agent', text: 'The mayor was shot by two men on a motorcycle on Monday.', perpetrators: ['men on a motorcycle'], victims: ['mayor'] },
  { pattern: 'claimed responsibility', text: 'Rebels claimed responsibility for the bombing of a power station on Monday.', perpetrators: ['rebels'], targets: ['power station'] },
  { pattern: 'blamed on', text: 'The bombing of the bridge was blamed on guerrillas.', perpetrators: ['guerrillas'], targets: ['bridge'] },
  { pattern: 'attributed to', text: 'The attack on the embassy was attributed to leftist rebels.', perpetrators: ['leftist rebels'], targets: ['embassy'] },
  { pattern: "X's attack on Y", text: "The militants' attack on the police station lasted an hour.", perpetrators: ['militants'], targets: ['police station'] },
  { pattern: 'ergative explosion', text: 'A car bomb exploded outside a church in the capital on Monday.', weapons: ['car bomb'], targets: ['church'] },
  { pattern: 'death word: its subject is the victim', text: 'Two soldiers died after a roadside bomb exploded under their convoy.', victims: ['soldiers'], weapons: ['roadside bomb'] },
  { pattern: 'instrument', text: 'Guerrillas attacked the army post with machine guns and grenades.', perpetrators: ['guerrillas'], targets: ['army post'], weapons: ['machine guns', 'grenades'] },
  { pattern: 'the killing of Y', text: 'Police are investigating the assassination of the judge.', victims: ['judge'] },
  { pattern: 'between X and Y', text: 'A man was killed in a battle between troops and terrorists.', perpetrators: ['troops'], targets: ['terrorists'] },
  { pattern: 'coordination', text: 'The bomb killed two women and five children.', victims: ['women', 'children'], weapons: ['bomb'] },
  { pattern: 'headline passive', text: 'Seven militants killed in blast\n\nThe blast happened on Friday.', victims: ['militants'] },
  { pattern: 'headline passive at the line end', text: 'Teen shot dead\n\nThe shooting happened on Friday.', victims: ['teen'] },
  { pattern: 'headline passive, "shot and killed" at the line end', text: 'Teen shot and killed\n\nThe shooting happened on Friday.', victims: ['teen'] },
  { pattern: 'counted victims', text: 'Gunmen opened fire on a market, killing 13 people and wounding 71.', perpetrators: ['gunmen'], victims: ['13 people', '71 injured'] },
  // a verb is no part of the thing it hits, and a determiner or a number opens the thing
  { pattern: 'thing after a verb and a number', text: 'Terrorists destroyed two power pylons in La Paz.', perpetrators: ['terrorists'], targets: ['power pylons'] },
  { pattern: 'thing after a verb, no determiner', text: 'The terrorists dynamited power pylons in La Paz.', perpetrators: ['terrorists'], targets: ['power pylons'] },
  // a word the parse reads as a verb is a verb after "the X" too
  { pattern: 'a verb after "the X"', text: 'The rebels set fire to a bus near Lima.', perpetrators: ['rebels'], targets: ['bus'] },
  { pattern: 'a group of heavily armed men', text: 'Three priests were murdered by a group of heavily armed men.', perpetrators: ['group of heavily armed men'], victims: ['priests'] },
  { pattern: 'passive of an attack verb', text: 'Two bombs were thrown at the embassy in Lima.', targets: ['embassy'], weapons: ['bombs'] },
  { pattern: 'set off explosives', text: 'Guerrillas set off dynamite charges at the power plant.', perpetrators: ['guerrillas'], targets: ['power plant'], weapons: ['dynamite charges'] },
  { pattern: 'fired a weapon at', text: 'Unknown men fired a bazooka at the embassy.', perpetrators: ['unknown men'], targets: ['embassy'], weapons: ['bazooka'] },
  // a death squad is an armed force told by its kind (participants lexicon: head squad/squads, modifier death); "or" coordinates
  { pattern: 'death squads, coordinated by "or"', text: 'The union leader was abducted by soldiers or death squads near the border.', perpetrators: ['soldiers', 'death squads'], victims: ['leader'] },
  // the owner named inside a thing does not take its place
  { pattern: "Y's thing attacked", text: "Vice President Merino's house was attacked by guerrillas with explosives.", perpetrators: ['guerrillas'], targets: ["president merino's house"], weapons: ['explosives'] },
  // role.reduced-blamed-for: a plural possessive ("the priests' murder") opens the event noun as "the judge's" does
  { pattern: "reduced relative before a plural possessive", text: "The president decided to prosecute the soldiers involved in the priests' murder.", perpetrators: ['soldiers'], victims: ['priests'] },
  // a word right after the perfect's auxiliary is its participle, a verb with an object, not a noun
  { pattern: 'perfect participle with an object', text: 'The police said they had hit two gunmen during the raid on the farm.', targets: ['gunmen'] },
  // an adverb from a small list (mention-cues auxAdverbs) between the auxiliary and its participle keeps the passive
  { pattern: 'passive with "also" before the participle', text: 'Rebels burned a truck near Cuzco. Four rural clinics were also attacked and badly damaged in Ayacucho.', targets: ['rural clinics'] },
  { pattern: 'passive with "then" before the participle', text: 'Gunmen stopped the convoy on Monday. The fuel depot was then bombed by unknown men.', perpetrators: ['unknown men'], targets: ['fuel depot'] },
];

describe('events-roles.test.ts: roles from grammar, one row per pattern', () => {
  it.each(['Teen shot dead\n\nThe shooting happened on Friday.', 'Teen shot and killed\n\nThe shooting happened on Friday.'])(
    'a headline ending in a reduced passive has no doer: %j',
    (text) => {
      const r = run(text);
      expect((r.events ?? []).flatMap((e) => names(r, e, 'perpetrators'))).toEqual([]);
    },
  );

  for (const row of ROWS) {
    it(`${row.pattern}: ${row.text.split('\n')[0]}`, () => {
      const r = run(row.text);
      const events = r.events ?? [];
      expect(events.length).toBeGreaterThan(0);
      const all = (field: 'perpetrators' | 'targets' | 'victims'): string[] => [...new Set(events.flatMap((e) => names(r, e, field)))];
      if (row.perpetrators) expect(all('perpetrators')).toEqual(expect.arrayContaining(row.perpetrators));
      if (row.targets) expect(all('targets')).toEqual(expect.arrayContaining(row.targets));
      if (row.victims) expect(all('victims')).toEqual(expect.arrayContaining(row.victims));
      if (row.weapons) expect(events.flatMap((e) => e.weapons.map((w) => w.text.toLowerCase()))).toEqual(expect.arrayContaining(row.weapons));
      // nobody is both perpetrator and victim of one event, and every item is in the record
      for (const e of events) {
        for (const id of e.perpetrators) expect(e.victims).not.toContain(id);
        for (const id of [...e.perpetrators, ...e.victims]) expect(r.actors.some((a) => a.id === id)).toBe(true);
        for (const id of e.targets) expect([...r.actors, ...r.places].some((x) => x.id === id)).toBe(true);
        expectExactSpans(row.text, [e.trigger, ...e.mentions, ...e.weapons]);
      }
      for (const a of r.actors) expectExactSpans(row.text, a.mentions);
    });
  }

  it('a weapon word that is itself the trigger ("gunfire") names the event, not its weapon', () => {
    const r = run('A soldier was wounded by gunfire near the barracks on Monday night.');
    expect((r.events ?? []).length).toBeGreaterThan(0);
    expect((r.events ?? []).flatMap((e) => e.weapons.map((w) => w.text.toLowerCase()))).not.toContain('gunfire');
  });

  it('a pronoun is resolved to the actor it stands for', () => {
    const r = run('A gunman entered the bank on Monday. He shot two guards before fleeing.');
    const perps = (r.events ?? []).flatMap((e) => names(r, e, 'perpetrators'));
    expect(perps).toContain('gunman');
    expect(r.actors.some((a) => /^he$/i.test(a.name))).toBe(false);
  });

  it('descriptions are actors with named: false, their number kept, and repeated descriptions linked', () => {
    const r = run('Two gunmen attacked a bus near Lima on Monday. The gunmen killed the driver.');
    const gunmen = r.actors.filter((a) => /gunmen/i.test(a.name));
    expect(gunmen).toHaveLength(1);
    expect(gunmen[0]).toMatchObject({ named: false, count: 2 });
    expect(gunmen[0].mentions.map((m) => m.text)).toEqual(['Two gunmen', 'The gunmen']);
    // names keep no `named` field: old consumers see the same actors
    const named = run('Police arrested John Smith after the shooting in Dallas on Monday.').actors.find((a) => a.name === 'John Smith');
    expect(named?.named).toBeUndefined();
  });

  it('a bare number counted as victims is named with what befell them ("Two dead, 5 injured"), its mention the number alone', () => {
    const r = run('Two dead, 5 injured in Dallas shooting\n\nGunfire broke out at a block party in Dallas late Saturday, police said.');
    const byMention = (t: string) => r.actors.find((a) => a.mentions.some((m) => m.text === t && m.rule?.startsWith('count.')));
    expect(byMention('Two')).toMatchObject({ name: 'Two dead', kind: 'group', named: false, count: 2, rule: 'role.victim-count' });
    expect(byMention('5')).toMatchObject({ name: '5 injured', kind: 'group', named: false, count: 5 });
  });

  it("a count told over a span of time is a tally, no event's victims (role.tally-count)", () => {
    const tally = run('More than 13,000 people have died in Peru since 1980, when the Maoist rebels began their war.');
    expect((tally.events ?? []).flatMap((e) => e.victims)).toEqual([]);
    const told = run('The rebels said they inflicted 1,172 casualties on the army since last April. Rebels killed 13 people in Lima on Monday.');
    const victims = (told.events ?? []).flatMap((e) => e.victims.map((id) => told.actors.find((a) => a.id === id)?.mentions[0].text));
    expect(victims).toEqual(['13 people']);
    expect(EVENTS_IDS.tallyCount).toBe('role.tally-count');
  });

  it('weapons carry their kind and count', () => {
    const r = run('Militants fired 14 Katyusha rockets at the base on Monday. A suicide bomber used a knife.');
    const ws = (r.events ?? []).flatMap((e) => e.weapons);
    expect(ws.find((w) => /rockets/.test(w.text))).toMatchObject({ text: 'Katyusha rockets', kind: 'rocket', count: 14 });
  });
});

// The main event's entry keeps the place its own clause names when the main event's place is no more exact (#17):
// [text, the record's main place, the main entry's place]
const OWN_PLACE: [string, string, string][] = [
  ['The owner of a truck rental agency in Junction City, Kansas, identified the man who rented the truck used in the bombing of the federal building in Oklahoma City. The owner spoke in Junction City on Friday.', 'Junction City', 'Oklahoma City'],
  ['Police in the city of Lyon were searching for a man believed to be responsible for a Friday blast which injured several people. Officials in Paris said the government was ready. Paris police also joined. Paris officials spoke.', 'Paris', 'Lyon'],
];

describe('events-roles.test.ts: the main entry\'s own place', () => {
  it.each(OWN_PLACE)('%s -> main %s, entry %s', (text, mainPlace, entryPlace) => {
    const r = run(text);
    const n = (id: string | null | undefined): string | undefined => r.places.find((p) => p.id === id)?.name;
    expect(n(r.event?.location)).toBe(mainPlace);
    const entry = (r.events ?? []).find((e) => e.id === r.event?.id);
    expect(n(entry?.location)).toBe(entryPlace);
  });
});

describe('events-roles.test.ts: merge of repeated mentions and status', () => {
  it('headline, lead and recap of one attack are one entry', () => {
    const r = run('Gunmen attack bus in Lima\n\nGunmen attacked a bus in Lima on Monday, killing three people. The attack was the worst this year. Police said the attackers fled.');
    const evs = reported(r);
    expect(evs).toHaveLength(1);
    expect(evs[0].mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['attack', 'attacked', 'attack']));
    expect(r.event?.id).toBe(evs[0].id);
  });

  it('two attacks in two places on one day are two entries', () => {
    const r = run('A bomb exploded in Lima on Monday, killing two people. In a separate attack, gunmen killed three soldiers in Cusco on Monday.');
    const evs = reported(r);
    expect(evs).toHaveLength(2);
    expect(evs.map((e) => r.places.find((p) => p.id === e.location)?.name)).toEqual(['Lima', 'Cusco']);
  });

  it('a plural attack over two places joined by "and" is one entry per place', () => {
    const r = run('Rebels claimed separate attacks on Friday at Camp Bastion and Camp Leatherneck in Helmand.');
    const evs = reported(r);
    expect(evs.length).toBe(2);
    for (const e of evs) expect(names(r, e, 'perpetrators')).toEqual(['rebels']);
  });

  it('a counted plural is a tally, an earlier dated event background, a negated one nothing', () => {
    const tally = run('There have been 78 attacks on US forces since October.');
    expect(tally.events?.map((e) => e.status)).toEqual(['tally']);
    const background = run('In 2017, rebels bombed a bridge in the same province.');
    expect(background.events?.map((e) => e.status)).toEqual(['background']);
    expect(run('No attacks were reported on Thursday.').events).toEqual([]);
  });

  it.each([
    'The hikers set off on a long journey to the village.',
    'The children were throwing a ball in the park.',
    'Farmers were planting corn near the river.',
  ])('a verb that is violent only with a violent word nearby is no event without one: %s', (text) => {
    expect(run(text).events ?? []).toEqual([]);
  });

  it('a mention inside a direct quotation is no event', () => {
    const r = run('The minister said: "There is no reason to attack and critique the police for this."');
    expect(r.events ?? []).toEqual([]);
  });

  it('every event rule id is explained', () => {
    const r = run('Gunmen attacked a bus in Lima on Monday, killing three people.');
    const e = r.events![0];
    expect(e.rules?.status).toBeTruthy();
    expect(e.rules?.perpetrators).toMatch(/^role\./);
  });
});

// Pass 6: the deaths and the injuries of a reported attack are entries of their own, one per harm (repeated mentions
// of one harm stay one entry), with the attack's place, date and perpetrators.
describe('events-roles.test.ts: deaths and injuries are events of their own', () => {
  interface HarmRow {
    text: string;
    /** rule id -> the harm entry's trigger and its victims (names), or null: no such entry */
    deaths: { trigger: string; victims: string[] } | null;
    injuries: { trigger: string; victims: string[] } | null;
    attack: string;
  }
  const HARMS: HarmRow[] = [
    { text: 'Gunmen opened fire on a market in Lima on Monday, killing 13 people and wounding 71.', attack: 'opened fire', deaths: { trigger: 'killing', victims: ['13 people'] }, injuries: { trigger: 'wounding', victims: ['71'] } },
    { text: 'A car bomb exploded outside a church in Lima on Monday. Two women died and five people were injured.', attack: 'car bomb', deaths: { trigger: 'died', victims: ['women'] }, injuries: { trigger: 'injured', victims: ['people'] } },
    { text: 'Rebels attacked an army post in Cusco on Monday. Four soldiers were wounded.', attack: 'attacked', deaths: null, injuries: { trigger: 'wounded', victims: ['soldiers'] } },
    { text: 'Rebels attacked an army post in Cusco on Monday. No one was hurt.', attack: 'attacked', deaths: null, injuries: null },
  ];
  const CONS = { deaths: 'events.consequence-deaths', injuries: 'events.consequence-injuries' } as const;
  for (const row of HARMS) {
    it(row.text, () => {
      const r = run(row.text);
      const attacks = reported(r);
      expect(attacks).toHaveLength(1);
      const attack = attacks[0];
      expect(attack.trigger.text).toBe(row.attack);
      for (const k of ['deaths', 'injuries'] as const) {
        const harm = (r.events ?? []).filter((e) => e.rules?.consequence === CONS[k]);
        const want = row[k];
        if (!want) {
          expect(harm, k).toHaveLength(0);
          continue;
        }
        expect(harm, k).toHaveLength(1);
        const h = harm[0];
        expect(h.trigger.text).toBe(want.trigger);
        expect(h.location).toBe(attack.location);
        expect(h.date).toBe(attack.date);
        expect(h.perpetrators).toEqual(attack.perpetrators);
        for (const v of want.victims) expect(names(r, h, 'victims').some((n) => n.includes(v.toLowerCase())), v).toBe(true);
        // the harm's words are its mentions, no longer the attack's
        expect(attack.mentions.some((m) => m.start === h.trigger.start)).toBe(false);
      }
    });
  }
});


// events.consequence-other-victims: deaths told of other people are another harm event
describe('events-roles.test.ts: a harm of other people is another harm entry', () => {
  const ROWS: { text: string; deaths: string[][] }[] = [
    { text: 'Taliban gunmen attacked an army base in Helmand on Friday. They killed 23 soldiers and injured 15. Twenty insurgents were killed.', deaths: [['soldiers'], ['insurgents']] },
    // two unlinked descriptions of the same people are one harm
    { text: 'Gunmen attacked a bus in Lima on Monday, killing three people. Police said three people were killed.', deaths: [['people', 'people']] },
  ];
  for (const row of ROWS) {
    it(row.text, () => {
      const r = run(row.text);
      const deaths = (r.events ?? []).filter((e) => e.rules?.consequence === 'events.consequence-deaths');
      expect(deaths.map((e) => names(r, e, 'victims').map((n) => n.replace(/^.*\s/, '')))).toEqual(row.deaths);
      expect(deaths.slice(1).every((e) => e.rules?.split === 'events.consequence-other-victims')).toBe(true);
    });
  }
});

// events.place-not-target: a place the event hits is what was attacked; where it happened is the place around it.
describe('events-roles.test.ts: a place the event hits is not its place', () => {
  const PLACES: { text: string; target: string; place: string }[] = [
    { text: 'On Friday, Taliban gunmen attacked Camp Shorabak in Helmand Province, Afghanistan.', target: 'camp shorabak', place: 'Helmand Province' },
    { text: 'Insurgents attacked Bagram Air Base in Parwan Province on Friday.', target: 'bagram air base', place: 'Parwan Province' },
  ];
  for (const row of PLACES) {
    it(row.text, () => {
      const r = run(row.text);
      const e = reported(r)[0];
      expect(names(r, e, 'targets')).toContain(row.target);
      expect(r.places.find((p) => p.id === e.location)?.name).toBe(row.place);
      expect(e.rules?.location).toBe('events.place-not-target');
    });
  }
  it('a place that is no target stays the place', () => {
    const r = run('Gunmen attacked a bus near the Lima airport on Monday.');
    const e = reported(r)[0];
    expect(e.rules?.location).not.toBe('events.place-not-target');
  });
});

// events.place-unnamed-site: a sentence that names no place of its own tells where by an unnamed site after at/in/on.
describe('events-roles.test.ts: an unnamed site is the place of an event whose sentence names none', () => {
  const SITES: { text: string; trigger: string; site: string; span: string }[] = [
    { text: 'Protests spread across Ruvania on Sunday. Later, two men were killed in a gun battle in the old harbour area.', trigger: 'killed', site: 'old harbour area', span: 'the old harbour area' },
    { text: 'Police in Tarvos said a grenade was thrown on Friday. Four people were wounded at a crowded bus station.', trigger: 'wounded', site: 'crowded bus station', span: 'a crowded bus station' },
    { text: 'Rioting went on for a week. The worst blast was at the Kellway Square police station, where three officers were killed.', trigger: 'killed', site: 'Kellway Square police station', span: 'the Kellway Square police station' },
  ];
  for (const row of SITES) {
    it(row.text, () => {
      const r = run(row.text);
      const e = (r.events ?? []).find((x) => x.trigger.text === row.trigger)!;
      const p = r.places.find((x) => x.id === e.location)!;
      expect(p.name).toBe(row.site);
      expect(p.named).toBe(false);
      expect(e.rules?.location).toBe('events.place-unnamed-site');
      expectExactSpans(row.text, p.mentions);
      expect(p.mentions.map((m) => m.text)).toContain(row.span);
    });
  }
  it('a sentence that names a place keeps it; a site after "from" or a vehicle is no place', () => {
    const r = run('Two men were killed at a market in Lima on Monday.');
    const e = (r.events ?? []).find((x) => x.trigger.text === 'killed')!;
    expect(r.places.find((x) => x.id === e.location)?.name).toBe('Lima');
    expect(e.rules?.location).not.toBe('events.place-unnamed-site');
    const r2 = run('Rioting went on for a week. A man was shot dead in a taxi.');
    const e2 = (r2.events ?? []).find((x) => x.trigger.text.startsWith('shot'))!;
    expect(e2.rules?.location).not.toBe('events.place-unnamed-site');
  });
});

describe('events-roles.test.ts: the main event and its entry agree on roles', () => {
  it('"a deputy shot a robber": the grammar\'s perpetrator joins the main event (the proximity reading had none)', () => {
    const r = run('A Harris County deputy shot a robber at a store in Houston on Monday, the sheriff said.');
    const main = r.event!;
    expect(main.perpetrators.map((id) => nameOf(r, id))).toContain('deputy');
    expect(main.victims.map((id) => nameOf(r, id))).toContain('robber');
    const entry = r.events.find((e) => e.id === main.id)!;
    for (const id of entry.perpetrators) expect(main.perpetrators).toContain(id);
  });
  it('"Ryan Recktenwald shot his daughter": the daughter is a victim of the main event', () => {
    const r = run('Ryan Recktenwald shot his daughter on Monday, police said.');
    expect(r.event!.perpetrators.map((id) => nameOf(r, id))).toEqual(['ryan recktenwald']);
    expect(r.event!.victims.map((id) => nameOf(r, id))).toContain('daughter');
  });
});

// a list of fillers stops at the one who tells the sentence: ", a local official said" is no second victim
describe('events-roles.test.ts: coordination stops at the teller', () => {
  it('"killing three farmers, a local official said": the farmers only', () => {
    const r = run('Village attacked\n\nGunmen on motorcycles attacked a village near Konduga on Monday, burning homes and killing three farmers, a local official said.\n');
    const events = r.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(names(r, e, 'victims')).toEqual(['farmers']);
    expect(names(r, events[0], 'perpetrators')).toEqual(['gunmen on motorcycles']);
  });
});

describe('events-roles.test.ts: the main entry takes the main event place only when its own sentences name it', () => {
  it('a place told only in another sentence is the main event place, not its entry place', () => {
    const r = run('A court in Lyon on Monday jailed a former banker for life. He had shot dead his business partner in 2019, the judges found.');
    const placeName = (id: string | null | undefined): string | null => r.places.find((p) => p.id === id)?.name ?? null;
    const entry = (r.events ?? []).find((e) => e.rules?.main === 'events.main');
    expect(entry?.trigger.text).toBe('shot dead');
    expect(placeName(r.event?.location)).toBe('Lyon');
    expect(entry?.location ?? null).toBeNull();
  });
  it('a place its own sentence names stays: the entry and the main event share it', () => {
    const r = run('A bomb exploded outside a police station in Lyon on Monday. Two officers were injured in the blast, the mayor said.');
    const entry = (r.events ?? []).find((e) => e.rules?.main === 'events.main');
    expect(r.places.find((p) => p.id === entry?.location)?.name).toBe('Lyon');
  });
});

describe('events-roles.test.ts: the main event takes the type of the longer trigger that holds its own (events.type-exact-trigger)', () => {
  it('"A bomb attack": bombing (183), not the bare attack (190), on the event and its entry', () => {
    const r = run('A bomb attack on a bus depot in Mosul killed four workers on Tuesday, the police said.');
    const entry = (r.events ?? []).find((e) => e.rules?.main === 'events.main');
    expect(entry?.trigger.text).toBe('bomb attack');
    expect(entry?.type.code).toBe('183');
    expect(entry?.rules?.type).toBe('events.type-exact-trigger');
    expect(r.event?.type.code).toBe('183');
    expect(r.event?.rules?.type).toBe('events.type-exact-trigger');
  });
  it('a main trigger that is no part of the entry trigger keeps its own type', () => {
    const r = run('Gunmen shot dead a shopkeeper in Mosul on Tuesday, the police said.');
    const entry = (r.events ?? []).find((e) => e.rules?.main === 'events.main');
    expect(entry?.rules?.type).toBeUndefined();
    expect(entry?.type.code).toBe(r.event?.type.code);
  });
});

describe('events-roles.test.ts: a place after "from" is an origin, not where the event happened', () => {
  const placeOf = (r: EventRecord, trigger: string): string | null =>
    r.places.find((p) => p.id === (r.events ?? []).find((e) => e.trigger.text === trigger)?.location)?.name ?? null;
  it('"traders from Lahore" gives the shooting no place', () => {
    const r = run('Bomb kills five in Quetta market\n\nA bomb exploded at a crowded market in Quetta on Monday, killing five people, police said. In a separate attack on Tuesday, gunmen shot dead two traders from Lahore.');
    expect(placeOf(r, 'exploded')).toBe('Quetta');
    expect(placeOf(r, 'shot dead')).toBeNull();
  });
  it('a distance "20 km from Kandahar" keeps the place', () => {
    const r = run('A suicide bomber killed nine soldiers 20 km from Kandahar on Monday.');
    expect(placeOf(r, 'killed')).toBe('Kandahār');
  });
});

describe('events-roles.test.ts: a light verb tells no event of its own (events.no-event-light-verb)', () => {
  const triggers = (r: EventRecord): string[] => (r.events ?? []).flatMap((e) => e.mentions.map((m) => m.text));
  it('the cue is a rule with its id', () => {
    expect(LIGHT_VERB.id).toBe('events.no-event-light-verb');
  });
  it('"launched an operation": a police action, no event', () => {
    const r = run('Two soldiers were shot dead in Kirkuk on Monday. The police later launched an operation against the gang in Tikrit.');
    expect(triggers(r)).not.toContain('launched');
    expect((r.events ?? []).map((e) => r.places.find((p) => p.id === e.location)?.name ?? null)).not.toContain('Tikrit');
  });
  it('"launched rockets at" stays an attack', () => {
    const r = run('Militants launched rockets at an army base near Kirkuk on Monday.');
    expect(triggers(r)).toContain('launched');
  });
});
