import { describe, expect, it } from 'vitest';
import { analyseText, REFERENCE } from '../helpers.js';
import { extract } from '../../src/index.js';
import { actorsDomain, CHUNK_RULES, RULES } from '../../src/extract/actors/index.js';
import { facts, firstRule } from '../../src/extract/actors/classify.js';
import { buildContext } from '../../src/extract/actors/context.js';
import { participantsDomain } from '../../src/extract/participants/index.js';
import { thingsDomain } from '../../src/extract/things/index.js';
import { weaponsDomain } from '../../src/extract/weapons/index.js';
import type { Domain } from '../../src/extract/domain.js';
import type { LexiconFile } from '../../src/extract/lexicon.js';
import { createResources } from '../../src/resources.js';

const r = createResources();

const FILE = 'actors-domain.test.ts';
const DOMAINS: Domain[] = [actorsDomain, participantsDomain, thingsDomain, weaponsDomain];
const idsOf = (d: Domain): string[] => [...d.rules.map((r) => r.id), ...(d.ids ?? [])];

describe(`${FILE}: the actors, participants, things and weapons domains`, () => {
  it('declare every rule id once, across the four domains', () => {
    const all = DOMAINS.flatMap(idsOf);
    const seen = new Set<string>();
    const twice = all.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(twice, `${FILE}: ids declared twice`).toEqual([]);
    for (const d of DOMAINS) for (const id of idsOf(d)) expect(id.startsWith(`${d.name === 'actors' ? 'actor' : d.name.replace(/s$/, '')}.`), `${FILE}: ${id} in ${d.name}`).toBe(true);
  });

  it('declare every id of RULES: the chunk table holds some, `ids` the others', () => {
    const declared = new Set(idsOf(actorsDomain));
    for (const r of Object.values(RULES)) expect(declared.has(r.id), `${FILE}: ${r.id}`).toBe(true);
    expect(actorsDomain.rules).toBe(CHUNK_RULES);
  });

  it('keep every lexicon as a file that says what its words are for and where they come from', () => {
    for (const d of DOMAINS) {
      expect(Object.keys(d.lexicon).length, `${FILE}: ${d.name}`).toBeGreaterThan(0);
      for (const [name, f] of Object.entries(d.lexicon) as [string, LexiconFile<unknown>][]) {
        expect(f.about.length, `${FILE}: ${d.name}/${name} about`).toBeGreaterThan(10);
        expect(f.source, `${FILE}: ${d.name}/${name} source`).toBe('hand-written general vocabulary');
        expect(f.entries, `${FILE}: ${d.name}/${name} entries`).toBeTruthy();
      }
    }
  });

  it('put on records only rule ids they declare', () => {
    const declared = new Set(DOMAINS.flatMap(idsOf));
    const text = 'Iran-backed militias attacked US forces near the base on Friday , the Pentagon said . ' +
      'Mr Tanaka , 45 , of Acme Holdings Inc. said two gunmen fired rockets at a bus . Pro-Hamas groups and anti-NATO protesters marched .';
    const r = extract(text, { published: REFERENCE, explain: true });
    const rules = [
      ...r.actors.flatMap((a) => a.mentions.map((m) => m.rule)),
      ...r.events.flatMap((e) => (e.weapons ?? []).map((w) => w.rule)),
    ].filter((id): id is string => !!id && /^(?:actor|participant|thing|weapon)\./.test(id));
    expect(rules.length).toBeGreaterThan(5);
    for (const id of rules) expect(declared.has(id), `${FILE}: ${id} is not declared`).toBe(true);
  });
});

