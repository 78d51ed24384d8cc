import { type LogicFn, logicFn, truthy } from './logic/closure.js';
import { type CompiledLogic, compileLogic } from './logic/compile.js';
import { judging } from './logic/read.js';
import { getPointer } from './pointer.js';
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

const TESTS = new WeakMap<CompiledRouting, LogicFn[]>();

/** The closures of a routing table's conditions, found once per table (not per check). */
function testsOf(routing: CompiledRouting): LogicFn[] {
  let tests = TESTS.get(routing);
  if (!tests) {
    tests = routing.steps.map((step) => logicFn(step.when.logic));
    TESTS.set(routing, tests);
  }
  return tests;
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
): { route: Route | null; finding: Finding | null } {
  return judging(data, readableAsIs(data), () => routeIn(routing, data, lang, domains));
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
): { route: Route | null; finding: Finding | null } {
  const { call } = routing;
  if (call.routing.recommender) return { route: recommendedBy(call, call.routing.recommender.pointer, data, lang), finding: null };
  const submission = reviewOf(call, data);
  const make = (id: string): Route => {
    const d = call.departments[id];
    return { department: lang === 'en' ? (d?.nameEn ?? id) : (d?.name ?? id), phone: d?.phone ?? '', submission };
  };
  const tests = testsOf(routing);
  for (let i = 0; i < tests.length; i++) {
    if (holds(tests[i] as LogicFn, data)) return { route: make((routing.steps[i] as { department: string }).department), finding: null };
  }
  const { domainPointer, fallback } = call.routing;
  if (domainPointer === undefined) return { route: null, finding: null };
  const domain = getPointer(data, domainPointer);
  if (typeof domain !== 'string' || domain === '') return { route: null, finding: null };
  if (domains && !domains.includes(domain)) return { route: null, finding: null };
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
      message: (lang === 'en' ? message.en : message['zh-CN']).replace('{domain}', () => domain),
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
  const value = getPointer(data, call.review.pointer);
  return typeof value === 'string' && call.review.values.includes(value) ? 'institution-review' : 'direct';
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
