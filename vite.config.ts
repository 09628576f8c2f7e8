/// <reference types="vitest/config" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The stylesheet is opt-in (`import 'cognito-verify-kit/styles.css'`), so it is emitted
// beside the bundle instead of being imported by the entry.
function emitStylesheet(): Plugin {
  return {
    name: 'cvk-emit-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(new URL('./src/styles.css', import.meta.url), 'utf8'),
      });
    },
  };
}

// One entry per subpath export; locales are whatever `src/locales/*.ts` exist.
const localesDir = new URL('./src/locales/', import.meta.url);
const locales = existsSync(localesDir) ? readdirSync(localesDir).filter((file) => /^[^.]+\.ts$/.test(file)) : [];
const entries = {
  index: 'src/index.ts',
  sdk: 'src/sdk.ts',
  testing: 'src/testing.ts',
  ...Object.fromEntries(locales.map((file) => [`locales/${file.slice(0, -3)}`, `src/locales/${file}`])),
};

const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@aws-sdk\//,
  /^react-hook-form/,
  /^@hookform\/resolvers/,
  /^zod/,
  /^input-otp/,
];

export default defineConfig({
  plugins: [react(), emitStylesheet()],
  build: {
    lib: { entry: entries, formats: ['es'] },
    // One output file per source module: apps' bundlers can then drop what they don't use.
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
  },
  test: {
    globals: true,
    // Node 20 is this project's runtime; the SDK's notice about its 2027 releases needing 22 is known.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/integration/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.{ts,tsx}'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
