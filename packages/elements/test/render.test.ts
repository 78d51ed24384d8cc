import { afterEach, describe, expect, it } from 'vitest';
import { type FormSource, getFormSource, setFormSource, summaryFor } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('every form renders from its eligible example', () => {
  for (const [category, data] of Object.entries(ELIGIBLE)) {
    it(category, async () => {
      const el = await mount({ category }, { value: data });
      const shadow = root(el);
      expect(shadow.querySelector('.load-error')).toBeNull();
      expect(el.verdict?.ok, JSON.stringify(el.verdict?.errors)).toBe(true);
      expect(el.value).toEqual(data);
      // Every control has a visible label (or is in a fieldset with a legend).
      for (const c of shadow.querySelectorAll<HTMLInputElement>('input:not([type=radio]):not([type=checkbox]), select, textarea')) {
        expect(shadow.querySelector(`label[for="${c.id}"]`)?.textContent?.trim(), c.id).toBeTruthy();
      }
      expect(shadow.querySelectorAll('fieldset > legend').length).toBeGreaterThan(3);
      expect(shadow.querySelector('h1')?.textContent).toMatch(/^附件[1-7] \S+表$/);
    });
  }

  it('summaryFor asks the source for the summary form of the same year and call series', async () => {
    const source = getFormSource();
    const asked: Parameters<FormSource['load']>[] = [];
    setFormSource({
      load: (...args) => {
        asked.push(args);
        return source.load(...args);
      },
    });
    try {
      const form = (await source.load('key-rd', 2022)).getForm('key-rd', 2022);
      const value = await summaryFor(form, ELIGIBLE['key-rd'], 'dalian');
      expect(asked).toEqual([['summary', 2022, 'dalian']]);
      expect(value).toMatchObject({ classification: { category: 'summary' }, linked: { category: 'key-rd' } });
    } finally {
      setFormSource(source);
    }
  });

  it('names the way on to the summary form by that form’s own title and attachment', async () => {
    const buttons = (el: Element) => [...root(el as never).querySelectorAll('.actions button')].map((b) => b.textContent?.trim());
    expect(buttons(await mount({ category: 'key-rd' }))).toEqual(['提交', '填写指南凝练信息表（附件7）']);
    document.body.replaceChildren();
    expect(buttons(await mount({ category: 'summary' })), 'the summary form offers no way on to itself').toEqual(['提交']);
    document.body.replaceChildren();
    expect(buttons(await mount({ category: 'key-rd', lang: 'en' }))).toEqual(['Submit', 'Fill in the guide summary (Attachment 7)']);
    document.body.replaceChildren();
    // Another call's summary form: the label comes from the year's categories, not the element.
    const engine = await getFormSource().load('key-rd');
    const list = engine.listCategories.bind(engine);
    engine.listCategories = (year?: number) =>
      list(year).map((c) => (c.category === 'summary' ? { ...c, title: '项目凝练表', attachment: '附件9' } : c));
    try {
      expect(buttons(await mount({ category: 'key-rd' }))).toEqual(['提交', '填写项目凝练表（附件9）']);
    } finally {
      Reflect.deleteProperty(engine, 'listCategories');
    }
  });

  it('renders the summary button and fires guide-form-summary with 附件7 data', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const fired = new Promise<Record<string, unknown>>((resolve) => {
      el.addEventListener('guide-form-summary', (e) => resolve(e.detail.value as Record<string, unknown>));
    });
    const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.includes('附件7')) as HTMLButtonElement;
    button.click();
    // What 附件7 takes over from the 征集表, written out here rather than computed by the code under test.
    const typed = ELIGIBLE['key-rd'] as {
      unit: unknown;
      classification: { domain: string; keywords: unknown };
      content: { title: string };
      indicators: { binding: unknown };
    };
    const sent = (await fired) as Record<string, Record<string, unknown>>;
    expect(sent.classification).toMatchObject({
      category: 'summary',
      domain: typed.classification.domain,
      keywords: typed.classification.keywords,
    });
    expect(sent.linked).toEqual({ category: 'key-rd', suggestionTitle: typed.content.title });
    expect(sent.unit).toEqual(typed.unit);
    expect(sent.indicators).toEqual({ binding: typed.indicators.binding });
    expect(sent.content, 'the 凝练表 has no content section of its own to copy into').toBeUndefined();
    const engine = await getFormSource().load('summary');
    const summary = engine.evaluate('summary', sent, { now: '2021-11-01T10:00:00+08:00' });
    // Copied fields are valid; only what the applicant still has to write is missing.
    for (const e of summary.errors) expect(e.pointer).toMatch(/^\/(project|declarations)/);
  });

  it('formatted fields are one line whatever their length limit: 邮箱 (254 characters) is an e-mail input', async () => {
    const el = await mount({ category: 'key-rd' });
    const email = root(el).querySelector('[data-pointer="/unit/email"]');
    expect(email?.tagName).toBe('INPUT');
    expect(email?.getAttribute('type')).toBe('email');
    // A long free text stays a text area.
    expect(root(el).querySelector('[data-pointer="/unit/address"]')?.tagName).toBe('TEXTAREA');
  });

  it('the summary form has no summary button', async () => {
    const el = await mount({ category: 'summary' });
    expect([...root(el).querySelectorAll('button')].some((b) => b.textContent?.includes('附件7'))).toBe(false);
  });
});
