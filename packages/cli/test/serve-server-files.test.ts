// A broken file of another call series is the server's fault (500 server-files, naming it),
// never answered as the caller's malformed JSON.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';
import { listen, post, Q_NOW, type Running, tempDir, tempRoot } from './serve-helpers.js';

const parent = tempDir();
let server: Running;
beforeAll(async () => {
  const root = tempRoot(parent);
  cpSync(join(REPO, 'calls'), join(root, 'calls'), { recursive: true });
  server = await listen({ root });
  writeFileSync(join(root, 'calls/yichang/rules/2022/jiebang.rules.json'), '{bad\n');
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

const FILE = 'calls/yichang/rules/2022/jiebang.rules.json';

describe('a broken file of another series, on a running server', () => {
  it('POST /v1/check/jiebang?call=yichang with a valid body: 500 server-files naming the file', async () => {
    const body = JSON.parse(readFileSync(join(REPO, 'calls/yichang/forms/jiebang/examples/eligible.json'), 'utf8'));
    const res = await post(`${server.base}/v1/check/jiebang?call=yichang&${Q_NOW}`, body);
    expect(res.status).toBe(500);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('server-files');
    expect(error.message).toBe(`服务器上的表单或规则文件有误（${FILE}:1:2），请联系管理员`);
    const line = server.logs.map((l) => JSON.parse(l) as { code?: string; cause?: string }).find((l) => l.code === 'server-files');
    expect(line?.cause).toContain(`${FILE}:1:2: JSON 格式错误`);
  });

  it('GET /v1/forms?call=yichang (no body at all): the same 500, in English when asked', async () => {
    const res = await fetch(`${server.base}/v1/forms?call=yichang&lang=en`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      error: { code: 'server-files', message: `The server’s forms or rules are broken (${FILE}:1:2); contact the administrator` },
    });
  });

  it('an unknown series is still the caller’s 404, and the default series still answers', async () => {
    expect((await fetch(`${server.base}/v1/forms?call=nope`)).status).toBe(404);
    expect((await fetch(`${server.base}/v1/forms`)).status).toBe(200);
  });
});
