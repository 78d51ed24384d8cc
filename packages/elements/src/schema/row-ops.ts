import type { JsonSchema } from '@guide-forms/core';
import { fieldStates, itemsOf } from '@guide-forms/core/tooling';
import type { RowOp } from '../fields/context.js';

/**
 * Applies a row operation to an array and returns the new array (or `undefined` when
 * it becomes empty, so a required list reports itself). New rows carry their consts (core's field states of an empty row).
 *
 * @example
 * applyRowOp(schema, [a, b], { op: 'up', index: 1 }); // [b, a]
 */
export function applyRowOp(schema: JsonSchema, list: unknown, op: RowOp): unknown[] | undefined {
  const rows = Array.isArray(list) ? list.slice() : [];
  const items = itemsOf(schema) ?? {};
  switch (op.op) {
    case 'add':
      rows.push(items.type === 'object' || items.properties ? fieldStates({ schema: items }, {}).value : '');
      break;
    case 'remove':
      rows.splice(op.index, 1);
      break;
    case 'up':
    case 'down': {
      const to = op.op === 'up' ? op.index - 1 : op.index + 1;
      if (to < 0 || to >= rows.length) return rows;
      [rows[op.index], rows[to]] = [rows[to], rows[op.index]];
      break;
    }
  }
  return rows.length ? rows : undefined;
}
