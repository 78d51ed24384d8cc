// Bundles the compiled CLI (dist/main.js) and its dependencies into dist/bundle/, one chunk per
// command. Node spends most of a start resolving and loading modules one file at a time
// (Fastify, ajv and core are ~400 files); bundled, `guide-forms serve` listens after ~0.3 s of
// CPU instead of ~0.6 s (packages/bench RESULTS §4). docx, exceljs, json-schema-to-typescript
// and cli-progress stay external: they load only in the commands that use them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(cli, 'dist/main.js')],
  outdir: join(cli, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD build requires its parts by computed paths.
  mainFields: ['module', 'main'],
  external: ['docx', 'exceljs', 'json-schema-to-typescript', 'cli-progress'],
  // Bundled CommonJS (Fastify, ajv) still calls require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
