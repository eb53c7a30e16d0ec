import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Approvals',
  queue: {
    heading: 'Waiting for my approval',
    none: 'Nothing waits for your approval.',
    comment: 'Comment (needed to reject or to request changes)',
    approve: 'Approve',
    requestChanges: 'Request changes',
    reject: 'Reject',
    commentNeeded: 'Say what has to change, or why you reject it.',
    done: {
      approve: 'Approved.',
      request_changes: 'Changes requested; the author has been told.',
      reject: 'Rejected.',
    },
  },
  schedule: {
    heading: 'Approved, ready to schedule',
    intro:
      'Approved posts you plan: your own, and those of others you may pause on all their channels. Set a time per channel to schedule them.',
    none: 'No approved post waits for you to schedule it.',
    dueAt: 'Publish on {{channel}} at ({{timeZone}})',
    submit: 'Schedule',
    missing: 'Set a time for every channel.',
    done: 'Scheduled.',
  },
  scheduled: {
    heading: 'Scheduled posts I plan',
    none: 'No scheduled posts.',
  },
};

export const approvalsMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Freigaben',
    queue: {
      heading: 'Warten auf meine Freigabe',
      none: 'Nichts wartet auf Ihre Freigabe.',
      comment: 'Kommentar (nötig zum Ablehnen oder um Änderungen zu erbitten)',
      approve: 'Freigeben',
      requestChanges: 'Änderungen erbitten',
      reject: 'Ablehnen',
      commentNeeded: 'Schreiben Sie, was sich ändern muss oder warum Sie ablehnen.',
      done: {
        approve: 'Freigegeben.',
        request_changes:
          'Änderungen erbeten; die Person, die den Beitrag verfasst hat, ist informiert.',
        reject: 'Abgelehnt.',
      },
    },
    schedule: {
      heading: 'Freigegeben, bereit zum Einplanen',
      intro:
        'Freigegebene Beiträge, die Sie planen: Ihre eigenen und die anderer, die Sie auf allen ihren Kanälen pausieren dürfen. Legen Sie je Kanal einen Zeitpunkt fest, um sie einzuplanen.',
      none: 'Kein freigegebener Beitrag wartet darauf, dass Sie ihn einplanen.',
      dueAt: 'Auf {{channel}} veröffentlichen am ({{timeZone}})',
      submit: 'Einplanen',
      missing: 'Legen Sie für jeden Kanal einen Zeitpunkt fest.',
      done: 'Eingeplant.',
    },
    scheduled: {
      heading: 'Eingeplante Beiträge, die Sie planen',
      none: 'Keine eingeplanten Beiträge.',
    },
  },
};
