import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Calendar',
  intro:
    'Every post planned for a channel, as far as you may see it. Times are in the organization’s time zone ({{timeZone}}).',
  toolbar: {
    prev: 'Previous',
    next: 'Next',
    today: 'Today',
    month: 'Month',
    week: 'Week',
    list: 'List',
  },
  moreLink: '+{{count}} more',
  moreHint: 'Show all posts of the day ({{count}} more)',
  moreConflicts_one: '{{count}} of them with a conflict',
  moreConflicts_other: '{{count}} of them with conflicts',
  noEvents: 'No posts in this range.',
  summary_one: '{{count}} post in this range.',
  summary_other: '{{count}} posts in this range.',
  summaryConflicts_one: '{{count}} of them has conflicts.',
  summaryConflicts_other: '{{count}} of them have conflicts.',
  truncated:
    'There are more posts in this range than the calendar shows at once. Narrow the filters or switch to the week.',
  readOnly: 'view only',
  conflictMarker_one: '{{count}} conflict',
  conflictMarker_other: '{{count}} conflicts',
  entryHint: '{{channel}} · {{status}}',
  conflicts: {
    heading: 'Conflicts in this range',
    none: 'No conflicts in this range.',
    more_one: '… and {{count}} more post with conflicts.',
    more_other: '… and {{count}} more posts with conflicts.',
    campaign_link_mismatch:
      'Links to {{link}}, while the campaign “{{campaign}}” links to {{expected}}.',
    campaign_missing_element:
      'Lacks what the master post of the campaign “{{campaign}}” carries: {{missing}}.',
    same_topic: 'Same topic as a post of {{unit}} due close by ({{topics}}).',
    outside_campaign_window:
      'Due outside the time of the campaign “{{campaign}}” ({{start}} to {{end}}).',
    duplicate_published: 'The same text is already published on this channel.',
    openEnd: 'open',
    unknown: 'A conflict the app cannot describe ({{kind}}).',
  },
  feed: {
    heading: 'Subscribe in your calendar app',
    intro:
      'A private address (iCalendar) for Outlook, Apple or Google Calendar and others. Whoever has it can read the posts you see, so keep it to yourself. A new address retires the old one at once.',
    create: 'Create my private feed address',
    rotate: 'Replace my feed address',
    busy: 'Creating…',
    created: 'Your new feed address. It is shown only this once: copy it or subscribe now.',
    url: 'Feed address',
    open: 'Open the feed',
    copy: 'Copy address',
    copied: 'Copied.',
  },
};

export const calendarMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Kalender',
    intro:
      'Alle für einen Kanal geplanten Beiträge, soweit Sie sie sehen dürfen. Die Zeiten gelten in der Zeitzone der Organisation ({{timeZone}}).',
    toolbar: {
      prev: 'Zurück',
      next: 'Weiter',
      today: 'Heute',
      month: 'Monat',
      week: 'Woche',
      list: 'Liste',
    },
    moreLink: '+{{count}} weitere',
    moreHint: 'Alle Beiträge des Tages zeigen ({{count}} weitere)',
    moreConflicts_one: '{{count}} davon mit Konflikt',
    moreConflicts_other: '{{count}} davon mit Konflikten',
    noEvents: 'Keine Beiträge in diesem Zeitraum.',
    summary_one: '{{count}} Beitrag in diesem Zeitraum.',
    summary_other: '{{count}} Beiträge in diesem Zeitraum.',
    summaryConflicts_one: '{{count}} davon hat Konflikte.',
    summaryConflicts_other: '{{count}} davon haben Konflikte.',
    truncated:
      'In diesem Zeitraum gibt es mehr Beiträge, als der Kalender auf einmal zeigt. Grenzen Sie die Filter ein oder wechseln Sie zur Woche.',
    readOnly: 'nur ansehen',
    conflictMarker_one: '{{count}} Konflikt',
    conflictMarker_other: '{{count}} Konflikte',
    entryHint: '{{channel}} · {{status}}',
    conflicts: {
      heading: 'Konflikte in diesem Zeitraum',
      none: 'Keine Konflikte in diesem Zeitraum.',
      more_one: '… und {{count}} weiterer Beitrag mit Konflikten.',
      more_other: '… und {{count}} weitere Beiträge mit Konflikten.',
      campaign_link_mismatch: 'Verlinkt {{link}}, die Kampagne „{{campaign}}“ aber {{expected}}.',
      campaign_missing_element:
        'Es fehlt, was der Leitbeitrag der Kampagne „{{campaign}}“ enthält: {{missing}}.',
      same_topic:
        'Gleiches Thema wie ein Beitrag von {{unit}} kurz davor oder danach ({{topics}}).',
      outside_campaign_window:
        'Fällig außerhalb der Laufzeit der Kampagne „{{campaign}}“ ({{start}} bis {{end}}).',
      duplicate_published: 'Derselbe Text ist auf diesem Kanal schon veröffentlicht.',
      openEnd: 'offen',
      unknown: 'Ein Konflikt, den die App nicht beschreiben kann ({{kind}}).',
    },
    feed: {
      heading: 'In der Kalender-App abonnieren',
      intro:
        'Eine private Adresse (iCalendar) für Outlook, Apple, Google Kalender und andere. Wer sie kennt, kann die Beiträge lesen, die Sie sehen; behalten Sie sie für sich. Eine neue Adresse ersetzt die alte sofort.',
      create: 'Meine private Feed-Adresse erstellen',
      rotate: 'Meine Feed-Adresse ersetzen',
      busy: 'Wird erstellt …',
      created:
        'Ihre neue Feed-Adresse. Sie wird nur dieses eine Mal angezeigt: Kopieren oder abonnieren Sie sie jetzt.',
      url: 'Feed-Adresse',
      open: 'Feed öffnen',
      copy: 'Adresse kopieren',
      copied: 'Kopiert.',
    },
  },
};
