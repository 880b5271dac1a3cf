// The fixture runs whose whole output is kept in fixtures/expected/ (scripts/update-expected.mjs writes
// them, tests/e2e/expected.test.ts compares).
export const EXPECTED = [
  { name: 'seed-baghdad-embassy', args: ['fixtures/seed-baghdad-embassy.txt', '--published', '2023-12-08', '--format', 'jsonl', '--explain'], status: 0 },
  { name: 'batch', args: ['fixtures/batch', '--published', '2023-12-08', '--format', 'jsonl', '--explain', '--jobs', '1', '--quiet'], status: 1 }, // notes.csv is no article: an error record, exit 1
];
