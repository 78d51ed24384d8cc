import type { FastifyInstance } from 'fastify';

/**
 * One log line per request — method, path, status, milliseconds — and nothing of the
 * body or the query: a submission holds names and phone numbers.
 */
export function requestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 },
      'request',
    );
  });
}
