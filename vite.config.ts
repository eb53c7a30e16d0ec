import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { BUILD_STAMP, sourceFingerprint, WEB_ROOT } from './src/cli/web-build.ts';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

/** `npm run dev`: the web app on PORT (3000) with hot reload, the API beside it on PORT + 1. */
const port = Number(process.env.PORT ?? 3000);
const apiPort = Number(process.env.MOORING_DEV_API_PORT ?? port + 1);

/**
 * Starts the API (`mooring serve --demo`, restarted on change by `tsx watch`) next to the Vite dev
 * server, so one command gives both; Vite proxies `/api` to it.
 */
function devApi(): Plugin {
  let child: ChildProcess | undefined;
  return {
    name: 'mooring-dev-api',
    apply: 'serve',
    configureServer(server) {
      if (process.env.MOORING_DEV_API === 'external') return;
      const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
      child = spawn(process.execPath, [tsx, 'watch', 'src/cli/main.ts', 'serve', '--demo'], {
        stdio: 'inherit',
        env: { ...process.env, PORT: String(apiPort) },
      });
      server.httpServer?.once('close', () => child?.kill('SIGTERM'));
      process.once('exit', () => child?.kill('SIGTERM'));
    },
  };
}

/**
 * Writes the fingerprint of the sources the build was made from (taken before it started), so
 * `npm start` knows the build is current and skips it.
 */
function buildStamp(): Plugin {
  let fingerprint = '';
  return {
    name: 'mooring-build-stamp',
    apply: 'build',
    async buildStart() {
      fingerprint = await sourceFingerprint();
    },
    async closeBundle() {
      await fs.writeFile(BUILD_STAMP, fingerprint + '\n');
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), devApi(), buildStamp()],
  build: {
    outDir: WEB_ROOT,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    port,
    strictPort: true,
    proxy: {
      '/api': `http://127.0.0.1:${apiPort}`,
      '/healthz': `http://127.0.0.1:${apiPort}`,
    },
  },
});
