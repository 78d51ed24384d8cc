import { type CallFile, GuideFormsError, type Json } from '@guide-forms/core/node';
import { compileLogic, type FieldInfo, toPattern, windowBounds } from '@guide-forms/core/tooling';
import { closest, type Problems } from '../admin/problems.js';
import type { SourceFile } from '../admin/sources.js';
import type { FormFields } from './forms.js';
import { checkMeta } from './meta.js';
import { checkOptions } from './options.js';
import { checkPairSummary } from './pair.js';

function under(bad: readonly string[], pointer: string): boolean {
  return bad.some((p) => p === pointer || p.startsWith(`${pointer}/`) || pointer.startsWith(`${p}/`));
}

/** Lints a call file: format, year, window, departments, routing, domains, draft. */
export function checkCall(file: SourceFile, year: number, forms: FormFields, problems: Problems): void {
  const bad = checkMeta('call', file, problems);
  const call = file.data as CallFile;
  if (typeof call !== 'object' || call === null) return;
  const rel = file.rel;

  if (typeof call.year === 'number' && call.year !== year) {
    problems.error('wrong-year', rel, '/year', `文件在 rules/${year}/ 中，但 year 写的是 ${call.year}`, {
      expected: String(year),
      found: String(call.year),
      hint: `改为 "year": ${year}`,
    });
  }
  if (call.draft === true) {
    problems.warn('draft', rel, '/draft', `${year} 年的规则还是草稿（"draft": true），不能 build`, {
      expected: 'no "draft"',
      found: 'true',
      hint: `对照新通知改好后，lint 和 test 都通过时运行 guide-forms rollover --finalize ${year}`,
    });
  }
  if (!under(bad, '/window')) {
    try {
      windowBounds(call, rel);
    } catch (error) {
      if (!(error instanceof GuideFormsError)) throw error;
      problems.fromError(error, rel, '报送时间首尾两天都包含在内：closes 不得早于 opens，日期写成 YYYY-MM-DD');
    }
    checkWindowClause(call, rel, problems);
  }
  if (call.pair !== undefined && !under(bad, '/pair') && !under(bad, '/categories')) checkPairSummary(call, rel, year, problems);
  if (under(bad, '/departments') || under(bad, '/routing')) return;

  const departments = Object.keys(call.departments);
  const checkDepartment = (id: string, pointer: string): void => {
    if (departments.includes(id)) return;
    problems.error('unknown-department', rel, pointer, `归口处室 "${id}" 不在 departments 中`, {
      expected: `one of: ${departments.join(', ')}`,
      found: id,
      hint: departmentHint(id, call.departments),
    });
  };
  call.routing.byCategory.forEach((step, i) => {
    const at = `/routing/byCategory/${i}`;
    checkDepartment(step.department, `${at}/department`);
    try {
      const compiled = compileLogic(step.when as Json, { file: rel, pointer: `${at}/when`, rule: `归口条件 ${i + 1}`, params: {} });
      for (const read of compiled.reads) {
        if (read.scope !== null || !forms.size) continue;
        if (![...forms.values()].some((f) => f.has(toPattern(read.pointer)))) {
          problems.warn('unknown-field', rel, `${at}/when`, `归口条件 ${i + 1} 读取的字段 "${read.pointer}" 不在任何已有表单中`, {
            expected: 'a field of some form',
            found: read.pointer,
            hint: '检查拼写；若该字段属于尚未完成的表单，可忽略',
          });
        }
      }
    } catch (error) {
      if (!(error instanceof GuideFormsError)) throw error;
      problems.fromError(error, rel, '允许的运算符见 docs/rules.md');
    }
  });
  if (call.routing.fallback) checkDepartment(call.routing.fallback.department, '/routing/fallback/department');
  if (call.routing.domainPointer !== undefined) {
    checkPointerInForms(call.routing.domainPointer, '/routing/domainPointer', rel, forms, problems);
  }
  if (call.review && !under(bad, '/review')) checkPointerInForms(call.review.pointer, '/review/pointer', rel, forms, problems);
  if (call.routing.recommender) checkRecommenders(call, rel, forms, problems);
  if (!under(bad, '/options')) {
    checkDomains(call, rel, problems);
    checkOptions(call, rel, problems);
  }
}

/**
 * A call routed by recommending unit: its pointer is a field, every unit the form offers there is a
 * department (by name, or the route would be empty), and a unit's `namedBy` is a field.
 */
