import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorHandler, HttpError } from './errors.js';

/**
 * What Node's HTTP parser refuses before there is a request (a path of 100 KB, a wrong
 * `Content-Length`), answered in the documented shape `{"error":{"code","message"}}` instead of
 * Fastify's `{"error":"Bad Request","message":"Client Error","statusCode":400}`. There is no
 * request to read `?lang=` from: the message is in both languages.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy(error);
    return;
  }
  const answer =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new HttpError(431, 'headers-too-large', '请求行或请求头过长', 'The request line or headers are too long')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new HttpError(408, 'request-timeout', '请求超时', 'The request timed out')
        : new HttpError(400, 'bad-http', 'HTTP 请求格式错误', 'Malformed HTTP request');
  const body = JSON.stringify({ error: { code: answer.code, message: `${answer.message} / ${answer.en}` } });
  socket.end(
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Errors Fastify meets before routing (a path that is not valid percent-encoding) go through the
 * one error handler, as every other error does.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_BAD_URL') {
    void errorHandler(
      new HttpError(400, 'bad-url', '请求路径不是有效的 URL 编码', 'The request path is not valid URL encoding'),
      request,
      reply,
    );
    return;
  }
  void errorHandler(error, request, reply);
}
