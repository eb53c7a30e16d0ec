import type { DemoOrg } from '../demo-orgs.ts';
import { m } from './member.ts';

export const logistics: DemoOrg = {
  name: 'Nordlicht Logistik',
  model: 'coordinated',
  locale: 'en',
  timeZone: 'Europe/Berlin',
  units: [
    { key: 'root', parent: null, name: 'Nordlicht Logistik', kind: 'company' },
    { key: 'hub', parent: 'root', name: 'Social Media Team', kind: 'team', hubCovers: 'root' },
    { key: 'hamburg', parent: 'root', name: 'Depot Hamburg', kind: 'business_unit' },
    { key: 'munich', parent: 'root', name: 'Depot Munich', kind: 'business_unit' },
    { key: 'recruiting', parent: 'root', name: 'Recruiting', kind: 'department' },
    { key: 'service', parent: 'root', name: 'Customer Service', kind: 'department' },
  ],
  members: [
    m('Ingrid Olsen', 'ingrid.olsen@nordlicht.example', [['hub', 'lead']], {
      admin: true,
      locale: 'en',
      hourlyRateCents: 5800,
      weeklyHours: 20,
    }),
    m('Ben Carter', 'ben.carter@nordlicht.example', [['hub', 'editor']], {
      locale: 'en',
      hourlyRateCents: 4200,
      weeklyHours: 30,
    }),
    m('Kai Petersen', 'kai.petersen@nordlicht.example', [['hamburg', 'lead']], {
      onSite: false,
      hourlyRateCents: 4000,
    }),
    m('Svenja Lund', 'svenja.lund@nordlicht.example', [['hamburg', 'contributor']], {
      onSite: false,
      hourlyRateCents: 3100,
    }),
    m('Andreas Huber', 'andreas.huber@nordlicht.example', [['munich', 'editor']], {
      onSite: false,
      hourlyRateCents: 3900,
    }),
    m('Rosa Martínez', 'rosa.martinez@nordlicht.example', [['recruiting', 'editor']], {
      locale: 'en',
      hourlyRateCents: 4100,
    }),
    m('Tim Schulz', 'tim.schulz@nordlicht.example', [['service', 'member']], {
      trained: false,
      onSite: false,
      hourlyRateCents: 3000,
    }),
  ],
  channels: [
    {
      unit: 'root',
      network: 'linkedin',
      handle: 'nordlicht-logistik',
      displayName: 'Nordlicht on LinkedIn',
      sensitive: true,
    },
    {
      unit: 'recruiting',
      network: 'instagram',
      handle: 'nordlicht.karriere',
      displayName: 'Nordlicht Careers',
    },
    {
      unit: 'hamburg',
      network: 'facebook',
      handle: 'NordlichtHamburg',
      displayName: 'Depot Hamburg',
    },
    {
      unit: 'munich',
      network: 'bluesky',
      handle: 'munich.nordlicht.example',
      displayName: 'Depot Munich',
    },
  ],
  guidelines: [
    {
      unit: 'root',
      name: 'Company voice',
      rules: [
        {
          kind: 'banned_term',
          term: 'delay compensation',
          reason: 'Claims go through customer service, never in public posts.',
          severity: 'warn',
        },
        { kind: 'hashtag_max', max: 4, severity: 'warn' },
        {
          kind: 'posting_window',
          days: [1, 2, 3, 4, 5],
          start: '07:00',
          end: '19:00',
          severity: 'warn',
        },
      ],
    },
  ],
  strategy: {
    title: 'Show the people who move the goods',
    body: 'Depots tell their own stories; the social media team keeps tone, timing and the big campaigns together.',
    goals: [
      { kpi: 'posts_per_week', target: 10, description: 'Ten posts a week across all accounts' },
      {
        kpi: 'engagement_rate',
        target: 0.035,
        unit: 'recruiting',
        description: 'Recruiting posts engage 3.5 %',
      },
    ],
  },
};
