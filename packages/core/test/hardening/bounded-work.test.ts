// A body of under 1 MB must not cost seconds or answer hundreds of megabytes: a list far past its
// maxItems is checked up to maxItems, and a verdict lists at most MAX_REPORTED_ERRORS errors.
import { Engine, type RawSchemaError } from '@guide-forms/core';
import { loadCatalog } from '@guide-forms/core/node';
import { MAX_REPORTED_ERRORS, schemaValidators } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT } from '../helpers.js';

const catalog = loadCatalog(ROOT);
const engine = new Engine(catalog, schemaValidators());

function withMilestones(count: number): Record<string, unknown> {
  const data = clone(example('key-rd')) as { indicators: { milestones: unknown[] } };
  data.indicators.milestones = Array.from({ length: count }, () => ({}));
  return data;
}

describe('320,000 empty rows of 阶段性考核指标 (965 KB)', () => {
  it('are judged up to maxItems only: the maxItems error and the rows up to it, no further (was ~9 s, 1,280,001 errors)', () => {
    const data = withMilestones(320_000);
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.valid).toBe(false);
    expect(v.errors[0]).toMatchObject({ pointer: '/indicators/milestones', keyword: 'maxItems' });
    expect(v.errors.filter((e) => e.pointer.startsWith('/indicators/milestones/99/'))).toHaveLength(4);
    expect(v.errors.filter((e) => e.pointer.startsWith('/indicators/milestones/100/'))).toEqual([]);
    expect(v.errors).toHaveLength(1 + 4 * 100);
    expect(JSON.stringify(v).length).toBeLessThan(100_000); // was 142 MB
  });
});

describe(`a verdict lists at most ${MAX_REPORTED_ERRORS} errors`, () => {
  // No 2022 form reaches the cap (every list stops at its maxItems): a validator that finds more
  // stands for a form to come.
  const many = (count: number) => {
    const validators = schemaValidators();
    return new Engine(catalog, (key, schema, shared) => {
      const real = validators(key, schema, shared);
      if (key.condition !== undefined) return real;
      return (data) => [
        ...real(data),
        ...Array.from(
          { length: count },
          (_, i): RawSchemaError => ({
            keyword: 'required',
            instancePath: `/x/${i}`,
            schemaPath: '#/required',
            params: { missingProperty: 'y' },
          }),
        ),
      ];
    });
  };

  it('and one more, maxErrors at the form, counting the rest (both languages)', () => {
    const over = many(1500);
    const zh = over.evaluate('key-rd', example('key-rd'), { now: OPEN_NOW });
    expect(zh.valid).toBe(false);
    expect(zh.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(zh.errors[MAX_REPORTED_ERRORS - 1]?.pointer).toBe(`/x/${MAX_REPORTED_ERRORS - 1}/y`);
    expect(zh.errors.at(-1)).toEqual({
      pointer: '',
      keyword: 'maxErrors',
      message: `另有 500 处错误未列出（只列出前 ${MAX_REPORTED_ERRORS} 处）`,
    });
    const en = over.evaluate('key-rd', example('key-rd'), { now: OPEN_NOW, lang: 'en' });
    expect(en.errors.at(-1)?.message).toBe(`… and 500 more errors (only the first ${MAX_REPORTED_ERRORS} are listed)`);
  });

  it('lists every error up to the cap, nothing added', () => {
    const v = many(MAX_REPORTED_ERRORS).evaluate('key-rd', example('key-rd'), { now: OPEN_NOW });
    expect(v.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(v.errors.some((e) => e.keyword === 'maxErrors')).toBe(false);
  });
});
