import { sql } from 'kysely';
import { NOTIFICATION_KINDS } from '../../../contracts/notifications.ts';
import type { Db } from '../../../db/connect.ts';
import type { Deps } from '../../deps.ts';
import { composeNotificationMail } from './compose-mail.ts';
import { MailSendError, type MailMessage } from './mailer.ts';

export interface SendPendingMailOptions {
  /** Notifications claimed per run. Default 20. */
  batchSize?: number;
  /** Attempts before a transiently failing mail is given up as `failed`. Default 8. */
  maxAttempts?: number;
  /**
   * How long a claim holds a mail. It must outlast the sending of a whole batch (the SMTP mailer
   * aborts a send after 2 minutes); a worker that dies mid-batch frees its mails when it ends.
   * Default 10 minutes.
   */
  leaseMs?: number;
  /** Pending mails older than this are skipped as `expired`, not sent late. Default 7 days. */
  maxAgeMs?: number;
}

export interface MailRunResult {
  sent: number;
  /** Failed transiently; due again after the backoff. */
  retried: number;
  failed: number;
  skipped: number;
}

const MINUTE = 60_000;
export const MAIL_DEFAULTS = {
  batchSize: 20,
  maxAttempts: 8,
  leaseMs: 10 * MINUTE,
  maxAgeMs: 7 * 24 * 60 * MINUTE,
} as const;

/** Without a configured web address, links point where the server listens by default. */
const FALLBACK_PUBLIC_URL = 'http://127.0.0.1:3000';

/** Wait after the n-th failed attempt: 1, 2, 4, … minutes, at most an hour. */
export function mailBackoffMs(attempt: number): number {
  return Math.min(MINUTE * 2 ** Math.max(0, attempt - 1), 60 * MINUTE);
}

type SkipReason = 'opted_out' | 'no_address' | 'expired';

interface Claimed {
  id: string;
  /** `mail_attempts` as this claim set it: the fence for recording the outcome. */
  attempt: number;
  message: MailMessage;
}

/**
 * Mails the notifications whose mail is due: the outbox half of `notify`, which writes each
 * notification (`mail_status = 'pending'`) in the transaction of the change it reports.
 *
 * 1. A short transaction claims up to `batchSize` due rows with `FOR UPDATE SKIP LOCKED`, so any
 *    number of workers in any number of processes share the work without waiting for each other.
 *    Rows of members who turned email off (or have no address), and rows too old to be useful,
 *    become `skipped`. Each claimed row counts an attempt and is leased: `mail_next_at` moves to
 *    the end of the lease, so no other worker takes it meanwhile. It commits before any mail is
 *    sent: no transaction is held across the network.
 * 2. The mails are sent, outside any transaction, side by side (the SMTP mailer pools a few
 *    connections).
 * 3. Each outcome is recorded as soon as its send ends: `sent`; on a transient error due again after
 *    `mailBackoffMs`; on a permanent refusal, or the last attempt, `failed` with the error. A
 *    failure is recorded only if the attempt count is still the claim's, so a worker whose lease
 *    ran out cannot fail or reschedule a mail that a newer claim is sending. A success is
 *    recorded whenever the row is still pending: the mail did arrive, and sending it again would
 *    only repeat it.
 *
 * Delivery is at least once, and more than once only in one case: a worker that stops between
 * the server accepting a mail and recording it (a crash, or a send outliving its lease) leaves the
 * row pending, and it is sent again when the lease ends — that one mail, once more. SMTP has no
 * idempotency key; the Message-ID derived from the notification id is the same on every attempt,
 * so mail clients show a repeat as one message. Nothing is lost: a row leaves `pending` only as
 * recorded `sent` or `failed`, or `skipped` for a reason stored in `mail_error`.
 *
 * Without `deps.mailer` (no SMTP configured) nothing is claimed: mails stay pending and go out
 * once a mailer is configured, unless by then they are older than `maxAgeMs`. Rows of a kind this
 * version has no texts for stay pending for a version that has them. The outbox reads across
 * organizations on purpose: workers serve the whole installation.
 */
export async function sendPendingMail(
  deps: Deps,
  opts: SendPendingMailOptions = {},
): Promise<MailRunResult> {
  const result: MailRunResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const mailer = deps.mailer;
  if (!mailer) return result;
  const o = { ...MAIL_DEFAULTS, ...opts };
  const publicUrl = deps.publicUrl ?? FALLBACK_PUBLIC_URL;

  const { claimed, skipped } = await claimDue(deps.db, deps.now(), o, publicUrl);
  result.skipped = skipped;
  if (claimed.length === 0) return result;

  // Each outcome is recorded as soon as its send ends, so a crash leaves at most the mails being
  // sent at that moment unrecorded, not the whole batch.
  await Promise.all(
    claimed.map(async (c) => {
      let failure: { error: unknown } | null = null;
      try {
        await mailer.send(c.message);
      } catch (error) {
        failure = { error };
      }
      const outcome = await recordOutcome(deps, c, failure, o.maxAttempts);
      if (outcome !== null) result[outcome] += 1;
    }),
  );
  deps.logger.debug({ ...result }, 'notification mail run');
  return result;
}

