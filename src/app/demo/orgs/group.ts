import type { DemoOrg } from '../demo-orgs.ts';
import { m } from './member.ts';

export const group: DemoOrg = {
  name: 'Aurora Group',
  model: 'multi_coordinated',
  locale: 'en',
  timeZone: 'Europe/Amsterdam',
  units: [
    { key: 'root', parent: null, name: 'Aurora Group', kind: 'company' },
    { key: 'global', parent: 'root', name: 'Global Brand Team', kind: 'team', hubCovers: 'root' },
    { key: 'emea', parent: 'root', name: 'EMEA', kind: 'region' },
    { key: 'emeaHub', parent: 'emea', name: 'EMEA Social Hub', kind: 'team', hubCovers: 'emea' },
    { key: 'germany', parent: 'emea', name: 'Aurora Germany', kind: 'business_unit' },
    { key: 'france', parent: 'emea', name: 'Aurora France', kind: 'business_unit' },
    { key: 'americas', parent: 'root', name: 'Americas', kind: 'region' },
    {
      key: 'americasHub',
      parent: 'americas',
      name: 'Americas Social Hub',
      kind: 'team',
      hubCovers: 'americas',
    },
    { key: 'usa', parent: 'americas', name: 'Aurora USA', kind: 'business_unit' },
    { key: 'brazil', parent: 'americas', name: 'Aurora Brasil', kind: 'business_unit' },
  ],
  members: [
    m('Eleanor Whitfield', 'eleanor.whitfield@aurora-group.example', [['global', 'lead']], {
      admin: true,
      locale: 'en',
      hourlyRateCents: 9000,
      weeklyHours: 30,
    }),
    m('Raj Malhotra', 'raj.malhotra@aurora-group.example', [['global', 'editor']], {
      locale: 'en',
      hourlyRateCents: 6500,
      weeklyHours: 40,
    }),
    m('Katrin Albrecht', 'katrin.albrecht@aurora-group.example', [['emeaHub', 'lead']], {
      hourlyRateCents: 6800,
      weeklyHours: 30,
    }),
    m('Julien Moreau', 'julien.moreau@aurora-group.example', [['emeaHub', 'editor']], {
      locale: 'en',
      hourlyRateCents: 5200,
      weeklyHours: 30,
    }),
    m('Stefan Wolf', 'stefan.wolf@aurora-group.example', [['germany', 'editor']], {
      hourlyRateCents: 4600,
      onSite: false,
    }),
    m('Camille Laurent', 'camille.laurent@aurora-group.example', [['france', 'contributor']], {
      locale: 'en',
      hourlyRateCents: 4200,
    }),
    m('Maria Santos', 'maria.santos@aurora-group.example', [['americasHub', 'lead']], {
      locale: 'en',
      hourlyRateCents: 6400,
      weeklyHours: 30,
    }),
    m('Daniel Brooks', 'daniel.brooks@aurora-group.example', [['usa', 'editor']], {
      locale: 'en',
      hourlyRateCents: 5000,
    }),
    m('Lucas Oliveira', 'lucas.oliveira@aurora-group.example', [['brazil', 'contributor']], {
      locale: 'en',
      hourlyRateCents: 3500,
      trained: false,
    }),
  ],
  channels: [
    {
      unit: 'root',
      network: 'linkedin',
      handle: 'aurora-group',
      displayName: 'Aurora Group',
      sensitive: true,
    },
    { unit: 'root', network: 'x', handle: 'AuroraGroup', displayName: 'Aurora Group on X' },
    {
      unit: 'germany',
      network: 'instagram',
      handle: 'aurora.deutschland',
      displayName: 'Aurora Deutschland',
    },
    {
      unit: 'france',
      network: 'mastodon',
      handle: '@aurora_fr@mastodon.example',
      displayName: 'Aurora France',
    },
    {
      unit: 'usa',
      network: 'bluesky',
      handle: 'usa.aurora-group.example',
      displayName: 'Aurora USA',
    },
    {
      unit: 'brazil',
      network: 'instagram',
      handle: 'aurora.brasil',
      displayName: 'Aurora Brasil',
    },
  ],
  guidelines: [
    {
      unit: 'root',
      name: 'Global brand rules',
      rules: [
        {
          kind: 'banned_term',
          term: 'cheapest',
          reason: 'We never compete on price in brand channels.',
          severity: 'warn',
        },
        { kind: 'link_domains', domains: ['aurora-group.example'], severity: 'warn' },
      ],
    },
    {
      unit: 'emea',
      name: 'EMEA rules',
      rules: [{ kind: 'languages', codes: ['en', 'de', 'fr'], severity: 'warn' }],
    },
  ],
  strategy: {
    title: 'One Aurora, local voices',
    body: 'The global team owns the brand and the master campaigns; regional hubs adapt them for their markets and steer the country teams.',
    goals: [
      { kpi: 'reach', target: 5000000, description: 'Global monthly reach' },
      { kpi: 'posts_per_week', target: 6, unit: 'emea', description: 'EMEA posts per week' },
    ],
  },
};
