import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `vite build` writes the web app and where the server serves it from. */
export const WEB_ROOT = path.join(PACKAGE_ROOT, 'dist', 'web');

/** Records which sources the build in WEB_ROOT was made from (written by vite.config.ts). */
export const BUILD_STAMP = path.join(WEB_ROOT, '.build-stamp');

/** What the bundle is made of: the app, the shared code it imports, the build settings. */
const INPUT_DIRS = ['src/web', 'src/contracts', 'src/core'];
const INPUT_FILES = ['vite.config.ts', 'package-lock.json'];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * A fingerprint of the inputs: path, size and modification time of each file. Reading metadata
 * only keeps `npm start` fast when nothing changed (a few milliseconds for a few hundred files).
 */
export async function sourceFingerprint(): Promise<string> {
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((d) => listFiles(path.join(PACKAGE_ROOT, d))))).flat(),
    ...INPUT_FILES.map((f) => path.join(PACKAGE_ROOT, f)),
  ].sort();
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    const stat = await fs.stat(file).catch(() => null);
    hash.update(`${path.relative(PACKAGE_ROOT, file)}\0${stat?.size}\0${stat?.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const VITE_BIN = path.join(PACKAGE_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds the web app with Vite into WEB_ROOT, in a process of its own with NODE_ENV=production:
 * Vite builds for whatever NODE_ENV it finds, and under vitest (`test`) React would ship its
 * development build.
 */
export async function buildWeb(): Promise<void> {
  const child = spawn(process.execPath, [VITE_BIN, 'build', '--logLevel', 'error'], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build failed (exit code ${code})`);
}

/**
 * Builds the web app when it is missing or older than its sources (a fresh clone after `npm ci`,
 * or after a pull); otherwise returns at once. Without Vite (installed with `--omit=dev`) it says
 * so and the server runs with the API only.
 */
export async function ensureWebBuild(
  log: (line: string) => void,
): Promise<'fresh' | 'built' | 'skipped'> {
  const [fingerprint, stamp] = await Promise.all([
    sourceFingerprint(),
    fs.readFile(BUILD_STAMP, 'utf8').catch(() => ''),
  ]);
  if (stamp.trim() === fingerprint) return 'fresh';
  try {
    await fs.access(VITE_BIN);
  } catch {
    log(
      'The web app is not built and Vite is not installed: serving the API only. ' +
        'Run `npm run build` where the development dependencies are installed.',
    );
    return 'skipped';
  }
  log('Building the web app…');
  const started = Date.now();
  await buildWeb();
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 'built';
}
