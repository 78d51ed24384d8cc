import { decodeUtf8, parseJsonText } from '@guide-forms/core/node';
import type { FastifyInstance } from 'fastify';

/**
 * JSON is the only body the server reads: every other content type is 415 (Fastify's
 * `FST_ERR_CTP_INVALID_MEDIA_TYPE`), and malformed JSON is 400 with its line and column —
 * parsed by core, the same parser `guide-forms check` uses for files: bytes that are not UTF-8
 * (a GBK body), nesting past 256 levels and a number JSON.parse would round
 * (199.999999999999999) are refused with 400 too, never read as `���` or as 200.
 */
export function jsonOnly(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  const parse = (_request: unknown, body: string | Buffer, done: (error: Error | null, value?: unknown) => void): void => {
    let text: string;
    try {
      text = typeof body === 'string' ? body : decodeUtf8(body, 'request body');
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    if (text.trim() === '') {
      done(Object.assign(new Error('empty body'), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY', statusCode: 400 }), undefined);
      return;
    }
    try {
      done(null, parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'request body'));
    } catch (error) {
      done(error as Error, undefined);
    }
  };
  // As bytes: Fastify's string decoding would turn a GBK body into U+FFFD without a word.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, parse);
  app.addContentTypeParser(/^application\/[\w.-]+\+json$/, { parseAs: 'buffer' }, parse);
}
