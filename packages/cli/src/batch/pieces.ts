import { type Engine, GuideFormsError } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';

/**
 * One thing handed to a batch, named by where it came from (a file, or `#/3` in a request):
 * a form (its category read from `classification.category`), a pair file
 * `{ category, data, summary }`, or something that could not be read.
 */
export type Piece =
  | { kind: 'form'; source: string; category: string; data: unknown }
  | { kind: 'pair'; source: string; category: string; data: unknown; summary: unknown }
  | { kind: 'broken'; source: string; problem: string };

/**
 * A place inside what `source` names: `a.json#/category` for a file, `#/0/category` for an
 * element of a request (already a fragment: one `#`, the pointers joined).
 */
function within(source: string, pointer: string): string {
  return source.includes('#') ? `${source}${pointer}` : `${source}#${pointer}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what a value is: a pair (`{ category, data, summary }`), or a form whose
 * `classification.category` names an open category of the year — or, in a year that opens a
 * single category, a form without one.
 *
 * @example
 * toPiece('a.json', { classification: { category: 'key-rd' }, ... }, engine, 2022); // { kind: 'form', category: 'key-rd', ... }
 */
export function toPiece(source: string, value: unknown, engine: Engine, year: number | undefined): Piece {
  const open = engine.listCategories(year).map((c) => c.category);
  const known = (category: unknown, at: string): string | GuideFormsError => {
    if (typeof category !== 'string' || category === '') {
      return new GuideFormsError('no-category', `没有征集类别（应在 ${at} 写明，如 "key-rd"）`, { pointer: at });
    }
    if (!open.includes(category)) {
      return new GuideFormsError('unknown-category', `未知的征集类别 "${category}"（可用：${open.join('、')}）`, {
        pointer: at,
        found: category,
      });
    }
    return category;
  };
  const broken = (e: GuideFormsError): Piece => ({ kind: 'broken', source, problem: `${within(source, e.pointer ?? '')}: ${e.message}` });
  if (!isObject(value)) return { kind: 'broken', source, problem: `${source}: 不是一个 JSON 对象（一份填报数据应是 {…}）` };
  if ('data' in value && 'summary' in value) {
    const category = known(value.category, '/category');
    if (category instanceof GuideFormsError) return broken(category);
    return { kind: 'pair', source, category, data: value.data, summary: value.summary };
  }
  // A call with one form (Yichang's 需求表) needs no category in the data: it can only be that form.
  const named = getPointer(value, '/classification/category');
  const category = known(named === undefined && open.length === 1 ? open[0] : named, '/classification/category');
  if (category instanceof GuideFormsError) return broken(category);
  return { kind: 'form', source, category, data: value };
}
