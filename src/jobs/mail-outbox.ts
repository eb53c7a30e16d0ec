import type { Deps } from '../app/deps.ts';
import { sendPendingMail } from '../app/notifications/mail/send-pending-mail.ts';
import type { PeriodicJob } from './worker.ts';

/**
 * The mail outbox as a periodic job: one batch of due notification mails per run (see
 * `sendPendingMail` for the guarantees). Returns the mails handled — sent, retried later, failed
 * or skipped — so the worker runs it again at once while there are more. Without a mailer
 * (no `MOORING_SMTP_URL`) it handles nothing and the mails wait.
 */
export const mailJob = {
  name: 'mail',
  async run(deps: Deps): Promise<number> {
    const r = await sendPendingMail(deps);
    return r.sent + r.retried + r.failed + r.skipped;
  },
} satisfies PeriodicJob;
