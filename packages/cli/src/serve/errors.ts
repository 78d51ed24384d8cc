import { GuideFormsError, type Lang } from '@guide-forms/core/node';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { escapeControls } from '../terminal.js';
import { ServerFilesError } from './engines.js';

/** An error answer: status, stable code and one line in each language. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly status: number;
  readonly code: string;
  readonly en: string;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, zh: string, en: string, headers: Record<string, string> = {}) {
    super(zh);
    this.status = status;
    this.code = code;
    this.en = en;
    this.headers = headers;
  }

  /** The body every error answer has: `{ "error": { "code", "message" } }`. */
  body(lang: Lang): { error: { code: string; message: string } } {
    // Escaped here too: an English message may quote the caller's input (`Unknown category "…"`).
    return { error: { code: this.code, message: escapeControls(lang === 'en' ? this.en : this.message) } };
  }
}

/** The language asked for: `?lang=en`, else `Accept-Language: en…`, else zh-CN. */
export function langOf(request: FastifyRequest): Lang {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en' || q === 'zh-CN') return q;
  const accept = String(request.headers['accept-language'] ?? '');
  return /^\s*en\b/i.test(accept) ? 'en' : 'zh-CN';
}

/**
 * One line, whatever the source text holds — and with control characters escaped: an error
 * may quote the caller's input (`未知的征集类别 "\u001b[2J"`), and a client may print it.
 */
function oneLine(text: string): string {
  return escapeControls(text.replace(/\s+/g, ' ').trim());
}

/** `line:column` from core's “第 2 行第 12 列”. */
function lineColumn(message: string): string {
  return /第 (\d+) 行第 (\d+) 列/.exec(message)?.slice(1).join(':') ?? '?';
}

const NOT_FOUND = new Set(['unknown-category', 'unknown-year', 'no-pair-rules', 'unknown-call']);
const BAD_INPUT = new Set(['bad-json', 'too-deep', 'bad-encoding', 'inexact-number', 'bad-submission', 'pair-category', 'bad-now']);

/** A GuideFormsError as an answer: the caller's input is 400/404; a broken rule file is the server's 500. */
function fromGuideForms(error: GuideFormsError): HttpError {
  const found = error.found ?? '';
  if (NOT_FOUND.has(error.code)) {
    const en =
      error.code === 'unknown-category'
        ? `Unknown category "${found}" (open: ${error.expected ?? ''})`
        : error.code === 'unknown-year'
          ? `No rules for year ${found} (available: ${error.expected ?? ''})`
          : error.code === 'unknown-call'
            ? `Unknown call series "${found}" (available: ${error.expected ?? ''})`
            : 'No pair rules for this year';
    return new HttpError(404, error.code, oneLine(error.message), en);
  }
  if (BAD_INPUT.has(error.code)) {
    const at = error.pointer !== undefined ? ` at ${error.pointer}` : '';
    const en =
      error.code === 'bad-json'
        ? `Malformed JSON in the request body (${lineColumn(error.message)}: ${found})`
        : error.code === 'too-deep'
          ? `The JSON body is nested too deeply (${lineColumn(error.message)})`
          : error.code === 'bad-encoding'
            ? 'The body is not UTF-8'
            : error.code === 'inexact-number'
              ? `The number ${found} cannot be read as written (a double would round it; ${lineColumn(error.message)})`
              : error.code === 'pair-category'
                ? `"category" must be the suggestion form's category; "${found}" is the summary itself, which goes in "summary"`
                : error.code === 'bad-now'
                  ? `"now" is not an ISO-8601 moment: ${found}`
                  : `The body must be { "category", "data", "summary" } with "category" the suggestion form's category${at}`;
    return new HttpError(400, error.code, oneLine(error.message), en);
  }
  return serverFiles(error.file);
}

/** 500 `server-files`: the server's own forms or rules are broken — naming the file when known. */
function serverFiles(file: string | undefined): HttpError {
  const zh = file ? `（${file}）` : '';
  const en = file ? ` (${file})` : '';
  return new HttpError(
    500,
    'server-files',
    oneLine(`服务器上的表单或规则文件有误${zh}，请联系管理员`),
    oneLine(`The server’s forms or rules are broken${en}; contact the administrator`),
  );
}

/** Fastify's own errors (content type, body size, validation) as answers. */
function fromFastify(error: FastifyError): HttpError {
  if (error.validation) {
    const first = error.validation[0];
    const where = `${error.validationContext ?? ''}${first?.instancePath ?? ''}`;
    const detail = `${where} ${first?.message ?? ''}`.trim();
    return new HttpError(400, 'bad-request', `请求参数无效：${detail}`, `Invalid request: ${detail}`);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(
        415,
        'unsupported-media-type',
        '只接受 JSON：请设置 Content-Type: application/json',
        'Only JSON is accepted: send Content-Type: application/json',
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'body-too-large', '请求体超过服务器允许的大小', 'The request body is over the server’s limit');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'empty-body', '请求体为空：请提交 JSON', 'The request body is empty: send JSON');
    default:
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return new HttpError(
          error.statusCode,
          'bad-request',
          `请求无效：${oneLine(error.message)}`,
          `Bad request: ${oneLine(error.message)}`,
        );
      }
      return new HttpError(500, 'internal', '服务器内部错误', 'Internal server error');
  }
}

/** Any error thrown while answering, as the answer to send. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ServerFilesError) return serverFiles(error.file);
  if (error instanceof GuideFormsError) return fromGuideForms(error);
  if (error instanceof Error && ('code' in error || 'validation' in error || 'statusCode' in error))
    return fromFastify(error as FastifyError);
  return new HttpError(500, 'internal', '服务器内部错误', 'Internal server error');
}

/**
 * The one error handler: every error becomes `{ "error": { "code", "message" } }` with its
 * status, in the requested language. 5xx are logged (message only, never the body).
 */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const http = toHttpError(error);
  if (http.status >= 500)
    request.log.error({ code: http.code, cause: error instanceof Error ? oneLine(error.toString()) : String(error) }, 'error');
  return reply
    .code(http.status)
    .headers(http.headers)
    .send(http.body(langOf(request)));
}
