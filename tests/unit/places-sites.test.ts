// A name ending in a building's noun right after a locative is the site, a place, not the body that runs it
// (actor.no-site-after-locative, places/lexicon/site-nouns.json); elsewhere the name stays an organisation.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';
import type { EventRecord } from '../../src/record/schema.js';
import { facts, firstRule } from '../../src/extract/actors/classify.js';
import { buildContext } from '../../src/extract/actors/context.js';
import { analyseText } from '../helpers.js';
import { createResources } from '../../src/resources.js';

const resources = createResources();
const F = 'places-sites.test.ts';
const run = (text: string): EventRecord => extractDocument(makeDocument(text, { id: 't', published: '2024-03-02' }), { explain: true });
const placeMentions = (r: EventRecord): [string, number, string | undefined][] =>
  r.places.flatMap((p) => p.mentions.map((m) => [m.text, m.start, (m as { rule?: string }).rule] as [string, number, string | undefined]));

describe(`${F}: sites after a locative`, () => {
  it.each<[string, string, number]>([
    ['The semi-final was played at the Kingsley Tennis Centre on Sunday.', 'Kingsley Tennis Centre', 33],
    ['The minister is recovering in Ashworth General Hospital , aides said.', 'Ashworth General Hospital', 30],
    ['Delegates met at the Marlowe Grand Hotel on Monday.', 'Marlowe Grand Hotel', 21],
  ])('%j: the site is a place', (text, name, start) => {
    const ctx = buildContext(analyseText(text), resources);
    const c = ctx.chunks.find((x) => x.text === name);
    expect(c, JSON.stringify(ctx.chunks.map((x) => x.text))).toBeDefined();
    const { rule, outcome } = firstRule(facts(ctx, c!, false));
    expect(rule?.id).toBe('actor.no-site-after-locative');
    expect(outcome).toBe('place');
    const r = run(text);
    expect(r.actors.some((a) => a.mentions.some((m) => m.text === name))).toBe(false);
    expect(placeMentions(r)).toContainEqual([name, start, 'place.facility-pattern']);
  });

  it('without a locative the name stays the organisation ("The Kingsley Tennis Centre said")', () => {
    const r = run('The Kingsley Tennis Centre said on Sunday that tickets were sold out.');
    expect(r.actors.some((a) => a.kind === 'organization' && a.mentions.some((m) => m.text === 'Kingsley Tennis Centre'))).toBe(true);
    expect(placeMentions(r).some(([t]) => t === 'Kingsley Tennis Centre')).toBe(false);
  });
});
