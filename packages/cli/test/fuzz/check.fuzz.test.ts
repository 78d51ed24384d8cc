// Issue 14: `guide-forms check` on random and mutated files — JSON text of hostile submissions,
// the same text cut or spliced, and random bytes — exits 0, 1 or 2, never prints a stack trace
// or a raw control character, and an exit 2 is one line naming the file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileString, submissionFor } from '../../../core/test/fuzz/arbitraries.js';
import { cli, REPO } from '../run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const RUNS = Number(process.env.GF_FUZZ_RUNS_CLI ?? 25);
const dir = mkdtempSync(join(tmpdir(), 'gf-fuzz-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STACK = /^\s+at .*:\d+:\d+\)?$/m;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** File contents: a submission's JSON, that JSON damaged, or bytes. */
function fileFor(category: string): fc.Arbitrary<string | Uint8Array> {
  const json = submissionFor(REPO, category).map((d) => JSON.stringify(d) ?? 'null');
  return fc.oneof(
    { weight: 4, arbitrary: json },
    { weight: 2, arbitrary: fc.tuple(json, fc.nat(), hostileString).map(([t, at, s]) => t.slice(0, at % (t.length + 1)) + s) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  );
}

let n = 0;
describe.each(['key-rd', 'transfer', 'regional'])('guide-forms check %s on fuzzed files', (category) => {
  it(
    `exits 0/1/2 with a verdict or one clean line (${RUNS} files)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fileFor(category), fc.boolean(), async (content, json) => {
          const path = join(dir, `f${n++}.json`);
          writeFileSync(path, content);
          const r = await cli(['check', category, path, '--now', NOW, ...(json ? ['--json'] : [])]);
          expect([0, 1, 2]).toContain(r.code);
          expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
          expect(`${r.stdout}${r.stderr}`).not.toMatch(RAW_CONTROL);
          if (r.code === 2) {
            expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(r.stderr).toContain(`f${n - 1}.json`);
          } else if (json) {
            expect(JSON.parse(r.stdout).ok).toBe(r.code === 0);
          }
        }),
        { numRuns: RUNS },
      );
    },
    60_000 + RUNS * 1000,
  );
});
