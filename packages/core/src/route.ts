import { applyLogic, truthy } from './logic/apply.js';
import { type CompiledLogic, compileLogic } from './logic/compile.js';
import { getPointer } from './pointer.js';
import type { CallFile, Finding, Json, Lang, Route } from './types.js';

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
function holds(when: CompiledLogic, safe: Json): boolean {
  try {
    return truthy(applyLogic(when.logic, safe));
  } catch {
    return false;
  }
}

/**
 * Picks the department: the first `byCategory` step whose condition holds, else the
 * department whose domains list the submission's domain, else the documented fallback
 * (with an `info` finding saying so). `null` when the domain is not filled yet — or is not
 * one of `domains`, the choices the form offers (the schema reports it): routing never
 * echoes text the form would not have accepted.
 *
 * @example
 * route(compileRouting(call), data, sanitize(data), 'zh-CN', ['节能环保']).route?.department; // '高新处'
 */
export function route(
  routing: CompiledRouting,
  data: unknown,
  safe: Json,
  lang: Lang,
  domains?: readonly unknown[],
): { route: Route | null; finding: Finding | null } {
  const { call } = routing;
  const submission = reviewOf(call, data);
  const make = (id: string): Route => {
    const d = call.departments[id];
    return { department: lang === 'en' ? (d?.nameEn ?? id) : (d?.name ?? id), phone: d?.phone ?? '', submission };
  };
  for (const step of routing.steps) {
    if (holds(step.when, safe)) return { route: make(step.department), finding: null };
  }
  const domain = getPointer(data, call.routing.domainPointer);
  if (typeof domain !== 'string' || domain === '') return { route: null, finding: null };
  if (domains && !domains.includes(domain)) return { route: null, finding: null };
  for (const [id, d] of Object.entries(call.departments)) {
    if (d.domains.includes(domain)) return { route: make(id), finding: null };
  }
  const { department, message, clause } = call.routing.fallback;
  return {
    route: make(department),
    finding: {
      rule: 'route.fallback',
      severity: 'info',
      // A function replacement: `$&` or `$'` in the data must not be read as a pattern.
      message: (lang === 'en' ? message.en : message['zh-CN']).replace('{domain}', () => domain),
      pointers: [call.routing.domainPointer],
      clause,
    },
  };
}

/** 高校、科研院所经所属科研部门审核后统一提交; everyone else submits directly. */
export function reviewOf(call: CallFile, data: unknown): Route['submission'] {
  const value = getPointer(data, call.review.pointer);
  return typeof value === 'string' && call.review.values.includes(value) ? 'institution-review' : 'direct';
}
