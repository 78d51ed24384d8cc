import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { BROWSER_DEPS } from './scripts/browser-deps.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/** Chromium from Debian: Playwright cannot download its own browser here. */
const chromium = () => playwright({ launchOptions: chromiumLaunchOptions() });

const resolve = { conditions: ['source'] };

/** Node projects put their temporary folders under one per run, removed at its end. */
const TMP = ['scripts/test-tmp.mjs'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: { name: 'core', environment: 'node', globalSetup: TMP, include: ['packages/core/test/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // The paper model and its DOCX/HTML writers, on their own (no CLI, no DOM).
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'export',
          environment: 'node',
          globalSetup: TMP,
          include: ['packages/export/test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: { name: 'cli', environment: 'node', globalSetup: TMP, include: ['packages/cli/test/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        resolve,
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'elements',
          include: ['packages/elements/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'packages/elements/test/e2e/**'],
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
        },
      },
      {
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: TMP,
          include: ['packages/elements/test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Quick: checks the bench's converters and validators once; measuring is `npm run bench`, never a test.
        resolve,
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
        test: { name: 'bench', environment: 'node', globalSetup: TMP, include: ['packages/bench/test/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // Every story of .storybook/main.ts as a test: render, `play`, then axe (a11y `test: 'error'`).
        // Its own provider object: sharing one with `elements` fails with "Cannot define a nested project".
        plugins: [storybookTest({ configDir: '.storybook' })],
        resolve,
        optimizeDeps: { include: BROWSER_DEPS },
        test: {
          name: 'storybook',
          browser: { enabled: true, headless: true, provider: chromium(), instances: [{ browser: 'chromium' }] },
          testTimeout: 30_000,
        },
      },
    ],
  },
});
