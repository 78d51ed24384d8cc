import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** A registered path pattern (`/v1/check/:category`) and the methods it answers. */
interface Known {
  pattern: RegExp;
  methods: Set<string>;
}

function patternOf(url: string): RegExp {
  const parts = url.split('/').map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('/')}/?$`);
}

/**
 * Fastify answers 404 for a known path called with the wrong method; a backend deserves
 * 405 and an `Allow` header. Routes are recorded as they are added; the not-found handler
 * tells the two cases apart. Register before the routes.
 */
export function methodNotAllowed(app: FastifyInstance): void {
  const known = new Map<string, Known>();
  app.addHook('onRoute', (route) => {
    const entry = known.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set<string>() };
    for (const m of [route.method].flat()) entry.methods.add(String(m).toUpperCase());
    known.set(route.url, entry);
  });
  app.setNotFoundHandler((request: FastifyRequest, _reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = new Set<string>();
    for (const k of known.values()) if (k.pattern.test(path)) for (const m of k.methods) allowed.add(m);
    if (allowed.size) {
      const allow = [...allowed].sort().join(', ');
      throw new HttpError(
        405,
        'method-not-allowed',
        `${path} 不接受 ${request.method}，可用：${allow}`,
        `${path} does not accept ${request.method}; use ${allow}`,
        {
          allow,
        },
      );
    }
    throw new HttpError(404, 'not-found', `没有这个地址：${path}（见 /openapi.json）`, `No such path: ${path} (see /openapi.json)`);
  });
}
