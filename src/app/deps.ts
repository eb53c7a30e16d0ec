import type { CredentialCache } from './auth/credential-cache.ts';
import type { Logger } from 'pino';
import type { Db } from '../db/connect.ts';
import type { MediaStore } from './media/store.ts';
import type { Mailer } from './notifications/mail/mailer.ts';
import type { SecretBox } from './secrets.ts';

/** What every use case is handed. Built once in `main.ts`; tests build their own. */
export interface Deps {
  db: Db;
  secrets: SecretBox;
  logger: Logger;
  now: () => Date;
  /** Where uploaded media files live (`<dataDir>/media` by default). */
  media: MediaStore;
  /** Sends notification mails; absent: email is off and mails wait as pending. */
  mailer?: Mailer;
  /** The web app as members reach it, without a trailing slash (links in mails). */
  publicUrl?: string;
  /** Resolved API tokens, per process (PostgreSQL only); absent: every request asks. */
  credentials?: CredentialCache;
}

/** The authenticated member a use case acts for. */
export interface Actor {
  memberId: string;
  organizationId: string;
  locale: 'de' | 'en';
  via: 'session' | 'token';
  /**
   * The organization's revision, read in the same query as the credentials. Lets the request
   * reuse a cached snapshot without asking again; absent → the snapshot loader reads it.
   */
  revision?: string;
}
