/**
 * `npm run screenshots`: runs the demo journey (test/e2e/demo.test.ts), which saves a screenshot
 * of every step into `.screenshots/` (ignored), and copies the ones the README shows into
 * docs/screenshots/. Run it after a visible change and commit the result.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shown = [
  '02-confirm-with-dev-inbox',
  '05-email-pending',
  '07-settings-dark',
  '08-settings-os-dark-light-theme',
  '10-settings-rtl',
  '11-settings-320px',
];

const run = spawnSync(resolve(root, 'node_modules/.bin/vitest'), ['run', 'test/e2e/demo.test.ts'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('npm run screenshots: the demo journey failed, so no screenshot was copied.');
  process.exit(run.status ?? 1);
}
const target = resolve(root, 'docs/screenshots');
await mkdir(target, { recursive: true });
for (const name of shown) await copyFile(join(root, '.screenshots', `${name}.png`), join(target, `${name}.png`));
console.log(`Copied ${shown.length} screenshots into docs/screenshots/.`);
