import type { Finding, SchemaError, Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { Reveal } from '../src/guide-form/reveal.js';

const error = (pointer: string, message: string): SchemaError => ({ pointer, keyword: 'required', message });
const finding = (rule: string, pointers: string[], severity: Finding['severity'] = 'block'): Finding => ({
  rule,
  severity,
  message: `${rule} 不符合`,
  pointers,
  clause: '一',
});
const verdict = (errors: SchemaError[], findings: Finding[]): Verdict => ({
  category: 'key-rd',
  year: 2022,
  valid: errors.length === 0,
  eligible: findings.every((f) => f.severity !== 'block'),
  open: true,
  ok: false,
  errors,
  findings,
  route: null,
  window: { state: 'open', opens: '2021-10-25', closes: '2021-11-10', message: '' },
});

describe('the messages next to a field', () => {
  const v = verdict(
    [
      error('/project/totalRdInvestment', '请填写研发总投入'),
      error('/unit/name', '请填写单位名称'),
      error('/project/totalRdInvestment', '研发总投入须为数字'),
    ],
    [
      finding('R14', ['/project/totalRdInvestment']),
      finding('R11', ['/indicators/binding/a', '/indicators/binding/b']),
      finding('R20', ['/project/totalRdInvestment'], 'warn'),
    ],
  );

  it('are its own errors in the verdict’s order, then the findings shown at it, once it was left', () => {
    const touched = new Set<string>();
    const reveal = new Reveal(touched);
    expect(reveal.messages(v, '/project/totalRdInvestment')).toEqual([]);
    touched.add('/project/totalRdInvestment');
    expect(reveal.messages(v, '/project/totalRdInvestment')).toEqual([
      { kind: 'error', text: '请填写研发总投入' },
      { kind: 'error', text: '研发总投入须为数字' },
      { kind: 'block', text: 'R14 不符合' },
      { kind: 'warn', text: 'R20 不符合' },
    ]);
    // Another field's errors never show here; a field with none shows nothing.
    expect(reveal.messages(v, '/unit/name')).toEqual([]);
    expect(reveal.messages(v, '/unit/phone')).toEqual([]);
  });

  it('a finding about several fields shows once, on the group holding them, when all of them were left', () => {
    const touched = new Set<string>(['/indicators/binding/a']);
    const reveal = new Reveal(touched);
    expect(reveal.messages(v, '/indicators/binding')).toEqual([]);
    touched.add('/indicators/binding/b');
    expect(reveal.messages(v, '/indicators/binding')).toEqual([{ kind: 'block', text: 'R11 不符合' }]);
    expect(reveal.messages(v, '/indicators/binding/a')).toEqual([]);
    expect(reveal.messages(v, '/indicators/binding/b')).toEqual([]);
  });

  it('after a submit attempt everything shows, and a new verdict is read afresh', () => {
    const reveal = new Reveal(new Set());
    reveal.all = true;
    expect(reveal.messages(v, '/unit/name')).toEqual([{ kind: 'error', text: '请填写单位名称' }]);
    const fixed = verdict([], [finding('R14', ['/project/totalRdInvestment'])]);
    expect(reveal.messages(fixed, '/unit/name')).toEqual([]);
    expect(reveal.messages(fixed, '/project/totalRdInvestment')).toEqual([{ kind: 'block', text: 'R14 不符合' }]);
    expect(reveal.messages(v, '/unit/name')).toEqual([{ kind: 'error', text: '请填写单位名称' }]);
  });
});
