import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

/** How many files the summary lists (SLOWEST_FILES=0 lists none). */
const COUNT = Number(process.env.SLOWEST_FILES ?? 10);

/**
 * After vitest's own summary, the slowest test files of the run, so that the next slow
 * file is seen the day it lands. A file's time is what its worker spent on it: setting up,
 * importing the file and what it imports, then its tests and hooks.
 */
export default class SlowestFilesReporter implements Reporter {
  private vitest?: Vitest;

  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    if (!this.vitest || COUNT <= 0 || testModules.length === 0) return;
    const root = this.vitest.config.root;
    const rows = testModules
      .map((module) => {
        const d = module.diagnostic();
        const setup = d.prepareDuration + d.environmentSetupDuration + d.setupDuration;
        return {
          file: path.relative(root, module.moduleId),
          project: module.project.name,
          total: setup + d.collectDuration + d.duration,
          imports: setup + d.collectDuration,
          tests: d.duration,
        };
      })
      .sort((a, b) => b.total - a.total)
      .slice(0, COUNT);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const width = Math.max(...rows.map((row) => row.file.length));
    const lines = rows.map(
      (row, i) =>
        `${String(i + 1).padStart(3)}. ${row.file.padEnd(width)} ${seconds(row.total)}  (import ${seconds(row.imports).trim()}, tests ${seconds(row.tests).trim()}) [${row.project}]`,
    );
    this.vitest.logger.log(`\n Slowest ${rows.length} test files:\n${lines.join('\n')}\n`);
  }
}
