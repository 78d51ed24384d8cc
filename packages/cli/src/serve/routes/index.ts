import type { FastifyPluginAsync } from 'fastify';
import type { EngineStore } from '../engines.js';
import { batchRoutes } from './batch.js';
import { checkRoutes } from './check.js';
import { formsRoutes } from './forms.js';
import { healthRoutes } from './health.js';
import { openapiRoutes } from './openapi.js';

/** What every route plugin is given. */
export interface RouteOptions {
  store: EngineStore;
}

/** Every endpoint group, registered in this order. A new group is one plugin file and one line here. */
export const ROUTES: FastifyPluginAsync<RouteOptions>[] = [healthRoutes, formsRoutes, checkRoutes, batchRoutes, openapiRoutes];
