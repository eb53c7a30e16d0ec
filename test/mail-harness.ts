import { afterAll, beforeAll } from 'vitest';
import type { Deps } from '../src/app/deps.ts';
import type { Mailer } from '../src/app/notifications/mail/mailer.ts';
import {
  sendPendingMail,
  type MailRunResult,
  type SendPendingMailOptions,
} from '../src/app/notifications/mail/send-pending-mail.ts';
import { createSmtpMailer } from '../src/app/notifications/mail/smtp-mailer.ts';
import { notify } from '../src/app/notifications/notify.ts';
import type { NotificationKind } from '../src/contracts/notifications.ts';
import type { Db } from '../src/db/connect.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  buildMember,
  buildOrg,
  buildPost,
  testDeps,
  type BuiltMember,
  type BuiltOrg,
} from './factories.ts';
import { startMailServer, type TestMailServer } from './mail-server.ts';

/**
 * What the mail outbox tests share: a database of the file's own, a real SMTP server on loopback,
 * and helpers to write notifications the way the use cases do and to read the outbox. The outbox
 * reads across organizations, so every test asserts on its own notifications and recipients only.
 */

export const PUBLIC_URL = 'https://mooring.example.org';
const FROM = 'Mooring <mooring@example.org>';

export interface Scene {
  org: BuiltOrg;
  /** Named Ada; the author of the post and of the mentions. */
  author: BuiltMember;
  /** A post titled "Spring bread". */
  postId: string;
}

export const messageIdOf = (id: string) => `<notification.${id}@mooring.example.org>`;

export const handled = (r: MailRunResult) => r.sent + r.retried + r.failed + r.skipped;

/** Runs until a run handles nothing, as the worker does. */
export async function drain(deps: Deps, opts: SendPendingMailOptions = {}): Promise<MailRunResult> {
  const total: MailRunResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  for (;;) {
    const r = await sendPendingMail(deps, opts);
    if (handled(r) === 0) return total;
    for (const k of Object.keys(total) as (keyof MailRunResult)[]) total[k] += r[k];
  }
}

/** Registers the file's setup and teardown; the fields are usable inside tests. */
export function useMailHarness() {
  let database!: TestDatabase;
  let smtp!: TestMailServer;
  const mailers: Mailer[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startMailServer();
  });
  afterAll(async () => {
    for (const m of mailers) await m.close?.();
    await smtp?.close();
    await database?.dispose();
  });

  const h = {
    get database(): TestDatabase {
      return database;
    },
    get smtp(): TestMailServer {
      return smtp;
    },

    smtpMailer: (url = smtp.url): Mailer => {
      const mailer = createSmtpMailer({ url, from: FROM });
      mailers.push(mailer);
      return mailer;
    },

    /** Deps with a mailer (the loopback server's unless given; null: none) and a clock. */
    mailDeps: (opts: { db?: Db; mailer?: Mailer | null; at?: () => Date } = {}): Deps => {
      const mailer = opts.mailer === undefined ? h.smtpMailer() : opts.mailer;
      return {
        ...testDeps(opts.db ?? database.db),
        publicUrl: PUBLIC_URL,
        now: opts.at ?? (() => new Date()),
        ...(mailer !== null && { mailer }),
      };
    },

    scene: async (name: string): Promise<Scene> => {
      const org = await buildOrg(database.db, { name });
      const author = await buildMember(database.db, org, { locale: 'en' });
      await database.db
        .updateTable('members')
        .set({ name: 'Ada' })
        .where('id', '=', author.id)
        .execute();
      const post = await buildPost(database.db, org, {
        unitId: org.rootId,
        authorId: author.id,
        channelIds: [],
        title: 'Spring bread',
      });
      return { org, author, postId: post.id };
    },

    /** Writes a notification the way the use cases do: `notify` inside a transaction. */
    notifyIn: async (
      s: Scene,
      member: BuiltMember,
      kind: NotificationKind = 'mention',
      data: Record<string, unknown> = { authorId: s.author.id, excerpt: 'Please have a look' },
    ): Promise<string> => {
      return database.db.transaction().execute(async (tx) => {
        await notify(tx, {
          organizationId: s.org.id,
          memberIds: [member.id],
          kind,
          postId: s.postId,
          data,
        });
        const row = await tx
          .selectFrom('notifications')
          .select('id')
          .where('member_id', '=', member.id)
          .orderBy('created_at', 'desc')
          .executeTakeFirstOrThrow();
        return row.id;
      });
    },

    outbox: async (id: string) => {
      return database.db
        .selectFrom('notifications')
        .select(['mail_status', 'mail_attempts', 'mail_next_at', 'mailed_at', 'mail_error'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    },

    /** The mails the SMTP server accepted for this address. */
    mailsTo: (address: string) =>
      smtp.received.filter((r) => r.envelopeTo.includes(address)).map((r) => r.mail),
  };
  return h;
}
