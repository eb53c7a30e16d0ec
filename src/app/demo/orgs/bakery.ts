import type { DemoOrg } from '../demo-orgs.ts';
import { m } from './member.ts';

export const bakery: DemoOrg = {
  name: 'Bäckerei Sonnenkorn',
  model: 'holistic',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  units: [
    { key: 'root', parent: null, name: 'Bäckerei Sonnenkorn', kind: 'company' },
    { key: 'bakehouse', parent: 'root', name: 'Backstube', kind: 'department' },
    { key: 'shop', parent: 'root', name: 'Laden & Café', kind: 'department' },
  ],
  members: [
    m('Greta Sonnenkorn', 'greta@sonnenkorn.example', [['root', 'lead']], {
      admin: true,
      hourlyRateCents: 6000,
      weeklyHours: 4,
    }),
    m('Jonas Weber', 'jonas@sonnenkorn.example', [['bakehouse', 'editor']], {
      hourlyRateCents: 3200,
    }),
    m('Aylin Demir', 'aylin@sonnenkorn.example', [['shop', 'contributor']], {
      hourlyRateCents: 2900,
    }),
    m('Paul Richter', 'paul@sonnenkorn.example', [['shop', 'member']], {
      trained: false,
      hourlyRateCents: 2600,
      weeklyHours: 1,
    }),
    m('Mia Krause', 'mia@sonnenkorn.example', [['bakehouse', 'contributor']], {
      informed: false,
      hourlyRateCents: 2600,
      weeklyHours: 1,
    }),
  ],
  channels: [
    {
      unit: 'root',
      network: 'instagram',
      handle: 'sonnenkorn.baeckerei',
      displayName: 'Sonnenkorn auf Instagram',
    },
    {
      unit: 'root',
      network: 'facebook',
      handle: 'BaeckereiSonnenkorn',
      displayName: 'Sonnenkorn auf Facebook',
    },
    {
      unit: 'shop',
      network: 'mastodon',
      handle: '@sonnenkorn@mastodon.example',
      displayName: 'Café-Neuigkeiten',
    },
  ],
  guidelines: [
    {
      unit: 'root',
      name: 'So sprechen wir',
      rules: [
        {
          kind: 'banned_term',
          term: 'billig',
          reason: 'Wir sprechen über Qualität, nicht über den Preis.',
          severity: 'warn',
        },
        { kind: 'hashtag_max', max: 5, severity: 'warn' },
        { kind: 'languages', codes: ['de'], severity: 'warn' },
      ],
    },
  ],
  strategy: {
    title: 'Nähe zur Nachbarschaft',
    body: 'Wir zeigen, was in der Backstube passiert, beantworten Fragen am selben Tag und machen Lust auf den Besuch im Laden.',
    goals: [
      { kpi: 'posts_per_week', target: 4, description: 'Vier Beiträge pro Woche' },
      {
        kpi: 'response_time_minutes',
        target: 240,
        description: 'Antwort innerhalb von vier Stunden',
      },
    ],
  },
};
