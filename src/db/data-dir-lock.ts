import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../app/errors.ts';

const LOCK_NAME = 'mooring.lock';
const OWNER_NAME = 'mooring.lock.owner';

/**
 * Takes the exclusive lock on a data folder. The lock is a directory created atomically and kept
 * fresh by the holder; a holder killed with SIGKILL leaves a stale lock that the next process may
 * take once it is older than `stale` ms. A live holder is never displaced.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised?: (err: Error) => void,
): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, LOCK_NAME);
  const ownerPath = path.join(dataDir, OWNER_NAME);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      stale: 10_000,
      update: 2_000,
      retries: 0,
      realpath: false,
      onCompromised: (err) => {
        if (onCompromised) onCompromised(err);
        else throw err;
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      const owner = await fs.readFile(ownerPath, 'utf8').catch(() => 'unknown');
      throw new AppError(
        'data_dir_locked',
        `The data folder ${dataDir} is in use by another Mooring process (${owner.trim()}). ` +
          'Stop it first, or point MOORING_DATA_DIR at another folder, or use DATABASE_URL for several processes.',
        { details: [{ code: 'data_dir.locked', params: { dataDir } }] },
      );
    }
    throw err;
  }
  await fs.writeFile(ownerPath, `pid ${process.pid} since ${new Date().toISOString()}\n`);
  return async () => {
    await fs.rm(ownerPath, { force: true });
    await release();
  };
}
