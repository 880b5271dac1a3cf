// The sweep (src/analyse/sweep.ts) re-implements compromise's internal bulkMatch; it is only right for the
// compromise it was checked against. This test fails loudly when compromise changes, so whoever upgrades it
// re-runs the sweep's equality checks (tests/unit/analyse-pieces.test.ts and the corpus comparison) first.
import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKED_COMPROMISE_VERSION } from '../../src/analyse/sweep.js';

describe('compromise is the version the sweep was checked against', () => {
  it('installed version', () => {
    expect((nlp as unknown as { version: string }).version, 'compromise changed: re-check src/analyse/sweep.ts against its bulkMatch, then update CHECKED_COMPROMISE_VERSION').toBe(CHECKED_COMPROMISE_VERSION);
  });
  it('package.json pins exactly that version (no ^ or ~)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.dependencies.compromise).toBe(CHECKED_COMPROMISE_VERSION);
  });
});
