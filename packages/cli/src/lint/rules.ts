import { type CallFile, GuideFormsError, type Json, type Rule, type RuleFile } from '@guide-forms/core/node';
import {
  type CompiledLogic,
  compileComputed,
  compileLogic,
  type FieldInfo,
  type FieldRead,
  isPointer,
  OPERATORS,
  paramTypeProblems,
  placeholders,
  ruleFileProblems,
  summaryCategory,
  toPattern,
} from '@guide-forms/core/tooling';
import { closest, type Problems } from '../admin/problems.js';
import { callOf, ruleFilesOf, type SourceFile, type Workspace } from '../admin/sources.js';
import type { FormFields } from './forms.js';
import { checkMeta } from './meta.js';
import { checkPairSummary, isPairFile, pairFields } from './pair.js';

/** One rule being linted, with what the checks share. */
interface RuleSite {
  rule: Rule;
  file: SourceFile;
  at: string;
  /** Forms the rule is checked against (slug → fields), only those that compiled. */
  targets: [string, Map<string, FieldInfo>][];
  problems: Problems;
}

/** The pattern of a field read in the form's index, or `null` when it cannot be known statically. */
function patternOf(read: FieldRead): string | null {
  if (read.scope === null) return toPattern(read.pointer);
  if (read.scope.includes('(computed)')) return null;
  return `${toPattern(read.scope)}/*${toPattern(read.pointer)}`;
}

/** Inside `reduce`, data is `{current, accumulator}`: `/current/x` reads the item's `x`. */
function existsIn(fields: Map<string, FieldInfo>, read: FieldRead): boolean {
  const pattern = patternOf(read);
  if (pattern === null || fields.has(pattern)) return true;
  if (read.scope !== null && /^\/accumulator(\/|$)/.test(read.pointer)) return true;
  if (read.scope !== null && /^\/current(\/|$)/.test(read.pointer)) {
    return existsIn(fields, { pointer: read.pointer.slice('/current'.length), scope: read.scope });
  }
  return false;
}

/** Pointer of the first place a string occurs in a JSON value, for locating a read. */
function findString(node: unknown, value: string, at: string): string | undefined {
  if (node === value) return at;
  if (typeof node !== 'object' || node === null) return undefined;
  for (const [k, v] of Object.entries(node)) {
    const hit = findString(v, value, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (hit) return hit;
  }
  return undefined;
}

function hintForField(read: FieldRead, fields: Map<string, FieldInfo>): string {
  const pattern = patternOf(read) ?? read.pointer;
  const near = closest(pattern, fields.keys());
  if (near) return `是否应为 "${read.scope === null ? near : near.slice(`${toPattern(read.scope)}/*`.length) || near}"？`;
  return '字段路径是 JSON Pointer，从表单顶层写起，如 "/project/totalRdInvestment"；在 all/some/none 内部相对于数组的一项';
}

/** Reports a field that some target form does not have. */
function checkField(site: RuleSite, read: FieldRead, pointer: string, what: string): void {
  const missing = site.targets.filter(([, fields]) => !existsIn(fields, read));
  if (!missing.length) return;
  const forms = missing.map(([slug]) => slug);
  const where = read.scope === null ? '' : `（相对于数组 ${read.scope} 的每一项）`;
  site.problems.error(
    'unknown-field',
    site.file.rel,
    pointer,
    `规则 ${site.rule.id}：${what} "${read.pointer}"${where} 在表单 ${forms.join('、')} 中不存在`,
    {
      expected: `a field of ${forms.map((f) => `forms/${f}/schema.json`).join(', ')}`,
      found: read.pointer,
      hint: hintForField(read, (missing[0] as [string, Map<string, FieldInfo>])[1]),
    },
  );
}

/** Operator names from other languages that administrators may type. */
const ALIASES: Record<string, string> = {
  gte: '>=',
  ge: '>=',
  gt: '>',
  lte: '<=',
  le: '<=',
  lt: '<',
  eq: '==',
  equals: '==',
  ne: '!=',
  neq: '!=',
  not: '!',
};

/** The names of the params a logic tree uses (`{"param": "min"}`), found without compiling it. */
function paramsIn(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) paramsIn(n, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'param' && typeof v === 'string') out.add(v);
      else if (k === 'param' && Array.isArray(v) && typeof v[0] === 'string') out.add(v[0]);
      else paramsIn(v, out);
    }
  }
  return out;
}

