// The view's span layout (src/view/spans.ts): nested marks, crossing spans cut into pieces, zones, escaping.
import { describe, expect, it } from 'vitest';
import { markup, type Span } from '../../src/view/spans.js';

const span = (key: string, kind: Span['kind'], start: number, end: number, text: string): Span => ({ key, id: key.split('.')[0], kind, start, end, text });
/** The marks of an HTML string as [key, text] pairs, inner text without tags. */
const strip = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));

describe('markup', () => {
  const cases: { name: string; text: string; spans: Span[]; html: string }[] = [
    {
      name: 'one span',
      text: 'in Baghdad today',
      spans: [span('p1.0', 'place', 3, 10, 'Baghdad')],
      html: 'in <mark class="k-place last" data-kind="place" data-id="p1" data-key="p1.0" tabindex="0">Baghdad</mark> today',
    },
    {
      name: 'a place inside a quote nests',
      text: '"Go to Rome" he said',
      spans: [span('q1', 'quote', 1, 11, 'Go to Rome'), span('p1.0', 'place', 7, 11, 'Rome')],
      html: '&#34;<mark class="k-quote last" data-kind="quote" data-id="q1" data-key="q1" tabindex="0">Go to <mark class="k-place last" data-kind="place" data-id="p1" data-key="p1.0" tabindex="0">Rome</mark></mark>&#34; he said',
    },
    {
      name: 'a span that crosses another is cut into pieces with one key',
      text: 'abcdefgh',
      spans: [span('a1.0', 'actor', 0, 5, 'abcde'), span('c1', 'count', 3, 8, 'defgh')],
      html:
        '<mark class="k-actor last" data-kind="actor" data-id="a1" data-key="a1.0" tabindex="0">abc<mark class="k-count" data-kind="count" data-id="c1" data-key="c1" tabindex="0">de</mark></mark>' +
        '<mark class="k-count last" data-kind="count" data-id="c1" data-key="c1" data-piece="1" tabindex="0">fgh</mark>',
    },
    {
      name: 'text is escaped',
      text: 'a <b> & "c"',
      spans: [span('d1', 'date', 2, 5, '<b>')],
      html: 'a <mark class="k-date last" data-kind="date" data-id="d1" data-key="d1" tabindex="0">&#60;b&#62;</mark> &#38; &#34;c&#34;',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const html = markup(c.text, c.spans);
      expect(html).toBe(c.html);
      expect(strip(html)).toBe(c.text);
    });
  }

  it('an excluded zone wraps its line, and body zones add nothing', () => {
    const text = 'Body line.\nPhoto: AP';
    const html = markup(text, [], [
      { kind: 'body', start: 0, end: 10 },
      { kind: 'caption', start: 11, end: 20, rule: 'zone.caption-label' },
    ]);
    expect(html).toBe('Body line.\n<span class="zone z-caption" data-zone="caption" data-rule="zone.caption-label" title="caption: excluded from extraction (zone.caption-label)">Photo: AP</span>');
  });

  it('many overlapping spans keep the text whole and every key', () => {
    const text = 'x'.repeat(200);
    const spans: Span[] = [];
    for (let i = 0; i < 60; i++) spans.push(span(`a${i}.0`, (['actor', 'place', 'count', 'quote', 'date'] as const)[i % 5], (i * 7) % 180, ((i * 7) % 180) + 5 + (i % 13), ''));
    const html = markup(text, spans);
    expect(strip(html)).toBe(text);
    for (const s of spans) expect(html).toContain(`data-key="${s.key}"`);
    expect(html.match(/<mark/g)!.length).toBe(html.match(/<\/mark>/g)!.length);
  });
});
