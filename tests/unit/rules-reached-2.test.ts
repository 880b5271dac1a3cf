// More rules on their own examples, written by hand (#20: every rule id reached by a test), grouped by domain.
// A rule that puts its id on the record is checked on the --explain record (the id is there, and one fact of the
// example holds); a rule whose outcome is no item (a filter, a chunk rule that says "no actor", a cue that makes a
// mention no event) is checked with its domain's own function, and the record is checked to hold no such item.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { facts, firstRule } from '../../src/extract/actors/classify.js';
import { buildContext as actorContext } from '../../src/extract/actors/context.js';
import { notACount } from '../../src/extract/counts/filters.js';
import { readCore } from '../../src/extract/counts/number.js';
import { sentenceTokens } from '../../src/extract/counts/terms.js';
import { tokenize } from '../../src/extract/places/tokens.js';
import { buildRuns, findInRuns, makeContext } from '../../src/extract/places/extract.js';
import { PLACE_REFINERS } from '../../src/extract/places/refine.js';
import { quotesDomain } from '../../src/extract/quotes/index.js';
import { buildContext as quoteContext } from '../../src/extract/quotes/context.js';
import { compileCues } from '../../src/extract/quotes/lexicon.js';
import { runMarks } from '../../src/extract/quotes/passes/1-marks.js';
import { runReported } from '../../src/extract/quotes/passes/2-reported.js';
import { runHeadline } from '../../src/extract/quotes/passes/3-headline.js';
import { REFINERS, typeByFrame } from '../../src/extract/quotes/refine.js';
import type { CueRule, Found, MarkRule, TitleRule } from '../../src/extract/quotes/types.js';
import { extractWeapons } from '../../src/extract/weapons/index.js';
import { findMentions } from '../../src/event/events/1-mentions.js';
import { NEW_EVENT, NO_EVENT_BEFORE, SPORT_SHOT } from '../../src/event/events/lexicon.js';
import { analyseText, expectExactSpans, ruleIdsOf } from '../helpers.js';
import { createResources } from '../../src/resources.js';

const resources = createResources();

const F = 'rules-reached-2.test.ts';
const run = (text: string, published: string | null = '2023-12-08'): EventRecord => extractDocument(makeDocument(text, { id: 't', published }), { explain: true });

describe(`${F}: actors`, () => {
  it.each<[string, string, string, string]>([
    // [rule, text, mention text, kind]
    ['actor.doc-unify', 'Brinkley Tanner Corp said profits rose. Brinkley Tanner said it would hire staff.', 'Brinkley Tanner', 'organization'],
    ['actor.person-aged', 'Police said Okafor, 31, was arrested on Friday.', 'Okafor', 'person'],
    ['actor.person-aged', 'Lenna Pridgen said it was her son, 16-year-old Freland, who was shot.', 'Freland', 'person'],
    ['actor.person-aged', 'Police said her son, Tavion, was taken to hospital.', 'Tavion', 'person'],
    ['actor.person-aged', 'Police identified the boy as Jaylen on Sunday.', 'Jaylen', 'person'],
    ['actor.person-aged', 'Police are looking for the suspect, Tremaine, who fled on foot.', 'Tremaine', 'person'],
    ['actor.person-aged', "A vigil was held on Sunday. Kaleb's mother said he loved music.", 'Kaleb', 'person'],
    ['actor.person-aged', 'Police said Freland was shot in the chest on Friday.', 'Freland', 'person'],
    ['actor.person-competitor', 'SOCCER - LEAGUE RESULTS\n\nScorers: Okonkwa 12th, Varela 67th.', 'Varela', 'person'],
    ['actor.sports-team-caps', 'BASEBALL - RESULTS\n\nDENVER 5 PHOENIX 3', 'PHOENIX', 'organization'],
    ['actor.sports-team-list', 'CRICKET - COUNTY RESULTS\n\nSurrey beat Kent on Friday, while Essex, Sussex and Derbyshire drew.', 'Sussex', 'organization'],
  ])('%s: %j (%s)', (rule, text, mentionText, kind) => {
    const r = run(text);
    expect([...ruleIdsOf(r)], `${F}: ${rule}`).toContain(rule);
    const actor = r.actors.find((a) => a.mentions.some((m) => m.text === mentionText && m.rule === rule));
    expect(actor, JSON.stringify(r.actors)).toBeDefined();
    expect(actor!.kind).toBe(kind);
    const start = text.lastIndexOf(mentionText);
    expect(actor!.mentions.find((m) => m.rule === rule)).toEqual({ text: mentionText, start, end: start + mentionText.length, rule });
  });

  it('actor.person-aged: a title alone as the one shot is no name ("Deputy was shot")', () => {
    const r = run('Police said Deputy was shot near the river on Friday.');
    expect(r.actors.filter((a) => a.name === 'Deputy' && a.kind === 'person')).toEqual([]);
  });

  it('actor.person-aged: a hometown between an age and a word for a person is no person ("13-year-old Pollok boy")', () => {
    const r = run('A 13-year-old Pollok boy was injured in an accidental shooting on Friday.');
    expect(r.actors.filter((a) => a.name === 'Pollok')).toEqual([]);
  });

  it('actor.doc-unify: the weak mention joins the strong one, as one organisation', () => {
    const r = run('Brinkley Tanner Corp said profits rose. Brinkley Tanner said it would hire staff.');
    expect(r.actors.map((a) => [a.name, a.kind, a.mentions.map((m) => m.rule)])).toEqual([['Brinkley Tanner Corp', 'organization', ['actor.org-suffix', 'actor.doc-unify']]]);
  });

  it.each([
    // [sentence, chunk text, the first rule that applies, its outcome]: acronyms that are no actor
    ['Shares in the WIG-20 fell.', 'WIG', 'actor.no-acronym-modifier', 'misc'],
    ['Traders said FTSE futures fell.', 'FTSE', 'actor.no-acronym-index', 'misc'],
    ['VADUZ (Reuters) - Police said no.', 'VADUZ', 'actor.no-acronym-dateline', 'place'],
    ['He flew to LA on Monday.', 'LA', 'actor.no-acronym-place', 'place'],
  ])(`${F}: %j, chunk %s -> %s`, (text, chunkText, id, outcome) => {
    const ctx = actorContext(analyseText(text), resources);
    const c = ctx.chunks.find((x) => x.text === chunkText);
    expect(c, JSON.stringify(ctx.chunks.map((x) => x.text))).toBeDefined();
    const { rule, outcome: got } = firstRule(facts(ctx, c!, false));
    expect(rule?.id).toBe(id);
    expect(got).toBe(outcome);
    expect(run(text).actors.some((a) => a.mentions.some((m) => m.text === chunkText))).toBe(false);
  });
});

