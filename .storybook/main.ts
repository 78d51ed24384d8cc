import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

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
      // One Lit for the renderer and the element: pre-bundled apart, the two would differ.
      optimizeDeps: { include: ['lit', 'lit/directives/live.js', 'lit/directive-helpers.js'] },
      // The dev source globs `/forms` and `/rules` from the repository root.
      server: { fs: { allow: ['..'] } },
    });
  },
};

export default config;
