import type { OptionDetail } from '../types.js';

/** Marks the field whose hint comes from the chosen value's `optionsDetail[…].hint`. */
export const ITEM_HINT = 'x-item-hint';
/** Marks a field that exists only for values whose `optionsDetail[…].extra` describes it. */
export const ITEM_EXTRA = 'x-item-extra';

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fills one `x-options-each` branch with what `call.json#/optionsDetail` says of its value, so
 * region-specific text lives in the year's data, not in the form:
 *
 * - a property with `"x-item-hint": true` gets the value's `hint` as its `description` /
 *   `x-description-en` (none when the value has no hint);
 * - a property with `"x-item-extra": true` exists only when the value has an `extra`: its
 *   `title` and hint come from there, and it joins `required` when `extra.required` is true.
 *   A value without one (a region with no park to name) gets no such field at all.
 *
 * The markers are removed, so the compiled schema holds plain JSON Schema and titles.
 *
 * @example
 * withDetail(
 *   { properties: { partnerZone: { type: 'string', 'x-item-extra': true } } },
 *   { extra: { title: { 'zh-CN': '园区名', en: 'Park' } } },
 * );
 * // { properties: { partnerZone: { type: 'string', title: '园区名', 'x-title-en': 'Park' } } }
 */
export function withDetail(node: unknown, detail: OptionDetail | undefined): unknown {
  if (Array.isArray(node)) return node.map((n) => withDetail(n, detail));
  if (!isNode(node)) return node;
  const out: Node = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isNode(value)) {
      const props: Node = {};
      for (const [name, prop] of Object.entries(value)) {
        const filled = fillProperty(prop, detail);
        if (filled === undefined) continue;
        props[name] = filled;
        if (isNode(prop) && prop[ITEM_EXTRA] === true && detail?.extra?.required === true) required.push(name);
      }
      out[key] = props;
    } else out[key] = withDetail(value, detail);
  }
  if (required.length) {
    const own = Array.isArray(out.required) ? (out.required as string[]) : [];
    out.required = [...own, ...required.filter((r) => !own.includes(r))];
  }
  return out;
}

/** One property of a template: filled from the detail, or `undefined` when it has no place for this value. */
function fillProperty(prop: unknown, detail: OptionDetail | undefined): unknown {
  if (!isNode(prop)) return withDetail(prop, detail);
  const { [ITEM_HINT]: hint, [ITEM_EXTRA]: extra, ...rest } = prop;
  const out = withDetail(rest, detail) as Node;
  if (extra === true) {
    if (!detail?.extra) return undefined;
    out.title = detail.extra.title['zh-CN'];
    out['x-title-en'] = detail.extra.title.en;
    // The template's own words are for developers; the applicant reads the year's.
    delete out.description;
    delete out['x-description-en'];
    if (detail.extra.hint) {
      out.description = detail.extra.hint['zh-CN'];
      out['x-description-en'] = detail.extra.hint.en;
    }
  }
  if (hint === true && detail?.hint) {
    out.description = detail.hint['zh-CN'];
    out['x-description-en'] = detail.hint.en;
  }
  return out;
}
