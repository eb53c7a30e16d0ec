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

  it('leaves email off by default and links to the local server', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: undefined,
      mailFrom: undefined,
      publicUrl: 'http://127.0.0.1:3000',
    });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
  });

  it('reads the mail settings; the public URL loses its trailing slash', () => {
    const c = loadConfig({
      MOORING_SMTP_URL: 'smtps://user:secret@mail.example.org:465',
      MOORING_MAIL_FROM: 'Mooring <mooring@example.org>',
      MOORING_PUBLIC_URL: 'https://social.example.org/mooring/',
    });
    expect(c).toMatchObject({
      smtpUrl: 'smtps://user:secret@mail.example.org:465',
      mailFrom: 'Mooring <mooring@example.org>',
      publicUrl: 'https://social.example.org/mooring',
    });
    expect(
      loadConfig({ MOORING_SMTP_URL: 'smtp://127.0.0.1:2525', MOORING_MAIL_FROM: 'a@b' }),
    ).toMatchObject({ mailFrom: 'a@b' });
  });

  it.each([
    ['MOORING_SMTP_URL', 'http://mail.example.org', /must be an smtp:\/\//],
    ['MOORING_SMTP_URL', 'mail.example.org:587', /must be an smtp:\/\//],
    ['MOORING_SMTP_URL', 'smtp://', /must be an smtp:\/\//],
    ['MOORING_MAIL_FROM', 'not an address', /must be an address/],
    ['MOORING_MAIL_FROM', 'Mooring <mooring@example.org', /must be an address/],
    ['MOORING_MAIL_FROM', 'a@b\r\nBcc: victim@example.org', /must be an address/],
    ['MOORING_PUBLIC_URL', 'ftp://example.org', /must be an http/],
    ['MOORING_PUBLIC_URL', 'example.org', /must be an http/],
    ['MOORING_PUBLIC_URL', 'https://example.org/?x=1', /must be an http/],
    ['MOORING_PUBLIC_URL', 'https://example.org/#top', /must be an http/],
    ['MOORING_PUBLIC_URL', 'https://user:pw@example.org', /must be an http/],
  ])('refuses %s=%j', (name, value, message) => {
    const env = {
      MOORING_SMTP_URL: 'smtp://127.0.0.1:2525',
      MOORING_MAIL_FROM: 'mooring@example.org',
      [name]: value,
    };
    const bad = () => loadConfig(env);
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(new RegExp(`^\\s+${name}: ${message.source}`, 'm'));
  });

  it('needs a sender once SMTP is configured, and never prints the SMTP password', () => {
    const bad = () => loadConfig({ MOORING_SMTP_URL: 'smtp://user:hunter2@mail.example.org' });
    expect(bad).toThrow(/^\s+MOORING_MAIL_FROM: is required when MOORING_SMTP_URL is set/m);
    expect(bad).not.toThrow(/hunter2/);
  });
});
