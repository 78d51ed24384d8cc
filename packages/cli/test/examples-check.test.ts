// Every example of every form through `guide-forms check`, the way a server would re-check it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getForm } from '@guide-forms/core/node';
import { exampleExpectation } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { cli, REPO } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const categories = readdirSync(join(REPO, 'forms'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name);

for (const category of categories) {
  describe(`guide-forms check ${category} <example>`, () => {
    const files = readdirSync(join(REPO, 'forms', category, 'examples')).filter((f) => f.endsWith('.json'));
    const rules = getForm(category, 2022).rules;
    for (const file of files) {
      const path = `forms/${category}/examples/${file}`;
      const expectation = exampleExpectation(file);
      const rule = expectation?.kind === 'finding' ? rules.find((r) => r.id === expectation.rule) : undefined;
      // Blocked and invalid examples exit 1; eligible ones, and those only warned or flagged, exit 0.
      const expected = expectation?.kind === 'invalid' || (expectation?.kind === 'finding' && expectation.severity === 'block') ? 1 : 0;
      it(`${file} → exit ${expected}`, async () => {
        const r = await cli(['check', category, path, '--now', NOW]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(expected);
        if (file === 'fail-R6.json' && !r.stdout.includes('0411-')) expect(r.stdout).toContain('归口处室：选择所属领域后确定');
        else expect(r.stdout).toMatch(/归口处室：\S+ 0411-\d{8}/);
        if (rule) {
          expect(r.stdout).toContain(`${rule.id} `);
          expect(r.stdout).toContain(`通知原文：“${rule.clause}”`);
        }
      });
    }
  });
}
