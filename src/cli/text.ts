import type { z } from 'zod';
import { AppError, type ErrorDetail } from '../app/errors.ts';
import { textCheckBody } from '../contracts/text.ts';
import { countText } from '../core/text/count.ts';
import { NETWORKS } from '../core/text/limits.ts';

export interface TextCheckOptions {
  network?: string;
  limit?: string;
  contentWarning?: string;
}

/**
 * `mooring text check`: counts the text on stdin as the network counts it and prints the result
 * as JSON. Exit code 0 whether the text fits or not (`valid` says); bad input exits 2. One trailing
 * newline (as `echo` and most editors add) is not part of the text.
 */
export async function textCheck(opts: TextCheckOptions): Promise<void> {
  const fields = {
    network: opts.network,
    limit: opts.limit === undefined ? undefined : toInteger(opts.limit),
    contentWarning: opts.contentWarning,
  };
  // Options first: a wrong flag is reported without waiting for stdin to end.
  check(textCheckBody.omit({ text: true }).safeParse(fields), opts);
  const text = (await readAll(process.stdin)).replace(/\r?\n$/, '');
  const input = check(textCheckBody.safeParse({ ...fields, text }), opts);
  process.stdout.write(JSON.stringify(countText(input), null, 2) + '\n');
}

function check<T>(result: z.ZodSafeParseResult<T>, opts: TextCheckOptions): T {
  if (result.success) return result.data;
  const details = result.error.issues.map((issue): ErrorDetail => {
    const field = String(issue.path[0]);
    return {
      path: SOURCE[field] ?? field,
      code: issue.code,
      message: messageFor(field, opts) ?? issue.message,
    };
  });
  throw new AppError('bad_input', 'text check: invalid input', { details });
}

/** Where each field of the check comes from, for error messages. */
const SOURCE: Record<string, string> = {
  network: '--network',
  limit: '--limit',
  contentWarning: '--content-warning',
  text: 'stdin',
};

function messageFor(field: string, opts: TextCheckOptions): string | undefined {
  if (field === 'network') {
    const what = opts.network === undefined ? 'required' : `unknown network '${opts.network}'`;
    return `${what}; one of: ${NETWORKS.join(', ')}`;
  }
  if (field === 'limit') return 'expected a whole number from 1 to 1000000';
  return undefined;
}

/** A whole decimal number, or NaN (which the schema then refuses). */
function toInteger(value: string): number {
  return /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
