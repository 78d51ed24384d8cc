import { describe, expect, it } from 'vitest';
import { ELIGIBLE, mount, root } from './setup.js';

describe('smoke', () => {
  it('renders key-rd', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    expect(root(el).querySelector('.load-error')).toBeNull();
    expect(el.verdict?.ok).toBe(true);
  });
});
