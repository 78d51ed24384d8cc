import type { RawSchemaError } from '@guide-forms/core';

/**
 * ajv's errors as the schema check reports them, which looks at no item past `maxItems` (the one
 * `maxItems` error stands for them): for each list `ours` found too long, ajv's errors inside its
 * items from `limit` on are dropped (but those of `contains`, which looks at every item), and its `uniqueItems` error is ours (judged on the first
 * `limit` items, its repeat may be another pair; when the first `limit` items repeat nothing,
 * there is none). Without a list over its `maxItems`, ajv's errors as they are.
 *
 * @example
 * expect(ours(data)).toEqual(withinMaxItems(ours(data), ajv(data)));
 */
export function withinMaxItems(ours: readonly RawSchemaError[], ajv: readonly RawSchemaError[]): RawSchemaError[] {
  const long = ours
    .filter((e) => e.keyword === 'maxItems')
    .map((e) => ({
      at: e.instancePath,
      limit: Number(e.params.limit),
      contains: `${e.schemaPath.slice(0, -'/maxItems'.length)}/contains`,
    }));
  if (long.length === 0) return [...ajv];
  const pastLimit = (e: RawSchemaError) =>
    long.some(({ at, limit, contains }) => {
      if (!e.instancePath.startsWith(`${at}/`) || e.schemaPath.startsWith(contains)) return false;
      const index = e.instancePath.slice(at.length + 1).split('/')[0] ?? '';
      return /^\d+$/.test(index) && Number(index) >= limit;
    });
  const out: RawSchemaError[] = [];
  for (const e of ajv) {
    if (pastLimit(e)) continue;
    if (e.keyword === 'uniqueItems' && long.some(({ at }) => e.instancePath === at)) {
      const mine = ours.find((o) => o.keyword === 'uniqueItems' && o.instancePath === e.instancePath);
      if (mine) out.push(mine);
      continue;
    }
    out.push(e);
  }
  return out;
}
