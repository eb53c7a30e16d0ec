import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has defaults: embedded database in ./data on 127.0.0.1:3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
    });
    expect(c.dataDir).toBe(path.resolve('./data'));
  });

  it('reads every variable', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@h:5432/db',
      MOORING_DATA_DIR: '/tmp/x',
      PORT: '8080',
      HOST: '0.0.0.0',
      MOORING_SECRET_KEY: 'ab'.repeat(32),
      LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u@h:5432/db',
      dataDir: '/tmp/x',
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'debug',
    });
  });

  it('fails fast with a readable message naming each bad variable', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        MOORING_SECRET_KEY: 'short',
        LOG_LEVEL: 'loud',
      }),
    ).toThrow(ConfigError);
    const bad = () => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x' });
    expect(bad).toThrow(/^\s+PORT: /m);
    expect(bad).toThrow(/^\s+DATABASE_URL: must be a postgres/m);
  });
});
