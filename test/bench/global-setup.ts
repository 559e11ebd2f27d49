import type { TestProject } from 'vitest/node';
import { setupWith } from '../global-setup.js';

/**
 * The test suite's PostgreSQL and migrated template, with PostgreSQL's default settings:
 * the benchmarks measure what a real server does, fsync included.
 */
export default function setup(project: TestProject) {
  return setupWith(project, {});
}
