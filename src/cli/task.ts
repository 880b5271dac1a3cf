// What flows from the readers to the workers: a document to extract, or an error record already made.
import type { Document } from '../document.js';
import type { ErrorRecord } from '../record/schema.js';

export type Task = { kind: 'doc'; doc: Document } | { kind: 'error'; record: ErrorRecord };

export interface ReadStats {
  /** Files skipped by a folder walk because of their extension. */
  skipped: number;
  /** Blank (white-space only) JSONL lines: skipped, as jq does, and counted in the summary. */
  blank: number;
  /** Paths given on the command line that do not exist (each became a not_found error record). */
  missing: number;
}
