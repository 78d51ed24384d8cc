import { expect, userEvent, within } from 'storybook/test';
import { uiStrings } from '../../src/i18n/strings.js';
import { beforeOpenAt, example, openAt, type RuleTest, ruleEntry, splitKey } from './catalog.js';
import { formBody, loadedForm, part } from './checks.js';
import { type FormStory, renderForm, statusWith, submitAndGetSummary, verdictOf } from './form-stories.js';

/**
 * The stories a call unlike Dalian's needs (generated for `calls/<series>/` forms, see
 * generate.mjs): a window without a closing date — open long after it opened, shut only before
 * it opens — and the findings of a computed, tiered rule at each band edge, from the rule's own
 * embedded tests.
 */

const zh = uiStrings('zh-CN');

/** Three years after the window opened, 10:00 in the call's time zone: an open-ended window is still open. */
function longAfter(opensAt: string): string {
  const year = Number(opensAt.slice(0, 4)) + 3;
  return `${year}${opensAt.slice(4, 10)}T10:00:00${opensAt.slice(19)}`;
}

/** A window the notice gives no closing date: years later the panel still says open, with no deadline, and the demand submits. */
export function openEndedStory(key: string): FormStory {
  const { call } = splitKey(key);
  return {
    args: { example: 'eligible.json' },
    render: (args) => renderForm({ ...args, now: args.now || longAfter(openAt(args.year, call)) }),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const verdict = verdictOf(el);
      await expect(verdict.open).toBe(true);
      await expect(verdict.window.closes).toBeNull();
      await expect(verdict.window.message).toContain('通知未规定截止日期');
      await expect(within(part(el, '.panel .window')).getByText(verdict.window.message)).toBeVisible();
      await expect(statusWith(formBody(el), zh.submitted)).toBeVisible();
    },
  };
}

/** The day before the window opens: the panel says when it opens (and that no closing date is set), and that blocks submitting. */
export function notYetOpenStory(key: string): FormStory {
  const { call } = splitKey(key);
  return {
    args: { example: 'eligible.json' },
    render: (args) => renderForm({ ...args, now: args.now || beforeOpenAt(args.year, call) }),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const verdict = verdictOf(el);
      await expect(verdict.open).toBe(false);
      await expect(verdict.window.state).toBe('before');
      await expect(within(part(el, '.panel .window')).getByText(verdict.window.message)).toBeVisible();
      const summary = await submitAndGetSummary(formBody(el), zh.submit);
      await expect(within(summary).getByText(verdict.window.message)).toBeVisible();
    },
  };
}

type Json = Record<string, unknown>;

/** `base` with `over` laid on it: objects merge key by key, anything else replaces. */
function overlay(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = out[key];
    const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = isObject(value) && isObject(under) ? overlay(under, value) : value;
  }
  return out;
}

/** Whether `data` has a value at the JSON Pointer `pointer`. */
function has(data: Json, pointer: string): boolean {
  let node: unknown = data;
  for (const key of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return false;
    node = (node as Json)[key];
  }
  return true;
}

/** `data` without the value at `pointer` (when there is one). */
function without(data: Json, pointer: string): void {
  const keys = pointer.split('/').slice(1);
  let node: unknown = data;
  for (const key of keys.slice(0, -1)) node = typeof node === 'object' && node !== null ? (node as Json)[key] : undefined;
  if (typeof node === 'object' && node !== null) delete (node as Json)[keys.at(-1) as string];
}

/** The embedded test `name` of `rule`; throws naming both when the rule file no longer has it (run generate.mjs). */
function ruleTest(key: string, rule: string, name: string, year: number): { test: RuleTest; reads: string[] } {
  const entry = ruleEntry(key, rule, year);
  const test = entry.tests?.find((t) => t.name === name);
  if (!test) throw new Error(`story: ${key} ${rule} has no test “${name}” in ${year} — run generate.mjs`);
  return { test, reads: [...new Set([...(entry.fields ?? []), ...(entry.needs ?? [])])] };
}

/**
 * The eligible example with the test's data laid on it, and every field the rule reads that the
 * test leaves out removed — so the rule sees exactly what its test gives it (“未填研发投入”).
 */
function testData(key: string, rule: string, name: string, year: number): Json {
  const { test, reads } = ruleTest(key, rule, name, year);
  const data = overlay(example(key, 'eligible.json', year), test.data);
  for (const pointer of reads) if (!has(test.data, pointer)) without(data, pointer);
  return data;
}

/**
 * One embedded test of a computed rule (a band edge: 4999.99 / 5000 / 5000.01 万元), on the
 * eligible example: after 提交 a `fail` shows the rule's message in the panel with every
 * placeholder filled (the band, the required and the actual percentage); a `pass` or
 * `notApplicable` shows nothing of that rule.
 */
export function boundaryStory(key: string, rule: string, name: string): FormStory {
  return {
    render: (args) => {
      const { test } = ruleTest(key, rule, name, args.year);
      return renderForm({ ...args, value: args.value ?? testData(key, rule, name, args.year), now: args.now || test.now || '' });
    },
    play: async ({ canvasElement, args }) => {
      const { test } = ruleTest(key, rule, name, args.year);
      const el = await loadedForm(canvasElement);
      const finding = verdictOf(el).findings.find((f) => f.rule === rule);
      await userEvent.click(within(formBody(el)).getByRole('button', { name: zh.submit }));
      await el.updateComplete;
      const shown = part(el, '.panel').querySelector(`[data-rule="${rule}"]`);
      if (test.expect !== 'fail') {
        await expect(finding).toBeUndefined();
        await expect(shown).toBeNull();
        return;
      }
      if (!finding) throw new Error(`story: ${key} “${name}” should break ${rule}, but the form finds nothing`);
      await expect(finding.message).not.toMatch(/\{[^}]*\}/);
      await expect(shown).not.toBeNull();
      await expect(within(shown as HTMLElement).getByText(finding.message)).toBeVisible();
    },
  };
}
