import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/db/data-dir-lock.ts';

const run = promisify(execFile);
const bin = path.resolve('bin/mooring.js');

function childEnv(dataDir: string): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return { ...env, MOORING_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
}

describe('the embedded database belongs to one process', () => {
  it('a second process on the same data folder gets a clear error and exit code 6', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mooring-lock-'));
    const release = await lockDataDir(dir);
    try {
      const err = await run('node', [bin, 'migrate'], { env: childEnv(dir) }).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(err?.code).toBe(6);
      expect(err?.stderr).toContain('is in use by another Mooring process');
      expect(err?.stderr).toContain(`pid ${process.pid}`);
      // Nothing was created inside the folder by the refused process.
      expect(await fs.readdir(dir)).not.toContain('pgdata');
    } finally {
      await release();
    }
    // Once released, the folder opens normally.
    const ok = await run('node', [bin, 'migrate'], { env: childEnv(dir) });
    expect(ok.stdout).toContain('Database is up to date.');
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses a second lock in the same process too', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mooring-lock-'));
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toMatchObject({ code: 'data_dir_locked' });
    await release();
    const again = await lockDataDir(dir);
    await again();
    await fs.rm(dir, { recursive: true, force: true });
  });
});
