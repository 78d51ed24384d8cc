import type { RowOp } from '../fields/context.js';
import { pointerId } from '../fields/context.js';

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** Moves focus to a field by id (from the error summary) and brings it into view. */
export function focusTarget(root: ParentNode, id: string): void {
  const el = id ? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/**
 * Where focus goes after a row operation, so keyboard users stay where they were:
 * into the new row, onto the same button of the moved row, or to the row that took
 * the removed one's place (the add button when none is left).
 */
export function focusAfterRowOp(root: ParentNode, pointer: string, op: RowOp, list: unknown): void {
  const length = Array.isArray(list) ? list.length : 0;
  const id = pointerId(pointer);
  // A string list is a fieldset `<id>-group` whose first input has the field's id.
  const list_ = root.querySelector<HTMLElement>(`#${CSS.escape(`${id}-group`)}`) ?? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!list_) return;
  const row = (i: number): HTMLElement | null => list_.querySelector<HTMLElement>(`#${CSS.escape(pointerId(`${pointer}/${i}`))}`);
  const input = (i: number): HTMLElement | null =>
    row(i)?.querySelector<HTMLElement>(FOCUSABLE) ?? list_.querySelectorAll<HTMLElement>('.items input')[i] ?? null;
  let target: HTMLElement | null = null;
  if (op.op === 'add') target = input(length - 1);
  else if (op.op === 'remove') target = length ? input(Math.min(op.index, length - 1)) : null;
  else {
    const to = op.op === 'up' ? op.index - 1 : op.index + 1;
    const same = row(to)?.querySelector<HTMLElement>(`button[data-op="${op.op}"]:not([disabled])`);
    target = same ?? row(to)?.querySelector<HTMLElement>('button[data-op]:not([disabled])') ?? null;
  }
  (target ?? list_.querySelector<HTMLElement>('button.add:not([disabled])') ?? list_).focus();
}

/**
 * Brings a heading into view and focuses it (`tabindex="-1"`): the form's title after a hand-over
 * to another form, the review's title when it opens.
 */
export function focusHeading(root: ParentNode, selector = 'h1'): void {
  const heading = root.querySelector<HTMLElement>(selector);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** Focuses the form's first control (after a notice above the form closed under the focus). */
export function focusFirstField(root: ParentNode): void {
  root.querySelector<HTMLElement>(`.body :is(${FOCUSABLE})`)?.focus();
}
