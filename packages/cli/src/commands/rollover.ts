import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CallFile, fileFormatErrors, GuideFormsError, type RuleFile } from '@guide-forms/core/node';
import { applyEdits, modify } from 'jsonc-parser';
import { readSource } from '../admin/sources.js';
import { parseArgs } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { runLint } from '../lint/index.js';
import { type RolledFile, rollCall, rollRules } from '../rollover/plan.js';
import { runTests } from '../testing/run.js';
import { USAGE } from './usage.js';

export const usage = USAGE.rollover;

function year(value: string | undefined, what: string): number {
  if (!value || !/^\d{4}$/.test(value)) throw new UsageError(`${what}应为四位年份，如 2022（实际为 ${value ?? '（没有）'}）`);
  return Number(value);
}

/**
 * `rollover <from> <to>`: creates `rules/<to>/` from `rules/<from>/` as a draft.
 * `rollover --finalize <year>`: clears the draft once lint and test pass.
 * Exit 2 when the target year exists (nothing is overwritten) or the source is missing.
 */
export function rollover(argv: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(argv, [], ['finalize']);
  const root = rootOf(io);
  if (options.finalize) {
    if (positionals.length !== 1) throw new UsageError('--finalize 需要一个年份，如 guide-forms rollover --finalize 2023');
    return finalize(root, year(positionals[0], '年度'), io);
  }
  if (positionals.length !== 2) throw new UsageError(`需要两个年份：rollover <from> <to>（实际 ${positionals.length} 个参数）`);
  const from = year(positionals[0], '<from> ');
  const to = year(positionals[1], '<to> ');
  if (to <= from) throw new UsageError(`<to> 应晚于 <from>（实际 ${from} → ${to}）`);
  return create(root, from, to, io);
}

