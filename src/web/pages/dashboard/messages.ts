import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Overview',
  greeting: 'Hello, {{name}}',
  approvals: {
    title: 'Approvals waiting for me',
    none: 'Nothing waits for your approval.',
    count_one: '{{count}} post waits for your approval.',
    count_other: '{{count}} posts wait for your approval.',
    countAtLeast: 'More than {{count}} posts wait for your approval.',
    open: 'Open the approval queue',
  },
  myPosts: {
    title: 'My posts that need me',
    none: 'None of your posts needs anything from you.',
    edit: 'Edit',
    schedule: 'Schedule',
    newPost: 'Write a new post',
  },
  notifications: {
    title: 'Notifications',
    none: 'No notifications.',
    unread_one: '{{count}} unread',
    unread_other: '{{count}} unread',
    markAllRead: 'Mark all as read',
    unreadMark: 'unread',
  },
  strategy: {
    title: 'Goals and strategy',
    none: 'No strategy has been published yet.',
    pending:
      'Version {{version}} of the strategy waits for your acknowledgement. Until you acknowledge it, you may draft but not publish or approve.',
    acknowledge: 'I have read it: acknowledge version {{version}}',
    acknowledged: 'You have acknowledged the current strategy (version {{version}}).',
    goals: 'Goals',
  },
  failedDeliveries: {
    title: 'Failed deliveries',
    none: 'No delivery has failed.',
    count_one: '{{count}} delivery failed.',
    count_other: '{{count}} deliveries failed.',
    item: '{{channel}}, due {{time}}',
    openPost: 'Open the post',
    all: 'All failed deliveries',
  },
};

export const dashboardMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Übersicht',
    greeting: 'Hallo, {{name}}',
    approvals: {
      title: 'Freigaben, die auf mich warten',
      none: 'Nichts wartet auf Ihre Freigabe.',
      count_one: '{{count}} Beitrag wartet auf Ihre Freigabe.',
      count_other: '{{count}} Beiträge warten auf Ihre Freigabe.',
      countAtLeast: 'Mehr als {{count}} Beiträge warten auf Ihre Freigabe.',
      open: 'Zur Freigabeliste',
    },
    myPosts: {
      title: 'Meine Beiträge, die mich brauchen',
      none: 'Keiner Ihrer Beiträge braucht gerade etwas von Ihnen.',
      edit: 'Bearbeiten',
      schedule: 'Einplanen',
      newPost: 'Neuen Beitrag schreiben',
    },
    notifications: {
      title: 'Benachrichtigungen',
      none: 'Keine Benachrichtigungen.',
      unread_one: '{{count}} ungelesen',
      unread_other: '{{count}} ungelesen',
      markAllRead: 'Alle als gelesen markieren',
      unreadMark: 'ungelesen',
    },
    strategy: {
      title: 'Ziele und Strategie',
      none: 'Es wurde noch keine Strategie veröffentlicht.',
      pending:
        'Version {{version}} der Strategie wartet auf Ihre Bestätigung. Bis dahin dürfen Sie Entwürfe schreiben, aber nichts veröffentlichen oder freigeben.',
      acknowledge: 'Gelesen: Version {{version}} bestätigen',
      acknowledged: 'Sie haben die aktuelle Strategie (Version {{version}}) bestätigt.',
      goals: 'Ziele',
    },
    failedDeliveries: {
      title: 'Fehlgeschlagene Zustellungen',
      none: 'Keine Zustellung ist fehlgeschlagen.',
      count_one: '{{count}} Zustellung ist fehlgeschlagen.',
      count_other: '{{count}} Zustellungen sind fehlgeschlagen.',
      item: '{{channel}}, fällig {{time}}',
      openPost: 'Beitrag öffnen',
      all: 'Alle fehlgeschlagenen Zustellungen',
    },
  },
};
