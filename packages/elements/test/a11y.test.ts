import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

async function violations(el: GuideForm): Promise<string[]> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('axe-core finds no violations', () => {
  for (const [category, data] of Object.entries(ELIGIBLE)) {
    it(`${category}, empty after a submit attempt and filled`, async () => {
      const empty = await mount({ category });
      (root(empty).querySelector('button.primary') as HTMLButtonElement).click();
      await empty.updateComplete;
      expect(await violations(empty)).toEqual([]);
      empty.remove();
      const filled = await mount({ category, lang: 'en' }, { value: data });
      expect(await violations(filled)).toEqual([]);
    });
  }

  it('the error panel', async () => {
    const el = await mount({ category: 'no-such-form' });
    expect(await violations(el)).toEqual([]);
  });
});
