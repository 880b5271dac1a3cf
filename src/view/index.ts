// `newsx view` and `--format html`: one self-contained HTML page. One record gets the article page
// (spans in their text, event cards); a batch gets the events page (table, timeline, map).
export { articlePage } from './article.js';
export { batchPage } from './batch.js';
export { markup, spansOf, type Span, type SpanKind } from './spans.js';
export { eventsOf, type ViewEvent } from './events.js';
