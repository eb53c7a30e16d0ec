import { policyMatrix, renderMatrixMarkdown } from '../core/governance/matrix.ts';
import { MODELS, type ModelKey } from '../core/governance/types.ts';

/** Prints the matrix the engine computes; needs no database. */
export function policy(opts: { model?: ModelKey; format: 'md' | 'json' }): Promise<void> {
  const models = opts.model ? [opts.model] : [...MODELS];
  const rows = models.flatMap((m) => policyMatrix(m));
  process.stdout.write(
    opts.format === 'json'
      ? JSON.stringify(rows, null, 2) + '\n'
      : renderMatrixMarkdown(rows) + '\n',
  );
  return Promise.resolve();
}
