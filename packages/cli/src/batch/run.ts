import type { Engine, EvaluateOptions, Lang, RecommendationTable } from '@guide-forms/core';
import { summaryCategory } from '@guide-forms/core/tooling';
import { type BatchFinding, crossCheck } from './cross.js';
import { type BatchItem, evaluateSuggestion } from './item.js';
import { pairUp } from './pairing.js';
import type { Piece } from './pieces.js';

/** What a batch answers: one item per suggestion, the findings across them, and whether all are ok. */
export interface BatchResult {
  year: number;
  ok: boolean;
  items: BatchItem[];
  findings: BatchFinding[];
  /** The 推荐汇总表 each recommending unit signs (`call.json#/batch/perRecommender`), or `null`. */
  recommendation: RecommendationTable | null;
}

const DEFAULT_FIELDS = {
  unit: '/unit/unitName',
  creditCode: '/unit/creditCode',
  title: ['/content/title', '/project/directionTitle'],
  linkedCategory: '/linked/category',
  linkedTitle: '/linked/suggestionTitle',
};

/**
 * Checks a batch: pairs each 凝练表 with its 征集表, evaluates every suggestion, then runs the
 * call's cross-submission rules. `onItem` is called after each suggestion (for a progress bar).
 *
 * @example
 * const result = runBatch(pieces, engine, { now: '2021-11-01T10:00:00+08:00', lang: 'zh-CN' });
 * result.items.map((i) => [i.n, i.title, i.ok]);
 */
export function runBatch(
  pieces: readonly Piece[],
  engine: Engine,
  options: EvaluateOptions & { lang: Lang },
  onItem?: (done: number, total: number) => void,
): BatchResult {
  const steps = batchSteps(pieces, engine, options, onItem);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link runBatch} for a server: the same steps, giving the event loop a turn every
 * `sliceMs` milliseconds of work, so a batch of 5,000 does not hold `/health` and every other
 * request for the second or more it takes.
 *
 * @example
 * const result = await runBatchYielding(pieces, engine, { lang: 'zh-CN' });
 */
export async function runBatchYielding(
  pieces: readonly Piece[],
  engine: Engine,
  options: EvaluateOptions & { lang: Lang },
  sliceMs = 20,
): Promise<BatchResult> {
  const steps = batchSteps(pieces, engine, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The batch, one suggestion per step; the generator's return value is the result. */
function* batchSteps(
  pieces: readonly Piece[],
  engine: Engine,
  options: EvaluateOptions & { lang: Lang },
  onItem?: (done: number, total: number) => void,
): Generator<void, BatchResult, void> {
  const year = options.year ?? engine.latestYear();
  const call = engine.getForm(engine.listCategories(year)[0]?.category ?? '', year).call;
  const suggestions = pairUp(pieces, call.batch?.fields ?? DEFAULT_FIELDS, summaryCategory(call));
  const items: BatchItem[] = [];
  for (const [i, s] of suggestions.entries()) {
    items.push(evaluateSuggestion(s, i + 1, engine, { ...options, year }));
    onItem?.(i + 1, suggestions.length);
    yield;
  }
  const findings = crossCheck(items, call.batch, options.lang);
  const recommendation = call.batch?.perRecommender ?? null;
  return { year, ok: items.length > 0 && items.every((i) => i.ok), items, findings, recommendation };
}
