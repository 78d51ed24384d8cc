import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { BROWSER_DEPS } from '../scripts/browser-deps.mjs';

/**
 * Storybook for `<guide-form>`: every form of `forms/` and `calls/<series>/forms/`, every state, each story run as a
 * test in Chromium (addon-vitest) with axe (addon-a11y). Works offline: no telemetry,
 * no fonts or assets from the network.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../packages/elements/stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(vite) {
    return mergeConfig(vite, {
      // Workspace packages point `source` at their TypeScript, so no build is needed first.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // One Lit for the renderer and the element: pre-bundled apart, the two would differ. Every
      // module a story reaches is listed: one found mid-run makes Vite re-bundle and reload the
      // page, and the story file being imported then fails ("Vitest failed to find the current suite").
      optimizeDeps: { include: BROWSER_DEPS },
      // The dev source globs `/forms` and `/rules` from the repository root.
      server: { fs: { allow: ['..'] } },
    });
  },
};

export default config;
