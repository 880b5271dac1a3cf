// The event and events domains (#20): every rule id declared once across both, lexicons as data files with their
// provenance, and one row per rule of the trigger, code, role and merge tables through the whole pipeline
// (--explain), each row [text, where, expected text, expected rule id].
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventDomain } from '../../src/event/index.js';
import { eventsDomain } from '../../src/event/events/index.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { REFERENCE, ROOT } from '../helpers.js';

const FILE = 'event-domain.test.ts';
const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: REFERENCE }), { explain: true });

const declared = (d: { rules: readonly { id: string }[]; ids?: readonly string[] }): string[] => [...d.rules.map((r) => r.id), ...(d.ids ?? [])];
const ALL = [...declared(eventDomain), ...declared(eventsDomain)];

describe(`${FILE}: ids`, () => {
  it('every id is declared once across eventDomain and eventsDomain', () => {
    const seen = new Map<string, number>();
    for (const id of ALL) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
    expect(ALL.length).toBeGreaterThan(60);
  });

  it('ids are namespaced by their stage: event.* for the main event, events.* and role.* for the events pass', () => {
    expect(declared(eventDomain).filter((id) => !id.startsWith('event.'))).toEqual([]);
    expect(declared(eventsDomain).filter((id) => !/^(?:events|role)\./.test(id))).toEqual([]);
  });

  it('the renamed ids are declared, and the ids they split from still name their first rule', () => {
    for (const id of ['event.date-first-late', 'events.tally-since', 'events.tally-counted', 'events.merge-headline', 'events.merge-gives-place']) expect(ALL, id).toContain(id);
    for (const id of ['event.date-first', 'events.tally-series', 'events.tally-count', 'events.merge-same-place', 'events.merge-continued']) expect(ALL, id).toContain(id);
  });
});

describe(`${FILE}: lexicon files`, () => {
  const dirs = ['src/event/lexicon', 'src/event/events/lexicon'];
  const files = dirs.flatMap((d) => readdirSync(`${ROOT}${d}`).filter((f) => f.endsWith('.json')).map((f) => `${d}/${f}`));
  it('there are lexicon files in both folders', () => {
    expect(files.filter((f) => f.startsWith('src/event/lexicon/')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => f.startsWith('src/event/events/lexicon/')).length).toBeGreaterThanOrEqual(5);
  });
  it.each(files)('%s says what its words are for and where they come from', (f) => {
    const j = JSON.parse(readFileSync(`${ROOT}${f}`, 'utf8')) as { about?: unknown; source?: unknown; entries?: unknown };
    expect(typeof j.about, f).toBe('string');
    expect((j.about as string).length, f).toBeGreaterThan(20);
    expect(typeof j.source, f).toBe('string');
    expect(j.entries, f).toBeTruthy();
  });
  it('the CAMEO trigger lexicon gives each trigger its code and weight ("airstrike" -> 195, weight 11)', () => {
    const airstrike = eventDomain.lexicon.triggers.find((t) => t.forms.includes('airstrike'));
    expect(airstrike).toMatchObject({ code: '195', weight: 11, rule: 'event.trigger-lexicon' });
  });
});

type Where =
  | 'event.trigger' | 'event.type' | 'event.perpetrators' | 'event.targets' | 'event.victims'
  | 'events.trigger' | 'events.perpetrators' | 'events.targets' | 'events.victims' | 'events.weapons' | 'events.merge';

/** The text found at `where` (a role's first filler's name, a trigger's text, a type's code) and the rule id behind it. */
function read(r: EventRecord, where: Where): [string | null, string | null] {
  const name = (id: string | undefined): string | null => (id === undefined ? null : r.actors.find((a) => a.id === id)?.name ?? r.places.find((p) => p.id === id)?.name ?? id);
  const [stage, field] = where.split('.') as ['event' | 'events', string];
  const e = stage === 'event' ? r.event : r.events?.[0];
  if (!e) return [null, null];
  const rules = e.rules ?? {};
  if (field === 'trigger') return [e.trigger.text, e.trigger.rule ?? null];
  if (field === 'type') return [e.type.code, rules.type ?? null];
  if (field === 'weapons') return [stage === 'events' && r.events?.[0] ? r.events[0].weapons[0]?.text ?? null : null, rules.weapons ?? null];
  if (field === 'merge') return [e.trigger.text, rules.merge ?? null];
  const ids = e[field as 'perpetrators' | 'targets' | 'victims'];
  return [name(ids[0]), rules[field] ?? null];
}

