import { AppError, type ErrorCode } from '../app/errors.ts';
import { ConfigError } from '../config.ts';

const EXIT: Partial<Record<ErrorCode, number>> = {
  bad_input: 2,
  not_found: 3,
  conflict: 4,
  forbidden: 5,
  data_dir_locked: 6,
};

/** Runs a command; errors become one readable line on stderr and a stable exit code. */
export async function runCli(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
    } else if (err instanceof AppError) {
      const details = err.details.map(
        (d) => `  ${d.path ? `${d.path}: ` : ''}${d.message ?? d.code}`,
      );
      process.stderr.write([`mooring: ${err.message}`, ...details].join('\n') + '\n');
      process.exitCode = EXIT[err.code] ?? 1;
    } else {
      process.stderr.write(
        `mooring: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 1;
    }
  }
}
