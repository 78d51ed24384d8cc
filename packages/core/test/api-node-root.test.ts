// Alone in its file: nothing else here imports @guide-forms/core/node, so the default engine
// can only come from the root entry as Node resolves it.
import { evaluate, listCategories } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';

describe('@guide-forms/core in Node', () => {
  it('judges with the repository’s forms and rules without any setup', () => {
    expect(listCategories(2022).map((c) => c.category)).toContain('key-rd');
    expect(evaluate('key-rd', {}, { year: 2022 }).valid).toBe(false);
  });
});
