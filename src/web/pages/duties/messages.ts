import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Duties',
  intro:
    'When the model, the strategy or a staffing plan changes what you may or should do, you get a notice here. Read it and acknowledge it.',
  mine: {
    heading: 'My duty notices',
    pending_zero: 'Nothing waits for your acknowledgement.',
    pending_one: '{{count}} notice waits for your acknowledgement.',
    pending_other: '{{count}} notices wait for your acknowledgement.',
    filter: 'Show',
    filters: {
      all: 'all notices',
      true: 'only those waiting for me',
      false: 'only acknowledged ones',
    },
    none: 'No notices here.',
    received: 'Received {{date}}',
    acknowledge: 'Acknowledge',
    acknowledgeLabel: 'Acknowledge: {{title}}',
    acknowledging: 'Acknowledging…',
    acknowledgedAt: 'Acknowledged {{date}}',
    waiting: 'waiting for you',
    more: 'Show more',
  },
  status: {
    heading: 'Who has not acknowledged',
    intro: 'Per cause, the members who have not acknowledged their notice yet.',
    none: 'No notices have been sent yet.',
    counts: '{{acknowledged}} of {{notices}} acknowledged',
    sent: 'sent {{date}}',
    pending: 'Not acknowledged yet:',
    allDone: 'Everyone has acknowledged.',
    more: 'Show more',
  },
};

export const dutiesMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Aufgaben',
    intro:
      'Wenn das Modell, die Strategie oder ein Personalplan ändert, was Sie dürfen oder tun sollen, bekommen Sie hier einen Hinweis. Lesen Sie ihn und bestätigen Sie ihn.',
    mine: {
      heading: 'Meine Aufgabenhinweise',
      pending_zero: 'Nichts wartet auf Ihre Bestätigung.',
      pending_one: '{{count}} Hinweis wartet auf Ihre Bestätigung.',
      pending_other: '{{count}} Hinweise warten auf Ihre Bestätigung.',
      filter: 'Anzeigen',
      filters: {
        all: 'alle Hinweise',
        true: 'nur die, die auf mich warten',
        false: 'nur bestätigte',
      },
      none: 'Hier gibt es keine Hinweise.',
      received: 'Erhalten {{date}}',
      acknowledge: 'Bestätigen',
      acknowledgeLabel: 'Bestätigen: {{title}}',
      acknowledging: 'Wird bestätigt …',
      acknowledgedAt: 'Bestätigt {{date}}',
      waiting: 'wartet auf Sie',
      more: 'Mehr anzeigen',
    },
    status: {
      heading: 'Wer noch nicht bestätigt hat',
      intro: 'Je Anlass die Mitglieder, die ihren Hinweis noch nicht bestätigt haben.',
      none: 'Es wurden noch keine Hinweise verschickt.',
      counts: '{{acknowledged}} von {{notices}} bestätigt',
      sent: 'verschickt {{date}}',
      pending: 'Noch nicht bestätigt:',
      allDone: 'Alle haben bestätigt.',
      more: 'Mehr anzeigen',
    },
  },
};
