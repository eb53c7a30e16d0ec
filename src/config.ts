import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `user@host` or `Name <user@host>`; no line breaks, which would inject mail headers. */
const MAIL_FROM = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

function urlWith(value: string, protocols: readonly string[]): URL | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  MOORING_DATA_DIR: z.string().trim().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  MOORING_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$|^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes as 64 hex digits or base64')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Secure cookies when served behind HTTPS. */
  MOORING_COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Notifications by email go out through this server; absent: no mail is sent. */
  MOORING_SMTP_URL: z
    .string()
    .trim()
    .refine(
      (v) => urlWith(v, ['smtp:', 'smtps:']) !== null,
      'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example.org:587',
    )
    .optional(),
  MOORING_MAIL_FROM: z
    .string()
    .trim()
    .regex(MAIL_FROM, 'must be an address, optionally with a name: Mooring <mooring@example.org>')
    .optional(),
  /** Where members reach the web app; links in mails point there. */
  MOORING_PUBLIC_URL: z
    .string()
    .trim()
    .refine((v) => {
      const url = urlWith(v, ['http:', 'https:']);
      return url !== null && url.search === '' && url.hash === '' && url.username === '';
    }, 'must be an http:// or https:// URL without credentials, query or fragment')
    .optional(),
});

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  secretKey: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  cookieSecure: boolean;
  /** Absent: email is off and notifications stay in the app (their mails wait as pending). */
  smtpUrl: string | undefined;
  /** Set whenever `smtpUrl` is. */
  mailFrom: string | undefined;
  /** No trailing slash. Default: `http://127.0.0.1:<PORT>`. */
  publicUrl: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the environment once, at start. Every other module receives the parsed `Config`; nothing
 * else in `src/` reads `process.env`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema
    .superRefine((e, ctx) => {
      // A mail needs a sender the SMTP server accepts; no default can know it.
      if (e.MOORING_SMTP_URL !== undefined && e.MOORING_MAIL_FROM === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['MOORING_MAIL_FROM'],
          message: 'is required when MOORING_SMTP_URL is set',
        });
      }
    })
    .safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.MOORING_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    secretKey: e.MOORING_SECRET_KEY,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.MOORING_COOKIE_SECURE,
    smtpUrl: e.MOORING_SMTP_URL,
    mailFrom: e.MOORING_MAIL_FROM,
    publicUrl: (e.MOORING_PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, ''),
  };
}