function compile(site: RuleSite, key: 'when' | 'logic'): CompiledLogic | null | undefined {
  const logic = site.rule[key];
  if (logic === undefined) return null;
  try {
    return compileLogic(logic as Json, {
      file: site.file.rel,
      pointer: `${site.at}/${key}`,
      rule: site.rule.id,
      params: (site.rule.params ?? {}) as Record<string, Json>,
      computed: (site.rule.computed ?? {}) as Record<string, Json>,
      computedAt: `${site.at}/computed`,
    });
  } catch (error) {
    if (!(error instanceof GuideFormsError)) throw error;
    let hint = '允许的运算符和参数个数见 docs/rules.md';
    if (error.expected === 'an allowed operator' && error.found) {
      const near = ALIASES[error.found.toLowerCase()] ?? closest(error.found, Object.keys(OPERATORS));
      hint = near ? `是否应为 "${near}"？${hint}` : hint;
    } else if (error.message.includes('未定义的参数')) {
      hint = '在本规则的 "params" 中定义这个参数，例如 "params": { "min": 200 }';
    } else if (error.message.includes('未定义的计算值')) {
      hint = '在本规则的 "computed" 中定义它，例如 "computed": { "ratio": { "percent": [...] } }';
    }
    site.problems.fromError(error, site.file.rel, hint);
    return undefined;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The checks of one well-formed, active rule. */
function checkRule(site: RuleSite): void {
  const { rule, at, problems, file } = site;
  const usedParams = paramsIn([rule.when, rule.logic, rule.computed]);
  for (const name of Object.keys(rule.params ?? {})) {
    if (!usedParams.has(name)) {
      problems.error(
        'unused-param',
        file.rel,
        `${at}/params/${name}`,
        `规则 ${rule.id}：参数 "${name}" 没有在 when、logic 或 computed 中使用`,
        {
          expected: `{"param": "${name}"} in when or logic`,
          found: 'not used',
          hint: `在 logic 中用 {"param": "${name}"} 代替写死的数字，否则改这个参数不会改变判断；不需要就删除它`,
        },
      );
    }
  }
  for (const problem of paramTypeProblems(rule, file.rel, at)) {
    const meant = problem.expected && /^\d/.test(problem.expected) ? problem.expected : undefined;
    problems.fromError(
      problem,
      file.rel,
      meant
        ? `只写数字，不加引号和单位：${JSON.stringify(problem.pointer?.split('/').at(-1))}: ${meant}（单位写在提示里）`
        : '只写数字，不加引号和单位，例如 300；单位（万元、月）写在 title 和 message 里',
    );
  }
  const when = compile(site, 'when');
  const logic = compile(site, 'logic');
  const computed = compileValues(site);
  if (when === undefined || !logic) return;
  checkComputedUse(site, [...(when?.computed ?? []), ...logic.computed]);

  const reads = [...(when?.reads ?? []), ...logic.reads];
  const topLevel = [...new Set(reads.filter((r) => r.scope === null).map((r) => r.pointer))];
  if (!sameSet(topLevel, rule.fields)) {
    const undeclared = topLevel.filter((p) => !rule.fields.includes(p));
    const unread = rule.fields.filter((p) => !topLevel.includes(p));
    const parts = [
      undeclared.length ? `读取了但未列入 fields：${undeclared.join('、')}` : '',
      unread.length ? `列入 fields 但没有读取：${unread.join('、')}` : '',
    ].filter(Boolean);
    problems.error(
      'fields-mismatch',
      file.rel,
      `${at}/fields`,
      `规则 ${rule.id}：fields 与 when/logic 实际读取的顶层字段不一致（${parts.join('；')}）`,
      {
        expected: JSON.stringify(topLevel),
        found: JSON.stringify(rule.fields),
        hint: `把 "fields" 改为 ${JSON.stringify(topLevel)}`,
      },
    );
  }

  if (!site.targets.length) return;
  const raw = { when: rule.when, logic: rule.logic, computed: rule.computed };
  const seen = new Set<string>();
  for (const read of reads) {
    const key = `${read.scope} ${read.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pointer = findString(raw, read.pointer, at) ?? `${at}/logic`;
    checkField(site, read, pointer, '读取的字段');
  }
  for (const read of computed.flatMap((c) => c.reads)) {
    const key = `${read.scope} ${read.pointer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    checkField(site, read, findString(rule.computed, read.pointer, `${at}/computed`) ?? `${at}/computed`, '计算值读取的字段');
  }
  (rule.needs ?? []).forEach((p, k) => {
    checkField(site, { pointer: p, scope: null }, `${at}/needs/${k}`, 'needs 中的字段');
  });
  (rule.marksRequired ?? []).forEach((p, k) => {
    checkField(site, { pointer: p, scope: null }, `${at}/marksRequired/${k}`, 'marksRequired 中的字段');
  });
  checkMessages(site);
}

/** The rule's computed values compiled (errors reported), for the fields they read. */
function compileValues(site: RuleSite): CompiledLogic[] {
  const { rule, at, file, problems } = site;
  try {
    const values = compileComputed(
      rule.computed as Record<string, Json> | undefined,
      { file: file.rel, rule: rule.id, params: (rule.params ?? {}) as Record<string, Json> },
      at,
    );
    return Object.values(values).flatMap((v) => (v['zh-CN'] === v.en ? [v.en] : [v['zh-CN'], v.en]));
  } catch (error) {
    if (!(error instanceof GuideFormsError)) throw error;
    problems.fromError(error, file.rel, '计算值的写法与 logic 相同，见 docs/rules.md');
    return [];
  }
}

/** A computed value neither the logic nor a message uses is a leftover: changing it changes nothing. */
function checkComputedUse(site: RuleSite, usedInLogic: string[]): void {
  const { rule, at, problems, file } = site;
  const inMessages = [...placeholders(rule.message['zh-CN']), ...placeholders(rule.message.en)];
  for (const name of Object.keys(rule.computed ?? {})) {
    if (usedInLogic.includes(name) || inMessages.includes(name)) continue;
    problems.error('unused-computed', file.rel, `${at}/computed/${name}`, `规则 ${rule.id}：计算值 "${name}" 没有在 logic 或提示中使用`, {
      expected: `{"computed": "${name}"} in logic, or {${name}} in a message`,
      found: 'not used',
      hint: '不需要就删除它',
    });
  }
}

function checkMessages(site: RuleSite): void {
  const { rule, at, problems, file } = site;
  const used: Record<string, string[]> = {};
  for (const lang of ['zh-CN', 'en'] as const) {
    const names = placeholders(rule.message[lang]);
    used[lang] = names;
    for (const name of names) {
      const pointer = `${at}/message/${lang}`;
      if (isPointer(name)) {
        checkField(site, { pointer: name, scope: null }, pointer, `提示中的占位符 {${name}} 指向的字段`);
      } else if (!Object.hasOwn(rule.params ?? {}, name) && !Object.hasOwn(rule.computed ?? {}, name)) {
        const near = closest(name, [...Object.keys(rule.params ?? {}), ...Object.keys(rule.computed ?? {})]);
        problems.error(
          'unknown-placeholder',
          file.rel,
          pointer,
          `规则 ${rule.id}：提示（${lang}）中的占位符 {${name}} 既不是参数、计算值也不是字段路径`,
          {
            expected: `{${Object.keys(rule.params ?? {}).join('}, {') || '参数名'}} or {/field/pointer}`,
            found: `{${name}}`,
            hint: near ? `是否应为 {${near}}？` : '参数写 {min}（须在 params 中定义），字段写 {/project/totalRdInvestment}',
          },
        );
      }
    }
  }
  const zh = [...new Set(used['zh-CN'])].sort();
  const en = [...new Set(used.en)].sort();
  if (!sameSet(zh, en)) {
    problems.warn('placeholder-mismatch', file.rel, `${at}/message`, `规则 ${rule.id}：中英文提示使用的占位符不同`, {
      expected: `zh-CN: ${zh.join(' ') || '（无）'}`,
      found: `en: ${en.join(' ') || '（无）'}`,
      hint: '两种语言的提示通常应说明同样的数值',
    });
  }
}

/** The categories a rule of a file is checked against (for a pair rule: the pair document of each). */
function targetsOf(name: string, rule: Rule, call: CallFile, forms: FormFields, summary?: string): [string, Map<string, FieldInfo>][] {
  if (isPairFile(name)) {
    if (summary === undefined) return [];
    return call.categories
      .filter((c) => c !== summary && (!rule.appliesTo || rule.appliesTo.includes(c)))
      .flatMap((c) => {
        const fields = pairFields(forms, c, summary);
        return fields ? [[`${c}+${summary}`, fields] as [string, Map<string, FieldInfo>]] : [];
      });
  }
  const slugs = name === 'common' ? call.categories.filter((c) => !rule.appliesTo || rule.appliesTo.includes(c)) : [name];
  return slugs.flatMap((s) => {
    const fields = forms.get(s);
    return fields ? [[s, fields] as [string, Map<string, FieldInfo>]] : [];
  });
}

/**
 * The checks lint shares with the engine's compiler — params (`"min": null`) and pointer lists
 * (`"needs": ["/__proto__"]`) — so the runtime refuses what lint refuses, with the same message.
 * Returns the pointers reported, for the format check to skip.
 */
function checkShared(file: SourceFile, problems: Problems): string[] {
  const found = ruleFileProblems(file.data, file.rel);
  for (const error of found) problems.fromError(error, file.rel, SHARED_HINT[error.code]);
  return found.map((e) => e.pointer ?? '');
}

const SHARED_HINT: Record<string, string> = {
  'rule-pointer': '字段路径是 JSON Pointer，从表单顶层写起，如 "/project/totalRdInvestment"；不得使用 __proto__、constructor、prototype',
  'rule-param': '参数写成数字、文字、true/false 或它们的列表，例如 "params": { "min": 200 }；不要写 null',
  'rule-computed': '计算值写成 "computed": { "名称": JSON-Logic }，名称不与参数同名',
};

/** Lints every rule file of a year: format, year and category, ids, then each rule. */
export function checkRuleFiles(ws: Workspace, year: number, forms: FormFields, problems: Problems): void {
  const call = callOf(ws, year);
  const categories = Array.isArray(call?.categories) ? call.categories : [];
  const idsByFile = new Map<string, Map<string, number>>();

  for (const [name, file] of ruleFilesOf(ws, year)) {
    if (!file.data) continue;
    const reported = checkShared(file, problems);
    const bad = [...reported, ...checkMeta('rules', file, problems, reported)];
    const data = file.data as RuleFile;
    if (typeof data !== 'object' || data === null || !Array.isArray(data.rules)) continue;
    if (data.year !== year && typeof data.year === 'number') {
      problems.error('wrong-year', file.rel, '/year', `文件在 rules/${year}/ 中，但 year 写的是 ${data.year}`, {
        expected: String(year),
        found: String(data.year),
        hint: `改为 "year": ${year}`,
      });
    }
    const shared = name === 'common' || isPairFile(name);
    // call.json's pair.summary itself is checked with the call; here only a pair file without a pairing call.
    const summary =
      isPairFile(name) && call
        ? call.pair === undefined
          ? checkPairSummary(call, `rules/${year}/call.json`, year, problems)
          : summaryCategory(call)
        : undefined;
    if (shared && data.category !== undefined) {
      problems.error('common-category', file.rel, '/category', `${name}.rules.json 不应写 category：各条规则用 appliesTo 指定类别`, {
        expected: '（没有）',
        found: JSON.stringify(data.category),
        hint: '删除 "category"',
      });
    } else if (!shared && data.category !== name) {
      problems.error('wrong-category', file.rel, '/category', `文件 ${name}.rules.json 的 category 应为 "${name}"`, {
        expected: `"${name}"`,
        found: JSON.stringify(data.category) ?? '（没有）',
        hint: `写 "category": "${name}"，或按类别重命名文件`,
      });
    }
    // A category the year does not open keeps its file, unused: closing a category is
    // removing it from call.json's categories, nothing else.
    if (!shared && call && !categories.includes(name)) continue;

    const ids = new Map<string, number>();
    idsByFile.set(name, ids);
    data.rules.forEach((rule, i) => {
      const at = `/rules/${i}`;
      if (typeof rule?.id === 'string') {
        const first = ids.get(rule.id);
        if (first !== undefined) {
          problems.error('duplicate-id', file.rel, `${at}/id`, `规则编号 "${rule.id}" 重复：第 ${first + 1} 条（/rules/${first}）已使用`, {
            expected: 'a unique id',
            found: rule.id,
            hint: `给这条规则换一个新编号，如 "${rule.id}.b"；已发布的编号不要改`,
          });
        } else ids.set(rule.id, i);
      }
      if (bad.some((p) => p === at || p.startsWith(`${at}/`)) || rule.retired) return;
      if (rule.appliesTo && !shared) {
        problems.warn(
          'applies-to-ignored',
          file.rel,
          `${at}/appliesTo`,
          `规则 ${rule.id}：appliesTo 只在 common.rules.json 和 pair.rules.json 中有效，这里会被忽略`,
          {
            expected: '（没有）',
            found: JSON.stringify(rule.appliesTo),
            hint: '删除 appliesTo',
          },
        );
      }
      (rule.appliesTo ?? []).forEach((slug, k) => {
        if (summary !== undefined && slug === summary) {
          problems.error(
            'pair-applies-to',
            file.rel,
            `${at}/appliesTo/${k}`,
            `规则 ${rule.id}：appliesTo 列的是征集表的类别，"${slug}" 是凝练信息表本身`,
            {
              expected: `one of: ${categories.filter((c) => c !== summary).join(', ')}`,
              found: slug,
              hint: `删除 "${slug}"`,
            },
          );
        } else if (call && !categories.includes(slug) && !ws.files.has(`forms/${slug}/schema.json`)) {
          // A category with a form that this year does not open is closed, not misspelled:
          // its common rules stay, unused, until it reopens.
          problems.error(
            'unknown-category',
            file.rel,
            `${at}/appliesTo/${k}`,
            `规则 ${rule.id}：appliesTo 中的类别 "${slug}" 不是任何表单，${year} 年也没有开放`,
            {
              expected: `one of: ${categories.join(', ')}`,
              found: slug,
              hint: closest(slug, categories) ? `是否应为 "${closest(slug, categories)}"？` : `检查 rules/${year}/call.json 的 categories`,
            },
          );
        }
      });
      if (rule.severity !== 'info' && !rule.tests.some((t) => t.expect === 'fail')) {
        problems.error('tests-missing-fail', file.rel, `${at}/tests`, `规则 ${rule.id}：没有 "expect": "fail" 的测试用例`, {
          expected: 'at least one test that fails',
          found: rule.tests.map((t) => t.expect).join(', '),
          hint: '加一条刚好不符合规则的用例（例如 199.99 万元）',
        });
      }
      if (readsToday(rule)) {
        rule.tests.forEach((t, k) => {
          if (typeof t.now === 'string') return;
          problems.error(
            'test-missing-now',
            file.rel,
            `${at}/tests/${k}`,
            `规则 ${rule.id} 用到 {"today": …}：用例“${t.name}”须写明 "now"`,
            {
              expected: '"now": "2021-11-01T10:00:00+08:00"',
              found: '（没有）',
              hint: '否则用例的结果随运行日期变化',
            },
          );
        });
      }
      const targets = call ? targetsOf(name, rule, call, forms, summary) : [];
      checkRule({ rule, file, at, targets, problems });
    });
  }

  // A category rule must not reuse the id of a common rule that applies to the same form.
  const common = ruleFilesOf(ws, year).get('common')?.data as RuleFile | undefined;
  for (const [name, ids] of idsByFile) {
    if (name === 'common' || !common) continue;
    for (const shared of common.rules ?? []) {
      if (shared.appliesTo && !shared.appliesTo.includes(name)) continue;
      const i = ids.get(shared.id);
      if (i === undefined) continue;
      problems.error(
        'duplicate-id',
        `rules/${year}/${name}.rules.json`,
        `/rules/${i}/id`,
        `规则编号 "${shared.id}" 已在 common.rules.json 中用于同一类别`,
        {
          expected: 'a unique id',
          found: shared.id,
          hint: '换一个编号，或删除其中一条',
        },
      );
    }
  }
}

/** True when a rule's `when` or `logic` asks for today's date, so its tests must fix `now`. */
function readsToday(rule: Rule): boolean {
  const walk = (node: unknown): boolean =>
    Array.isArray(node)
      ? node.some(walk)
      : typeof node === 'object' && node !== null && (Object.hasOwn(node, 'today') || Object.values(node).some(walk));
  return walk(rule.when) || walk(rule.logic);
}
