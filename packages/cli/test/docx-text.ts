/** Reading a written DOCX back as Word shows it, for the export tests. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const unxml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The body's XML and its non-empty paragraphs in reading order, each paragraph's runs joined (entities decoded). */
export async function docxParagraphs(path: string): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unxml(m[1] as string)).join(''))
    .filter(Boolean);
  return { xml, paragraphs };
}
