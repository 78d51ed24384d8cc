import type { FastifyPluginAsync } from 'fastify';
import { type CheckQuery, emptyBody, evaluateOptions } from '../query.js';
import { checkQuery, errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

/** The verdict's `ok` as a header too, so a backend can accept or refuse without parsing JSON. */
export const OK_HEADER = 'x-guide-forms-ok';

/**
 * `POST /v1/check/{category}` — one form, answered with its Verdict — and `POST /v1/check` —
 * a whole suggestion `{ category, data, summary }`, answered with its SubmissionVerdict.
 * 200 whenever there is a verdict, ok or not; the `X-Guide-Forms-Ok` header repeats `ok`.
 */
export const checkRoutes: FastifyPluginAsync<RouteOptions> = async (app, { store }) => {
  app.post<{ Params: { category: string }; Querystring: CheckQuery }>(
    '/v1/check/:category',
    {
      schema: {
        summary: 'Check one form',
        description: 'The body is the form’s JSON, as <guide-form> gives it in `value`. Answers 200 with the verdict, ok or not.',
        tags: ['check'],
        params: { type: 'object', required: ['category'], properties: { category: { type: 'string', description: 'e.g. key-rd' } } },
        querystring: checkQuery,
        body: { description: 'The form’s value (JSON)' },
        response: { 200: { $ref: 'Verdict#', description: 'The verdict, ok or not' }, ...errorResponses(400, 404, 405, 413, 415) },
      },
    },
    async (request, reply) => {
      const options = evaluateOptions(request.query);
      if (request.body === undefined) throw emptyBody();
      const verdict = store.engineFor(request.query as Record<string, unknown>).evaluate(request.params.category, request.body, options);
      reply.header(OK_HEADER, String(verdict.ok));
      return verdict;
    },
  );

  app.post<{ Querystring: CheckQuery; Body: { category: string; data?: unknown; summary?: unknown } }>(
    '/v1/check',
    {
      schema: {
        summary: 'Check a whole suggestion (征集表 + 凝练表)',
        description:
          'The body is `{ category, data, summary }`: the suggestion form’s category and value (附件1–6) and the value of its 指南凝练信息表 (附件7). Answers 200 with both verdicts, the pair findings and the one route.',
        tags: ['check'],
        querystring: checkQuery,
        body: {
          type: 'object',
          required: ['category'],
          properties: {
            category: { type: 'string', description: 'The suggestion form’s category, e.g. key-rd' },
            data: { description: 'The suggestion form’s value' },
            summary: { description: 'The 指南凝练信息表’s value' },
          },
        },
        response: {
          200: { $ref: 'SubmissionVerdict#', description: 'The pair verdict, ok or not' },
          ...errorResponses(400, 404, 405, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const options = evaluateOptions(request.query);
      const verdict = store.engineFor(request.query as Record<string, unknown>).evaluateSubmission(request.body, options);
      reply.header(OK_HEADER, String(verdict.ok));
      return verdict;
    },
  );
};
