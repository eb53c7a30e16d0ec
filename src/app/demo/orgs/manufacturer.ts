import type { DemoOrg } from '../demo-orgs.ts';
import { m } from './member.ts';

export const manufacturer: DemoOrg = {
  name: 'Kessler Antriebstechnik GmbH',
  model: 'decentralized',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  units: [
    { key: 'root', parent: null, name: 'Kessler Antriebstechnik GmbH', kind: 'company' },
    { key: 'marketing', parent: 'root', name: 'Marketing', kind: 'department' },
    { key: 'pr', parent: 'root', name: 'Presse & PR', kind: 'department' },
    { key: 'sales', parent: 'root', name: 'Vertrieb', kind: 'department' },
    { key: 'service', parent: 'root', name: 'Kundenservice', kind: 'department' },
  ],
  members: [
    m('Dr. Helmut Kessler', 'helmut.kessler@kessler-antriebe.example', [], {
      admin: true,
      hourlyRateCents: 9500,
      weeklyHours: 1,
    }),
    m('Sabine Vogt', 'sabine.vogt@kessler-antriebe.example', [['marketing', 'lead']], {
      hourlyRateCents: 5200,
    }),
    m('Tobias Brandt', 'tobias.brandt@kessler-antriebe.example', [['marketing', 'editor']], {
      hourlyRateCents: 4100,
    }),
    m('Lena Hoffmann', 'lena.hoffmann@kessler-antriebe.example', [['marketing', 'contributor']], {
      hourlyRateCents: 3600,
    }),
    m('Markus Engel', 'markus.engel@kessler-antriebe.example', [['pr', 'lead']], {
      hourlyRateCents: 5400,
    }),
    m('Claudia Roth', 'claudia.roth@kessler-antriebe.example', [['sales', 'lead']], {
      hourlyRateCents: 5600,
    }),
    m('Felix Neumann', 'felix.neumann@kessler-antriebe.example', [['sales', 'contributor']], {
      hourlyRateCents: 4300,
      informed: false,
    }),
    m('Sevgi Arslan', 'sevgi.arslan@kessler-antriebe.example', [['service', 'lead']], {
      hourlyRateCents: 4200,
    }),
    m('Nico Berger', 'nico.berger@kessler-antriebe.example', [['service', 'member']], {
      hourlyRateCents: 3300,
      trained: false,
    }),
  ],
  channels: [
    {
      unit: 'marketing',
      network: 'linkedin',
      handle: 'kessler-antriebstechnik',
      displayName: 'Kessler auf LinkedIn',
    },
    {
      unit: 'pr',
      network: 'x',
      handle: 'KesslerPresse',
      displayName: 'Kessler Presse',
      sensitive: true,
    },
    {
      unit: 'sales',
      network: 'linkedin',
      handle: 'kessler-vertrieb',
      displayName: 'Kessler Vertrieb',
    },
    {
      unit: 'service',
      network: 'mastodon',
      handle: '@kessler_service@mastodon.example',
      displayName: 'Kessler Service',
    },
  ],
  guidelines: [
    {
      unit: 'root',
      name: 'Unternehmensweite Regeln',
      rules: [
        {
          kind: 'banned_term',
          term: 'Lieferstopp',
          reason: 'Lieferfähigkeit kommuniziert nur der Vertrieb im Einzelfall.',
          severity: 'warn',
        },
        {
          kind: 'link_domains',
          domains: ['kessler-antriebe.example', 'youtube.com'],
          severity: 'warn',
        },
      ],
    },
    {
      unit: 'pr',
      name: 'Presse',
      rules: [
        {
          kind: 'banned_term',
          term: 'Quartalszahlen',
          reason: 'Zahlen erst nach der offiziellen Mitteilung.',
          severity: 'block',
        },
      ],
    },
  ],
  strategy: {
    title: 'Technik verständlich machen',
    body: 'Jede Abteilung spricht für sich, aber alle zahlen auf dieselben Ziele ein: Fachkräfte gewinnen, Anfragen erzeugen, Service sichtbar machen.',
    goals: [
      {
        kpi: 'followers',
        target: 12000,
        unit: 'marketing',
        description: 'LinkedIn-Follower bis Jahresende',
      },
      {
        kpi: 'response_time_minutes',
        target: 120,
        unit: 'service',
        description: 'Antwort im Service binnen zwei Stunden',
      },
    ],
  },
};
