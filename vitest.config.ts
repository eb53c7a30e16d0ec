import { configDefaults, defineConfig } from 'vitest/config';

// Four projects: `core` is pure and fast; `networks` runs each adapter against a local server or
// recorded exchanges (no database); `db` touches a database (PGlite by default, PostgreSQL when
// DATABASE_URL is set) and HTTP; `browser` drives the web app in Chromium. CI runs everything on
// PGlite, then `db` again on PostgreSQL.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: [
            'src/core/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/*.test.ts',
            'src/app/*.test.ts',
            'src/web/**/*.test.ts',
            'src/jobs/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'networks',
          include: ['src/networks/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'db',
          include: [
            'src/db/**/*.test.ts',
            'src/app/*/**/*.test.ts',
            'src/http/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        // The web app in Debian's Chromium against the real server and database (demo data);
        // the app is built once first if dist/web is missing or stale.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
          globalSetup: ['test/global-setup.ts', 'test/browser/build-web.ts'],
        },
      },
    ],
  },
});
