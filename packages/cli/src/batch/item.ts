import type { Engine, EvaluateOptions, Finding, Lang, Route, Verdict } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';
import type { Suggestion } from './pairing.js';
import { recommendationCells } from './recommendation.js';
import { textAt } from './titles.js';

/** One row of the batch: a suggestion (征集表 + 凝练表), its verdicts and what the batch found about it. */
export interface BatchItem {
  /** 序号, from 1, in input order. */
  n: number;
  /** The files (or request positions) it came from. */
  sources: string[];
  /** The 征集表's category; `summary` for a lone 凝练表; `null` when the input could not be read. */
  category: string | null;
  unit: string;
  creditCode: string;
  title: string;
  /** `附件2 重点科技研发计划指南建议征集表`. */
  attachment: string;
  domain: string;
  route: Route | null;
  form: Verdict | null;
  summary: Verdict | null;
  /** Findings about the suggestion as a whole: the pair rules, then the batch's (missing half, duplicates, limits). */
  findings: Finding[];
  /** Why the input could not be checked at all (unreadable, malformed JSON, no category). */
  problem: string | null;
  ok: boolean;
  /** The cells of the call's 推荐汇总表 (`batch.perRecommender.columns`), when it has one. */
  cells?: string[];
}

/**
 * Evaluates one suggestion: a pair through `evaluateSubmission` (both verdicts, the pair rules'
 * findings, the 征集表's route); a lone half by itself (the batch rules then say what is missing).
 */
export function evaluateSuggestion(s: Suggestion, n: number, engine: Engine, options: EvaluateOptions & { lang?: Lang }): BatchItem {
  const base = { n, sources: s.sources };
  if (s.kind === 'broken') {
    return {
      ...base,
      findings: [],
      category: null,
      unit: '',
      creditCode: '',
      title: '',
      attachment: '',
      domain: '',
      route: null,
      form: null,
      summary: null,
      problem: s.problem,
      ok: false,
    };
  }
  const year = options.year ?? engine.latestYear();
  const call = engine.getForm(s.category, year).call;
  const fields = call.batch?.fields;
  // A whole suggestion is checked as the pair it is (issue 9): both halves, the pair rules, one route.
  const pair = s.kind === 'pair' ? engine.evaluateSubmission({ category: s.category, data: s.data, summary: s.summary }, options) : null;
  const formVerdict = pair ? pair.form : s.kind === 'form' ? engine.evaluate(s.category, s.data, options) : null;
  const summaryVerdict = pair ? pair.summary : s.kind === 'summary-only' ? engine.evaluate(s.category, s.summary, options) : null;
  const main = s.kind === 'summary-only' ? s.summary : s.data;
  const category = s.category;
  const schema = engine.getForm(category, year).schema;
  const domain = call.routing.domainPointer === undefined ? undefined : getPointer(main, call.routing.domainPointer);
  const title =
    s.kind === 'summary-only'
      ? textAt(s.summary, fields?.linkedTitle ?? '/linked/suggestionTitle')
      : textAt(main, fields?.title ?? ['/content/title']);
  return {
    ...base,
    category,
    unit: textAt(main, fields?.unit ?? '/unit/unitName'),
    creditCode: textAt(main, fields?.creditCode ?? '/unit/creditCode'),
    title,
    attachment: [schema['x-attachment'], schema.title].filter((x) => typeof x === 'string').join(' '),
    domain: typeof domain === 'string' ? domain : '',
    route: pair ? pair.route : ((formVerdict ?? summaryVerdict)?.route ?? null),
    form: formVerdict,
    summary: summaryVerdict,
    problem: null,
    findings: pair ? [...pair.findings] : [],
    ok: pair ? pair.ok : (formVerdict?.ok ?? true) && (summaryVerdict?.ok ?? true),
    ...(call.batch?.perRecommender ? { cells: recommendationCells(call.batch.perRecommender, main, options.lang ?? 'zh-CN') } : {}),
  };
}
