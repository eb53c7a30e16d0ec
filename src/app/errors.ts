/**
 * The one error type of Mooring. The domain and the use cases throw it with a stable code; the edge
 * (HTTP, CLI) maps the code to a status or an exit code. Nothing below the edge knows about HTTP.
 */
export const ERROR_CODES = [
  'bad_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unprocessable',
  'rate_limited',
  'csrf_failed',
  'data_dir_locked',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  /** Field path for bad input, e.g. `body.units.0.name`. */
  path?: string;
  /** A stable code: a zod issue code, a policy reason code, a conflict kind. */
  code: string;
  message?: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { details?: ErrorDetail[]; cause?: unknown } = {},
  ) {
    super(message, { cause: extra.cause });
  }

  get details(): ErrorDetail[] {
    return this.extra.details ?? [];
  }
}

/** `path`: the input field that named the missing thing, when it was not the URL. */
export function notFound(what: string, path?: string): AppError {
  return new AppError('not_found', `${what} not found`, {
    details: [{ code: `${what}.not_found`, ...(path ? { path } : {}) }],
  });
}

export function conflict(code: string, message: string, path?: string): AppError {
  return new AppError('conflict', message, {
    details: [{ code, message, ...(path ? { path } : {}) }],
  });
}

export function badInput(path: string, code: string, message: string): AppError {
  return new AppError('bad_input', message, { details: [{ path, code, message }] });
}
