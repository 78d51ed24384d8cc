import type { FastifyPluginAsync } from 'fastify';
import { summaryCsv } from '../../batch/csv.js';
import { toPiece } from '../../batch/pieces.js';
import { runBatchYielding } from '../../batch/run.js';
import { summaryXlsx } from '../../batch/xlsx.js';
import { type CheckQuery, evaluateOptions } from '../query.js';
import { checkQuery, errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const BatchItem = {
  type: 'object',
  description: 'One suggestion of the batch: its sources, its verdicts and what the batch found about it.',
  required: ['n', 'sources', 'category', 'ok', 'findings'],
  properties: {
    n: { type: 'integer', description: '序号, from 1' },
    sources: { type: 'array', items: { type: 'string' }, description: 'Positions in the request, e.g. #/0' },
    category: { type: ['string', 'null'] },
    unit: { type: 'string' },
    creditCode: { type: 'string' },
    title: { type: 'string' },
    attachment: { type: 'string' },
    domain: { type: 'string' },
    route: { anyOf: [{ $ref: 'Route#' }, { type: 'null' }] },
    form: { anyOf: [{ $ref: 'Verdict#' }, { type: 'null' }] },
    summary: { anyOf: [{ $ref: 'Verdict#' }, { type: 'null' }] },
    findings: { type: 'array', items: { $ref: 'Finding#' } },
    problem: { type: ['string', 'null'], description: 'Why the item could not be checked at all' },
    ok: { type: 'boolean' },
  },
  additionalProperties: true,
} as const;

/**
 * `POST /v1/batch` — an array of submissions (each a form's value carrying its
 * `classification.category`, or a pair `{ category, data, summary }`), answered with one item
 * per suggestion plus the findings across them; `?format=xlsx` or `?format=csv` answers the 汇总表.
 */
export const batchRoutes: FastifyPluginAsync<RouteOptions> = async (app, { store }) => {
  app.post<{ Querystring: CheckQuery & { format?: 'json' | 'xlsx' | 'csv' }; Body: unknown[] }>(
    '/v1/batch',
    {
      schema: {
        summary: 'Check a batch and make the 汇总表',
        description:
          'The body is an array of submissions: a form’s value (its category read from classification.category) or a pair { category, data, summary }. 凝练表 are paired with the 征集表 they link. Answers 200 with every suggestion’s verdicts and the batch findings (duplicates, missing halves, per-unit limit); format=xlsx or csv answers the 汇总表 file instead.',
        tags: ['batch'],
        querystring: {
          ...checkQuery,
          properties: {
            ...checkQuery.properties,
            format: { type: 'string', enum: ['json', 'xlsx', 'csv'], description: 'json (default), or the 汇总表 as xlsx or csv' },
          },
        },
        body: { type: 'array', maxItems: 5000, items: {}, description: 'The submissions' },
        response: {
          200: {
            description: 'The batch, ok or not (or the 汇总表 file with format=xlsx|csv)',
            type: 'object',
            required: ['year', 'ok', 'items', 'findings'],
            properties: {
              year: { type: 'integer' },
              ok: { type: 'boolean', description: 'Every suggestion ok' },
              items: { type: 'array', items: BatchItem },
              findings: {
                type: 'array',
                items: {
                  allOf: [
                    { $ref: 'Finding#' },
                    { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'integer' } } } },
                  ],
                },
              },
            },
          },
          ...errorResponses(400, 404, 405, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const options = evaluateOptions(request.query);
      const lang = options.lang ?? 'zh-CN';
      const engine = store.engineFor(request.query as Record<string, unknown>);
      const year = options.year ?? engine.latestYear();
      const pieces = request.body.map((value, i) => toPiece(`#/${i}`, value, engine, year));
      const result = await runBatchYielding(pieces, engine, { ...options, lang, year });
      if (request.query.format === 'xlsx') {
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="summary.xlsx"; filename*=UTF-8''${encodeURIComponent('汇总表.xlsx')}`)
          .send(Buffer.from(await summaryXlsx(result, lang)));
      }
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="summary.csv"; filename*=UTF-8''${encodeURIComponent('汇总表.csv')}`)
          .send(summaryCsv(result, lang));
      }
      return result;
    },
  );
};
