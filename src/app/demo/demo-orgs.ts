import type { ModelKey, Role, UnitKind } from '../../core/governance/types.ts';
import { bakery } from './orgs/bakery.ts';
import { manufacturer } from './orgs/manufacturer.ts';
import { logistics } from './orgs/logistics.ts';
import { bank } from './orgs/bank.ts';
import { group } from './orgs/group.ts';

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

/** One organization per model, in the order of MODELS. */
export const DEMO_ORGS: DemoOrg[] = [bakery, manufacturer, logistics, bank, group];
