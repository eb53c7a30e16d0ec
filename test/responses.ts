import type { ErrorDetail } from '../src/app/errors.ts';

/** Typed views of JSON response bodies, so tests read them without `any`. */

export interface ErrorBody {
  code: string;
  message: string;
  details: ErrorDetail[];
}

export function bodyOf<T>(res: { body: unknown }): T {
  return res.body as T;
}

export function errorOf(res: { body: unknown }): ErrorBody {
  const body = res.body as { error?: ErrorBody } | null;
  if (!body?.error) throw new Error(`not an error response: ${JSON.stringify(res.body)}`);
  return body.error;
}

/** The first detail of an error response. */
export function detailOf(res: { body: unknown }): ErrorDetail {
  const detail = errorOf(res).details[0];
  if (!detail) throw new Error('error response without details');
  return detail;
}

/** The field paths named by a 400, sorted. */
export function pathsOf(res: { body: unknown }): string[] {
  return errorOf(res)
    .details.map((d) => d.path ?? '')
    .sort();
}
