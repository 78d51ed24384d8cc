/**
 * The filled form on paper, from the element: the print stylesheet (no box over another at a
 * page break, months in Chinese, no widget chrome) and “下载Word版” (the DOCX code — an ESM chunk,
 * or the IIFE's companion script — loads only when asked for; the file holds the attachment) —
 * for the built bundles under the strict CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root, useSiteAndBrowser } from './server.js';

const site = useSiteAndBrowser();

const example = () => JSON.parse(readFileSync(join(root, 'forms/key-rd/examples/eligible.json'), 'utf8'));

async function open(bundle: 'esm' | 'iife', value: unknown) {
  const context = await site.browser.newContext({ locale: 'en-US', viewport: { width: 900, height: 1000 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(`${site.url}docs/demo/?bundle=${bundle}&category=key-rd`);
  await page.waitForFunction(() => (document.querySelector('guide-form') as unknown as { verdict: unknown } | null)?.verdict);
  await page.evaluate((v) => {
    const el = document.querySelector('guide-form') as unknown as { value: unknown; updateComplete: Promise<unknown> };
    el.value = v;
    return el.updateComplete;
  }, value);
  return { page, requests, problems, close: () => context.close() };
}

/** What the print stylesheet does to the element, measured in print media. */
function printProbe(page: Page) {
  return page.evaluate(() => {
    const shadow = (document.querySelector('guide-form') as HTMLElement).shadowRoot as ShadowRoot;
    const all = [...shadow.querySelectorAll<HTMLElement>('*')];
    const boxes = all.filter((e) => getComputedStyle(e).display !== 'none' && getComputedStyle(e).display !== 'contents');
    const tall = (e: HTMLElement) => e.getBoundingClientRect().height;
    const fields = shadow.querySelectorAll<HTMLElement>('.field');
    const rects = [...fields].map((f) => f.getBoundingClientRect()).filter((r) => r.height > 0);
    let overlaps = 0;
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1)
          overlaps++;
      }
    }
    // The first 考核节点's 节点时间: its boxes and labels, left to right as printed.
    const month = shadow.querySelector<HTMLElement>('fieldset.month');
    const inOrder = [...(month?.querySelectorAll<HTMLElement>('.month-part > *:not(datalist)') ?? [])]
      .map((e) => ({ x: e.getBoundingClientRect().left, text: e instanceof HTMLInputElement ? e.value : (e.textContent ?? '').trim() }))
      .sort((a, b) => a.x - b.x)
      .map((e) => e.text)
      .join('');
    return {
      // A fieldset box split over pages is what Chromium paints over its neighbours: none may be taller than a page.
      tallestFieldset: Math.max(0, ...boxes.filter((e) => e.localName === 'fieldset').map(tall)),
      // A box kept whole on a page must fit on one.
      tallestKeptWhole: Math.max(0, ...boxes.filter((e) => getComputedStyle(e).breakInside === 'avoid').map(tall)),
      fields: rects.length,
      overlaps,
      monthText: inOrder,
      selectAppearance: getComputedStyle(shadow.querySelector('select') as HTMLElement).appearance,
      // What an unchosen list and the eligibility panel put on paper.
      unchosenSelectsInk: [...shadow.querySelectorAll<HTMLSelectElement>('select')]
        .filter((s) => s.value === '-1')
        .map((s) => getComputedStyle(s).color),
      // biome-ignore lint/performance/useDomNodeTextContent: what is painted in this media, not the DOM's text
      panelText: (shadow.querySelector<HTMLElement>('.panel')?.innerText ?? '').replace(/\s+/g, ' '),
      buttonsShown: [...shadow.querySelectorAll('button')].filter((b) => getComputedStyle(b).display !== 'none').length,
      linksDecorated: [...shadow.querySelectorAll('a')].filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length,
    };
  });
}

// A4 at 96 dpi is 1123 px tall; Chromium's default print margins leave about 1040 px a page.
const PAGE = 1000;

