import { NOTIFICATION_KINDS, type NotificationKind } from '../../../contracts/notifications.ts';
import type { MailMessage } from './mailer.ts';
import { NOTIFICATION_MAIL_TEXTS, type MailFacts, type MailLocale } from './templates.ts';

export interface NotificationMailInput {
  notificationId: string;
  kind: string;
  postId: string | null;
  /** The member's locale; anything but `de` gets English. */
  locale: string;
  to: string;
  facts: MailFacts;
  /** The web app, without a trailing slash. */
  publicUrl: string;
}

const FRAME: Record<MailLocale, { greeting: (name: string) => string; open: string; why: string }> =
  {
    en: {
      greeting: (name) => `Hello ${name},`,
      open: 'Open in Mooring',
      why: 'You get this email because email notifications are on in your Mooring settings',
    },
    de: {
      greeting: (name) => `Guten Tag ${name},`,
      open: 'In Mooring öffnen',
      why: 'Sie erhalten diese E-Mail, weil E-Mail-Benachrichtigungen in Ihren Mooring-Einstellungen eingeschaltet sind',
    },
  };

const SUBJECT_MAX = 150;

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/**
 * `<notification.ID@host-of-the-web-app>`: the same for every attempt at one notification, so a
 * mail sent twice (a crash between sending and recording) is one message to mail clients.
 */
export function notificationMessageId(notificationId: string, publicUrl: string): string {
  return `<notification.${notificationId}@${new URL(publicUrl).hostname}>`;
}

/** Where the mail's link goes: the post it is about, else the member's notifications. */
export function notificationLink(publicUrl: string, postId: string | null): string {
  return postId === null ? `${publicUrl}/notifications` : `${publicUrl}/posts/${postId}`;
}

/**
 * The mail for one notification in the member's language: `[Organization] subject`, a greeting,
 * the kind's text, a link into the web app and why the member gets it. Null for a kind without
 * texts (a row written by a newer version): nothing sensible can be sent.
 */
export function composeNotificationMail(input: NotificationMailInput): MailMessage | null {
  if (!isNotificationKind(input.kind)) return null;
  const locale: MailLocale = input.locale === 'de' ? 'de' : 'en';
  const texts = NOTIFICATION_MAIL_TEXTS[input.kind][locale];
  const frame = FRAME[locale];
  const f = input.facts;
  const subject = oneLine(`[${f.organizationName}] ${texts.subject(f)}`, SUBJECT_MAX);
  const text = [
    frame.greeting(f.recipientName),
    ...texts.body(f),
    `${frame.open}: ${notificationLink(input.publicUrl, input.postId)}`,
    `-- \nMooring · ${f.organizationName}\n${frame.why}: ${input.publicUrl}/settings`,
  ].join('\n\n');
  return {
    to: input.to,
    subject,
    text: `${text}\n`,
    messageId: notificationMessageId(input.notificationId, input.publicUrl),
    // RFC 3834: no vacation replies to a machine's mail.
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}
