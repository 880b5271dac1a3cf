// `rule` ids ride on every item through the pipeline; without --explain they are removed here.
import type { EventRecord } from './schema.js';

function strip<T>(value: T): T {
  if (Array.isArray(value)) return value.map(strip) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'rule' || k === 'rules') continue;
      out[k] = strip(v);
    }
    return out as T;
  }
  return value;
}

export function stripRules(record: EventRecord): EventRecord {
  const { meta, ...rest } = record;
  return { ...strip(rest), meta };
}
