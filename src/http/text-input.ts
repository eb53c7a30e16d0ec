import type { FastifyRequest } from 'fastify';
import { AppError, type ErrorDetail } from '../app/errors.ts';

const NUL = '\u0000';

/**
 * PostgreSQL stores no U+0000 in `text` or `jsonb`: a string carrying one passes validation and
 * then fails inside a query, as a 500. Every route refuses it up front instead, naming each field
 * as validation errors do (`body.name`, `querystring.kind`). Runs before validation.
 */
export function refuseNulCharacters(request: FastifyRequest): Promise<void> {
  const details = [
    ...nulPaths(request.params, 'params'),
    ...nulPaths(request.query, 'querystring'),
    ...nulPaths(request.body, 'body'),
  ].map((path): ErrorDetail => ({
    path,
    code: 'text.nul_character',
    message: 'Text may not contain the NUL character (U+0000).',
  }));
  if (details.length === 0) return Promise.resolve();
  return Promise.reject(new AppError('bad_input', 'The request is not valid.', { details }));
}

/** Paths of the strings (and object keys) that contain NUL. Iterative: JSON may nest deeply. */
function nulPaths(root: unknown, rootPath: string): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes(NUL)) found.push(path);
        else stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return found.sort();
}
