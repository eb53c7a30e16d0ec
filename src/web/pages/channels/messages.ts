import type { PageMessages } from '../../i18n/messages.ts';

const en = {
  title: 'Channels',
  intro: 'The social media accounts of the organization and the unit each belongs to.',
  none: 'No channels yet.',
  name: 'Channel',
  network: 'Network',
  handle: 'Handle',
  unit: 'Unit',
  limit: 'Text limit',
  limitValue: '{{limit}} characters',
  noLimit: 'none',
  sensitive: 'Sensitive',
  sensitiveHint: 'extra approval in some models',
  connected: 'Connected',
  compose: 'Write for {{channel}}',
};

export const channelsMessages: PageMessages<typeof en> = {
  en,
  de: {
    title: 'Kanäle',
    intro: 'Die Social-Media-Konten der Organisation und die Einheit, zu der jedes gehört.',
    none: 'Noch keine Kanäle.',
    name: 'Kanal',
    network: 'Netzwerk',
    handle: 'Kennung',
    unit: 'Einheit',
    limit: 'Textlänge',
    limitValue: '{{limit}} Zeichen',
    noLimit: 'keine',
    sensitive: 'Sensibel',
    sensitiveHint: 'in manchen Modellen zusätzliche Freigabe',
    connected: 'Verbunden',
    compose: 'Für {{channel}} schreiben',
  },
};
