import { describe, expect, it } from 'vitest';
import { analyseText, seedText } from '../helpers.js';
import { extractDocument } from '../../src/pipeline.js';
import { makeDocument } from '../../src/document.js';

describe('content zones (src/analyse/zones.ts)', () => {
  it('finds the headline, captions, credit lines and boilerplate of the seed', () => {
    const a = analyseText(seedText());
    const kinds = a.zones.map((z) => [z.kind, a.text.slice(z.start, z.end).slice(0, 17)]);
    expect(a.title?.text).toBe('Iran-backed militias strike US embassy in Baghdad, Middle East military bases');
    expect(kinds).toContainEqual(['caption', 'U.S. soldiers car']);
    expect(kinds).toContainEqual(['caption', 'Iran-backed milit']);
    expect(kinds).toContainEqual(['caption', 'US Embassy across']);
    expect(kinds).toContainEqual(['boilerplate', 'Source link']);
    expect(kinds).toContainEqual(['boilerplate', 'You may also like']);
    expect(a.zones.filter((z) => z.kind === 'body')).toHaveLength(14);
  });

  it.each([
    ['A sentence that ends a one-line text.', null],
    // `echo` adds a newline: the blank line after it makes no headline of the one sentence
    ['John Wagner, 34, was shot on Main Street in Dayton on Monday.\n', null],
    ['John Wagner, 34, was shot on Main Street in Dayton on Monday.\n\n\n', null],
    ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nAL-AIN , United Arab Emirates 1996-12-06\nJapan began .', 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .'],
    ['Headline without a full stop\nBody text follows here.', 'Headline without a full stop'],
  ])('title of %j', (text, title) => {
    expect(analyseText(text).title?.text ?? null).toBe(title);
  });

  it.each([
    ['Image 7 of 111 Prosecutors speak after the hearing on Sunday, Aug. 9, 2015, in Houston. Photo: Jon Shapley'],
    ['Gallery: Mourners are seen near flowers at a service for the boy, 2, shot last week.'],
    ['Photo 3 of 12 The house where eight people were killed.'],
  ])('a gallery caption is a caption: %j', (line) => {
    const a = analyseText(`Eight killed in Houston home\n\n${line}\n\nEight people were killed in a home on Saturday, police said.\n`);
    const z = a.zones.find((x) => a.text.slice(x.start, x.end).startsWith(line.slice(0, 12)))!;
    expect(z).toMatchObject({ kind: 'caption', rule: 'zone.gallery-caption' });
    expect(a.zones.filter((x) => x.kind === 'body')).toHaveLength(1);
  });

  it.each([
    ['By Maria Lopez | Staff Writer', true],
    ['By JUAN A. LOZANO', true],
    ['By Ann Hart and Bo Lee, Associated Press', true],
    ['By Monday, police had arrested two men.', false],
    ['By Thursday afternoon the fire had spread.', false],
  ])('a byline is no content, and its writer fills no role: %j', (line, byline) => {
    const text = `Man charged in Greenville shooting\n\n${line}\n\nTavon Riley, 27, was arrested on Monday and charged with murder.\n`;
    const a = analyseText(text);
    const z = a.zones.find((x) => a.text.slice(x.start, x.end).startsWith(line.slice(0, 8)))!;
    expect(z.rule === 'zone.byline').toBe(byline);
    if (byline) {
      expect(z.kind).toBe('boilerplate');
      const r = extractDocument(makeDocument(text, { id: 't', published: '2023-10-12' }));
      expect(r.event?.perpetrators.map((id) => r.actors.find((x) => x.id === id)?.name)).toEqual(['Tavon Riley']);
    }
  });

  it('keeps sentences that merely mention Reuters', () => {
    const a = analyseText('Title here\n\nThe minister told Reuters on Friday that talks would go on.\n');
    expect(a.zones.filter((z) => z.kind === 'caption')).toHaveLength(0);
  });

  it('reads a dateline and its date', () => {
    const a = analyseText('SOCCER - JAPAN WIN .\nAL-AIN , United Arab Emirates 1996-12-06\nJapan began .', null);
    expect(a.dateline.published?.value).toBe('1996-12-06');
    expect(a.reference).toBe('1996-12-06');
    expect(a.referenceSource).toBe('text');
    expect(a.dateline.place?.text).toBe('AL-AIN , United Arab Emirates');
  });

  it.each([
    ['Heavy rain flooded streets on Monday, officials said. (© 2016 KHOU)', '(© 2016 KHOU)', 'Heavy rain flooded streets on Monday, officials said.'],
    ['(© 2016 KHOU)', '(© 2016 KHOU)', null],
    ['The fire was put out by noon. (Copyright 2019 The Associated Press. All rights reserved.)', '(Copyright 2019 The Associated Press. All rights reserved.)', 'The fire was put out by noon.'],
    ['Crews worked through the night. © 2016 KHOU. All rights reserved.', '© 2016 KHOU. All rights reserved.', 'Crews worked through the night.'],
    ['Crews worked (c) 2016 WXYZ', '(c) 2016 WXYZ', 'Crews worked'],
  ])('a copyright credit inside a line is boilerplate, the rest content: %j', (line, credit, content) => {
    const a = analyseText(`Storm floods streets\n\n${line}\n\nMore rain is expected on Tuesday.\n`);
    const credits = a.zones.filter((z) => z.rule === 'zone.inline-credit').map((z) => a.text.slice(z.start, z.end));
    expect(credits).toEqual([credit]);
    const start = a.text.indexOf(credit);
    expect(a.isContent(start, start + credit.length)).toBe(false);
    if (content) {
      const at = a.text.indexOf(content);
      expect(a.isContent(at, at + content.length)).toBe(true);
    }
  });

  it('a credit line gives no date and no actor, and a body that names the station keeps it', () => {
    const text = 'Storm floods Houston streets\n\nHeavy rain flooded streets in Houston on Monday, officials said.\n(© 2016 KHOU)\n\nMore rain is expected on Tuesday. (© 2016 KHOU)\n';
    const r = extractDocument(makeDocument(text, { id: 'k', published: '2016-06-01' }));
    expect(r.dates.map((d) => d.text)).toEqual(['Monday', 'Tuesday']);
    expect(r.actors).toEqual([]);
    const r2 = extractDocument(makeDocument('Fire in Houston\n\nPolice told KHOU the fire started at noon.\n(© 2016 KHOU)\n', { id: 'k2', published: '2016-06-01' }));
    expect(r2.actors.map((x) => x.mentions.map((m) => m.text))).toEqual([['KHOU']]);
  });
});
