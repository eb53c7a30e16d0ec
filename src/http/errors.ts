import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type ErrorDetail } from '../app/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  rate_limited: 429,
  csrf_failed: 403,
  data_dir_locked: 503,
  internal: 500,
};

function send(reply: FastifyReply, code: ErrorCode, message: string, details: ErrorDetail[]) {
  return reply.status(STATUS[code]).send({ error: { code, message, details } });
}

/** The one place where errors become HTTP responses: `{ error: { code, message, details } }`. */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    if (err.code === 'internal') request.log.error({ err }, 'internal error');
    return send(reply, err.code, err.message, err.details);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = err.validationContext ?? 'body';
    const details = err.validation.flatMap((v): ErrorDetail[] => {
      const base = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
      const keys = (v.params as { keys?: string[] }).keys;
      if (v.keyword === 'unrecognized_keys' && keys) {
        return keys.map((k) => ({
          path: `${base}.${k}`,
          code: 'unrecognized_key',
          message: v.message,
        }));
      }
      return [{ path: base, code: v.keyword, message: v.message }];
    });
    return send(reply, 'bad_input', 'The request is not valid.', details);
  }
  if (err.statusCode === 429) {
    return send(reply, 'rate_limited', 'Too many requests. Try again later.', [
      { code: 'rate_limited' },
    ]);
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own input errors: malformed JSON, wrong content type, body too large.
    return send(reply, 'bad_input', err.message, [
      { code: err.code ?? 'bad_request', path: 'body' },
    ]);
  }
  request.log.error({ err }, 'unhandled error');
  return send(reply, 'internal', 'Something went wrong on our side.', []);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`, [
    { code: 'route.not_found' },
  ]);
}
