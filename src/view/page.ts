// The page shell shared by the article and batch views: one self-contained HTML document
// (inline CSS and script, no external resource), and the legend of span kinds.
import { escapeHtml, SPAN_KINDS, type SpanKind } from './spans.js';

/** Each kind has a colour AND an underline style AND a text label, so colour is never the only cue. */
export const KIND_LABEL: Record<SpanKind, string> = {
  date: 'date',
  place: 'place',
  actor: 'actor',
  count: 'count',
  quote: 'quote',
  trigger: 'event trigger',
  weapon: 'weapon',
};

const CSS = `
:root{--date:#0b6e4f;--place:#1f5fbf;--actor:#a3369b;--count:#b35900;--quote:#5b5b5b;--trigger:#c0162b;--weapon:#6a4c93;color-scheme:light}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fff}
header,main{max-width:78rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.4rem;margin:1rem 0 .25rem}h2{font-size:1.1rem;margin:1.25rem 0 .5rem}h3{font-size:1rem;margin:0 0 .4rem}
.meta{color:#555;margin:0 0 .5rem;font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:1.5rem;align-items:start}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
article.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
mark,.legend span{background:none;color:inherit;cursor:pointer;text-decoration-thickness:2px;text-underline-offset:3px;padding:0 1px;border-radius:2px}
mark:focus-visible,mark.on{outline:2px solid #000;outline-offset:1px}
mark.last::after{content:attr(data-kind);font-size:.62em;font-weight:600;text-transform:uppercase;letter-spacing:.03em;vertical-align:super;margin-left:2px;padding:0 2px;border-radius:2px;color:#fff}
.k-date{text-decoration:underline solid var(--date);background:#e3f4ec}.k-date.last::after{background:var(--date)}
.k-place{text-decoration:underline double var(--place);text-decoration-thickness:1px;background:#e5eefb}.k-place.last::after{background:var(--place)}
.k-actor{text-decoration:underline dashed var(--actor);background:#f7e6f5}.k-actor.last::after{background:var(--actor)}
.k-count{text-decoration:underline dotted var(--count);text-decoration-thickness:3px;background:#fcecdc}.k-count.last::after{background:var(--count)}
.k-quote{text-decoration:none;background:#f1f1f1;border-left:3px solid var(--quote);font-style:italic}.k-quote.last::after{background:var(--quote)}
.k-trigger{text-decoration:underline wavy var(--trigger);font-weight:700}.k-trigger.last::after{background:var(--trigger);content:"trigger"}
.k-weapon{text-decoration:overline solid var(--weapon);box-shadow:inset 0 -2px 0 var(--weapon)}.k-weapon.last::after{background:var(--weapon)}
.zone.z-title{font-weight:700;font-size:1.15em}
.zone.z-caption,.zone.z-boilerplate{color:#767676;background:repeating-linear-gradient(135deg,#fafafa 0 6px,#f0f0f0 6px 12px);text-decoration:line-through #aaa}
.zone.z-caption::before,.zone.z-boilerplate::before{content:"excluded: " attr(data-zone) " ";font-size:.7em;text-transform:uppercase;font-style:normal;color:#555;text-decoration:none;display:inline-block}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:.5rem .75rem;margin:.5rem 0 1rem;border:1px solid #ddd;border-radius:4px;font-size:.9rem}
.legend li{white-space:nowrap}
aside .card,aside .detail{border:1px solid #ccc;border-radius:6px;padding:.75rem;margin-bottom:1rem;background:#fcfcfc}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .6rem;margin:0;font-size:.92rem}
.card dt{font-weight:600;color:#333}.card dd{margin:0}
.rule,code{font:.8rem ui-monospace,SFMono-Regular,Menlo,monospace;color:#555}
.status{font-size:.75rem;text-transform:uppercase;border:1px solid #888;border-radius:3px;padding:0 .3rem;margin-left:.3rem}
.detail dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:0;font-size:.9rem}.detail dt{font-weight:600}.detail dd{margin:0;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{border-bottom:1px solid #e2e2e2;padding:.25rem .4rem;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{max-height:36rem;overflow:auto;border:1px solid #ddd}
svg{display:block;width:100%;height:auto}
.map .land{fill:#e6e6e6;stroke:#fff;stroke-width:.15}.map .dot{fill:#c0162b;fill-opacity:.55;stroke:#600;stroke-width:.15}
.timeline .bar{fill:#1f5fbf}.timeline text{font:3px system-ui,sans-serif;fill:#333}.timeline .axis{stroke:#555;stroke-width:.2}
.error{color:#8a1020}
`;

/** The legend of span kinds: each sample drawn the way the text draws it. */
export function legend(kinds: readonly SpanKind[] = SPAN_KINDS, zones = true): string {
  const items = kinds.map((k) => `<li><span class="k-${k}">${escapeHtml(KIND_LABEL[k])}</span></li>`);
  if (zones) items.push('<li><span class="zone z-caption" data-zone="caption">caption, boilerplate</span></li>');
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

export function page(title: string, body: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="newsx view">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the block. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
