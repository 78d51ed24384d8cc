/**
 * The JSON-Logic operators a rule may use, with how many arguments each takes.
 * Anything else — `log`, `method`, or a typo — is refused when the rule is loaded,
 * never silently evaluated as `true`.
 */
export const OPERATORS: Readonly<Record<string, readonly [min: number, max: number]>> = {
  '==': [2, 2],
  '===': [2, 2],
  '!=': [2, 2],
  '!==': [2, 2],
  '>': [2, 2],
  '>=': [2, 2],
  '<': [2, 3],
  '<=': [2, 3],
  '!': [1, 1],
  '!!': [1, 1],
  and: [1, Number.POSITIVE_INFINITY],
  or: [1, Number.POSITIVE_INFINITY],
  if: [1, Number.POSITIVE_INFINITY],
  '?:': [3, 3],
  in: [2, 2],
  cat: [1, Number.POSITIVE_INFINITY],
  substr: [2, 3],
  '+': [1, Number.POSITIVE_INFINITY],
  '-': [1, 2],
  '*': [1, Number.POSITIVE_INFINITY],
  '/': [2, 2],
  '%': [2, 2],
  min: [1, Number.POSITIVE_INFINITY],
  max: [1, Number.POSITIVE_INFINITY],
  merge: [0, Number.POSITIVE_INFINITY],
  var: [1, 2],
  missing: [1, Number.POSITIVE_INFINITY],
  missing_some: [2, 2],
  all: [2, 2],
  some: [2, 2],
  none: [2, 2],
  map: [2, 2],
  filter: [2, 2],
  reduce: [3, 3],
  // guide-forms additions
  param: [1, 1],
  uscc_checksum: [1, 1],
  /** `{"today": []}` → "YYYY-MM-DD"; `{"today": "month"}` → "YYYY-MM"; `{"today": "year"}` → 2021. */
  today: [0, 1],
  /** `{"percent": [part, whole]}` → part ÷ whole × 100 on the written digits; `null` when whole is 0. */
  percent: [2, 2],
  /** `{"trunc": [value, digits]}` → value cut toward zero to `digits` decimals (default 0). */
  trunc: [1, 2],
  /** `{"normalize": text}` → the text folded for comparing: NFKC, lower case, no spaces, punctuation or invisible characters. */
  normalize: [1, 1],
  /** `{"computed": "ratio"}` → the rule's computed value `ratio`, inlined when the rule is loaded. */
  computed: [1, 1],
};

/** Operators whose second argument is evaluated once per array item, with the item as data. */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set(['all', 'some', 'none', 'map', 'filter', 'reduce']);
