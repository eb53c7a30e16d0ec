import type { DemoMember } from '../demo-orgs.ts';

/** A demo member with the defaults most demo people share (German, trained, informed). */
export const m = (
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