function checkRecommenders(call: CallFile, rel: string, forms: FormFields, problems: Problems): void {
  const pointer = call.routing.recommender?.pointer ?? '';
  checkPointerInForms(pointer, '/routing/recommender/pointer', rel, forms, problems);
  const names = Object.values(call.departments).map((d) => d.name);
  for (const fields of forms.values()) {
    const offered = fields.get(toPattern(pointer))?.schema.enum;
    if (!Array.isArray(offered)) continue;
    for (const unit of offered) {
      if (typeof unit !== 'string' || names.includes(unit)) continue;
      problems.error('unknown-recommender', rel, '/routing/recommender/pointer', `推荐单位“${unit}”不是 departments 中任何单位的 name`, {
        expected: `one of: ${names.join('、')}`,
        found: unit,
        hint: closest(unit, names) ? `是否应为“${closest(unit, names)}”？` : '在 departments 中加上这个单位，name 与选项一字不差',
      });
    }
  }
  for (const [id, d] of Object.entries(call.departments)) {
    if (d.namedBy !== undefined) checkPointerInForms(d.namedBy, `/departments/${id}/namedBy`, rel, forms, problems);
  }
}

function checkPointerInForms(pointer: string, at: string, rel: string, forms: FormFields, problems: Problems): void {
  if (!forms.size) return;
  const have = (f: Map<string, FieldInfo>): boolean => f.has(toPattern(pointer));
  if ([...forms.values()].some(have)) return;
  problems.error('unknown-field', rel, at, `字段 "${pointer}" 不在任何表单中`, {
    expected: 'a field of the forms',
    found: pointer,
    hint: '通常是 "/classification/domain"（领域）或 "/unit/unitType"（单位性质）',
  });
}

function checkDomains(call: CallFile, rel: string, problems: Problems): void {
  const domains = Array.isArray(call.options.domains) ? (call.options.domains as string[]) : [];
  if (!call.routing.fallback) return;
  const fallback = call.departments[call.routing.fallback.department]?.name ?? call.routing.fallback.department;
  domains.forEach((domain, k) => {
    const owners = Object.entries(call.departments).filter(([, d]) => d.domains.includes(domain));
    if (!owners.length) {
      problems.warn(
        'domain-fallback',
        rel,
        `/options/domains/${k}`,
        `领域“${domain}”没有处室负责，将交给兜底处室 ${fallback}，并提示填报人电话确认`,
        {
          expected: 'a department listing it in domains',
          found: '（没有）',
          hint: '若新通知写明了归口处室，把该领域加到那个处室的 domains 中',
        },
      );
    } else if (owners.length > 1) {
      problems.warn(
        'domain-ambiguous',
        rel,
        `/options/domains/${k}`,
        `领域“${domain}”同时列在 ${owners.map(([id]) => id).join('、')} 中，按先列出的处室受理`,
        {
          expected: 'one department',
          found: owners.map(([id]) => id).join(', '),
        },
      );
    }
  });
  for (const [id, d] of Object.entries(call.departments)) {
    d.domains.forEach((domain, k) => {
      if (!domains.includes(domain)) {
        problems.warn(
          'domain-unknown',
          rel,
          `/departments/${id}/domains/${k}`,
          `处室 ${d.name} 负责的领域“${domain}”不在 options.domains 中，填报人无法选择`,
          {
            expected: `one of options.domains`,
            found: domain,
            hint: closest(domain, domains) ? `是否应为“${closest(domain, domains)}”？` : '把它加到 options.domains，或从这里删除',
          },
        );
      }
    });
  }
}

/** The window's clause quotes the notice; after a rollover it still names last year's dates until replaced. */
function checkWindowClause(call: CallFile, rel: string, problems: Problems): void {
  const pad = (n: string): string => n.padStart(2, '0');
  const dates = [...call.window.clause.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
    (m) => `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`,
  );
  if (!dates.length) return;
  const { opens, closes } = call.window;
  if (dates.includes(opens) && (closes === null || dates.includes(closes))) return;
  problems.warn(
    'clause-dates',
    rel,
    '/window/clause',
    `报送时间的原文写的日期（${dates.join('、')}）与 opens/closes（${opens} 至 ${closes ?? '不截止'}）不一致`,
    {
      expected: `${opens} … ${closes ?? ''}`,
      found: call.window.clause,
      hint: '换成新通知中关于报送时间的原文（逐字引用），或核对 opens/closes',
    },
  );
}

/**
 * What to write instead of an unknown department: the id whose name was written (`社农处` →
 * `shenong`) or the closest id, and always every valid id with its name.
 */
export function departmentHint(id: string, departments: CallFile['departments']): string {
  const entries = Object.entries(departments);
  const valid = `可用的代号：${entries.map(([k, d]) => `${k}（${d.name}）`).join('、')}`;
  const byName = entries.find(([, d]) => d.name === id || d.nameEn === id) ?? entries.find(([, d]) => closest(id, [d.name]));
  if (byName) return `“${id}”是处室名称，这里要写代号：是否应为 "${byName[0]}"（${byName[1].name}）？${valid}`;
  const near = closest(
    id,
    entries.map(([k]) => k),
  );
  return near
    ? `是否应为 "${near}"（${departments[near]?.name}）？${valid}`
    : `${valid}；新处室先在 departments 中添加（名称、英文名、电话、负责领域）`;
}
