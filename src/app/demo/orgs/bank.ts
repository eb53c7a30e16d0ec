import type { DemoOrg } from '../demo-orgs.ts';
import { m } from './member.ts';

export const bank: DemoOrg = {
  name: 'Hanse Privatbank',
  model: 'centralized',
  locale: 'de',
  timeZone: 'Europe/Berlin',
  units: [
    { key: 'root', parent: null, name: 'Hanse Privatbank', kind: 'company' },
    {
      key: 'hub',
      parent: 'root',
      name: 'Unternehmenskommunikation',
      kind: 'department',
      hubCovers: 'root',
    },
    { key: 'hamburg', parent: 'root', name: 'Filiale Hamburg', kind: 'business_unit' },
    { key: 'bremen', parent: 'root', name: 'Filiale Bremen', kind: 'business_unit' },
    { key: 'private', parent: 'root', name: 'Private Banking', kind: 'department' },
  ],
  members: [
    m('Friederike Lange', 'friederike.lange@hanse-privatbank.example', [['hub', 'lead']], {
      admin: true,
      hourlyRateCents: 7200,
      weeklyHours: 25,
    }),
    m('Moritz Albers', 'moritz.albers@hanse-privatbank.example', [['hub', 'editor']], {
      hourlyRateCents: 5100,
      weeklyHours: 35,
    }),
    m('Carla Jensen', 'carla.jensen@hanse-privatbank.example', [['hamburg', 'lead']], {
      hourlyRateCents: 6100,
      weeklyHours: 2,
    }),
    m('Ole Hansen', 'ole.hansen@hanse-privatbank.example', [['hamburg', 'editor']], {
      hourlyRateCents: 4800,
      weeklyHours: 2,
    }),
    m('Wiebke Focken', 'wiebke.focken@hanse-privatbank.example', [['bremen', 'contributor']], {
      hourlyRateCents: 4500,
      weeklyHours: 1,
    }),
    m('Dr. Jan Petersen', 'jan.petersen@hanse-privatbank.example', [['private', 'member']], {
      hourlyRateCents: 8800,
      weeklyHours: 1,
      informed: false,
    }),
  ],
  channels: [
    {
      unit: 'root',
      network: 'linkedin',
      handle: 'hanse-privatbank',
      displayName: 'Hanse Privatbank',
      sensitive: true,
    },
    {
      unit: 'root',
      network: 'x',
      handle: 'HansePrivatbank',
      displayName: 'Hanse Privatbank auf X',
      sensitive: true,
    },
    {
      unit: 'hamburg',
      network: 'facebook',
      handle: 'HansePrivatbankHamburg',
      displayName: 'Filiale Hamburg',
    },
  ],
  guidelines: [
    {
      unit: 'root',
      name: 'Regulatorische Vorgaben',
      rules: [
        {
          kind: 'banned_term',
          term: 'garantierte Rendite',
          reason: 'Renditeversprechen sind aufsichtsrechtlich unzulässig.',
          severity: 'block',
        },
        {
          kind: 'banned_term',
          term: 'risikolos',
          reason: 'Keine Geldanlage ist risikolos.',
          severity: 'block',
        },
        { kind: 'disclaimer', text: 'Keine Anlageberatung.', severity: 'warn' },
        { kind: 'hashtag_max', max: 3, severity: 'warn' },
      ],
    },
  ],
  strategy: {
    title: 'Vertrauen durch Verlässlichkeit',
    body: 'Eine Stimme, geprüft und freigegeben: Die Unternehmenskommunikation plant, schreibt und veröffentlicht; die Filialen liefern Themen zu.',
    goals: [
      { kpi: 'followers', target: 8000, description: 'LinkedIn-Follower' },
      { kpi: 'posts_per_week', target: 3, description: 'Drei geprüfte Beiträge pro Woche' },
    ],
  },
};
