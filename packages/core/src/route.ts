import { type CompiledLogic, compileLogic } from './logic/compile.js';
import { truthy } from './logic/ops.js';
import { judging } from './logic/read.js';
import { type LogicRunner as LogicFn, runnerOf } from './logic/runner.js';
import { getPointer, parsePointer } from './pointer.js';
import { valueAt } from './rules/plan.js';
import type { ValueLabel } from './rules/value-label.js';
import type { CallFile, Finding, Lang, Route } from './types.js';
import { readableAsIs } from './validate/clean.js';

/** The routing table of a call with its conditions compiled. */
export interface CompiledRouting {
  call: CallFile;
  steps: { department: string; when: CompiledLogic }[];
}

/** Compiles the routing conditions of a call file (their logic is checked like rule logic). */
export function compileRouting(call: CallFile, file = 'call.json'): CompiledRouting {
  const steps = call.routing.byCategory.map((step, i) => ({
    department: step.department,
    when: compileLogic(step.when, { file, pointer: `/routing/byCategory/${i}/when`, rule: `routing/byCategory/${i}`, params: {} }),
  }));
  return { call, steps };
}

/** True when a step's condition holds; a condition that cannot be evaluated on this data does not. */
function holds(when: LogicFn, data: unknown): boolean {
  try {
    return truthy(when(data));
  } catch {
    return false;
  }
}

/** A routing table ready for every check: its conditions' closures and its pointers parsed, found once. */
interface RoutingPlan {
  tests: LogicFn[];
  review: readonly string[] | null;
  domain: readonly string[] | null;
}

const PLANS = new WeakMap<CompiledRouting, RoutingPlan>();

function planOf(routing: CompiledRouting): RoutingPlan {
  let plan = PLANS.get(routing);
  if (!plan) {
    const { call } = routing;
    plan = {
      tests: routing.steps.map((step) => runnerOf(step.when)),
      review: call.review ? parsePointer(call.review.pointer) : null,
      domain: call.routing.domainPointer === undefined ? null : parsePointer(call.routing.domainPointer),
    };
    PLANS.set(routing, plan);
  }
  return plan;
}

const DOMAIN_SETS = new WeakMap<readonly unknown[], ReadonlySet<unknown>>();

/** `domains.includes(domain)` by a set made once per list of domains. */
function offered(domains: readonly unknown[], domain: string): boolean {
  let set = DOMAIN_SETS.get(domains);
  if (!set) {
    set = new Set(domains);
    DOMAIN_SETS.set(domains, set);
  }
  return set.has(domain);
}

/**
 * Picks the department: the first `byCategory` step whose condition holds, else the
 * department whose domains list the submission's domain, else the documented fallback
 * (with an `info` finding saying so). `null` when the domain is not filled yet — or is not
 * one of `domains`, the choices the form offers (the schema reports it): routing never
 * echoes text the form would not have accepted.
 *
 * @example
 * route(compileRouting(call), data, 'zh-CN', ['节能环保']).route?.department; // '高新处'
 */
export function route(
  routing: CompiledRouting,
  data: unknown,
  lang: Lang,
  domains?: readonly unknown[],
  label?: ValueLabel,
): { route: Route | null; finding: Finding | null } {
  return judging(data, readableAsIs(data), () => routeIn(routing, data, lang, domains, label));
}

/**
 * {@link route} inside a `judging` scope the caller set for `data` (the engine's evaluation,
 * which judges its rules in the same scope).
 */
