import swagger from '@fastify/swagger';
import { findRoot } from '@guide-forms/core/node';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { clientErrorHandler, frameworkErrors } from './client-errors.js';
import { EngineStore } from './engines.js';
import { errorHandler } from './errors.js';
import { jsonOnly } from './json-body.js';
import { requestLog } from './log.js';
import { methodNotAllowed } from './methods.js';
import { ROUTES } from './routes/index.js';
import { SHARED_SCHEMAS } from './schemas.js';

/** Options of {@link buildApp}. */
export interface ServeOptions {
  /** The folder with `forms/` and `rules/`; default: found from the working directory. */
  root?: string;
  /** An engine store already built (tests, reloads); default: one over `root`. */
  store?: EngineStore;
  /** Largest request body in bytes; default 1 MiB. */
  bodyLimit?: number;
  /** Where log lines go (one JSON object per line); default stdout. `false`: no log. */
  log?: { write(line: string): void } | false;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The forms and rules being served; `store.reload()` swaps them atomically. */
    store: EngineStore;
  }
}

/**
 * Builds the HTTP service of guide-forms — not listening yet, so tests can `inject` or
 * `listen({ port: 0 })`. Forms and rules are compiled once, here.
 *
 * @example
 * const app = await buildApp({ root: '/srv/guide-forms' });
 * await app.listen({ host: '127.0.0.1', port: 8787 });
 */
export async function buildApp(options: ServeOptions = {}): Promise<FastifyInstance> {
  const store = options.store ?? new EngineStore(options.root ?? findRoot());
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    logger: options.log === false ? false : { level: 'info', ...(options.log ? { stream: options.log } : {}) },
    // Our own line per request (log.ts) replaces Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    // What fails before routing answers in the documented shape too (client-errors.ts).
    clientErrorHandler,
    frameworkErrors,
    // Validation answers 400 with the first problem; a query field the route does not know is refused.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false, validateSchema: false } },
  });
  app.decorate('store', store);
  // Response schemas document the API (OpenAPI); they are not compiled into serializers.
  // fast-json-stringify compiling every response schema cost ~0.2 s of CPU at each start,
  // and answers are plain JSON the engine already shaped.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  jsonOnly(app);
  requestLog(app);
  methodNotAllowed(app);
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'guide-forms',
        version: '1',
        description:
          'Re-check on the server what <guide-form> accepted in the browser: one form (POST /v1/check/{category}) or a whole suggestion, 征集表 + 指南凝练信息表 (POST /v1/check). See docs/server.md.',
      },
      tags: [{ name: 'check' }, { name: 'forms' }, { name: 'service' }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  for (const route of ROUTES) await app.register(route, { store });
  return app;
}
