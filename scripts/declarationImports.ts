/**
 * The source imports `./x.ts` (run unbuilt by Vite, Vitest and tsx); the published `.d.ts` files
 * must say `./x.js`, which TypeScript resolves to `./x.d.ts` in every module mode.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = new URL('../dist', import.meta.url).pathname;
const relativeTsImport = /(from\s+['"]|import\(['"])(\.{1,2}\/[^'"]+?)\.tsx?(['"])/g;

for (const entry of await readdir(dist, { recursive: true })) {
  if (!entry.endsWith('.d.ts')) continue;
  const file = join(dist, entry);
  const text = await readFile(file, 'utf8');
  const rewritten = text.replace(relativeTsImport, '$1$2.js$3');
  if (rewritten !== text) await writeFile(file, rewritten);
}