describe('printing the filled 附件2 from the element', () => {
  it('lays out boxes that never straddle a page, months in Chinese, no buttons, select arrows or links', async () => {
    const value = example();
    // Twenty 考核节点 make 指标 far taller than a page: the case that overlapped 声明.
    value.indicators.milestones = Array.from({ length: 20 }, (_, i) => ({
      dueMonth: `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      item: `节点 ${i + 1}`,
      target: i + 1,
      unit: '项',
    }));
    const { page, problems, close } = await open('esm', value);
    try {
      await page.emulateMedia({ media: 'print' });
      const probe = await printProbe(page);
      expect(probe.tallestFieldset).toBeLessThan(PAGE);
      expect(probe.tallestKeptWhole).toBeLessThan(PAGE);
      expect(probe.fields).toBeGreaterThan(40);
      expect(probe.overlaps).toBe(0);
      expect(probe.monthText).toBe('2022年1月');
      expect(probe.selectAppearance).toBe('none');
      expect(probe.buttonsShown).toBe(0);
      expect(probe.linksDecorated).toBe(0);
      // On screen the same form keeps its boxes, its month inputs and its buttons.
      await page.emulateMedia({ media: 'screen' });
      const screen = await printProbe(page);
      expect(screen.tallestFieldset).toBeGreaterThan(PAGE);
      expect(screen.monthText).not.toBe('2022年1月');
      expect(screen.buttonsShown).toBeGreaterThan(0);
      // The host gave a full, eligible value: the panel says so on paper, not “开始填写后…”.
      expect(probe.panelText).toContain('未发现不符合通知要求的情形');
      expect(probe.panelText).not.toContain('开始填写后');
      // And it prints: a PDF of several A4 pages.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('printing the empty 附件2 to fill in by hand', () => {
  it('prints blank lines for unchosen lists and no placeholder text from the panel', async () => {
    const { page, problems, close } = await open('esm', {});
    try {
      await page.emulateMedia({ media: 'print' });
      const probe = await printProbe(page);
      expect(probe.unchosenSelectsInk.length).toBeGreaterThan(0);
      expect(new Set(probe.unchosenSelectsInk)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
      expect(probe.panelText).toContain('报送时间');
      expect(probe.panelText).not.toContain('开始填写后');
      // On screen the same empty form says what the panel will do, and offers “请选择”.
      await page.emulateMedia({ media: 'screen' });
      const screen = await printProbe(page);
      expect(screen.panelText).toContain('开始填写后');
      expect(screen.unchosenSelectsInk).not.toContain('rgba(0, 0, 0, 0)');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

/** The text of a DOCX's body, as Word reads it. */
async function docxText(path: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

const wordButton = (page: Page) => page.locator('guide-form').getByRole('button', { name: '下载Word版' });

async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), wordButton(page).click()]);
  return file;
}

describe.each(['esm', 'iife'] as const)('“下载Word版”, %s bundle', (bundle) => {
  // ESM: a chunk the entry imports on demand; IIFE: the classic script next to guide-form.iife.js.
  const docxCode = bundle === 'esm' ? /guide-form\.export-[\w-]+\.js$/ : /guide-form\.export\.iife\.js$/;

  it('fetches the DOCX code on the first click only, under the strict CSP, and downloads the attachment', async () => {
    const { page, requests, problems, close } = await open(bundle, example());
    try {
      const fetched = () => requests.filter((u) => docxCode.test(u));
      expect(requests.some((u) => /guide-form(\.iife)?\.js$/.test(u))).toBe(true);
      expect(fetched()).toEqual([]);
      const file = await download(page);
      expect(file.suggestedFilename()).toBe('附件2-重点科技研发计划指南建议征集表-大型船舶分段智能焊接机器人系统研发与应用.docx');
      const text = await docxText(await file.path());
      for (const s of [
        '附件2',
        '重点科技研发计划指南建议征集表',
        '大连海创智能装备有限公司',
        '680 万元',
        '2022年12月',
        '☑ 已知悉',
        '审核意见',
        '高新处',
      ])
        expect(text).toContain(s);
      expect(fetched()).toHaveLength(1);
      // A second copy reuses the code already loaded.
      const again = await download(page);
      expect(await docxText(await again.path())).toContain('大连海创智能装备有限公司');
      expect(fetched()).toHaveLength(1);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says so in Chinese when the DOCX code cannot be loaded, and the next click tries again', async () => {
    const { page, close } = await open(bundle, example());
    try {
      await page.route(docxCode, (route) => route.abort('connectionfailed'));
      await wordButton(page).click();
      const status = page.locator('guide-form').locator('.paper-status');
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('未能加载 Word 生成组件，请检查网络后再试');
      await expect.poll(() => wordButton(page).isEnabled()).toBe(true);
      // The IIFE adds its script again; Chromium does not keep a failed module fetch, so import() retries too.
      await page.unroute(docxCode);
      const file = await download(page);
      expect(await docxText(await file.path())).toContain('附件2');
      await expect.poll(() => status.textContent()).toMatch(/^已生成 Word 文件：附件2-.*\.docx$/);
    } finally {
      await close();
    }
  });
});

describe('“下载Word版” with a nonce-based CSP (IIFE bundle)', () => {
  it('carries the page’s nonce to the script it adds, so a policy without self still allows it', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>nonce</title>
<script nonce="n0nce42" src="/packages/elements/dist/guide-form.iife.js"></script></head>
<body><guide-form category="key-rd"></guide-form></body></html>`;
    await page.route(`${site.url}nonce.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'self'; script-src 'nonce-n0nce42'; style-src 'self'; object-src 'none'" },
        body: html,
      }),
    );
    try {
      await page.goto(`${site.url}nonce.html`);
      await page.waitForFunction(() => (document.querySelector('guide-form') as unknown as { verdict: unknown } | null)?.verdict);
      await page.evaluate((v) => {
        const el = document.querySelector('guide-form') as unknown as { value: unknown; updateComplete: Promise<unknown> };
        el.value = v;
        return el.updateComplete;
      }, example());
      const file = await download(page);
      expect(await docxText(await file.path())).toContain('大连海创智能装备有限公司');
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
