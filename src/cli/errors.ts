// Error records: a document that cannot be processed still yields one line, in its place.
import { SCHEMA_ID } from '../record/id.js';
import type { ErrorCode, ErrorRecord } from '../record/schema.js';

export function errorRecord(
  id: string,
  code: ErrorCode,
  message: string,
  extra: { line?: number; path?: string; meta?: Record<string, unknown> } = {},
): ErrorRecord {
  const error: ErrorRecord['error'] = { code, message };
  if (extra.line !== undefined) error.line = extra.line;
  if (extra.path !== undefined) error.path = extra.path;
  const record: ErrorRecord = { schema: SCHEMA_ID, id, error };
  if (extra.meta && Object.keys(extra.meta).length > 0) record.meta = extra.meta;
  return record;
}

/** A usage error: exit 2 with one line and a hint, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly hint = 'run `newsx --help` for usage') {
    super(message);
  }
}
