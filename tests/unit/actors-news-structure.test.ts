import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { analyseText, REFERENCE } from '../helpers.js';
import { facts, firstRule } from '../../src/extract/actors/classify.js';
import { buildContext } from '../../src/extract/actors/context.js';
import { createResources } from '../../src/resources.js';

const resources = createResources();

// Organisations from the structure of news (issue 15, second round): clubs named by a town with a place
// word in result slots, and the other mechanisms added with it (one row per mechanism's example).
const actors = (text: string) => extract(text, { published: REFERENCE, explain: true }).actors;
const found = (text: string, name: string) => actors(text).find((a) => a.mentions.some((m) => m.text === name));

const DIGEST = 'PRESS DIGEST - Tunisia - Aug 31 .\nTUNIS 1996-08-31\nThese are the leading stories in the Tunisian press on Saturday .\n';
const BASEBALL = 'BASEBALL - RANGERS BEAT INDIANS .\nARLINGTON , Texas 1996-08-31\n';
const ROTOR = 'SOCCER - ROTOR FANS LOCKED OUT AFTER VOLGOGRAD VIOLENCE .\nMOSCOW 1996-08-30\nRotor Volgograd must play their next home game behind closed doors .\nThe head of the league said on Friday that Rotor would play at home .';
const YUGOSLAV = 'SOCCER - YUGOSLAV LEAGUE RESULTS .\nBELGRADE 1996-08-31\nResults of Yugoslav league soccer matches played on Saturday :\nDivision A\n';
const SKIPPER = 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN .\nLONDON 1996-08-30\nHoddle saw no reason why the former Blackburn and Southampton skipper should not make the post his own .';
const RESULTS = 'SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\nResults of English league matches on Saturday :\n';

