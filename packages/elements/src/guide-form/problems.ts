import type { Verdict } from '@guide-forms/core';
import { parsePointer } from '@guide-forms/core/tooling';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { pointerId } from '../fields/context.js';

/** The pointer of the nearest field on screen at or above `pointer`, or '' when none is. */
function nearestRendered(pointer: string, rendered: ReadonlySet<string>): string {
  const segments = parsePointer(pointer);
  for (let n = segments.length; n > 0; n--) {
    const at = `/${segments.slice(0, n).join('/')}`;
    if (rendered.has(at)) return at;
  }
  return '';
}

/** The id of the nearest field on screen at or above `pointer`, or '' when none is. */
export function nearestTarget(pointer: string, rendered: ReadonlySet<string>): string {
  const at = nearestRendered(pointer, rendered);
  return at ? pointerId(at) : '';
}

/**
 * What stops the form from being ok, in the order of the fields on the page — schema errors
 * and blocking findings together, each linked to its field (a finding to the first of its
 * fields on the page) — after a closed window, which the top of the form shows first.
 * `rendered` holds the pointers on screen in the order they were drawn.
 */
export function problems(verdict: Verdict, rendered: ReadonlySet<string>): ErrorSummaryItem[] {
  const order = new Map<string, number>();
  for (const p of rendered) order.set(p, order.size);
  const place = (pointer: string): { target: string; at: number } => {
    const p = nearestRendered(pointer, rendered);
    return { target: p ? pointerId(p) : '', at: p ? (order.get(p) as number) : Number.MAX_SAFE_INTEGER };
  };
  const items: (ErrorSummaryItem & { at: number; seq: number })[] = [];
  for (const e of verdict.errors) items.push({ text: e.message, ...place(e.pointer), seq: items.length });
  for (const f of verdict.findings) {
    if (f.severity !== 'block') continue;
    const first = f.pointers.map(place).sort((a, b) => a.at - b.at)[0] ?? { target: '', at: Number.MAX_SAFE_INTEGER };
    items.push({ text: f.message, ...first, seq: items.length });
  }
  items.sort((a, b) => a.at - b.at || a.seq - b.seq);
  const out: ErrorSummaryItem[] = items.map(({ text, target }) => ({ text, target }));
  if (!verdict.open) out.unshift({ text: verdict.window.message, target: '', window: true });
  return out;
}
