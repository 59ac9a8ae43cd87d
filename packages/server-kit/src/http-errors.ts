// The answers Fastify and Node give by themselves (404, 413, 414, 415, 431, a malformed body) in the one error shape,
// with a stable code and a Chinese message, never Fastify's English text.
import { APP_ERRORS, type AppErrorCode } from '@zhengling/core';

/** The error body of every non-tRPC HTTP answer: `{"error":{"code","message","messageEn","requestId"}}`. */
export function errorBody(code: AppErrorCode, detailZh = '', requestId?: string) {
  return {
    error: {
      code,
      message: `${APP_ERRORS[code].zh}${detailZh}`,
      messageEn: APP_ERRORS[code].en,
      ...(requestId ? { requestId } : {}),
    },
  };
}

/** What an HTTP status means to a person, for the statuses the framework answers by itself. */
export function describeStatus(status: number): { code: AppErrorCode; detailZh: string } {
  switch (status) {
    case 404:
      return { code: 'NOT_FOUND', detailZh: '（没有这个地址）' };
    case 405:
      return { code: 'INVALID_INPUT', detailZh: '（该地址不接受这种请求方法）' };
    case 413:
      return { code: 'INVALID_INPUT', detailZh: '（请求内容过大）' };
    case 414:
      return { code: 'INVALID_INPUT', detailZh: '（请求地址过长）' };
    case 415:
      return { code: 'INVALID_INPUT', detailZh: '（不支持的内容类型，请使用 application/json）' };
    case 431:
      return { code: 'INVALID_INPUT', detailZh: '（请求头过大）' };
    case 429:
      return { code: 'RATE_LIMITED', detailZh: '' };
    case 503:
      return { code: 'SERVICE_UNAVAILABLE', detailZh: '' };
    default:
      return status >= 500
        ? { code: 'INTERNAL', detailZh: '' }
        : { code: 'INVALID_INPUT', detailZh: '（请求格式有误）' };
  }
}

/** A raw HTTP response for a connection Node refused before Fastify saw a request (431, 400). */
export function rawErrorResponse(status: number): string {
  const { code, detailZh } = describeStatus(status);
  const body = JSON.stringify(errorBody(code, detailZh));
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  return (
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** A caller's request id is kept only when it is short and plain; otherwise a new one is made. */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
