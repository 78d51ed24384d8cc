import JSZip from 'jszip';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCX_TYPE, docxFileName } from '../src/export/docx-file.js';
import { paperActions } from '../src/export/paper-actions.js';
import { getFormSource } from '../src/source.js';
import { ELIGIBLE, mount } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('exportDocx()', () => {
  it('gives the filled form as a Word file: the attachment mark, the title, the values and the reviewer’s box', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const blob = await el.exportDocx();
    expect(blob.type).toBe(DOCX_TYPE);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const s of ['附件2', '重点科技研发计划指南建议征集表', '大连海创智能装备有限公司', '2022年12月', '审核意见'])
      expect(text).toContain(s);
  });

  it('names the file after the attachment and the suggestion, without characters a file system refuses', async () => {
    const engine = await getFormSource().load('key-rd');
    const definition = engine.getForm('key-rd');
    const value = structuredClone(ELIGIBLE['key-rd']) as { content: { title: string } };
    value.content.title = 'a/b:c*?"<>|\u0001d';
    expect(docxFileName(definition, value)).toBe('附件2-重点科技研发计划指南建议征集表-a_b_c_______d.docx');
  });
});

describe('the paper actions’ status', () => {
  const status = (state: Parameters<typeof paperActions>[1], lang: 'zh-CN' | 'en' = 'zh-CN') => {
    const host = document.createElement('div');
    render(
      paperActions(
        lang,
        state,
        false,
        () => {},
        () => {},
      ),
      host,
    );
    return host.querySelector('.paper-status')?.textContent ?? '';
  };

  it('tells a code that did not load (retry) from a document that could not be made', () => {
    expect(status({ kind: 'idle' })).toBe('');
    expect(status({ kind: 'busy' })).toBe('正在生成 Word 文件…');
    expect(status({ kind: 'unloaded', message: 'https://x/guide-form.export.iife.js' })).toBe(
      '未能加载 Word 生成组件，请检查网络后再试：https://x/guide-form.export.iife.js',
    );
    expect(status({ kind: 'failed', message: 'boom' })).toBe('未能生成 Word 文件：boom');
    expect(status({ kind: 'unloaded', message: 'u' }, 'en')).toBe(
      'Could not load the Word generator; check the connection and try again: u',
    );
  });
});
