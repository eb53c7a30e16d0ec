import { describe, expect, it } from 'vitest';
import {
  composeNotificationMail,
  notificationMessageId,
  type NotificationMailInput,
} from '../src/app/notifications/mail/compose-mail.ts';
import {
  MAIL_LOCALES,
  NOTIFICATION_MAIL_TEXTS,
  type MailFacts,
} from '../src/app/notifications/mail/templates.ts';
import { NOTIFICATION_KINDS } from '../src/contracts/notifications.ts';
import { APPROVAL_DECISIONS } from '../src/contracts/posts.ts';

const ID = '0d9c6f3e-8a51-4c8e-9a3b-5f2e1d0c9b8a';
const POST = '7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const URL = 'https://mooring.example.org/base';

const facts = (over: Partial<MailFacts> = {}): MailFacts => ({
  recipientName: 'Grace',
  organizationName: 'Bakery Ltd',
  postTitle: 'Spring bread',
  actorName: 'Ada',
  data: {},
  ...over,
});

const input = (over: Partial<NotificationMailInput> = {}): NotificationMailInput => ({
  notificationId: ID,
  kind: 'mention',
  postId: POST,
  locale: 'en',
  to: 'grace@example.test',
  facts: facts(),
  publicUrl: URL,
  ...over,
});

/** Every field a kind's texts may read, so each branch with data is rendered too. */
const FULL_DATA = {
  excerpt: 'Could you check the price?',
  decision: 'approve',
  comment: 'Looks good',
  channel: '@bakery@social.example',
  url: 'https://social.example/@bakery/1',
  reason: 'The network refused the image.',
  summary: 'You lead the hub.',
};

describe('notification mail texts', () => {
  it.each(
    NOTIFICATION_KINDS.flatMap((kind) => MAIL_LOCALES.map((locale) => [kind, locale] as const)),
  )('%s has a %s text that renders with and without data', (kind, locale) => {
    expect(NOTIFICATION_MAIL_TEXTS[kind]?.[locale]).toBeDefined();
    for (const f of [
      facts({ data: FULL_DATA }),
      facts({ data: {}, actorName: null, postTitle: '' }),
      facts({ postTitle: null }),
    ]) {
      const mail = composeNotificationMail(input({ kind, locale, facts: f }))!;
      expect(mail.subject).toMatch(/^\[Bakery Ltd\] \S/);
      expect(mail.subject).not.toMatch(/\n|undefined|null|\[object/);
      expect(mail.text).not.toMatch(/undefined|null|\[object/);
      expect(mail.text).toMatch(locale === 'de' ? /^Guten Tag Grace,/ : /^Hello Grace,/);
      expect(mail.text).toContain(`${URL}/settings`);
      expect(mail.to).toBe('grace@example.test');
      expect(mail.messageId).toBe(`<notification.${ID}@mooring.example.org>`);
    }
  });

  it.each(NOTIFICATION_KINDS)('%s says something different in German and English', (kind) => {
    const en = composeNotificationMail(input({ kind, locale: 'en' }))!;
    const de = composeNotificationMail(input({ kind, locale: 'de' }))!;
    expect(de.subject).not.toBe(en.subject);
    expect(de.text).not.toBe(en.text);
  });

  it('has no texts for a kind that is not a notification kind', () => {
    expect(Object.keys(NOTIFICATION_MAIL_TEXTS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(composeNotificationMail(input({ kind: 'no_such_kind' }))).toBeNull();
  });

  it('links to the post, or to the notifications when there is none', () => {
    const withPost = composeNotificationMail(input())!;
    expect(withPost.text).toContain(`Open in Mooring: ${URL}/posts/${POST}`);
    const de = composeNotificationMail(
      input({ locale: 'de', kind: 'duty_assigned', postId: null }),
    )!;
    expect(de.text).toContain(`In Mooring öffnen: ${URL}/notifications`);
  });

  it('tells each approval decision apart, in both languages', () => {
    for (const locale of MAIL_LOCALES) {
      const subjects = APPROVAL_DECISIONS.map(
        (decision) =>
          composeNotificationMail(
            input({ kind: 'approval_decided', locale, facts: facts({ data: { decision } }) }),
          )!.subject,
      );
      expect(new Set(subjects).size).toBe(APPROVAL_DECISIONS.length);
    }
    const approved = composeNotificationMail(
      input({
        kind: 'approval_decided',
        locale: 'de',
        facts: facts({ data: { decision: 'approve' } }),
      }),
    )!;
    expect(approved.subject).toBe('[Bakery Ltd] Freigegeben: „Spring bread“');
    expect(approved.text).toContain('Ada hat Ihren Beitrag „Spring bread“ freigegeben.');
  });

  it('quotes the excerpt of a mention', () => {
    const mail = composeNotificationMail(
      input({ facts: facts({ data: { excerpt: 'first line\nsecond line' } }) }),
    )!;
    expect(mail.subject).toBe('[Bakery Ltd] Ada mentioned you on “Spring bread”');
    expect(mail.text).toContain('> first line\n> second line');
  });

  it('keeps the subject on one short line whatever the title holds', () => {
    const mail = composeNotificationMail(
      input({
        facts: facts({ postTitle: `Line one\r\nBcc: x@example.test ${'long '.repeat(60)}` }),
      }),
    )!;
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(150);
    expect(mail.subject.endsWith('…')).toBe(true);
  });

  it('gives English to every locale but German', () => {
    const mail = composeNotificationMail(input({ locale: 'fr' }))!;
    expect(mail.text).toMatch(/^Hello Grace,/);
  });

  it('derives a stable Message-ID from the notification and the web address', () => {
    expect(notificationMessageId(ID, 'http://127.0.0.1:3000')).toBe(
      `<notification.${ID}@127.0.0.1>`,
    );
    expect(notificationMessageId(ID, URL)).toBe(notificationMessageId(ID, URL));
  });
});
