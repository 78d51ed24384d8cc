import { formatPointer, parsePointer } from '@guide-forms/core/tooling';

/**
 * Where a finding shows in the form: next to its one field, or once on the fieldset that holds
 * all its fields (R11's five binding indicators show once on 约束性指标, not five times). Fields
 * with no common group below the form show the finding at the first of them.
 */
export function findingAnchor(pointers: readonly string[]): string {
  const [first, ...rest] = pointers;
  if (first === undefined) return '';
  if (rest.length === 0) return first;
  const common = parsePointer(first);
  for (const p of rest) {
    const segments = parsePointer(p);
    let i = 0;
    while (i < common.length && i < segments.length && common[i] === segments[i]) i++;
    common.length = i;
  }
  return common.length > 0 ? formatPointer(common) : first;
}
