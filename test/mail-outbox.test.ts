import { describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { mailBackoffMs, sendPendingMail } from '../src/app/notifications/mail/send-pending-mail.ts';
import { openDatabase, type Database } from '../src/db/connect.ts';
import { mailJob } from '../src/jobs/mail-outbox.ts';
import { buildMember, testDeps } from './factories.ts';
import { startTestServer, signIn } from './http.ts';
import { PUBLIC_URL, drain, handled, messageIdOf, useMailHarness } from './mail-harness.ts';

/** The mail outbox against a real SMTP server on loopback (see mail-harness.ts). */

const h = useMailHarness();
const { mailDeps, scene, notifyIn, outbox, mailsTo, smtpMailer } = h;

describe('notification mail', () => {
  it('mails a German member in German and an English member in English', async () => {
    const s = await scene('Bäckerei Korn');
    const de = await buildMember(h.database.db, s.org, { locale: 'de' });
    const en = await buildMember(h.database.db, s.org, { locale: 'en' });
    const deId = await notifyIn(s, de);
    const enId = await notifyIn(s, en);
    expect((await outbox(deId)).mail_status).toBe('pending');

    const result = await drain(mailDeps());
    expect(result.sent).toBeGreaterThanOrEqual(2);

    const [deMail, ...moreDe] = mailsTo(de.email);
    expect(moreDe).toHaveLength(0);
    expect(deMail!.subject).toBe('[Bäckerei Korn] Ada hat Sie bei „Spring bread“ erwähnt');
    expect(deMail!.to).toMatchObject({ value: [{ address: de.email }] });
    expect(deMail!.from).toMatchObject({
      value: [{ address: 'mooring@example.org', name: 'Mooring' }],
    });
    expect(deMail!.messageId).toBe(messageIdOf(deId));
    expect(deMail!.headers.get('auto-submitted')).toBe('auto-generated');
    expect(deMail!.text).toContain(
      'Ada hat Sie in einem Kommentar zum Beitrag „Spring bread“ erwähnt',
    );
    expect(deMail!.text).toContain('> Please have a look');
    expect(deMail!.text).toContain(`In Mooring öffnen: ${PUBLIC_URL}/posts/${s.postId}`);

    const [enMail, ...moreEn] = mailsTo(en.email);
    expect(moreEn).toHaveLength(0);
    expect(enMail!.subject).toBe('[Bäckerei Korn] Ada mentioned you on “Spring bread”');
    expect(enMail!.messageId).toBe(messageIdOf(enId));
    expect(enMail!.text).toContain(`Open in Mooring: ${PUBLIC_URL}/posts/${s.postId}`);

    for (const id of [deId, enId]) {
      expect(await outbox(id)).toMatchObject({
        mail_status: 'sent',
        mail_attempts: 1,
        mail_error: null,
      });
      expect((await outbox(id)).mailed_at).toBeInstanceOf(Date);
    }
    // Sent is sent: another run finds nothing of theirs.
    await drain(mailDeps());
    expect(mailsTo(de.email)).toHaveLength(1);
    expect(mailsTo(en.email)).toHaveLength(1);
  });

  it('sends each mail once when two workers run at the same time', async () => {
    const s = await scene('Concurrent');
    const members = await Promise.all(
      Array.from({ length: 12 }, () => buildMember(h.database.db, s.org)),
    );
    const ids: string[] = [];
    for (const m of members) ids.push(await notifyIn(s, m));

    // On PostgreSQL the second worker has a database handle (a pool) of its own, as another
    // process would; PGlite has one connection, so there the two take turns.
    const second = await secondHandle();
    try {
      const [a, b] = await Promise.all([
        drain(mailDeps(), { batchSize: 3 }),
        drain(mailDeps({ db: second?.db }), { batchSize: 3 }),
      ]);
      expect(a.sent + b.sent).toBeGreaterThanOrEqual(12);
    } finally {
      await second?.close();
    }
    const received = members.flatMap((m) => mailsTo(m.email));
    expect(received).toHaveLength(12);
    expect(new Set(received.map((m) => m.messageId))).toEqual(new Set(ids.map(messageIdOf)));
    for (const id of ids) expect((await outbox(id)).mail_status).toBe('sent');
  });

  it('retries a mail the server refuses for now (451) after the backoff, then sends it', async () => {
    const s = await scene('Greylisted');
    const member = await buildMember(h.database.db, s.org, { locale: 'de' });
    const id = await notifyIn(s, member);
    let now = new Date();
    const deps = mailDeps({ at: () => now });

    h.smtp.refuseNextData(451);
    expect(await sendPendingMail(deps)).toMatchObject({ sent: 0, retried: 1 });
    const waiting = await outbox(id);
    expect(waiting).toMatchObject({ mail_status: 'pending', mail_attempts: 1 });
    expect(waiting.mail_error).toMatch(/451/);
    expect(waiting.mail_next_at.getTime()).toBe(now.getTime() + mailBackoffMs(1));
    expect(mailsTo(member.email)).toHaveLength(0);

    // Not before the backoff ends.
    expect(handled(await sendPendingMail(deps))).toBe(0);
    now = new Date(now.getTime() + mailBackoffMs(1));
    expect(await sendPendingMail(deps)).toMatchObject({ sent: 1, retried: 0 });
    expect(mailsTo(member.email).map((m) => m.messageId)).toEqual([messageIdOf(id)]);
    expect(await outbox(id)).toMatchObject({
      mail_status: 'sent',
      mail_attempts: 2,
      mail_error: null,
    });
  });

  it('records a permanent refusal (550) as failed, with the error, and never retries it', async () => {
    const s = await scene('Unknown mailbox');
    const member = await buildMember(h.database.db, s.org);
    h.smtp.refuseRecipient(member.email, 550);
    const id = await notifyIn(s, member);
    let now = new Date();
    const deps = mailDeps({ at: () => now });

    expect(await sendPendingMail(deps)).toMatchObject({ failed: 1, retried: 0 });
    const row = await outbox(id);
    expect(row).toMatchObject({ mail_status: 'failed', mail_attempts: 1, mailed_at: null });
    expect(row.mail_error).toMatch(/550/);
    now = new Date(now.getTime() + 24 * 3_600_000);
    expect(handled(await sendPendingMail(deps))).toBe(0);
    expect(mailsTo(member.email)).toHaveLength(0);
  });

  it('gives a mail up after the last transient failure', async () => {
    const s = await scene('Always busy');
    const member = await buildMember(h.database.db, s.org);
    const id = await notifyIn(s, member);
    let now = new Date();
    const deps = mailDeps({ at: () => now });
    h.smtp.refuseNextData(421, 452, 451);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const r = await sendPendingMail(deps, { maxAttempts: 3 });
      expect(r).toMatchObject(attempt < 3 ? { retried: 1 } : { failed: 1, retried: 0 });
      now = new Date(now.getTime() + mailBackoffMs(attempt));
    }
    const row = await outbox(id);
    expect(row).toMatchObject({ mail_status: 'failed', mail_attempts: 3 });
    expect(row.mail_error).toMatch(/451/);
    expect(handled(await sendPendingMail(deps, { maxAttempts: 3 }))).toBe(0);
  });

  it('keeps a mail when the SMTP login is wrong (a configuration error, not the mail’s)', async () => {
    const s = await scene('Wrong password');
    const member = await buildMember(h.database.db, s.org);
    const id = await notifyIn(s, member);
    const url = h.smtp.url.replace(':secret@', ':wrong@');
    const r = await sendPendingMail(mailDeps({ mailer: smtpMailer(url) }));
    expect(r).toMatchObject({ retried: 1, failed: 0 });
    expect(await outbox(id)).toMatchObject({ mail_status: 'pending', mail_attempts: 1 });
    expect((await outbox(id)).mail_error).toMatch(/535/);
    expect(mailsTo(member.email)).toHaveLength(0);
  });

  it('sends nothing and loses nothing while no SMTP server is configured', async () => {
    const s = await scene('No SMTP yet');
    const member = await buildMember(h.database.db, s.org);
    const id = await notifyIn(s, member);
    const off = mailDeps({ mailer: null });
    expect(await sendPendingMail(off)).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(await mailJob.run(off)).toBe(0);
    expect(await outbox(id)).toMatchObject({ mail_status: 'pending', mail_attempts: 0 });

    // Configured later: the mail goes out then.
    await drain(mailDeps());
    expect(mailsTo(member.email).map((m) => m.messageId)).toEqual([messageIdOf(id)]);
  });

  it('counts what the mail job handled, so the worker runs it again while there is more', async () => {
    const s = await scene('Job');
    const member = await buildMember(h.database.db, s.org);
    await notifyIn(s, member);
    await notifyIn(s, member, 'approval_requested', {});
    const deps = mailDeps();
    let total = 0;
    for (let n = await mailJob.run(deps); n > 0; n = await mailJob.run(deps)) total += n;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(
      mailsTo(member.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([
      '[Job] Ada mentioned you on “Spring bread”',
      '[Job] Approval requested: “Spring bread”',
    ]);
    expect(mailJob.name).toBe('mail');
  });

  it('skips members who turned email off in their settings, and too old mails', async () => {
    const s = await scene('Quiet');
    const quiet = await buildMember(h.database.db, s.org);
    const late = await buildMember(h.database.db, s.org);
    const server = await startTestServer(testDeps(h.database.db));
    try {
      const api = await signIn(server, quiet.email);
      const bad = await api.patch('/api/v1/auth/me', { emailNotifications: 'no' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe('body.emailNotifications');
      expect((await api.get('/api/v1/auth/me')).body.member.emailNotifications).toBe(true);
      const off = await api.patch('/api/v1/auth/me', { emailNotifications: false });
      expect(off.status).toBe(200);
      expect(off.body.member.emailNotifications).toBe(false);
      expect((await api.get('/api/v1/auth/me')).body.member.emailNotifications).toBe(false);
    } finally {
      await server.close();
    }
    const quietId = await notifyIn(s, quiet);
    const lateId = await notifyIn(s, late);
    await h.database.db
      .updateTable('notifications')
      .set({ created_at: sql<Date>`now() - interval '8 days'` })
      .where('id', '=', lateId)
      .execute();

    const r = await drain(mailDeps());
    expect(r.skipped).toBeGreaterThanOrEqual(2);
    expect(await outbox(quietId)).toMatchObject({
      mail_status: 'skipped',
      mail_error: 'opted_out',
      mail_attempts: 0,
    });
    expect(await outbox(lateId)).toMatchObject({
      mail_status: 'skipped',
      mail_error: 'expired',
      mail_attempts: 0,
    });
    expect(mailsTo(quiet.email)).toHaveLength(0);
    expect(mailsTo(late.email)).toHaveLength(0);
  });

  it('leaves a kind without texts pending for a version that has them', async () => {
    const s = await scene('Future');
    const member = await buildMember(h.database.db, s.org);
    const row = await h.database.db
      .insertInto('notifications')
      .values({ organization_id: s.org.id, member_id: member.id, kind: 'from_the_future' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await drain(mailDeps());
    expect(await outbox(row.id)).toMatchObject({ mail_status: 'pending', mail_attempts: 0 });
    expect(mailsTo(member.email)).toHaveLength(0);
  });
});

/** On PostgreSQL, a second pool on this file's database; null on PGlite (one connection). */
async function secondHandle(): Promise<Database | null> {
  const serverUrl = inject('pgServerUrl');
  if (!serverUrl) return null;
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    h.database.db,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${rows[0]!.name}`;
  return openDatabase({ databaseUrl: url.toString(), dataDir: '/nonexistent' });
}