const ROWS: [text: string, where: Where, expected: string, rule: string][] = [
  // the main event: trigger, code, roles from the trigger's grammar and from the words around a name
  ['Hezbollah attacked Israel on Friday.', 'event.trigger', 'attacked', 'event.trigger-lexicon'],
  ['A woman was hit by a stray bullet in Dayton on Friday.', 'event.trigger', 'stray bullet', 'event.trigger-lexicon'],
  ['Police say a woman was grazed by a bullet in Dayton on Saturday.', 'event.trigger', 'grazed', 'event.trigger-lexicon'],
  ['Hezbollah fired rockets at Israel on Friday.', 'event.type', '194', 'event.weapon-subcode'],
  ['Hezbollah attacked Israel on Friday.', 'event.perpetrators', 'Hezbollah', 'event.role-active-subject'],
  ['The US embassy in Baghdad was attacked by Hezbollah on Friday.', 'event.perpetrators', 'Hezbollah', 'event.role-passive-agent'],
  ['John Smith was shot and killed on Friday night in Dallas, police said.', 'event.targets', 'John Smith', 'event.role-passive-subject'],
  ['John Smith was shot and killed on Friday night in Dallas, police said.', 'event.victims', 'John Smith', 'event.role-person-victim'],
  ['A police officer shot Mark Brown in Dallas on Friday.', 'event.targets', 'Mark Brown', 'event.role-active-object'],
  ['A man was shot dead in Dallas on Friday. Mark Brown was arrested on Saturday.', 'event.perpetrators', 'Mark Brown', 'event.role-person-perpetrator'],
  ['A man was shot dead in Dallas on Friday. Police arrested his son, Mark Brown, on charges of murder.', 'event.perpetrators', 'Mark Brown', 'event.role-person-kin'],
  // every event: trigger words of the events pass and the role patterns
  ['A bomb went off in a market in Baghdad on Friday.', 'events.trigger', 'went off', 'events.trigger-explosion'],
  ['A bomb went off in a market in Baghdad on Friday.', 'events.weapons', 'bomb', 'role.weapon-subject'],
  ['A car bomb exploded outside a church in Baghdad on Monday.', 'events.targets', 'church', 'role.ergative-place'],
  ['Rebels attacked the army base in Kabul on Monday.', 'events.perpetrators', 'Rebels', 'role.active-subject'],
  ['Rebels attacked the army base in Kabul on Monday.', 'events.targets', 'army base', 'role.active-object'],
  ['The embassy was attacked by rebels on Monday.', 'events.perpetrators', 'rebels', 'role.passive-agent'],
  ['The embassy was attacked by rebels on Monday.', 'events.targets', 'embassy', 'role.passive-subject'],
  ['The Taliban claimed responsibility for the bombing in Kabul on Monday.', 'events.perpetrators', 'Taliban', 'role.claimed-responsibility'],
  ['The bombing of the bridge was blamed on guerrillas.', 'events.perpetrators', 'guerrillas', 'role.blamed-on'],
  ['Police are investigating the assassination of the judge.', 'events.victims', 'judge', 'role.of-patient'],
  ['A man was killed in a battle between troops and terrorists.', 'events.perpetrators', 'troops', 'role.between'],
  ['A man was killed in a battle between troops and terrorists.', 'events.targets', 'terrorists', 'role.between-other'],
  ['Protesters rallied in Paris on Friday and police were attacked with stones.', 'events.weapons', 'stones', 'role.passive-instrument'],
  ['Gunmen opened fire on a market, killing 13 people and wounding 71.', 'events.targets', 'market', 'role.on-target'],
];

