/**
 * The port through which notification mails leave: `sendPendingMail` knows nothing of SMTP. The
 * SMTP adapter is `smtp-mailer.ts`; tests may hand in any object with `send`.
 */

export interface MailMessage {
  /** One recipient address. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * `<local@domain>`, stable per notification: SMTP has no idempotency key, so a mail resent after
   * a crash carries the same Message-ID and mail clients show it once.
   */
  messageId?: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /**
   * Hands the message to the mail server. Resolves once the server accepted it; rejects with a
   * `MailSendError` saying whether trying again can help (any other error counts as transient).
   */
  send(message: MailMessage): Promise<void>;
  /** Ends open connections (at shutdown). */
  close?(): Promise<void>;
}

/**
 * A refused or failed send. `permanent`: the server refused this message for good (SMTP 5xx such
 * as an unknown recipient); retrying would only get the same answer. Otherwise (4xx, connection
 * and timeout errors) it is retried with backoff.
 */
export class MailSendError extends Error {
  override name = 'MailSendError';
  readonly permanent: boolean;

  constructor(message: string, opts: { permanent: boolean; cause?: unknown }) {
    super(message, { cause: opts.cause });
    this.permanent = opts.permanent;
  }
}
