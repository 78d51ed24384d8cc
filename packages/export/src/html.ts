import { PAPER_CSS } from './html.styles.js';
import type { PaperDocument, PaperPart, PaperRow, ReviewBox } from './model.js';
import { xmlSafe } from './text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or attribute: markup characters escaped, so a value can never become markup. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function rowHtml(row: PaperRow): string {
  switch (row.kind) {
    case 'group':
      return `<tr class="group"><th colspan="2">${escapeHtml(row.label)}</th></tr>`;
    case 'field':
      return row.long
        ? `<tr class="long-label"><th colspan="2">${escapeHtml(row.label)}</th></tr><tr class="long"><td colspan="2">${escapeHtml(row.text)}</td></tr>`
        : `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.text)}</td></tr>`;
    case 'checks':
      return `<tr class="checks"><td colspan="2">${row.items.map((i) => `<p>${i.checked ? '☑' : '☐'} ${escapeHtml(i.label)}</p>`).join('')}</td></tr>`;
    case 'table': {
      const total = row.weights.reduce((a, b) => a + b, 0);
      const cols = `<colgroup>${row.weights.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('')}</colgroup>`;
      const head = `<thead><tr>${row.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
      const body = row.rows.length
        ? row.rows.map((r) => `<tr>${r.map((c, i) => `<td${i === 0 ? ' class="n"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')
        : `<tr>${row.columns.map(() => '<td></td>').join('')}</tr>`;
      return `<tr class="long-label"><th colspan="2">${escapeHtml(row.label)}</th></tr><tr><td colspan="2" class="cell-sub"><table class="sub">${cols}${head}<tbody>${body}</tbody></table></td></tr>`;
    }
  }
}

function reviewHtml(box: ReviewBox): string {
  const rows = box.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.label)}</th><td>${escapeHtml(r.text)}</td></tr>`).join('');
  const items = box.items.length
    ? `<ol class="items">${box.items
        .map(
          (i) =>
            `<li>${i.mark} ${escapeHtml(i.ref)} ${escapeHtml(i.message)}${i.clause ? `<span class="clause">${escapeHtml(box.clauseLabel)}：“${escapeHtml(i.clause)}”</span>` : ''}</li>`,
        )
        .join('')}</ol>`
    : '—';
  return `<table class="form review"><colgroup><col class="label"><col></colgroup><tbody>
<tr class="section"><th colspan="2">${escapeHtml(box.title)}</th></tr>${rows}
<tr><th scope="row">${escapeHtml(box.itemsLabel)}</th><td>${items}</td></tr>
<tr><td colspan="2" class="sign">${escapeHtml(box.signature)}</td></tr></tbody></table>`;
}

function partHtml(part: PaperPart): string {
  const body = part.sections
    .map((s) => `<tr class="section"><th colspan="2">${escapeHtml(s.title)}</th></tr>${s.rows.map(rowHtml).join('')}`)
    .join('\n');
  return `<section class="part">
${part.attachment ? `<p class="mark">${escapeHtml(part.attachment)}</p>` : ''}
<h1>${escapeHtml(part.title)}</h1>
<table class="form"><colgroup><col class="label"><col></colgroup><tbody>
${body}
</tbody></table>
${reviewHtml(part.review)}
</section>`;
}

/**
 * The paper attachment as one self-contained HTML file: its own print stylesheet, no
 * scripts, no external resources. Print it from any browser (A4, page numbers).
 *
 * @example
 * writeFileSync('key-rd.html', paperHtml(buildPaper([{ form, data, verdict }])));
 */
export function paperHtml(doc: PaperDocument): string {
  const title = doc.parts.map((p) => `${p.attachment} ${p.title}`.trim()).join(' · ');
  return `<!doctype html>
<html lang="${doc.lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAPER_CSS}</style>
</head>
<body>
${doc.parts.map(partHtml).join('\n')}
</body>
</html>
`;
}
