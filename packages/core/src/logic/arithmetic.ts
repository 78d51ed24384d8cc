/**
 * Arithmetic a rule can trust at a threshold. JSON-Logic's `/` and `*` are the double's:
 * `4.35 * 100` is `434.99999999999994`, so “研发投入 4.35 ÷ 销售收入 87 ≥ 5%” would fail at exactly 5%,
 * and `x / 0` is `Infinity`, which passes every “不低于”. `percent` computes on the decimal digits as
 * written and answers `null` (never Infinity) for a zero whole; `trunc` shows a figure without ever
 * rounding it up to a threshold it misses (4.996% is shown 4.99%, not 5.00%).
 */

/** Digits after the point of a number as JavaScript writes it (`1e-7` → 7). */
function decimals(n: number): number {
  const [mantissa = '', exponent] = String(n).split('e');
  const point = mantissa.indexOf('.');
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * `part` as a percentage of `whole`, exact for amounts written with up to 15 decimals;
 * `null` when `whole` is 0 or either is not a number — a rule reading it then fails or
 * is guarded by its `when`, never passes on a division by zero.
 *
 * @example
 * percent(4.35, 87); // 5  (the double's 4.35 * 100 / 87 is 4.999…)
 * percent(250, 0);   // null
 */
export function percent(part: unknown, whole: unknown): number | null {
  if (!isAmount(part) || !isAmount(whole) || whole === 0) return null;
  const scale = 10 ** Math.min(15, Math.max(decimals(part), decimals(whole)));
  return (Math.round(part * scale) * 100) / Math.round(whole * scale);
}

/**
 * `value` cut (toward zero) to `digits` decimals (0–10, default 0); `null` for what is not a number.
 *
 * @example
 * trunc(4.9999, 2); // 4.99
 * trunc(0.29, 2);   // 0.29  (no float drift: cut on the written digits)
 */
export function trunc(value: unknown, digits: unknown = 0): number | null {
  if (!isAmount(value) || !Number.isInteger(digits) || (digits as number) < 0 || (digits as number) > 10) return null;
  const d = digits as number;
  const written = String(value);
  if (written.includes('e')) return Math.trunc(value * 10 ** d) / 10 ** d;
  const [int = '0', fraction = ''] = written.split('.');
  const kept = fraction.slice(0, d);
  return Number(kept ? `${int}.${kept}` : int) || 0;
}
