import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json' with { type: 'json' };
import { devSource } from '../packages/elements/src/dev-source.js';
import { setFormSource } from '../packages/elements/src/index.js';
import { assertNoLoadError } from '../packages/elements/stories/support/checks.js';

// Runtime ajv over the repository's forms/ and rules/: stories need no build step.
setFormSource(devSource());
setCustomElementsManifest(manifest);

// The forms are Chinese: a local CJK font (no web font — Storybook must work offline).
const font = document.createElement('style');
font.textContent = `body { font-family: system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; }`;
document.head.append(font);
if (!document.documentElement.lang) document.documentElement.lang = 'zh-CN';

const preview: Preview = {
  parameters: {
    // An axe violation fails the story's test, in the Storybook UI and in `vitest --project storybook`.
    // `resultTypes: ['violations']` still finds every violation but details one node per pass
    // and incomplete check, which halves axe's time on a 100-field form (~250 stories run it).
    a11y: { test: 'error', options: { resultTypes: ['violations'] } },
    controls: { expanded: true, matchers: { date: /^now$/ } },
    layout: 'padded',
  },
  // A story whose <guide-form> shows the load-error panel fails, unless it says it expects one.
  afterEach: assertNoLoadError,
};

export default preview;
