import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.js';

/** `GET /health`: the server answers and which years it holds (for load balancers and systemd checks). */
export const healthRoutes: FastifyPluginAsync<RouteOptions> = async (app, { store }) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness, and the years loaded',
        tags: ['service'],
        response: {
          200: {
            type: 'object',
            required: ['status', 'years'],
            properties: {
              status: { type: 'string', enum: ['ok'] },
              years: { type: 'array', items: { type: 'integer' } },
              defaultYear: { type: 'integer' },
            },
          },
        },
      },
    },
    async () => ({ status: 'ok', years: store.current.years(), defaultYear: store.current.latestYear() }),
  );
};