describe(`${FILE}: the chunk rules, through the real extract`, () => {
  it.each([
    // [sentence, mention text, kind, rule]
    ['The news was first reported by Interfax on Friday .', 'Interfax', 'media', 'actor.media'],
    ['Hamas fighters crossed the border on Saturday .', 'Hamas', 'group', 'actor.group-name'],
    // a group named by two words: "State" is no place head here, "Boko Haram" no person
    ['The Islamic State group said it carried out the attack .', 'Islamic State', 'group', 'actor.group-name'],
    ['Boko Haram fighters attacked a village .', 'Boko Haram', 'group', 'actor.group-name'],
    ['A spokesman at the Pentagon declined to comment .', 'Pentagon', 'military', 'actor.institution'],
    ['The Treasury said the bonds would be sold .', 'Treasury', 'government', 'actor.institution-word'],
    ['Police identified Daniel Craig Sharp, age 26, at the scene.', 'Daniel Craig Sharp', 'person', 'actor.person-appositive'],
    ['Officers found Tyajah N. Nelson in the basement.', 'Tyajah N. Nelson', 'person', 'actor.person-middle-initial'],
    ['Shares of Acme Holdings Inc. rose on Monday after the report .', 'Acme Holdings Inc.', 'organization', 'actor.org-suffix'],
    ['Fighters of Islamic Jihad fired rockets .', 'Islamic Jihad', 'group', 'actor.group-head'],
    ['The Bank of England held rates at 5 percent .', 'Bank of England', 'organization', 'actor.org-head'],
    ['Monitors from the OSCE arrived in the city .', 'OSCE', 'organization', 'actor.org-acronym'],
    ['Microsoft said on Monday the deal was off .', 'Microsoft', 'organization', 'actor.org-compromise'],
    ['Prime Minister Benjamin Netanyahu spoke on Sunday .', 'Benjamin Netanyahu', 'person', 'actor.person-title'],
    ['The match was won by M. Waugh yesterday .', 'M. Waugh', 'person', 'actor.person-initial'],
    ['He met John Smith on Friday .', 'John Smith', 'person', 'actor.person-compromise'],
    ['He met Ambrose Pettibone later .', 'Ambrose Pettibone', 'person', 'actor.person-firstname'],
    ['The report was written by Zorbek Quilandro last week .', 'Zorbek Quilandro', 'person', 'actor.person-shape'],
    // outside the chunk table: the name pass, the descriptions and the prefixed words
    ['Mr Tanaka said the plan was good .', 'Tanaka', 'person', 'actor.person-honorific'],
    ['US forces struck the base .', 'US forces', 'military', 'actor.descriptive'],
    ['Protests against pro-Hamas groups grew .', 'Hamas', 'group', 'actor.prefixed-group'],
    // a group's name that is also an English word counts in capitals: "IS" for the Islamic State
    ['Two soldiers were killed in an attack claimed by IS near Raqqa on Monday .', 'IS', 'group', 'actor.group-name'],
    ['Protesters marched against anti-NATO groups .', 'NATO', 'organization', 'actor.prefixed-acronym'],
  ])(`${FILE}: %j -> %s (%s, %s)`, (text, mentionText, kind, rule) => {
    const r = extract(text, { published: REFERENCE, explain: true });
    const actor = r.actors.find((a) => a.mentions.some((m) => m.text === mentionText));
    expect(actor, JSON.stringify(r.actors)).toBeDefined();
    expect(actor!.kind).toBe(kind);
    const start = text.indexOf(mentionText);
    expect(actor!.mentions.find((m) => m.text === mentionText)).toEqual({ text: mentionText, start, end: start + mentionText.length, rule });
  });

  it.each([
    // [sentence, chunk text, the first rule that applies, its outcome]: rules that say a chunk is no actor
    ['Traders said the Dow Jones industrial average fell 20 points .', 'Dow Jones', 'actor.no-market-index', 'misc'],
    ['Officials in France said no .', 'France', 'actor.no-country', 'place'],
    ['Officials said the GDP grew 3 percent .', 'GDP', 'actor.no-acronym-of-thing', 'misc'],
    ['Protesters attacked an Iran-backed group .', 'Iran', 'actor.no-compound-modifier', 'misc'],
    ['A deputy shot a robber at a Woodlands-area store .', 'Woodlands-area', 'actor.no-compound-modifier', 'misc'],
    ['Police said an Effie man was arrested .', 'Effie', 'actor.no-hometown', 'place'],
    ['Fans said the World Cup starts in June .', 'World Cup', 'actor.no-event-or-place-head', 'misc'],
    ['Iraqi officials said the talks failed .', 'Iraqi', 'actor.no-demonym', 'misc'],
    ['Police found the Inc in a bag .', 'Inc', 'actor.no-suffix-alone', null],
    ['Chinese Americans marched .', 'Chinese Americans', 'actor.no-demonym-words', 'misc'],
    ['New York said no .', 'New York', 'actor.no-place-words', 'place'],
    ['LONDON said no .', 'LONDON', 'actor.no-acronym-word', null],
    ['The AIDS crisis grew .', 'The AIDS', 'actor.no-street-or-plural', null],
    ['President said no .', 'President', 'actor.no-title-alone', null],
  ])(`${FILE}: %j, chunk %s -> %s`, (text, chunkText, id, outcome) => {
    const ctx = buildContext(analyseText(text), r);
    const c = ctx.chunks.find((x) => x.text === chunkText);
    expect(c, JSON.stringify(ctx.chunks.map((x) => x.text))).toBeDefined();
    const { rule, outcome: got } = firstRule(facts(ctx, c!, false));
    expect(rule?.id).toBe(id);
    expect(got).toBe(outcome);
    expect(extract(text, { published: REFERENCE, explain: true }).actors.some((a) => a.mentions.some((m) => m.text === chunkText))).toBe(false);
  });

  it(`${FILE}: "is" is no group, nor "IS" in a line all in capitals`, () => {
    for (const text of ['Is it over ? Officials said it is .', 'SOLDIERS KILLED AS IT IS OVER FOR THE TRUCE\n\nTwo soldiers died on Monday .']) {
      expect(extract(text, { published: REFERENCE }).actors.filter((a) => a.kind === 'group')).toEqual([]);
    }
  });

  it(`${FILE}: a group's word that opens a person's name elsewhere in the text is that person's given name (actor.no-group-given-name)`, () => {
    const text = 'A man named Ira Jones was hurt on Monday . Ira said he was fine .';
    const ctx = buildContext(analyseText(text), r);
    const c = ctx.chunks.find((x) => x.text === 'Ira')!;
    expect(firstRule(facts(ctx, c, false))).toMatchObject({ rule: { id: 'actor.no-group-given-name' }, outcome: null });
    // in capitals it stays the group's acronym
    const caps = buildContext(analyseText('A man named Ira Jones was hurt on Monday . Later the IRA said no .'), r);
    expect(firstRule(facts(caps, caps.chunks.find((x) => x.text === 'IRA')!, false)).rule?.id).toBe('actor.group-name');
  });
});