/** Records how the send of one claimed mail ended; null when another claim recorded it. */
async function recordOutcome(
  deps: Deps,
  c: Claimed,
  failure: { error: unknown } | null,
  maxAttempts: number,
): Promise<'sent' | 'retried' | 'failed' | null> {
  const now = deps.now();
  if (failure === null) {
    const done = await record(deps, c, { mail_status: 'sent', mailed_at: now, mail_error: null });
    return done ? 'sent' : null;
  }
  const { error } = failure;
  const permanent = error instanceof MailSendError && error.permanent;
  const message = error instanceof Error ? error.message : `thrown: ${typeof error}`;
  if (permanent || c.attempt >= maxAttempts) {
    if (!(await record(deps, c, { mail_status: 'failed', mail_error: message.slice(0, 1000) })))
      return null;
    deps.logger.warn(
      { notificationId: c.id, attempt: c.attempt, permanent, error: message },
      'notification mail failed',
    );
    return 'failed';
  }
  const next = new Date(now.getTime() + mailBackoffMs(c.attempt));
  const done = await record(deps, c, { mail_next_at: next, mail_error: message.slice(0, 1000) });
  return done ? 'retried' : null;
}

async function claimDue(
  db: Db,
  now: Date,
  o: Required<SendPendingMailOptions>,
  publicUrl: string,
): Promise<{ claimed: Claimed[]; skipped: number }> {
  const tooOld = new Date(now.getTime() - o.maxAgeMs);
  const leaseEnd = new Date(now.getTime() + o.leaseMs);
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('notifications as n')
      .innerJoin('members as m', (j) =>
        j.onRef('m.id', '=', 'n.member_id').onRef('m.organization_id', '=', 'n.organization_id'),
      )
      .innerJoin('organizations as o', 'o.id', 'n.organization_id')
      .leftJoin('posts as p', (j) =>
        j.onRef('p.id', '=', 'n.post_id').onRef('p.organization_id', '=', 'n.organization_id'),
      )
      // Who caused it, as the writers of `data` name them.
      .leftJoin('members as a', (j) =>
        j
          .onRef('a.organization_id', '=', 'n.organization_id')
          .on(sql<boolean>`a.id::text = coalesce(n.data->>'actorId', n.data->>'authorId')`),
      )
      .select([
        'n.id',
        'n.kind',
        'n.post_id',
        'n.data',
        'n.created_at',
        'm.email',
        'm.name',
        'm.locale',
        'm.email_notifications',
        'o.name as organization_name',
        'p.title as post_title',
        'a.name as actor_name',
      ])
      .where('n.mail_status', '=', 'pending')
      .where('n.mail_next_at', '<=', now)
      .where('n.kind', 'in', NOTIFICATION_KINDS)
      .orderBy('n.mail_next_at')
      .orderBy('n.id')
      .limit(o.batchSize)
      .forUpdate('n')
      .skipLocked()
      .execute();

    const skips = new Map<SkipReason, string[]>();
    const toSend = new Map<string, MailMessage>();
    for (const r of rows) {
      const reason: SkipReason | null = !r.email_notifications
        ? 'opted_out'
        : r.email.trim() === ''
          ? 'no_address'
          : r.created_at < tooOld
            ? 'expired'
            : null;
      if (reason !== null) {
        skips.set(reason, [...(skips.get(reason) ?? []), r.id]);
        continue;
      }
      const message = composeNotificationMail({
        notificationId: r.id,
        kind: r.kind,
        postId: r.post_id,
        locale: r.locale,
        to: r.email,
        publicUrl,
        facts: {
          recipientName: r.name,
          organizationName: r.organization_name,
          postTitle: r.post_id === null ? null : (r.post_title ?? ''),
          actorName: r.actor_name,
          data: r.data,
        },
      });
      // Null only for a kind without texts, which the query leaves out.
      if (message) toSend.set(r.id, message);
    }
    for (const [reason, ids] of skips) {
      await tx
        .updateTable('notifications')
        .set({ mail_status: 'skipped', mail_error: reason })
        .where('id', 'in', ids)
        .execute();
    }
    const leased =
      toSend.size === 0
        ? []
        : await tx
            .updateTable('notifications')
            .set({ mail_attempts: sql<number>`mail_attempts + 1`, mail_next_at: leaseEnd })
            .where('id', 'in', [...toSend.keys()])
            .returning(['id', 'mail_attempts'])
            .execute();
    return {
      claimed: leased.map((l) => ({
        id: l.id,
        attempt: l.mail_attempts,
        message: toSend.get(l.id)!,
      })),
      skipped: [...skips.values()].reduce((n, ids) => n + ids.length, 0),
    };
  });
}

/**
 * Records one outcome while the row is pending; a failure only while the claim is the latest.
 * False when the row was recorded by another claim already.
 */
async function record(
  deps: Deps,
  c: Claimed,
  set: { mail_status?: string; mailed_at?: Date; mail_next_at?: Date; mail_error: string | null },
): Promise<boolean> {
  const done = await deps.db
    .updateTable('notifications')
    .set(set)
    .where('id', '=', c.id)
    .where('mail_status', '=', 'pending')
    .$if(set.mail_status !== 'sent', (q) => q.where('mail_attempts', '=', c.attempt))
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 1) return true;
  deps.logger.warn(
    { notificationId: c.id, attempt: c.attempt },
    'notification mail outcome came after its lease ended; another attempt records the mail',
  );
  return false;
}
