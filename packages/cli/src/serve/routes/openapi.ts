import type { FastifyPluginAsync } from 'fastify';
import type { RouteOptions } from './index.js';

/** `GET /openapi.json`: the OpenAPI 3.1 document of every route, verdict types included. */
export const openapiRoutes: FastifyPluginAsync<RouteOptions> = async (app) => {
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
};