describe(`${F}: counts, the not-a-count filters`, () => {
  it.each<[string, string, string]>([
    ['count.not-age', 'A woman aged 47 was hurt in the crash.', '47'],
    ['count.not-date', 'The fair opens on March 5 in Dayton.', '5'],
    ['count.not-score', 'The visitors lost 1-3 on Saturday.', '1-3'],
    ['count.not-children-of', 'She is a mother of two from Dayton.', 'two'],
  ])('%s: %j (%s)', (id, text, number) => {
    const a = analyseText(text);
    const toks = sentenceTokens(a, a.sentences[0]);
    const i = toks.findIndex((t) => t.text === number);
    expect(i, `${F}: ${number} in ${text}`).toBeGreaterThanOrEqual(0);
    const core = readCore(toks, i);
    expect(core, `${F}: ${number} read as a number`).not.toBeNull();
    expect(notACount({ toks, i, core: core!, hasQualifier: false })?.id).toBe(id);
    expect(run(text).counts).toEqual([]);
  });

  it('an ordinal is no number to the number reader, so no filter is needed for it (the ordinal filter was dead)', () => {
    for (const [text, ordinal] of [['She was the 21st guest.', '21st'], ['The fifth bus left late.', 'fifth'], ['It was the twenty-first race.', 'first']]) {
      const a = analyseText(text);
      const toks = sentenceTokens(a, a.sentences[0]);
      const i = toks.findIndex((t) => t.text === ordinal);
      expect(toks[i].tags.has('Ordinal'), `${F}: ${ordinal}`).toBe(true);
      expect(readCore(toks, i), `${F}: ${ordinal}`).toBeNull();
      expect(run(text).counts).toEqual([]);
    }
  });
});

