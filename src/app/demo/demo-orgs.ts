import type { ModelKey, Role, UnitKind } from '../../core/governance/types.ts';

/**
 * Five believable companies, one per governance model. Everything is data: `seed-demo.ts` turns it
 * into rows. Every member signs in with DEMO_PASSWORD.
 */
export const DEMO_PASSWORD = 'mooring-demo-2026';

export interface DemoUnit {
  key: string;
  parent: string | null;
  name: string;
  kind: UnitKind;
  hubCovers?: string;
}

export interface DemoMember {
  name: string;
  email: string;
  locale: 'de' | 'en';
  admin?: boolean;
  trained: boolean;
  informed: boolean;
  onSite?: boolean;
  weeklyHours: number;
  hourlyRateCents: number;
  memberships: [unit: string, role: Role][];
}

export interface DemoOrg {
  name: string;
  model: ModelKey;
  locale: 'de' | 'en';
  timeZone: string;
  units: DemoUnit[];
  members: DemoMember[];
  channels: {
    unit: string;
    network: string;
    handle: string;
    displayName: string;
    sensitive?: boolean;
  }[];
  guidelines: { unit: string; name: string; rules: Record<string, unknown>[] }[];
  strategy: {
    title: string;
    body: string;
    goals: { kpi: string; target: number; unit?: string; description: string }[];
  };
}

const m = (
  name: string,
  email: string,
  memberships: DemoMember['memberships'],
  extra: Partial<DemoMember> = {},
): DemoMember => ({
  name,
  email,
  locale: 'de',
  trained: true,
  informed: true,
  weeklyHours: 3,
  hourlyRateCents: 4500,
  memberships,
  ...extra,
});

export const DEMO_ORGS: DemoOrg[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
];
