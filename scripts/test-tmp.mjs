// Vitest global setup of the Node projects: every temporary folder a test makes (os.tmpdir(),
// mkdtemp, the CLI and servers the tests spawn) goes under one folder per project run, removed
// when the run ends — a test that forgets its own clean-up, or is killed half-way, leaves nothing
// in /tmp (an earlier run of the suite had left 845 `guide-forms-*` folders behind).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(project) {
  const before = process.env.TMPDIR;
  // The projects' setups run one after another in one process: each folder goes in the system's
  // temporary folder, not inside the previous project's. Nested four deep, Chromium's socket path
  // (…/org.chromium.Chromium.XXXXXX/SingletonSocket) passed the 107 characters a Unix socket allows
  // and every e2e test failed to launch the browser.
  process.env.GUIDE_FORMS_TEST_TMP_ROOT ??= tmpdir();
  const dir = mkdtempSync(join(process.env.GUIDE_FORMS_TEST_TMP_ROOT, `guide-forms-test-${project?.name ?? 'run'}-`));
  // Read by os.tmpdir() in this process and inherited by the test workers, forked after this.
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  };
}
