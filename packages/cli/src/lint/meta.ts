import { expectedOf, type JsonSchema, type MetaKind, metaSchema, ruleIdAt } from '@guide-forms/core/node';
import { getPointer, joinPointer, parsePointer, toSchemaErrors } from '@guide-forms/core/tooling';
import { closest, type Problems } from '../admin/problems.js';
import type { SourceFile } from '../admin/sources.js';

export type { MetaKind };

function show(value: unknown): string {
  return value === undefined ? '（没有）' : JSON.stringify(value);
}

/** The keys the schema allows at a data location, for "unknown key" hints. */
function allowedKeys(resolved: JsonSchema, instancePath: string): string[] {
  let node: JsonSchema | undefined = resolved;
  for (const segment of parsePointer(instancePath)) {
    const props = node?.properties as Record<string, JsonSchema> | undefined;
    if (props && Object.hasOwn(props, segment)) node = props[segment];
    else if (typeof node?.items === 'object') node = node.items as JsonSchema;
    else if (typeof node?.additionalProperties === 'object') node = node.additionalProperties as JsonSchema;
    else return [];
  }
  return Object.keys((node?.properties as Record<string, unknown> | undefined) ?? {});
}

/**
 * Validates a rule or call file against its JSON Schema and records each error with
 * what was expected and found. Returns the pointers of the errors, so later checks can
 * skip the parts that are malformed.
 */
export function checkMeta(kind: MetaKind, file: SourceFile, problems: Problems, reported: readonly string[] = []): string[] {
  const meta = metaSchema(kind);
  const raw = meta.errors(file.data);
  if (!raw.length) return [];
  // Places core's own checks already reported (params, pointers), with the runtime's message.
  const already = (p: string): boolean => reported.some((r) => p === r || p.startsWith(`${r}/`));
  const messages = toSchemaErrors(raw, meta.fields, 'zh-CN');
  const pointers: string[] = [];
  const seen = new Set<string>();
  for (const e of raw) {
    if (['anyOf', 'if', '$ref'].includes(e.keyword) && raw.length > 1) continue;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : '';
    const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : '';
    const pointer = missing ? joinPointer(e.instancePath, missing) : extra ? joinPointer(e.instancePath, extra) : e.instancePath;
    if (seen.has(`${pointer} ${e.keyword}`) || already(pointer)) continue;
    seen.add(`${pointer} ${e.keyword}`);
    pointers.push(pointer);
    const message = messages.find((m) => m.pointer === (extra ? e.instancePath : pointer) && m.keyword === e.keyword)?.message ?? e.keyword;
    const ruleId = ruleIdAt(file.data, pointer);
    const prefix = ruleId ? `规则 ${ruleId}：` : '';
    const found = show(getPointer(file.data, pointer));
    switch (e.keyword) {
      case 'required':
        problems.error('missing-key', file.rel, pointer, `${prefix}缺少 "${missing}"（${message}）`, {
          expected: `"${missing}"`,
          found: '（没有）',
          hint:
            missing === 'en' || missing === 'zh-CN'
              ? '中文（zh-CN）和英文（en）两种文字都必须填写'
              : `添加 "${missing}"，格式见 docs/rules.md`,
        });
        break;
      case 'additionalProperties': {
        const allowed = allowedKeys(meta.resolved, e.instancePath);
        const near = closest(extra, allowed);
        problems.error('unknown-key', file.rel, pointer, `${prefix}不认识的键 "${extra}"`, {
          expected: allowed.length ? `one of: ${allowed.join(', ')}` : 'no other keys',
          found: `"${extra}"`,
          hint: near ? `是否拼错了？应为 "${near}"` : '删除这个键，或查看 docs/rules.md 中允许的键',
        });
        break;
      }
      case 'uniqueItems': {
        // ajv names the two equal items: say which, at the later one.
        const [i, j] = [Number(e.params.i), Number(e.params.j)].sort((a, b) => a - b) as [number, number];
        const item = joinPointer(e.instancePath, String(j));
        problems.error(
          'duplicate-item',
          file.rel,
          item,
          `${prefix}列表中第 ${i + 1} 项和第 ${j + 1} 项重复：${show(getPointer(file.data, item))}`,
          {
            expected: 'no duplicates',
            found: show(getPointer(file.data, item)),
            hint: `删除第 ${j + 1} 项（${joinPointer(e.instancePath, String(j))}）`,
          },
        );
        break;
      }
      default:
        problems.error('format', file.rel, pointer, `${prefix}${message}`, {
          expected: expectedOf(e.keyword, e.params),
          found,
          hint: `格式见 packages/core/schemas/${kind}.schema.json 与 docs/rules.md`,
        });
    }
  }
  return pointers;
}
