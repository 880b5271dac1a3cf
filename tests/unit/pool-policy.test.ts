// The pool's size policy (src/cli/pool.ts): workers grow with the documents submitted, up to --jobs,
// and the default --jobs is the CPU count capped by free memory.
import { describe, expect, it } from 'vitest';
import { defaultJobs, DOCS_PER_WORKER, WORKER_MIB, workersFor } from '../../src/cli/pool.js';

const MiB = 1024 * 1024;

describe('workersFor', () => {
  it.each([
    // [submitted, size, workers]
    [0, 4, 0],
    [1, 4, 1],
    [DOCS_PER_WORKER, 4, 1],
    [DOCS_PER_WORKER + 1, 4, 2],
    [2 * DOCS_PER_WORKER + 1, 4, 3],
    [100 * DOCS_PER_WORKER, 4, 4],
    [100 * DOCS_PER_WORKER, 1, 1],
  ])('%i documents, --jobs %i: %i workers', (submitted, size, workers) => {
    expect(workersFor(submitted, size)).toBe(workers);
  });
});

describe('defaultJobs', () => {
  it.each([
    // [cpus, free MiB, jobs]
    [2, 24000, 2],
    [16, 24000, 16],
    [16, 5 * WORKER_MIB + 1, 5],
    [16, WORKER_MIB - 1, 1],
    [1, 0, 1],
  ])('%i CPUs, %i MiB free: --jobs %i', (cpus, free, jobs) => {
    expect(defaultJobs(cpus, free * MiB)).toBe(jobs);
  });
});
