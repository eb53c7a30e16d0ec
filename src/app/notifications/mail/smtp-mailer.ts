import nodemailer from 'nodemailer';
import { MailSendError, type Mailer, type MailMessage } from './mailer.ts';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
  url: string;
  /** `Mooring <mooring@example.org>` or a bare address. */
  from: string;
  /**
   * Longest time one `send` may take, queueing in the pool included; then it is aborted and
   * retried later. Keeps a stalling server from outliving the outbox's lease.
   */
  sendTimeoutMs?: number;
}

/** SMTP reply codes that mean "not this message, not ever" (RFC 5321: 5yz), bar one. */
function isPermanent(err: { code?: unknown; responseCode?: unknown }): boolean {
  // 535 and friends: wrong credentials are the installation's fault, not the message's; the
  // mail waits (with backoff) until an administrator fixes the configuration.
  if (err.code === 'EAUTH' || err.code === 'ENOAUTH') return false;
  return typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600;
}

/**
 * The `Mailer` over SMTP, with nodemailer's connection pool. Pool-level requeueing is off: a
 * message whose connection dropped comes back as a transient error and the outbox decides when to
 * try again, so every attempt is counted where the operator can see it.
 */
export function createSmtpMailer(opts: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: opts.url,
    pool: true,
    maxConnections: 3,
    maxRequeues: 0,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const sendTimeoutMs = opts.sendTimeoutMs ?? 120_000;
  return {
    async send(message: MailMessage): Promise<void> {
      try {
        await transport.sendMail({
          from: opts.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined && { html: message.html }),
          ...(message.messageId !== undefined && { messageId: message.messageId }),
          ...(message.headers !== undefined && { headers: message.headers }),
          signal: AbortSignal.timeout(sendTimeoutMs),
        });
      } catch (err) {
        const e = (err ?? {}) as { code?: unknown; responseCode?: unknown; message?: unknown };
        const text = typeof e.message === 'string' ? e.message : String(err);
        throw new MailSendError(text, { permanent: isPermanent(e), cause: err });
      }
    },
    close(): Promise<void> {
      transport.close();
      return Promise.resolve();
    },
  };
}