describe('actors-news-structure.test.ts: organisations from the structure of news', () => {
  it.each([
    // [text, mention, kind, rule]
    [`${RESULTS}Bury 4 Bristol City 0`, 'Bristol City', 'organization', 'actor.sports-team'],
    [`${RESULTS}Montrose 2 Ross County 1`, 'Ross County', 'organization', 'actor.sports-team'],
    ['RUGBY LEAGUE - WIGAN BEAT BRADFORD 42-36 IN SEMIFINAL .\nWIGAN , England 1996-08-31\nWigan won the semifinal .', 'BRADFORD', 'organization', 'actor.sports-team-caps'],
    ['BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS .\nARLINGTON , Texas 1996-08-31\nJuan Gonzalez homered twice .', 'RANGERS', 'organization', 'actor.sports-team-caps'],
    [`${DIGEST}LA PRESSE\n- Exports of spare parts rose in 1995 .\nLE TEMPS\n- Trade talks opened .`, 'LE TEMPS', 'media', 'actor.press-title'],
    [`${DIGEST}KOMPAS\n- Suharto asked businessmen to share their experiences .`, 'KOMPAS', 'media', 'actor.press-title'],
    ['SOCCER - ENGLISH PREMIER LEAGUE REPORT .\nLONDON 1996-08-31\nThe match was marred by the sending-off of Chelsea central defender Franck Leboeuf .', 'Chelsea', 'organization', 'actor.sports-team'],
    [`${BASEBALL}Brian Giles and Jim Thome homered for Cleveland .\nThe Rangers play at Cleveland on Monday .`, 'Cleveland', 'organization', 'actor.sports-team'],
    [ROTOR, 'Rotor Volgograd', 'organization', 'actor.sports-team'],
    [ROTOR, 'Rotor', 'organization', 'actor.doc-propagate'],
    [ROTOR, 'ROTOR', 'organization', 'actor.doc-propagate'],
    [`${YUGOSLAV}Hajduk 2 Proleter ( Z ) 0\nZemun 1 Rad ( B ) 0`, 'Proleter ( Z )', 'organization', 'actor.sports-team'],
    [`${YUGOSLAV}Hajduk 2 Proleter ( Z ) 0\nZemun 1 Rad ( B ) 0`, 'Rad ( B )', 'organization', 'actor.sports-team'],
    ["In other news , the Toronto Bond Traders ' Association said it would close early .", "Toronto Bond Traders ' Association", 'organization', 'actor.org-suffix'],
    ['Zorvex said in a statement that its sales rose 12 percent .', 'Zorvex', 'organization', 'actor.org-acts'],
    ['Analysts expect more after Talvor announced a new plant on Friday .', 'Talvor', 'organization', 'actor.org-acts'],
    // the surname of a person the text names in full, though an organisation's cue or word reads it
    ['Centre Neil Fox kicked two goals on Saturday .\nFox also scored a try .', 'Fox', 'person', 'actor.person-surname-known'],
    // a unit named after a company of the text, though its words read as a person's
    ['Zorvex Inc bought a plant on Friday .\nZorvex Cables has sales of $ 3.5 billion .', 'Zorvex Cables', 'organization', 'actor.org-named-unit'],
    ['CRICKET - ENGLAND V PAKISTAN .\nLONDON 1996-08-31\nSurrey all-rounder Adam Hollioake was making his debut .', 'Surrey', 'organization', 'actor.sports-team'],
    [SKIPPER, 'Southampton', 'organization', 'actor.sports-team'],
    ['SOCCER - SPANISH FIRST DIVISION RESULT .\nMADRID 1996-08-31\nDeportivo took the lead when former Auxerre playmaker Corentine Martins headed home .', 'Auxerre', 'organization', 'actor.sports-team'],
    [SKIPPER, 'Blackburn', 'organization', 'actor.sports-team'],
    [`${RESULTS}Postponed : Birmingham v Barnsley , Manchester City v Charlton`, 'Manchester City', 'organization', 'actor.sports-team'],
    // a club in brackets after a player read by any rule, not only by the tagger's person tag
    ['SOCCER - FRENCH SCORERS .\nPARIS 1996-08-30\nLeading scorers : 4 - Anto Drobnjak ( Bastia ) .', 'Bastia', 'organization', 'actor.club-after-player'],
    // a name that opens with another language's article is no person's ("El" is also a first name)
    ['The Dutch government said the evidence from El Al did not support the allegations .', 'El Al', 'organization', 'actor.org-article'],
    ['Anthony Washington won the race in Zurich .', 'Anthony Washington', 'person', 'actor.person-compromise'],
    // a last word that is a common word does not undo a person whose first word is none (actor.no-shape-common-end)
    ['Police said Senora Ware was shot in the arm .', 'Senora Ware', 'person', 'actor.person-shape'],
    ['Michael Wells said the talks would go on .', 'Michael Wells', 'person', 'actor.person-compromise'],
    // a group's word that is also a given name ("Ira", the IRA) is the given name where it opens a person's name (actor.no-group-given-name)
    ['A man named Ira Jones was hurt on Monday . Ira said he was fine .', 'Ira', 'person', 'actor.doc-propagate'],
    ['A man named Ira Jones was hurt on Monday . Ira said he was fine .', 'Ira Jones', 'person', 'actor.person-compromise'],
    ['The IRA said it planted the bomb . Ira Glass spoke on the radio .', 'Ira Glass', 'person', 'actor.person-compromise'],
    ['The IRA said it planted the bomb . Ira Glass spoke on the radio .', 'IRA', 'group', 'actor.group-name'],
  ])('%j: %s is a %s (%s)', (text, name, kind, rule) => {
    const a = found(text, name);
    expect(a?.kind).toBe(kind);
    const m = a!.mentions.find((x) => x.text === name)!;
    expect(m.rule).toBe(rule);
    expect(text.slice(m.start, m.end)).toBe(name);
  });

  it.each([
    // organisations labelled by the late refiners (an organisation's act, a club after its player) label their later occurrences too
    ['Zorvex said in a statement that its sales rose 12 percent .\nAnalysts said demand for Zorvex products was strong .', 'Zorvex', 'organization', 'actor.org-acts'],
    ['SOCCER - FRENCH SCORERS .\nPARIS 1996-08-30\nLeading scorers : 4 - Anto Drobnjak ( Bastia ) .\nThe fans of Bastia cheered .', 'Bastia', 'organization', 'actor.club-after-player'],
  ])('%j: the second %s is a %s too (actor.doc-propagate after %s)', (text, name, kind, first) => {
    const a = found(text, name)!;
    expect(a.kind).toBe(kind);
    const ms = a.mentions.filter((m) => m.text === name).sort((p, q) => p.start - q.start);
    expect(ms.map((m) => m.rule)).toEqual([first, 'actor.doc-propagate']);
    expect(ms[1].start).toBe(text.lastIndexOf(name));
  });

  it.each([
    // [text, chunk, the first rule that applies, its outcome]
    ['BASEBALL - RESULTS .\nNEW YORK 1996-08-30\nLeaders of the American League won .', 'American League', 'actor.no-league', 'misc'],
    ['PAYING AGENT : Michigan National Bank , Detroit\nL.O. : Bodman , Longely & Dahling , Detroit', 'L.O.', 'actor.no-acronym-field', null],
    ['Selected figures for the quarter :\n- Turnover N / A N / A\n- Operating Profit 12.5 11.0', 'Turnover N', 'actor.no-not-available', 'misc'],
    ['It was a holdover from the chaotic 1966-76 Cultural Revolution , the group said .', 'Cultural Revolution', 'actor.no-shape-common-end', null],
    ['Anyone with information is asked to call Crime Stoppers at once .', 'Crime Stoppers', 'actor.no-shape-common-end', null],
    ['Heavy armour was used in a battle with rival Kurds for the city .', 'Kurds', 'actor.no-belonging-only', 'misc'],
    ['Shooting broke out between the Moslems and Serb police on Thursday .', 'Serb', 'actor.no-belonging-only', 'misc'],
    ['The mayor met Republican leaders at the fair .', 'Republican', 'actor.no-ideology-word', 'misc'],
    ['In the budget debate the Socialists walked out on Tuesday .', 'Socialists', 'actor.no-ideology-word', 'misc'],
  ])('%j, chunk %s -> %s', (text, chunkText, id, outcome) => {
    const ctx = buildContext(analyseText(text), resources);
    const c = ctx.chunks.find((x) => x.text === chunkText);
    expect(c, JSON.stringify(ctx.chunks.map((x) => x.text))).toBeDefined();
    const { rule, outcome: got } = firstRule(facts(ctx, c!, false));
    expect(rule?.id).toBe(id);
    expect(got).toBe(outcome);
  });

  it('a political ideology\'s word alone is no organisation; a party\'s full name still is (actor.no-ideology-word)', () => {
    const text = 'Republican leaders met Democratic Governor Ann Rusk on Monday , and the Socialist Party walked out .';
    const r = extract(text, { published: REFERENCE, explain: true });
    const spans = r.actors.flatMap((a) => a.mentions.map((m) => [m.text, a.kind]));
    expect(spans.some(([t]) => t === 'Republican' || t === 'Democratic')).toBe(false);
    const party = r.actors.find((a) => a.name === 'Socialist Party');
    expect(party?.kind).toBe('organization');
    expect(party?.mentions[0]).toMatchObject({ start: text.indexOf('Socialist Party'), end: text.indexOf('Socialist Party') + 15 });
  });

  it('a town after "at" stays a place in team sports, where the same name is a club elsewhere', () => {
    const text = `${BASEBALL}Brian Giles and Jim Thome homered for Cleveland .\nThe Rangers play at Cleveland on Monday .`;
    const r = extract(text, { published: REFERENCE, explain: true });
    const second = text.lastIndexOf('Cleveland');
    expect(r.places.some((p) => p.mentions.some((m) => m.start === second))).toBe(true);
    expect(r.actors.some((a) => a.mentions.some((m) => m.start === second))).toBe(false);
  });

  it('a league outside sports news stays an organisation', () => {
    expect(found('The Arab League said on Friday it would meet in Cairo.', 'Arab League')?.kind).toBe('organization');
  });

  it.each([
    // what the mechanisms must leave alone
    ['SOCCER - ENGLAND BEAT POLAND 2-1 .\nLONDON 1996-08-31\nEngland won .', 'POLAND'],
    ['BASEBALL - MAJOR LEAGUE RESULTS THURSDAY .\nNEW YORK 1996-08-30\nResults of Major League\nBaseball games played on Thursday :\nAmerican League\nDETROIT 4 Minnesota 1', 'American League'],
    ['BASEBALL - MAJOR LEAGUE RESULTS THURSDAY .\nNEW YORK 1996-08-30\nResults of Major League\nBaseball games played on Thursday :\nAmerican League\nDETROIT 4 Minnesota 1', 'Major League'],
    [`${DIGEST}TUNISIA\n- Exports rose .`, 'TUNISIA'],
    ['TUNIS 1996-08-31\nTrade talks opened .\nLE TEMPS\n- Trade talks opened .', 'LE TEMPS'],
    ['SOCCER - RESULTS .\nMOSCOW 1996-08-30\nIvan Moscow scored twice .', 'Ivan Moscow'],
    ["Police said John Evans ' Motor Co was closed .", "John Evans ' Motor Co"],
    ["More than 960 people have been killed in the struggle the Gama'a launched in 1992 .", "Gama'a"],
    ['The agency on Friday announced a campaign .', 'Friday'],
    ['Police in Kansas City said the man was arrested on Friday.', 'Kansas City'],
    ['Palestinians want Arab East Jerusalem as their capital .', 'Arab East Jerusalem'],
    ['The rally was held in Tunbridge Wells on Friday .', 'Tunbridge Wells'],
    ['ISSUER : Bay County\nF.A. : First of Michigan Corp. , Detroit', 'F.A.'],
  ])('%j: %s is no organisation', (text, name) => {
    expect(actors(text).filter((a) => a.kind !== 'person').flatMap((a) => a.mentions.map((m) => m.text))).not.toContain(name);
  });
});

describe('actors-news-structure.test.ts: a name joined by a hyphen is no mention of itself (actor.doc-propagate)', () => {
  it('a company named once is not read again inside a hyphenated compound', () => {
    const text = 'Tekna Corp said on Monday that its profit rose .\nTwo groups -- ZRX-Tekna and a Polish group -- bid .\nAnalysts expect Tekna to grow .';
    expect(found(text, 'Tekna Corp')?.kind).toBe('organization');
    const tekna = actors(text).flatMap((x) => x.mentions).filter((m) => m.text === 'Tekna').map((m) => [m.start, m.rule]);
    // only the last, free-standing "Tekna" is a mention, not the one inside "ZRX-Tekna"
    expect(tekna).toEqual([[text.lastIndexOf('Tekna'), 'actor.doc-propagate']]);
  });
});
