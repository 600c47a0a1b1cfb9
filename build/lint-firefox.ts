/**
 * Mozilla's add-on linter over the Firefox build (offline). Fails on any error
 * or warning: a reviewer at addons.mozilla.org reads the warnings too. The
 * bundled Readability and DOMPurify pass because patches/ (applied by
 * patch-package on install) take out their innerHTML assignments.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface LintMessage { code: string; message: string; file?: string }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[] }

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webExt = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
let raw: string;
try {
  raw = execFileSync(process.execPath, [webExt, 'lint', '--source-dir', join(ROOT, 'dist/firefox'), '--output=json'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch (err) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  raw = (err as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(raw) as LintReport;
const { errors, warnings, notices } = report.summary;
for (const m of [...report.errors, ...report.warnings]) console.log(`  ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(`web-ext lint dist/firefox: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors + warnings > 0 ? 1 : 0;
