import { type CallFile, GuideFormsError, type JsonSchema } from '@guide-forms/core/node';
import { COPY_KEYWORD, copyTable, formatPointer, summaryCategory, toPattern } from '@guide-forms/core/tooling';
import type { Problems } from '../admin/problems.js';
import type { Workspace } from '../admin/sources.js';
import type { FormFields } from './forms.js';

/**
 * Lints the summary form's copy table (`x-copy-from` on its schema, the fields it takes over
 * from the 征集表 it condenses): each target is a field of the summary, each source a field of
 * at least one suggestion form open in the year — a renamed field would otherwise just stop
 * being copied, silently.
 */
export function checkCopyTable(ws: Workspace, call: CallFile, forms: FormFields, problems: Problems): void {
  const summary = summaryCategory(call);
  if (summary === undefined) return;
  const rel = `forms/${summary}/schema.json`;
  const schema = ws.files.get(rel)?.data as JsonSchema | undefined;
  const own = forms.get(summary);
  if (!schema || !own) return;
  let table: [string, string][];
  try {
    table = copyTable(schema, rel);
  } catch (error) {
    if (!(error instanceof GuideFormsError)) throw error;
    problems.fromError(error, rel, '写成 { "本表字段": "征集表字段" }，两边都是以 / 开头的 JSON Pointer');
    return;
  }
  const suggestions = call.categories.filter((c) => c !== summary && forms.has(c));
  for (const [to, from] of table) {
    const at = formatPointer([COPY_KEYWORD, to]);
    if (!own.has(toPattern(to))) {
      problems.error('copy-target', rel, at, `${COPY_KEYWORD} 的“${to}”不是${summary}表的字段`, {
        expected: 'a field of this form',
        found: to,
        hint: '左边写本表（凝练信息表）的字段路径',
      });
    }
    if (suggestions.length && !suggestions.some((c) => forms.get(c)?.has(toPattern(from)))) {
      problems.error('copy-source', rel, at, `${COPY_KEYWORD} 从“${from}”复制，但没有哪张征集表有这个字段`, {
        expected: `a field of one of: ${suggestions.join(', ')}`,
        found: from,
        hint: '右边写征集表中的字段路径；征集表改了字段名时这里要一起改',
      });
    }
  }
}
