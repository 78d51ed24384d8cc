import type { FastifyPluginAsync } from 'fastify';
import type { CheckQuery } from '../query.js';
import { checkQuery, errorResponses } from '../schemas.js';
import type { RouteOptions } from './index.js';

const open = { type: 'object', additionalProperties: true } as const;

/**
 * `GET /v1/forms` — the years, their calls and categories with titles — and
 * `GET /v1/forms/{category}?year=` — the schema and rules in force, the call and how to submit.
 */
export const formsRoutes: FastifyPluginAsync<RouteOptions> = async (app, { store }) => {
  app.get(
    '/v1/forms',
    {
      schema: {
        summary: 'The calls: years, titles and categories',
        tags: ['forms'],
        response: {
          200: {
            type: 'object',
            required: ['defaultYear', 'years'],
            properties: {
              defaultYear: { type: 'integer', description: 'The year used when none is given' },
              years: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    year: { type: 'integer' },
                    draft: { type: 'boolean' },
                    title: { ...open, description: 'The call’s title, { "zh-CN", "en" }' },
                    window: open,
                    summaryCategory: { type: ['string', 'null'], description: 'The category of the 指南凝练信息表 for pairs' },
                    categories: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: {
                          category: { type: 'string' },
                          title: { type: 'string' },
                          titleEn: { type: 'string' },
                          attachment: {
                            type: 'string',
                            description: 'Its attachment in the notice, e.g. 附件2 (the schema’s x-attachment)',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const engine = store.engineFor(request.query as Record<string, unknown>);
      return {
        defaultYear: engine.latestYear(),
        years: engine.years().map((year) => {
          const { call } = engine.getForm(engine.listCategories(year)[0]?.category ?? '', year);
          let summaryCategory: string | null = null;
          try {
            summaryCategory = engine.pairRules(year).summary;
          } catch {
            summaryCategory = null;
          }
          return {
            year,
            draft: call.draft === true,
            title: call.title,
            window: call.window,
            summaryCategory,
            categories: engine.listCategories(year),
          };
        }),
      };
    },
  );

  app.get<{ Params: { category: string }; Querystring: Pick<CheckQuery, 'year' | 'lang'> }>(
    '/v1/forms/:category',
    {
      schema: {
        summary: 'One form as in force: schema, rules, call and how to submit',
        tags: ['forms'],
        params: { type: 'object', required: ['category'], properties: { category: { type: 'string' } } },
        querystring: {
          ...checkQuery,
          properties: { year: checkQuery.properties.year, lang: checkQuery.properties.lang, call: checkQuery.properties.call },
        },
        response: {
          200: {
            type: 'object',
            required: ['category', 'year', 'schema', 'rules', 'call', 'howToSubmit'],
            properties: {
              category: { type: 'string' },
              year: { type: 'integer' },
              schema: { ...open, description: 'JSON Schema 2020-12, refs resolved, the year’s options filled' },
              rules: { type: 'array', items: open, description: 'The rules in force (their embedded tests left out)' },
              call: { ...open, description: 'The call file of the year' },
              howToSubmit: { anyOf: [open, { type: 'null' }], description: 'Platform, steps and support contacts' },
            },
          },
          ...errorResponses(400, 404),
        },
      },
    },
    async (request) => {
      const form = store.engineFor(request.query as Record<string, unknown>).getForm(request.params.category, request.query.year);
      const rules = form.rules.map(({ tests: _tests, ...rule }) => rule);
      return {
        category: form.category,
        year: form.year,
        schema: form.schema,
        rules,
        call: form.call,
        howToSubmit: form.call.howToSubmit ?? null,
      };
    },
  );
};
