import { describe, expect, it } from 'vitest';
import type { Deps } from '../src/app/deps.ts';
import { MailSendError, type Mailer } from '../src/app/notifications/mail/mailer.ts';
import { MAIL_DEFAULTS, sendPendingMail } from '../src/app/notifications/mail/send-pending-mail.ts';
import { buildMember } from './factories.ts';
import { drain, messageIdOf, useMailHarness } from './mail-harness.ts';

/**
 * A worker whose send outlives its lease (a stalled connection, or a process about to die): the
 * mail is sent again by another worker, once, and the first worker's late answer may not undo
 * what the newer claim recorded.
 */

const h = useMailHarness();
const { mailDeps, scene, notifyIn, outbox, mailsTo } = h;

describe('a worker that outlives its lease', () => {
  /** Claims the scene's mail with a send that hangs, then lets the lease run out. */
  async function stuckFirstWorker(name: string) {
    const s = await scene(name);
    const member = await buildMember(h.database.db, s.org);
    const id = await notifyIn(s, member);
    const clock = { now: new Date() };
    const first = heldMailer();
    const run = sendPendingMail(mailDeps({ mailer: first.mailer, at: () => clock.now }));
    const call = await first.nextCall();
    expect(await outbox(id)).toMatchObject({ mail_status: 'pending', mail_attempts: 1 });
    // Within the lease nobody else takes it.
    expect(await outboxRunFor(id, mailDeps({ at: () => clock.now }))).toBe(0);
    clock.now = new Date(clock.now.getTime() + MAIL_DEFAULTS.leaseMs);
    return { id, member, clock, run, call };
  }

  /** Mails of this notification that a run handled. */
  async function outboxRunFor(id: string, deps: Deps): Promise<number> {
    const before = (await outbox(id)).mail_attempts;
    await drain(deps);
    return (await outbox(id)).mail_attempts - before;
  }

  it('sends that one mail once more; a late failure changes nothing', async () => {
    const { id, member, clock, run, call } = await stuckFirstWorker('Stuck, then sent');
    expect((await drain(mailDeps({ at: () => clock.now }))).sent).toBeGreaterThanOrEqual(1);
    expect(await outbox(id)).toMatchObject({ mail_status: 'sent', mail_attempts: 2 });

    call.reject(new MailSendError('550 refused', { permanent: true }));
    expect(await run).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(await outbox(id)).toMatchObject({ mail_status: 'sent', mail_error: null });
    expect(mailsTo(member.email).map((m) => m.messageId)).toEqual([messageIdOf(id)]);
  });

  it('cannot fail a mail that a newer claim is sending', async () => {
    const { id, clock, run, call } = await stuckFirstWorker('Stuck while another sends');
    const second = heldMailer();
    const secondRun = sendPendingMail(mailDeps({ mailer: second.mailer, at: () => clock.now }));
    const secondCall = await second.nextCall();
    const leased = await outbox(id);
    expect(leased).toMatchObject({ mail_status: 'pending', mail_attempts: 2 });

    call.reject(new MailSendError('550 refused', { permanent: true }));
    expect((await run).failed).toBe(0);
    expect(await outbox(id)).toEqual(leased);

    secondCall.resolve();
    expect((await secondRun).sent).toBe(1);
    expect(await outbox(id)).toMatchObject({ mail_status: 'sent', mail_attempts: 2 });
  });

  it('records a late success, so the mail is not sent a third time', async () => {
    const { id, member, clock, run, call } = await stuckFirstWorker('Stuck, then delivered');
    h.smtp.refuseNextData(451);
    expect((await drain(mailDeps({ at: () => clock.now }))).retried).toBeGreaterThanOrEqual(1);
    expect(await outbox(id)).toMatchObject({ mail_status: 'pending', mail_attempts: 2 });

    call.resolve();
    expect((await run).sent).toBe(1);
    expect((await outbox(id)).mail_status).toBe('sent');
    clock.now = new Date(clock.now.getTime() + 24 * 3_600_000);
    expect(await outboxRunFor(id, mailDeps({ at: () => clock.now }))).toBe(0);
    expect(mailsTo(member.email)).toHaveLength(0);
  });
});

interface HeldCall {
  resolve(): void;
  reject(err: Error): void;
}

/** A mailer whose sends wait until the test answers them. */
function heldMailer(): { mailer: Mailer; nextCall(): Promise<HeldCall> } {
  const calls: HeldCall[] = [];
  const waiting: ((call: HeldCall) => void)[] = [];
  return {
    mailer: {
      send: () =>
        new Promise<void>((resolve, reject) => {
          const call = { resolve: () => resolve(), reject };
          const waiter = waiting.shift();
          if (waiter) waiter(call);
          else calls.push(call);
        }),
    },
    nextCall: () =>
      new Promise<HeldCall>((resolve) => {
        const call = calls.shift();
        if (call) resolve(call);
        else waiting.push(resolve);
      }),
  };
}
