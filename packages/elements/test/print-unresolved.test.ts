import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root, type } from './setup.js';

// Issue: printed with a schema error, the paper said “未发现不符合通知要求的情形” and hid the error.

const media = (value: 'print' | '') => cdp().send('Emulation.setEmulatedMedia', { media: value });

afterEach(async () => {
  await media('');
  document.body.replaceChildren();
});

/** The panel's text as it shows in the current medium (hidden parts left out). */
// biome-ignore lint/performance/useDomNodeTextContent: what the medium renders is the point (print hides parts)
const shownText = (el: GuideForm): string => (root(el).querySelector('.panel') as HTMLElement).innerText;

describe('the eligibility panel on paper', () => {
  it('says the form still has mistakes instead of “nothing conflicts”', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/unit/creditCode', '123');
    await media('print');
    const text = shownText(el);
    expect(text).toContain('本表还有 1 处填写错误未改正');
    expect(text).not.toContain('未发现不符合通知要求的情形');
  });

  it('a clean form prints “nothing conflicts” and no mistake line', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await media('print');
    const text = shownText(el);
    expect(text).toContain('未发现不符合通知要求的情形');
    expect(text).not.toContain('填写错误');
  });

  it('on screen the panel is unchanged: the mistake shows at its field', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/unit/creditCode', '123');
    expect(shownText(el)).not.toContain('填写错误');
  });
});
