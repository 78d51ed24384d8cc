// Every error answer has the documented shape {"error":{"code","message"}} — also what Node's
// HTTP parser and Fastify's router refuse before a route runs — and a port or address that
// cannot be used is one plain line, exit 2.
import { connect, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { listen, type Running } from './serve-helpers.js';

let server: Running;
beforeAll(async () => {
  server = await listen();
}, 60_000);
afterAll(() => server?.close());

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function raw(text: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = answer.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
    });
  });
}

const SHAPE = { error: { code: expect.any(String), message: expect.any(String) } };

describe('answers refused before routing', () => {
  it('a path of 110 KB: 431 headers-too-large', async () => {
    const res = await fetch(`${server.base}/${'a'.repeat(110_000)}`);
    expect(res.status).toBe(431);
    const body = await res.json();
    expect(body).toEqual(SHAPE);
    expect(body).toMatchObject({ error: { code: 'headers-too-large' } });
  });

  it('a Content-Length that is not a number: 400 bad-http', async () => {
    const r = await raw('POST /v1/check/key-rd HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: 'bad-http', message: 'HTTP 请求格式错误 / Malformed HTTP request' } });
  });

  it('a path that is not valid percent-encoding: 400 bad-url, in the language asked (by header: the query is not read)', async () => {
    expect(await (await fetch(`${server.base}/v1/forms/%E0%A4%A`)).json()).toEqual({
      error: { code: 'bad-url', message: '请求路径不是有效的 URL 编码' },
    });
    const res = await fetch(`${server.base}/v1/forms/%E0%A4%A`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'bad-url', message: 'The request path is not valid URL encoding' } });
  });
});

describe('a port or address that cannot be used', () => {
  it('a busy port: one plain line, exit 2, no “internal error”', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await cli(['serve', '--port', String(port)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`guide-forms serve: 端口 ${port} 已被占用（127.0.0.1:${port}）：换一个 --port，或先停止占用它的程序\n`);
    } finally {
      busy.close();
    }
  }, 30_000);

  it('an address that is not this machine’s: one plain line, exit 2', async () => {
    const r = await cli(['serve', '--port', '0', '--host', '192.0.2.1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guide-forms serve: 地址 192.0.2.1 不是本机的地址，无法在其上监听：--host 用本机地址，如 127.0.0.1 或 0.0.0.0\n');
  }, 30_000);
});