export function routeIn(
  routing: CompiledRouting,
  data: unknown,
  lang: Lang,
  domains?: readonly unknown[],
  label?: ValueLabel,
): { route: Route | null; finding: Finding | null } {
  const { call } = routing;
  if (call.routing.recommender) return { route: recommendedBy(call, call.routing.recommender.pointer, data, lang), finding: null };
  const plan = planOf(routing);
  const submission = plan.review === null ? 'direct' : reviewed(call, valueAt(data, plan.review));
  const { tests } = plan;
  for (let i = 0; i < tests.length; i++) {
    if (holds(tests[i] as LogicFn, data)) {
      return { route: departmentRoute(call, (routing.steps[i] as { department: string }).department, lang, submission), finding: null };
    }
  }
  const { domainPointer, fallback } = call.routing;
  if (domainPointer === undefined || plan.domain === null) return { route: null, finding: null };
  const domain = valueAt(data, plan.domain);
  if (typeof domain !== 'string' || domain === '') return { route: null, finding: null };
  if (domains && !offered(domains, domain)) return { route: null, finding: null };
  const make = (id: string): Route => departmentRoute(call, id, lang, submission);
  const byDomain = departmentOf(call, domain);
  if (byDomain !== undefined) return { route: make(byDomain), finding: null };
  if (!fallback) return { route: null, finding: null };
  const { department, message, clause } = fallback;
  return {
    route: make(department),
    finding: {
      rule: 'route.fallback',
      severity: 'info',
      // A function replacement: `$&` or `$'` in the data must not be read as a pattern.
      // The domain as the form shows it in this language (`label`), else as stored.
      message: (lang === 'en' ? message.en : message['zh-CN']).replace('{domain}', () => label?.(domainPointer, domain) ?? domain),
      pointers: [domainPointer],
      clause,
    },
  };
}

const BY_DOMAIN = new WeakMap<object, Map<string, string>>();

/** The department whose domains list `domain` (the first, in call.json's order), indexed once per departments table. */
function departmentOf(call: CallFile, domain: string): string | undefined {
  let index = BY_DOMAIN.get(call.departments);
  if (!index) {
    index = new Map();
    for (const [id, d] of Object.entries(call.departments)) for (const one of d.domains) if (!index.has(one)) index.set(one, id);
    BY_DOMAIN.set(call.departments, index);
  }
  return index.get(domain);
}

/** 高校、科研院所经所属科研部门审核后统一提交; everyone else submits directly. */
export function reviewOf(call: CallFile, data: unknown): Route['submission'] {
  if (!call.review) return 'direct';
  return reviewed(call, getPointer(data, call.review.pointer));
}

/** How a unit of this type (the value at `review.pointer`) submits. */
function reviewed(call: CallFile, value: unknown): Route['submission'] {
  return call.review && typeof value === 'string' && call.review.values.includes(value) ? 'institution-review' : 'direct';
}

/** The route to a department of the call, named in the applicant's language. */
function departmentRoute(call: CallFile, id: string, lang: Lang, submission: Route['submission']): Route {
  const d = call.departments[id];
  return { department: lang === 'en' ? (d?.nameEn ?? id) : (d?.name ?? id), phone: d?.phone ?? '', submission };
}

/**
 * The recommending unit the applicant chose (按归口管理原则…统一推荐): the department whose name is the
 * value at `pointer`; for one that stands for several units (`namedBy`, 市直和中省在宜单位) the unit the
 * applicant typed there. `null` until a unit is chosen, or when the value is no department (the
 * schema's list reports it): the route never echoes text the form would not accept.
 *
 * @example
 * recommendedBy(call, '/recommendation/unit', { recommendation: { unit: '夷陵区科技局' } }, 'zh-CN');
 * // { department: '夷陵区科技局', phone: '', submission: 'recommended' }
 */
export function recommendedBy(call: CallFile, pointer: string, data: unknown, lang: Lang): Route | null {
  const chosen = getPointer(data, pointer);
  if (typeof chosen !== 'string' || chosen === '') return null;
  const unit = Object.values(call.departments).find((d) => d.name === chosen);
  if (!unit) return null;
  const named = unit.namedBy === undefined ? undefined : getPointer(data, unit.namedBy);
  const department = typeof named === 'string' && named.trim() !== '' ? named.trim() : lang === 'en' ? unit.nameEn : unit.name;
  return { department, phone: unit.phone, submission: 'recommended' };
}
