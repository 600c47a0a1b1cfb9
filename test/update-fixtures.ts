/** npm run fixtures:update [name...]: rewrite expected.json and expected.md from the current pipeline. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, fixtureNames, runFixture } from './fixtures.js';

const only = process.argv.slice(2);
for (const name of fixtureNames()) {
  if (only.length && !only.includes(name)) continue;
  const out = await runFixture(name);
  writeFileSync(join(FIXTURES_DIR, name, 'expected.json'), `${JSON.stringify(out.json, null, 2)}\n`);
  writeFileSync(join(FIXTURES_DIR, name, 'expected.md'), out.markdown);
  console.log(`updated ${name}`);
}
