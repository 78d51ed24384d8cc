// The paper figures of RESULTS.md §5 split a build correctly: what a page loads up front, and what
// only the first 下载Word版 adds. Checked on a small made-up dist; the figures themselves are `npm run bench`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measurePaper, paperSection } from '../src/paper.mjs';

const dist = mkdtempSync(join(tmpdir(), 'gf-bench-paper-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(name: string, text: string) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, name), text);
}

describe('measurePaper', () => {
  it('counts the entry, its form chunk and their shared imports as the page; the DOCX code as the click', () => {
    file(
      'guide-form.js',
      'import{a}from"./guide-form.formats-x.js";const f=()=>import("./guide-form.2022.key-rd-k.js"),w=()=>import("./guide-form.export-e.js");',
    );
    file('guide-form.formats-x.js', 'export const a=1;');
    file('guide-form.2022.key-rd-k.js', 'import{a}from"./guide-form.formats-x.js";export default a;');
    file(
      'guide-form.export-e.js',
      `import{a}from"./guide-form.js";import{d}from"./guide-form.docx-d.js";export const x=${'1'.repeat(500)};`,
    );
    file('guide-form.docx-d.js', 'export const d=2;');
    file('guide-form.iife.js', 'var GuideForms=(()=>1)();');
    file('guide-form.export.iife.js', `var GuideFormsExport=(()=>${'2'.repeat(900)})();`);
    const paper = measurePaper(dist);
    expect(paper.esm.page.files.sort()).toEqual(['guide-form.2022.key-rd-k.js', 'guide-form.formats-x.js', 'guide-form.js']);
    expect(paper.esm.onExport.files.sort()).toEqual(['guide-form.docx-d.js', 'guide-form.export-e.js']);
    expect(paper.iife.page.files).toEqual(['guide-form.iife.js']);
    expect(paper.iife.onExport.files).toEqual(['guide-form.export.iife.js']);
    expect(paper.iife.onExport.min).toBe('var GuideFormsExport=(()=>'.length + 900 + ')();'.length);
    expect(paperSection(paper)).toContain('| IIFE (`guide-form.iife.js`, every form) |');
  });

  it('refuses a build whose entry imports no DOCX chunk on demand (the code was inlined)', () => {
    file('guide-form.js', 'const f=()=>import("./guide-form.2022.key-rd-k.js");');
    expect(() => measurePaper(dist)).toThrow(/no guide-form\.export-\*\.js chunk/);
  });
});
