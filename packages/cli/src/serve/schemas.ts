/**
 * JSON Schemas of what the server answers — the verdict types of `@guide-forms/core`
 * (DESIGN.md) — shared by the routes (`$ref: 'Verdict#'`) and published in `/openapi.json`
 * under `components.schemas`, so a Java or .NET team can generate a client.
 * `additionalProperties` stays open: a field core adds later is passed through, not dropped.
 */

const text = (description: string) => ({ type: 'string', description }) as const;

const SchemaError = {
  $id: 'SchemaError',
  type: 'object',
  description: 'A JSON Schema error, located by a JSON Pointer into the submitted data.',
  required: ['pointer', 'keyword', 'message'],
  properties: {
    pointer: text('JSON Pointer into the data, e.g. /unit/mobile'),
    keyword: text('The JSON Schema keyword that failed, e.g. required, maxLength'),
    message: text('What is wrong, in the requested language, with the field’s label'),
  },
  additionalProperties: true,
} as const;

const Finding = {
  $id: 'Finding',
  type: 'object',
  description: 'A rule that did not pass. block makes a submission ineligible; warn and info do not.',
  required: ['rule', 'severity', 'message', 'pointers', 'clause'],
  properties: {
    rule: text('Stable rule id, e.g. R14 or R3.title'),
    severity: { type: 'string', enum: ['block', 'warn', 'info'] },
    message: text('The message, in the requested language'),
    pointers: { type: 'array', items: { type: 'string' }, description: 'JSON Pointers of the fields the rule reads' },
    clause: text('The notice’s words the rule comes from, quoted'),
  },
  additionalProperties: true,
} as const;

const Route = {
  $id: 'Route',
  type: 'object',
  description: 'The office (处室) that receives the suggestion, and whether it goes through the research office first.',
  required: ['department', 'phone', 'submission'],
  properties: {
    department: text('The office, e.g. 高新处'),
    phone: text('Its phone, e.g. 0411-39989885'),
    submission: { type: 'string', enum: ['direct', 'institution-review', 'recommended'] },
  },
  additionalProperties: true,
} as const;

const WindowState = {
  $id: 'WindowState',
  type: 'object',
  required: ['state', 'opens', 'closes', 'message'],
  properties: {
    state: { type: 'string', enum: ['before', 'open', 'closed'] },
    opens: text('First day, YYYY-MM-DD'),
    closes: { type: ['string', 'null'], description: 'Last day (included), YYYY-MM-DD; null when the notice gives no closing date' },
    message: text('The window explained, in the requested language'),
  },
  additionalProperties: true,
} as const;

const Verdict = {
  $id: 'Verdict',
  type: 'object',
  description: 'The verdict of one form — the same object evaluate() returns in Node and the element in the browser.',
  required: ['category', 'year', 'valid', 'eligible', 'open', 'ok', 'errors', 'findings', 'route', 'window'],
  properties: {
    category: text('The form’s category, e.g. key-rd'),
    year: { type: 'integer' },
    valid: { type: 'boolean', description: 'No JSON Schema errors' },
    eligible: { type: 'boolean', description: 'No block finding' },
    open: { type: 'boolean', description: '`now` is inside the call’s window' },
    ok: { type: 'boolean', description: 'valid && eligible && open' },
    errors: { type: 'array', items: { $ref: 'SchemaError#' } },
    findings: { type: 'array', items: { $ref: 'Finding#' } },
    route: { anyOf: [{ $ref: 'Route#' }, { type: 'null' }] },
    window: { $ref: 'WindowState#' },
  },
  additionalProperties: true,
} as const;

const SubmissionVerdict = {
  $id: 'SubmissionVerdict',
  type: 'object',
  description: 'The verdict of a whole suggestion: the suggestion form (附件1–6) and its 指南凝练信息表 (附件7).',
  required: ['ok', 'form', 'summary', 'findings', 'route'],
  properties: {
    ok: { type: 'boolean', description: 'Both halves ok and no pair finding blocks' },
    form: { $ref: 'Verdict#' },
    summary: { $ref: 'Verdict#' },
    findings: { type: 'array', items: { $ref: 'Finding#' }, description: 'Pair findings; pointers start with /data or /summary' },
    route: { anyOf: [{ $ref: 'Route#' }, { type: 'null' }], description: 'The pair’s office: the suggestion form’s' },
  },
  additionalProperties: true,
} as const;

const ErrorBody = {
  $id: 'Error',
  type: 'object',
  description: 'Every error answer: one stable code and one line in the requested language.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: text('Stable code, e.g. unknown-category, bad-json, body-too-large, method-not-allowed'),
        message: text('One line, in the requested language (lang=en or Accept-Language: en)'),
      },
      additionalProperties: true,
    },
  },
} as const;

/** Every shared schema, in dependency order, for `app.addSchema`. */
export const SHARED_SCHEMAS = [SchemaError, Finding, Route, WindowState, Verdict, SubmissionVerdict, ErrorBody];

/** The query every check accepts. */
export const checkQuery = {
  type: 'object',
  properties: {
    year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'The call year; default: the latest final year' },
    now: { type: 'string', description: 'ISO-8601 moment to judge the window by; default: the server’s clock' },
    lang: { type: 'string', enum: ['zh-CN', 'en'], description: 'Message language; default zh-CN' },
    call: {
      type: 'string',
      pattern: '^[a-z][a-z0-9-]*$',
      description: 'The call series (dalian, the default; yichang, …): its forms and rules answer',
    },
  },
  additionalProperties: false,
} as const;

/** Error answers every route may give, by status. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string; description: string }> {
  const what: Record<number, string> = {
    400: 'Malformed JSON (with line and column) or a bad parameter',
    404: 'Unknown category or year',
    405: 'Wrong method for this path',
    413: 'Body over the limit',
    415: 'A content type other than JSON',
    500: 'The server’s own files are broken',
    503: 'Shutting down',
  };
  return Object.fromEntries(statuses.map((s) => [s, { $ref: 'Error#', description: what[s] ?? 'Error' }]));
}
