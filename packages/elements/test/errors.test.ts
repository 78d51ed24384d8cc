import { buildCatalog, type Catalog } from '@guide-forms/core/tooling';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogSource } from '../src/dev-source.js';
import { NO_CATEGORY_GRACE_MS } from '../src/guide-form/form-controller.js';
import { type FormSource, getFormSource, setFormSource } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

/** The source the setup registered (pinned to the tested year), put back after each test. */
const pinned = getFormSource();
afterEach(() => {
  document.body.replaceChildren();
  setFormSource(pinned);
});

describe('bad input never blanks the form', () => {
  it('an unknown category renders an error panel naming it', async () => {
    const el = await mount({ category: 'no-such-form' });
    const panel = root(el).querySelector('[role=alert]') as HTMLElement;
    expect(panel.textContent).toContain('no-such-form');
    expect(panel.textContent).toContain('unknown-category');
  });

  it('no category says so after a moment instead of loading for ever; a category set later loads the form', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({});
    // A host may name the form a moment later: nothing is wrong yet.
    expect(root(el).querySelector('.load-error')).toBeNull();
    await vi.waitFor(() => expect(root(el).querySelector('.load-error')).not.toBeNull(), { timeout: 5000 });
    const panel = root(el).querySelector('[role=alert]') as HTMLElement;
    expect(panel.textContent).toContain('category');
    expect(panel.textContent).toContain('no-category');
    expect(root(el).textContent).not.toContain('正在加载');
    expect(warn.mock.calls.flat().join(' ')).toContain('GF_NO_CATEGORY');
    warn.mockRestore();
    el.category = 'key-rd';
    await el.updateComplete;
    await vi.waitFor(() => expect(root(el).querySelector('.load-error')).toBeNull());
    await vi.waitFor(() => expect(el.verdict?.category).toBe('key-rd'));
  });

  it('a category named soon after the element is created never shows the panel', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({});
    await new Promise((r) => setTimeout(r, 100));
    el.category = 'key-rd';
    await vi.waitFor(() => expect(el.verdict?.category).toBe('key-rd'));
    await new Promise((r) => setTimeout(r, NO_CATEGORY_GRACE_MS + 200));
    expect(root(el).querySelector('.load-error')).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).not.toContain('GF_NO_CATEGORY');
    warn.mockRestore();
  });

  it('an unknown year renders an error panel; a known one and a Date `now` work', async () => {
    const bad = await mount({ category: 'key-rd', year: '1999' });
    expect(root(bad).querySelector('[role=alert]')?.textContent).toContain('unknown-year');
    const good = await mount(
      { category: 'key-rd', year: '2022' },
      { value: ELIGIBLE['key-rd'], now: new Date('2021-10-20T00:00:00+08:00') },
    );
    expect(good.verdict?.year).toBe(2022);
    expect(good.verdict?.ok).toBe(true);
  });

  it('a broken rule file renders an error panel naming the file and pointer', async () => {
    const forms = import.meta.glob('/forms/*/schema.json', { eager: true, import: 'default' });
    const rules = structuredClone(import.meta.glob('/rules/*/*.json', { eager: true, import: 'default' })) as Record<string, unknown>;
    const keyRd = rules['/rules/2022/key-rd.rules.json'] as { rules: { logic: unknown }[] };
    (keyRd.rules[0] as { logic: unknown }).logic = { no_such_operator: [1] };
    const catalog: Catalog = buildCatalog([...Object.entries(forms), ...Object.entries(rules)]);
    setFormSource(catalogSource(catalog));
    const el = await mount({ category: 'key-rd' });
    const panel = root(el).querySelector('[role=alert]') as HTMLElement;
    expect(panel.textContent).toContain('rules/2022/key-rd.rules.json');
    expect(panel.textContent).toContain('/rules/0/logic');
    expect(root(el).querySelector('input')).toBeNull();
  });

  it('a value that is not an object is ignored with a warning code', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    (el as unknown as { value: unknown }).value = 'oops';
    (el as unknown as { value: unknown }).value = [1];
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('GF_VALUE_NOT_OBJECT');
    expect(el.value).toEqual(ELIGIBLE['key-rd']);
    warn.mockRestore();
  });

  it('no source registered: getFormSource says what to do', () => {
    setFormSource(null as unknown as FormSource);
    expect(() => getFormSource()).toThrow(/setFormSource/);
  });
});
