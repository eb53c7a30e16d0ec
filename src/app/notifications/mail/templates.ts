import type { NotificationKind } from '../../../contracts/notifications.ts';
import { APPROVAL_DECISIONS } from '../../../contracts/posts.ts';

export type MailLocale = 'de' | 'en';
export const MAIL_LOCALES: readonly MailLocale[] = ['de', 'en'];

/** What a template may say, read with the notification when it is claimed for mailing. */
export interface MailFacts {
  recipientName: string;
  organizationName: string;
  /** The post's title; null when the notification is about no post. Empty when it has none. */
  postTitle: string | null;
  /** Who caused it (the comment's author, the approver, …), when the data names them. */
  actorName: string | null;
  /** The notification's `data`, as `notify` wrote it; every field may be missing. */
  data: Record<string, unknown>;
}

export interface KindTexts {
  /** One line; the frame collapses whitespace and shortens it. */
  subject(f: MailFacts): string;
  /** The paragraphs between the greeting and the link. */
  body(f: MailFacts): string[];
}

/** A short text field of the notification's data, or null. */
export function dataText(f: MailFacts, key: string, max = 500): string | null {
  const v = f.data[key];
  if (typeof v !== 'string' || v.trim() === '') return null;
  const t = v.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const title = {
  en: (f: MailFacts) => `“${f.postTitle || 'Untitled post'}”`,
  de: (f: MailFacts) => `„${f.postTitle || 'Beitrag ohne Titel'}“`,
};
const someone = {
  en: (f: MailFacts) => f.actorName ?? 'A colleague',
  de: (f: MailFacts) => f.actorName ?? 'Eine Kollegin oder ein Kollege',
};
const quoted = (text: string | null): string[] =>
  text === null ? [] : [text.replace(/^/gm, '> ')];
const optional = (text: string | null): string[] => (text === null ? [] : [text]);

/** The approver's decision (`data.decision`, one of APPROVAL_DECISIONS) picks the text. */
function byDecision(
  f: MailFacts,
  otherwise: string,
  texts: Record<(typeof APPROVAL_DECISIONS)[number], string>,
): string {
  const decision = APPROVAL_DECISIONS.find((d) => d === f.data.decision);
  return decision === undefined ? otherwise : texts[decision];
}

/**
 * Subject and text of each notification kind, in German and English. Adding a kind to
 * `NOTIFICATION_KINDS` means adding its texts here: the type refuses a missing kind or locale, and
 * a test renders every kind in both.
 */
export const NOTIFICATION_MAIL_TEXTS: Readonly<
  Record<NotificationKind, Readonly<Record<MailLocale, KindTexts>>>
> = {
  mention: {
    en: {
      subject: (f) => `${someone.en(f)} mentioned you on ${title.en(f)}`,
      body: (f) => [
        `${someone.en(f)} mentioned you in a comment on the post ${title.en(f)}:`,
        ...quoted(dataText(f, 'excerpt')),
      ],
    },
    de: {
      subject: (f) => `${someone.de(f)} hat Sie bei ${title.de(f)} erwähnt`,
      body: (f) => [
        `${someone.de(f)} hat Sie in einem Kommentar zum Beitrag ${title.de(f)} erwähnt:`,
        ...quoted(dataText(f, 'excerpt')),
      ],
    },
  },
  approval_requested: {
    en: {
      subject: (f) => `Approval requested: ${title.en(f)}`,
      body: (f) => [
        `The post ${title.en(f)} is waiting for your approval.`,
        'Please review it and approve it, ask for changes or reject it.',
      ],
    },
    de: {
      subject: (f) => `Freigabe erbeten: ${title.de(f)}`,
      body: (f) => [
        `Der Beitrag ${title.de(f)} wartet auf Ihre Freigabe.`,
        'Bitte prüfen Sie ihn und geben Sie ihn frei, bitten Sie um Änderungen oder lehnen Sie ihn ab.',
      ],
    },
  },
  approval_decided: {
    en: {
      subject: (f) =>
        byDecision(f, `Decision on ${title.en(f)}`, {
          approve: `Approved: ${title.en(f)}`,
          reject: `Rejected: ${title.en(f)}`,
          request_changes: `Changes requested: ${title.en(f)}`,
        }),
      body: (f) => [
        byDecision(f, `${someone.en(f)} decided on your post ${title.en(f)}.`, {
          approve: `${someone.en(f)} approved your post ${title.en(f)}.`,
          reject: `${someone.en(f)} rejected your post ${title.en(f)}.`,
          request_changes: `${someone.en(f)} asks for changes to your post ${title.en(f)}.`,
        }),
        ...quoted(dataText(f, 'comment')),
      ],
    },
    de: {
      subject: (f) =>
        byDecision(f, `Entscheidung zu ${title.de(f)}`, {
          approve: `Freigegeben: ${title.de(f)}`,
          reject: `Abgelehnt: ${title.de(f)}`,
          request_changes: `Änderungen erbeten: ${title.de(f)}`,
        }),
      body: (f) => [
        byDecision(f, `${someone.de(f)} hat über Ihren Beitrag ${title.de(f)} entschieden.`, {
          approve: `${someone.de(f)} hat Ihren Beitrag ${title.de(f)} freigegeben.`,
          reject: `${someone.de(f)} hat Ihren Beitrag ${title.de(f)} abgelehnt.`,
          request_changes: `${someone.de(f)} bittet um Änderungen an Ihrem Beitrag ${title.de(f)}.`,
        }),
        ...quoted(dataText(f, 'comment')),
      ],
    },
  },
  post_published: {
    en: {
      subject: (f) => `Published: ${title.en(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const url = dataText(f, 'url', 2000);
        return [
          `Your post ${title.en(f)} has been published${on ? ` on ${on}` : ''}.`,
          ...(url ? [`See it there: ${url}`] : []),
        ];
      },
    },
    de: {
      subject: (f) => `Veröffentlicht: ${title.de(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const url = dataText(f, 'url', 2000);
        return [
          `Ihr Beitrag ${title.de(f)} wurde${on ? ` auf ${on}` : ''} veröffentlicht.`,
          ...(url ? [`Dort ansehen: ${url}`] : []),
        ];
      },
    },
  },
  post_failed: {
    en: {
      subject: (f) => `Publishing failed: ${title.en(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const why = dataText(f, 'reason') ?? dataText(f, 'error');
        return [
          `Your post ${title.en(f)} could not be published${on ? ` on ${on}` : ''}.`,
          ...(why ? [`Reason: ${why}`] : []),
        ];
      },
    },
    de: {
      subject: (f) => `Veröffentlichung fehlgeschlagen: ${title.de(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const why = dataText(f, 'reason') ?? dataText(f, 'error');
        return [
          `Ihr Beitrag ${title.de(f)} konnte${on ? ` auf ${on}` : ''} nicht veröffentlicht werden.`,
          ...(why ? [`Grund: ${why}`] : []),
        ];
      },
    },
  },
  post_comment_refused: {
    en: {
      subject: (f) => `First comment refused: ${title.en(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const url = dataText(f, 'url', 2000);
        const why = dataText(f, 'reason');
        return [
          `Your post ${title.en(f)} has been published${on ? ` on ${on}` : ''}, but the network refused its first comment. Add the comment there by hand if it is still wanted.`,
          ...(url ? [`The post: ${url}`] : []),
          ...(why ? [`Reason: ${why}`] : []),
        ];
      },
    },
    de: {
      subject: (f) => `Erster Kommentar abgelehnt: ${title.de(f)}`,
      body: (f) => {
        const on = dataText(f, 'channel', 200);
        const url = dataText(f, 'url', 2000);
        const why = dataText(f, 'reason');
        return [
          `Ihr Beitrag ${title.de(f)} wurde${on ? ` auf ${on}` : ''} veröffentlicht, aber das Netzwerk hat seinen ersten Kommentar abgelehnt. Fügen Sie den Kommentar dort von Hand hinzu, wenn er noch gewünscht ist.`,
          ...(url ? [`Der Beitrag: ${url}`] : []),
          ...(why ? [`Grund: ${why}`] : []),
        ];
      },
    },
  },
  duty_assigned: {
    en: {
      subject: (f) => `New duties in ${f.organizationName}`,
      body: (f) => [
        `You have new social media duties in ${f.organizationName}.`,
        ...optional(dataText(f, 'summary')),
        'Please read them and acknowledge them in Mooring.',
      ],
    },
    de: {
      subject: (f) => `Neue Aufgaben bei ${f.organizationName}`,
      body: (f) => [
        `Sie haben bei ${f.organizationName} neue Aufgaben in den sozialen Medien.`,
        ...optional(dataText(f, 'summary')),
        'Bitte lesen Sie sie und bestätigen Sie sie in Mooring.',
      ],
    },
  },
};
