import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Deliveries',
  intro:
    'A post goes out once per channel; each of these is a delivery. Here are the ones you may see, the latest due first.',
  counts: {
    heading: 'By status',
    show: 'Show only: {{status}}',
  },
  filter: { label: 'Status', all: 'All' },
  table: {
    caption: 'Deliveries',
    due: 'Due',
    channel: 'Channel',
    status: 'Status',
    attempts: 'Attempts',
    result: 'Result',
    post: 'Post',
  },
  openPost: 'Open the post',
  openExternal: 'View on {{network}}',
  publishedAt: 'Published {{time}}',
  nextTry: 'Next try {{time}}',
  none: 'No deliveries yet.',
  noneWithStatus: 'No deliveries with this status.',
  failure: {
    auth_expired: 'The channel’s sign-in has expired; reconnect the channel.',
    rate_limited: 'The network limited how often Mooring may post.',
    rejected: 'The network refused the post.',
    transient: 'A passing fault of the network or the connection.',
    unknown: 'It failed.',
    error: 'The network said: {{error}}',
  },
};

export const deliveriesMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Zustellungen',
    intro:
      'Ein Beitrag geht je Kanal einmal hinaus; jedes davon ist eine Zustellung. Hier stehen die, die Sie sehen dürfen, die zuletzt fälligen zuerst.',
    counts: {
      heading: 'Nach Status',
      show: 'Nur anzeigen: {{status}}',
    },
    filter: { label: 'Status', all: 'Alle' },
    table: {
      caption: 'Zustellungen',
      due: 'Fällig',
      channel: 'Kanal',
      status: 'Status',
      attempts: 'Versuche',
      result: 'Ergebnis',
      post: 'Beitrag',
    },
    openPost: 'Beitrag öffnen',
    openExternal: 'Auf {{network}} ansehen',
    publishedAt: 'Veröffentlicht {{time}}',
    nextTry: 'Nächster Versuch {{time}}',
    none: 'Noch keine Zustellungen.',
    noneWithStatus: 'Keine Zustellungen mit diesem Status.',
    failure: {
      auth_expired: 'Die Anmeldung des Kanals ist abgelaufen; verbinden Sie den Kanal neu.',
      rate_limited: 'Das Netzwerk hat begrenzt, wie oft Mooring veröffentlichen darf.',
      rejected: 'Das Netzwerk hat den Beitrag abgelehnt.',
      transient: 'Eine vorübergehende Störung des Netzwerks oder der Verbindung.',
      unknown: 'Das ist fehlgeschlagen.',
      error: 'Das Netzwerk meldete: {{error}}',
    },
  },
};