describe(`${FILE}: rules through the pipeline`, () => {
  it.each(ROWS)('%s [%s] -> %s by %s', (text, where, expected, rule) => {
    const r = run(text);
    expect(read(r, where), `${FILE}: ${text}`).toEqual([expected, rule]);
    expect(ALL, `${FILE}: ${rule} is declared`).toContain(rule);
  });

  it('with no act named anywhere, the lead\'s first word of death or injury is the main event\'s trigger (a paywalled headline)', () => {
    const r = run('13-year-old Pollok boy injured in accidental shooting\n\nSubscription Required\n\nRead the complete story.');
    expect([r.event?.trigger.text, r.event?.trigger.start, r.event?.trigger.rule, r.event?.type.code]).toEqual(['shooting', 45, 'event.trigger-lexicon', '193']);
    const hurt = run('Boy hurt\n\nA boy was injured in Pollok, Texas, on Monday.');
    expect([hurt.event?.trigger.text, hurt.event?.trigger.start, hurt.event?.trigger.rule, hurt.event?.type.code]).toEqual(['hurt', 4, 'events.trigger-injury', '182']);
    expect(hurt.places.find((p) => p.id === hurt.event?.location)?.name).toBe('Pollok');
    const dead = run('Man found dead\n\nA man was found dead in his home on Monday.');
    expect([dead.event?.trigger.text, dead.event?.trigger.rule, dead.event?.type.code]).toEqual(['dead', 'events.trigger-death', '1823']);
  });

  it('the station in brackets after the dateline sent the story: a news outlet, in no role (actor.dateline-source)', () => {
    const text = 'Teen killed in shooting\n\nCHICAGO (WLS) -- A 17-year-old boy was killed and two other people were wounded in a shooting on the South Side late Saturday, Chicago police said.';
    const r = run(text);
    const wls = r.actors.find((a) => a.name === 'WLS')!;
    expect(wls).toMatchObject({ kind: 'media', mentions: [{ text: 'WLS', start: text.indexOf('WLS'), end: text.indexOf('WLS') + 3, rule: 'actor.dateline-source' }] });
    const roles = [r.event!, ...(r.events ?? [])].flatMap((e) => [...e.perpetrators, ...e.targets, ...e.victims]);
    expect(roles).not.toContain(wls.id);
    // not a name in brackets elsewhere
    expect(run('Teen killed\n\nA boy was shot by a man from the Chicago Housing Authority (CHA) -- police said.').actors.find((a) => a.name === 'CHA')?.kind).not.toBe('media');
  });

  it('a headline\'s "Teenager stabbed to death" is a reduced passive: the teenager is the victim, no perpetrator', () => {
    const r = run('Teenager stabbed to death in east London\n\nA 16-year-old boy has died after being stabbed in east London on Tuesday evening, police said.');
    const teen = r.actors.find((a) => a.name === 'Teenager')!;
    expect(r.events?.[0].perpetrators).not.toContain(teen.id);
    expect(r.event?.perpetrators).not.toContain(teen.id);
    expect(r.event?.victims).toContain(teen.id);
  });

  it('the teller of a sentence of harm is none of its victims ("killing three officers, police spokesman Ahmed Khan said")', () => {
    for (const text of [
      'Gunmen opened fire on a checkpoint in Peshawar, killing three officers, police spokesman Ahmed Khan said.',
      'Gunmen opened fire on a checkpoint in Peshawar, killing three officers, Ahmed Khan, a police spokesman, told reporters.',
    ]) {
      const r = run(text);
      const khan = r.actors.find((a) => a.name === 'Ahmed Khan')!;
      expect(khan.kind).toBe('person');
      expect(r.event?.victims).not.toContain(khan.id);
      expect(r.events?.flatMap((e) => e.victims)).not.toContain(khan.id);
    }
    // an age is no apposition of a teller: the second victim stays one
    const two = run('Gunmen shot and killed John Doe and Jane Roe, 34, Sheriff Tom Smith said.');
    expect(two.events?.[0].victims.map((id) => two.actors.find((a) => a.id === id)?.name)).toEqual(['John Doe', 'Jane Roe']);
    // the words after the name still make a victim of it
    const shot = run('Police said they found Ahmed Khan, who said he had been shot, outside a shop in Peshawar.');
    expect(shot.event?.victims).toContain(shot.actors.find((a) => a.name === 'Ahmed Khan')!.id);
  });

  it('an ergative subject is the weapon, never the perpetrator (the pattern field `agent`, not its id)', () => {
    const r = run('A car bomb exploded outside a church in Baghdad on Monday.');
    expect(r.events?.[0].perpetrators).toEqual([]);
    expect(r.events?.[0].weapons.map((w) => w.text)).toEqual(['car bomb']);
  });
});