describe(`${F}: places and their resolution`, () => {
  it('place.refine-demonym: a town named like a demonym ("Canadian, Texas") is dropped as a demonym', () => {
    const text = 'A man was shot in Canadian, Texas, on Friday.';
    const a = analyseText(text);
    const toks = tokenize(a, (s, e) => a.isContent(s, e));
    const runs = buildRuns(a.text, toks);
    const ctx = makeContext(a, resources.gazetteer, toks, runs);
    const found = findInRuns(ctx, runs);
    const names = (xs: typeof found): string[] => xs.map((f) => a.text.slice(f.start, f.end));
    expect(names(found)).toEqual(['Canadian', 'Texas']);
    expect(names(PLACE_REFINERS.find((r) => r.id === 'place.refine-demonym')!.run(ctx, found))).toEqual(['Texas']);
    expect(run(text).places.map((p) => p.name)).toEqual(['Texas']);
  });

  it.each<[string, string, string, (r: EventRecord) => unknown, unknown]>([
    // a town too small to be read as a place on its own ("Fosston"), named by its police department
    ['place.local-service', 'Woman stabbed\n\nThe Fosston Police Department said a woman was stabbed on Sunday.', 'Fosston',
      (r) => r.places.map((p) => [p.name, p.kind, p.admin1, p.id === r.event?.location]), [['Fosston', 'city', 'Minnesota', true]]],
    ['resolve.place-admin', 'Police in Texas said a man was shot on Friday.', 'Texas', (r) => r.places.map((p) => [p.name, p.kind, p.country]), [['Texas', 'admin', 'US']]],
    ['resolve.place-dateline-capital', 'BELMOPAN (Reuters) - Gunmen attacked a bus on Friday.', 'BELMOPAN',
      (r) => r.places.filter((p) => p.kind === 'city').map((p) => [p.name, p.country]), [['Belmopan', 'BZ']]],
  ])('%s: %j', (rule, text, mentionText, fact, expected) => {
    const r = run(text);
    expect([...ruleIdsOf(r)], `${F}: ${rule}`).toContain(rule);
    const p = r.places.find((x) => x.rule === rule || x.mentions.some((m) => m.rule === rule));
    expect(p?.mentions.map((m) => m.text)).toEqual([mentionText]);
    expectExactSpans(text, p!.mentions);
    expect(fact(r)).toEqual(expected);
  });
});

describe(`${F}: quotes and speakers`, () => {
  it('quote.partial-title-in-sentence: a title in marks inside the reporter\'s sentence is typed partial, then dropped as a title', () => {
    const text = 'In her new book, "The Quiet Harbor," she said the town had changed.';
    const a = analyseText(text);
    const ctx = quoteContext(a, compileCues(quotesDomain.lexicon));
    const found: Found[] = [];
    runMarks(ctx, quotesDomain.rules.filter((r): r is MarkRule => r.pass === 'marks'), found);
    runReported(ctx, quotesDomain.rules.filter((r): r is CueRule => r.pass === 'reported'), found);
    runHeadline(ctx, quotesDomain.rules.filter((r): r is TitleRule => r.pass === 'headline'), found);
    const typed = typeByFrame(ctx, found).find((x) => x.text.startsWith('The Quiet Harbor'));
    expect([typed?.type, typed?.rule]).toEqual(['partial', 'quote.partial-title-in-sentence']);
    const kept = REFINERS.reduce((xs, refine) => refine(ctx, xs), found);
    expect(kept.map((x) => x.text)).toEqual(['the town had changed']);
    expect(run(text).quotes.map((q) => [q.text, q.type])).toEqual([['the town had changed', 'indirect']]);
  });

  it('speaker.pronoun-recent-organization: "it said" is the organisation named just before', () => {
    const text = 'The Red Cross said it would send aid to the region. "We are ready," it said.';
    const r = run(text);
    expect([...ruleIdsOf(r)]).toContain('speaker.pronoun-recent-organization');
    const q = r.quotes.find((x) => x.speaker?.rule === 'speaker.pronoun-recent-organization');
    expect([q?.text, q?.type, q?.speaker?.text, q?.speaker?.start]).toEqual(['We are ready,', 'direct', 'it', text.lastIndexOf('it')]);
    expect(r.actors.find((x) => x.id === q?.speaker?.actor)?.name).toBe('Red Cross');
  });
});

describe(`${F}: weapons`, () => {
  it('weapon.vehicle: a vehicle driven into people is a weapon', () => {
    const text = 'A man rammed his car into a crowd in Nice on Friday, killing three people.';
    const start = text.indexOf('car');
    expect(extractWeapons(analyseText(text))).toEqual([{ text: 'car', start, end: start + 3, kind: 'vehicle', head: 'car', count: 1, rule: 'weapon.vehicle' }]);
  });
});

describe(`${F}: the main event`, () => {
  it.each<[string, string, string, string, (r: EventRecord) => unknown, unknown]>([
    // [rule, field of event.rules, text, published, fact, expected]
    ['event.date-publication', 'date', 'Gunmen attack checkpoint\n\nDecember 8, 2023\n\nGunmen attacked a checkpoint in Kandahar, police said.', '2023-12-08',
      (r) => r.dates.find((d) => d.id === r.event?.date)?.text, 'December 8, 2023'],
    ['event.injured-shot-body', 'injured', 'Police were called to a bar in Dayton on Friday night. Officers closed the street for hours. Neighbours said they heard loud bangs. The bar had been open for a year. Police said two men were shot outside the bar.', '2023-12-08',
      (r) => [r.event?.killed, r.event?.injured], [null, 2]],
    ['event.location-most-mentioned-city', 'location', 'Gunmen attacked a bus on Friday. Two people were hurt. Police are searching for the men. The bus had left a market. Residents of Dayton said the road is dangerous. Dayton police asked for help.', '2023-12-08',
      (r) => r.places.filter((p) => p.id === r.event?.location).map((p) => [p.name, p.admin1, p.mentions.length]), [['Dayton', 'Ohio', 2]]],
  ])('%s: %j', (rule, field, text, published, fact, expected) => {
    const r = run(text, published);
    expect(r.event?.rules?.[field], `${F}: ${rule}`).toBe(rule);
    expect([...ruleIdsOf(r)]).toContain(rule);
    expect(fact(r)).toEqual(expected);
  });
});

