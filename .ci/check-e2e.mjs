// Under CI the real-browser tests must have run and passed, not been skipped.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const e2e = report.testResults.filter((f) => f.name.includes('/test/e2e/'));
const tests = e2e.flatMap((f) => f.assertionResults);
const passed = tests.filter((t) => t.status === 'passed').length;
const notRun = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed').length;
console.log(`ci: e2e ${passed} passed, ${notRun} not run, in ${e2e.length} files`);
if (passed === 0 || notRun > 0) {
  console.error('ci: the end-to-end tests did not all run');
  process.exit(1);
}