function create(root: string, from: number, to: number, io: Io): number {
  const source = join(root, 'rules', String(from));
  const target = join(root, 'rules', String(to));
  if (!existsSync(source)) {
    throw new GuideFormsError('unknown-year', `rules/${from}/ 不存在，无法从 ${from} 年生成`, {
      expected: `rules/${from}/`,
      found: '（没有）',
    });
  }
  if (existsSync(target)) {
    io.stderr.write(
      `guide-forms rollover: rules/${to}/ 已存在，rollover 不会覆盖已有年度。若要重新生成，请先删除或改名该文件夹。\n` +
        `guide-forms rollover: rules/${to}/ already exists; rollover never overwrites a year. Remove or rename it first.\n`,
    );
    return EXIT.usage;
  }

  const rolled = new Map<string, RolledFile>();
  const copies: string[] = [];
  for (const name of readdirSync(source).sort()) {
    const rel = `rules/${from}/${name}`;
    if (name !== 'call.json' && !name.endsWith('.rules.json')) {
      copies.push(name);
      continue;
    }
    const file = readSource(root, rel);
    if (file.parseError) {
      const { line, column, code } = file.parseError;
      throw new GuideFormsError(
        'bad-json',
        `JSON 格式错误（第 ${line} 行第 ${column} 列：${code}），请先修正（guide-forms lint --year ${from}）`,
        {
          file: `${rel}:${line}:${column}`,
        },
      );
    }
    // A file of the wrong shape (`"window": null`, `"rules": null`, `null`) is named here, not met as a TypeError.
    const [bad] = fileFormatErrors(name === 'call.json' ? 'call' : 'rules', file.data, rel);
    if (bad) throw bad;
    const out = `rules/${to}/${name}`;
    rolled.set(
      name,
      name === 'call.json'
        ? rollCall(out, file.text, file.data as CallFile, from, to)
        : rollRules(out, file.text, file.data as RuleFile, from, to),
    );
  }
  if (!rolled.has('call.json'))
    throw new GuideFormsError('missing-call', `rules/${from}/ 中没有 call.json`, { file: `rules/${from}/call.json` });

  // Write into a temporary folder and rename it, so a failure leaves no half-made year.
  const staging = join(root, 'rules', `.${to}.rollover`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  for (const [name, file] of rolled) writeFileSync(join(staging, name), file.text);
  for (const name of copies) copyFileSync(join(source, name), join(staging, name));
  renameSync(staging, target);
  const examples = copyYearExamples(root, from, to);

  const all = [...rolled.values()];
  const lines = [`已生成 rules/${to}/（来自 rules/${from}/，草稿）/ created rules/${to}/ from rules/${from}/ as a draft`, ''];
  lines.push('已修改 changed:');
  for (const c of all.flatMap((f) => f.changes)) {
    lines.push(`  ${c.file}#/${c.path.join('/')}: ${JSON.stringify(c.from) ?? '（没有）'} → ${JSON.stringify(c.to)}`);
  }
  const clauses = all.flatMap((f) => f.clauses);
  lines.push(
    '',
    '未改动的通知原文（引用旧通知，请按新通知逐字替换）/ quoted clauses kept as they were — replace them from the new notice:',
  );
  lines.push(...(clauses.length ? clauses.map((c) => `  ${c}`) : ['  （没有含年份或日期的原文）']));
  lines.push('  其余 clause 同样引用旧通知，请逐条核对 / every other clause quotes the old notice too: check each one.');
  if (examples.length) {
    lines.push('', `已复制 ${from} 年专用的示例 / copied the examples of ${from} only:`, ...examples.map((e) => `  ${e}`));
  }
  const params = all.flatMap((f) => f.params);
  lines.push('', '未改动的参数（门槛等），请按新通知核对 / params kept as they were — check them against the new notice:');
  lines.push(...(params.length ? params.map((p) => `  ${p}`) : ['  （没有）']));
  lines.push(
    '',
    '下一步 next steps:',
    `  1. 按新通知修改 rules/${to}/（报送时间、门槛、处室、领域、原文）`,
    `  2. guide-forms lint --year ${to}`,
    `  3. guide-forms test --year ${to}`,
    `  4. guide-forms diff ${from} ${to}   （审批用的变更清单 / the change list for approval）`,
    `  5. guide-forms rollover --finalize ${to}   （lint 与 test 通过后去掉草稿标记 / clears "draft" once lint and test pass）`,
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function finalize(root: string, y: number, io: Io): number {
  const rel = `rules/${y}/call.json`;
  if (!existsSync(join(root, rel))) {
    throw new GuideFormsError('unknown-year', `rules/${y}/call.json 不存在`, { file: rel });
  }
  const call = readSource(root, rel);
  const [bad] = call.parseError ? [] : fileFormatErrors('call', call.data, rel);
  if (bad) throw bad;
  if (call.parseError || (call.data as CallFile).draft !== true) {
    if (call.parseError) {
      io.stderr.write(`guide-forms rollover: ${rel} 不是有效的 JSON，请先运行 guide-forms lint --year ${y}\n`);
      return EXIT.notOk;
    }
    io.stdout.write(`${y} 年不是草稿，无需 finalize / ${y} is not a draft; nothing to do\n`);
    return EXIT.ok;
  }
  const problems = runLint(root, y);
  const rows = runTests(root, y);
  const failed = rows.filter((r) => r.status === 'fail').length;
  if (problems.errors || failed) {
    io.stderr.write(
      `${y} 年仍为草稿：lint 有 ${problems.errors} 个错误，test 有 ${failed} 项失败。请运行 guide-forms lint --year ${y} 和 guide-forms test --year ${y} 查看详情。\n` +
        `${y} stays a draft: lint found ${problems.errors} errors and test ${failed} failures.\n`,
    );
    return EXIT.notOk;
  }
  const text = applyEdits(call.text, modify(call.text, ['draft'], undefined, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
  writeFileSync(join(root, rel), text);
  io.stdout.write(`${y} 年已定稿：lint 与 test 全部通过，已从 ${rel} 删除 "draft" / ${y} finalized: lint and test pass, "draft" removed\n`);
  return EXIT.ok;
}

/**
 * A year's own examples (`forms/<category>/examples/<from>/`) go on to the new year as
 * `examples/<to>/`, so the new year starts judged by the examples the last one ended with.
 * Existing files are left alone. Returns the files written.
 */
function copyYearExamples(root: string, from: number, to: number): string[] {
  const written: string[] = [];
  const forms = join(root, 'forms');
  if (!existsSync(forms)) return written;
  for (const category of readdirSync(forms).sort()) {
    const dir = join(forms, category, 'examples', String(from));
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const out = join(forms, category, 'examples', String(to), name);
      if (existsSync(out)) continue;
      mkdirSync(join(forms, category, 'examples', String(to)), { recursive: true });
      copyFileSync(join(dir, name), out);
      written.push(`forms/${category}/examples/${to}/${name}`);
    }
  }
  return written;
}