describe(`${F}: every event of the article`, () => {
  it.each<[string, string, string, string, string]>([
    // [rule, text, trigger, status, the status rule]
    ['events.trigger-kidnap', 'Bandits kidnap two nurses in Kaduna\n\nThe nurses were taken from a clinic on Friday, police said.', 'kidnap', 'reported', 'events.reported'],
    ['events.background-past', 'The bombing in Kabul previously killed two people.', 'bombing', 'background', 'events.background-past'],
    ['events.tally-recurring', 'Officials said daily attacks on the road continued in Kandahar.', 'attacks', 'tally', 'events.tally-recurring'],
  ])('%s: %j', (rule, text, trigger, status, statusRule) => {
    const r = run(text);
    expect([...ruleIdsOf(r)], `${F}: ${rule}`).toContain(rule);
    const e = (r.events ?? []).find((x) => x.trigger.text === trigger);
    expect([e?.status, e?.rules?.status]).toEqual([status, statusRule]);
    expect(e!.trigger.start).toBe(text.indexOf(trigger));
  });

  it('events.new-event-cue: "a separate attack" makes a second event in the same sentence and town', () => {
    const cued = 'A bomb exploded at a market in Kabul on Friday, and in a separate attack gunmen shot a guard in Kabul.';
    expect(NEW_EVENT.id).toBe('events.new-event-cue');
    expect(NEW_EVENT.re.exec(cued.slice(cued.indexOf('exploded') + 8, cued.indexOf('attack')))?.[0]).toBe('separate');
    expect((run(cued).events ?? []).map((e) => e.trigger.text)).toEqual(['exploded', 'shot']);
    // without the cue, the two mentions are one event
    expect((run('A bomb exploded at a market in Kabul on Friday, and gunmen shot a guard in Kabul.').events ?? []).map((e) => e.trigger.text)).toEqual(['shot']);
  });

  it.each<[string, string, string]>([
    // [rule, text, the trigger word it keeps from being an event mention]
    ['events.no-event-negated', 'Officials said no attacks were reported in Kandahar on Friday.', 'attacks'],
    ['events.no-event-hypothetical', 'It was unclear whether anyone was wounded in the town.', 'wounded'],
    ['events.no-event-infinitive', 'The rebels threatened to attack the town on Friday.', 'attack'],
    ['events.no-event-sense', 'The prisoner began a hunger strike on Monday.', 'strike'],
    ['events.no-event-sport', 'Lowe shot 67 on Friday to lead the tournament by two.', 'shot'],
  ])('%s: %j (%s)', (rule, text, word) => {
    const at = text.indexOf(word);
    const before = text.slice(Math.max(0, at - 40), at);
    const cue = NO_EVENT_BEFORE.find((c) => c.re.test(before))?.id ?? (SPORT_SHOT.re.test(text.slice(at + word.length, at + word.length + 40)) ? SPORT_SHOT.id : null);
    expect(cue).toBe(rule);
    expect(findMentions(analyseText(text), []).map((m) => m.text)).toEqual([]);
    // no event of the events pass: at most the main event, told by the event stage's own trigger
    expect((run(text).events ?? []).filter((e) => e.rules?.status !== 'events.main')).toEqual([]);
  });

  it.each<[string, string]>([
    // "to" before a gerund or a plural noun is a preposition: the event is told, not intended
    ['A man pleaded guilty to killing his neighbour in Dayton last year.', 'killing'],
    ['The dispute led to clashes between two gangs in Toledo on Friday.', 'clashes'],
    // a word after the trigger is another sense only as a whole word ("ads"), not the start of a name on the next line ("Adam")
    ['Fort Myers club shooting\n\nAdam Fisher gives an update on the victims.', 'shooting'],
  ])('no false no-event cue: %j keeps %s', (text, word) => {
    expect(findMentions(analyseText(text), []).map((m) => [m.text, m.start])).toEqual([[word, text.indexOf(word)]]);
  });

  it('the infinitive cue still holds before a base verb, and "fire ads" is still another sense', () => {
    expect(findMentions(analyseText('The gang vowed to shoot the witness in Toledo.'), []).map((m) => m.text)).toEqual([]);
    expect(findMentions(analyseText('The agency said the fire ads ran on Friday in Toledo.'), []).map((m) => m.text)).toEqual([]);
  });
});
