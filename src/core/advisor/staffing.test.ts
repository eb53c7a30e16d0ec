import { describe, expect, it } from 'vitest';
import type { UnitInput } from '../governance/types.ts';
import { MODELS } from '../governance/types.ts';
import type { AdvisorProfile } from './profile.ts';
import {
  STAFFING_ASSUMPTIONS,
  centsPerMonth,
  planStaffing,
  type OrganizationSummary,
  type PlannedRole,
} from './staffing.ts';

const PROFILE: AdvisorProfile = {
  employees: 200,
  onSiteShare: 0.8,
  activeDepartments: 3,
  countries: 1,
  socialTeamSize: 0,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};

/** The numbers of a row that the hand computations below check. */
const numbers = (r: PlannedRole) => ({
  role: r.role,
  unit: r.unit.key,
  people: r.people,
  existing: r.existing,
  minutesPerWeekEach: r.minutesPerWeekEach,
  minutesPerWeek: r.minutesPerWeek,
  centsPerMonth: r.centsPerMonth,
  trainingMinutes: r.trainingMinutes,
  trainingCents: r.trainingCents,
});

// Cents a month = minutes a week × rate (cents an hour) / 60 × 52 / 12 = minutes × rate × 13 / 180.
describe('centsPerMonth', () => {
  it.each([
    [60, 5000, 21_667], // 1 h a week at 50.00: 50 × 52 / 12 = 216.666… → 21,667 cents
    [2400, 5000, 866_667], // full time: 40 × 50 × 52 / 12 = 8,666.666…
    [720, 5000, 260_000], // 12 h: 12 × 50 × 52 / 12 = 2,600.00 exactly
    [2400, 6000, 1_040_000], // 40 × 60 × 52 / 12 = 10,400.00
    [0, 5000, 0],
    [90, 0, 0],
  ])('%i minutes a week at %i cents an hour → %i cents a month', (minutes, rate, cents) => {
    expect(centsPerMonth(minutes, rate)).toBe(cents);
  });
});

describe('planStaffing without the organization', () => {
  it('decentralized: a lead and two contributors per department; leads align with each other', () => {
    const plan = planStaffing({ model: 'decentralized', profile: PROFILE });
    // Lead: 180 + 30 × (3 − 1) = 240 minutes; 3 leads = 720 minutes = 12 h → 2,600.00.
    // Contributors: 2 × 3 = 6 people × 120 = 720 minutes → 2,600.00.
    // Training: 9 new people × 240 minutes = 2,160 minutes × 50.00 / 60 = 1,800.00.
    expect(plan.roles.map(numbers)).toEqual([
      {
        role: 'unit_lead',
        unit: 'new:department',
        people: 3,
        existing: 0,
        minutesPerWeekEach: 240,
        minutesPerWeek: 720,
        centsPerMonth: 260_000,
        trainingMinutes: 720,
        trainingCents: 60_000,
      },
      {
        role: 'unit_contributor',
        unit: 'new:department',
        people: 6,
        existing: 0,
        minutesPerWeekEach: 120,
        minutesPerWeek: 720,
        centsPerMonth: 260_000,
        trainingMinutes: 1440,
        trainingCents: 120_000,
      },
    ]);
    expect(plan.roles[0]!.unit).toEqual({
      key: 'new:department',
      id: null,
      kind: 'department',
      isHub: false,
      name: null,
      covers: null,
      count: 3,
    });
    expect(plan.roles.map((r) => r.membershipRole)).toEqual(['lead', 'contributor']);
    expect(plan.totals).toEqual({
      people: 9,
      existing: 0,
      toFill: 9,
      minutesPerWeek: 1440,
      hoursPerWeek: 24,
      centsPerMonth: 520_000,
      trainingMinutes: 2160,
      trainingCents: 180_000,
    });
  });

  it('decentralized: a lead aligns with ten other departments at most', () => {
    const plan = planStaffing({
      model: 'decentralized',
      profile: { ...PROFILE, activeDepartments: 25 },
    });
    // 180 + 30 × min(24, 10) = 480 minutes a week, not 180 + 30 × 24 = 900.
    expect(plan.roles[0]).toMatchObject({ role: 'unit_lead', people: 25, minutesPerWeekEach: 480 });
  });

  it('coordinated: the hub grows with the units, the team in place counts, rates per role', () => {
    const plan = planStaffing({
      model: 'coordinated',
      profile: { ...PROFILE, activeDepartments: 7, socialTeamSize: 1 },
      rates: { defaultCents: 5000, byRole: { hub_lead: 6000, hub_editor: 6000 } },
    });
    // Hub: max(2, ceil(7 / 3)) = 3 people full time, the one team member as lead.
    // Lead: 2,400 × 6,000 × 13 / 180 = 1,040,000. Editors: 4,800 minutes → 2,080,000;
    // their training 2 × 240 = 480 minutes × 60.00 / 60 = 480.00.
    // Units: 7 leads and 7 contributors × 120 = 840 minutes → 840 × 5,000 × 13 / 180 = 303,333.3.
    expect(plan.roles.map(numbers)).toEqual([
      {
        role: 'hub_lead',
        unit: 'new:hub',
        people: 1,
        existing: 1,
        minutesPerWeekEach: 2400,
        minutesPerWeek: 2400,
        centsPerMonth: 1_040_000,
        trainingMinutes: 0,
        trainingCents: 0,
      },
      {
        role: 'hub_editor',
        unit: 'new:hub',
        people: 2,
        existing: 0,
        minutesPerWeekEach: 2400,
        minutesPerWeek: 4800,
        centsPerMonth: 2_080_000,
        trainingMinutes: 480,
        trainingCents: 48_000,
      },
      {
        role: 'unit_lead',
        unit: 'new:department',
        people: 7,
        existing: 0,
        minutesPerWeekEach: 120,
        minutesPerWeek: 840,
        centsPerMonth: 303_333,
        trainingMinutes: 1680,
        trainingCents: 140_000,
      },
      {
        role: 'unit_contributor',
        unit: 'new:department',
        people: 7,
        existing: 0,
        minutesPerWeekEach: 120,
        minutesPerWeek: 840,
        centsPerMonth: 303_333,
        trainingMinutes: 1680,
        trainingCents: 140_000,
      },
    ]);
    expect(plan.roles.map((r) => r.hourlyRateCents)).toEqual([6000, 6000, 5000, 5000]);
    expect(plan.roles[0]!.unit).toMatchObject({ isHub: true, kind: 'team', id: null });
    expect(plan.totals).toEqual({
      people: 17,
      existing: 1,
      toFill: 16,
      minutesPerWeek: 8880,
      hoursPerWeek: 148,
      centsPerMonth: 3_726_666,
      trainingMinutes: 3840,
      trainingCents: 328_000,
    });
  });

  it('coordinated: a team larger than the hub the model needs stays whole', () => {
    const plan = planStaffing({
      model: 'coordinated',
      profile: { ...PROFILE, activeDepartments: 3, socialTeamSize: 5 },
    });
    const hub = plan.roles.filter((r) => r.unit.key === 'new:hub');
    expect(hub.map((r) => [r.role, r.people, r.existing, r.toFill])).toEqual([
      ['hub_lead', 1, 1, 0],
      ['hub_editor', 4, 4, 0],
    ]);
  });

  it('centralized: the hub writes for everyone, departments send topics an hour a week', () => {
    const plan = planStaffing({
      model: 'centralized',
      profile: { ...PROFILE, activeDepartments: 5 },
    });
    // Hub: max(2, ceil(5 / 2)) = 3 people, 7,200 minutes. Contributors 5 × 60 = 300 minutes:
    // 300 × 5,000 × 13 / 180 = 108,333.3 → 108,333.
    expect(plan.roles.map((r) => [r.role, r.people, r.minutesPerWeek, r.centsPerMonth])).toEqual([
      ['hub_lead', 1, 2400, 866_667],
      ['hub_editor', 2, 4800, 1_733_333],
      ['unit_contributor', 5, 300, 108_333],
    ]);
    expect(plan.totals.centsPerMonth).toBe(866_667 + 1_733_333 + 108_333);
    expect(plan.totals.hoursPerWeek).toBe(125);
  });

  it('multi-coordinated: a global hub, a regional hub lead per country, spokes per unit', () => {
    const plan = planStaffing({
      model: 'multi_coordinated',
      profile: { ...PROFILE, countries: 9, activeDepartments: 2, socialTeamSize: 2 },
    });
    // Global hub: max(2, ceil(9 / 4)) = 3. Regional hub leads: 9 × 1,200 = 10,800 minutes →
    // 10,800 × 5,000 × 13 / 180 = 3,900,000. Spokes: 2 × 120 = 240 → 86,666.7 → 86,667 each.
    expect(
      plan.roles.map((r) => [r.role, r.unit.key, r.people, r.existing, r.centsPerMonth]),
    ).toEqual([
      ['hub_lead', 'new:hub', 1, 1, 866_667],
      ['hub_editor', 'new:hub', 2, 1, 1_733_333],
      ['regional_hub_lead', 'new:regional_hub', 9, 0, 3_900_000],
      ['unit_lead', 'new:department', 2, 0, 86_667],
      ['unit_contributor', 'new:department', 2, 0, 86_667],
    ]);
    expect(plan.totals.minutesPerWeek).toBe(7200 + 10_800 + 240 + 240);
  });

  it('holistic: everyone trained, an hour of work and half an hour of alignment a week', () => {
    const plan = planStaffing({ model: 'holistic', profile: { ...PROFILE, employees: 40 } });
    // 40 × 90 = 3,600 minutes = 60 h → 60 × 50.00 × 52 / 12 = 13,000.00.
    // Training: 40 × 240 = 9,600 minutes = 160 h → 8,000.00.
    expect(plan.roles.map(numbers)).toEqual([
      {
        role: 'trained_member',
        unit: 'new:root',
        people: 40,
        existing: 0,
        minutesPerWeekEach: 90,
        minutesPerWeek: 3600,
        centsPerMonth: 1_300_000,
        trainingMinutes: 9600,
        trainingCents: 800_000,
      },
    ]);
    expect(plan.roles[0]!.membershipRole).toBe('member');
  });

  it('costs nothing at a rate of 0 and states the rate it used', () => {
    const plan = planStaffing({
      model: 'coordinated',
      profile: PROFILE,
      rates: { defaultCents: 0 },
    });
    expect(plan.totals.centsPerMonth).toBe(0);
    expect(plan.totals.trainingCents).toBe(0);
    expect(plan.assumptions).toEqual({ ...STAFFING_ASSUMPTIONS, defaultHourlyRateCents: 0 });
  });
});

// The organization: root, a hub covering the root (a lead and an editor), departments Archive
// (nobody), Press (a contributor), Sales (a lead), regions Asia and Europe; Europe's hub has a lead.
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const unit = (
  n: number,
  kind: UnitInput['kind'],
  name: string,
  extra: Partial<UnitInput> = {},
) => ({
  id: id(n),
  parentId: n === 1 ? null : id(1),
  kind,
  name,
  isHub: false,
  covers: null,
  ...extra,
});
const ORG: OrganizationSummary = {
  units: [
    unit(1, 'company', 'Harbour Works'),
    unit(2, 'team', 'Social media', { isHub: true, covers: id(1) }),
    unit(3, 'department', 'Sales'),
    unit(4, 'department', 'Archive'),
    unit(5, 'department', 'Press'),
    unit(6, 'region', 'Europe'),
    unit(7, 'region', 'Asia'),
    unit(8, 'team', 'Europe hub', { parentId: id(6), isHub: true, covers: id(6) }),
  ],
  memberships: [
    { memberId: 'm1', unitId: id(2), role: 'lead' },
    { memberId: 'm2', unitId: id(2), role: 'editor' },
    { memberId: 'm3', unitId: id(5), role: 'contributor' },
    { memberId: 'm4', unitId: id(3), role: 'lead' },
    { memberId: 'm5', unitId: id(8), role: 'lead' },
    { memberId: 'm6', unitId: id(4), role: 'member' },
  ],
  trainedMembers: 12,
};

describe('planStaffing on the organization', () => {
  it('places roles on its hub and on its active departments first, counting people in place', () => {
    const plan = planStaffing({
      model: 'centralized',
      profile: { ...PROFILE, activeDepartments: 2 },
      organization: ORG,
    });
    // Two departments wanted: Press and Sales have social media roles, Archive has none.
    expect(plan.roles.map((r) => [r.role, r.unit.key, r.unit.name, r.people, r.existing])).toEqual([
      ['hub_lead', id(2), 'Social media', 1, 1],
      ['hub_editor', id(2), 'Social media', 1, 1],
      ['unit_contributor', id(5), 'Press', 1, 1],
      ['unit_contributor', id(3), 'Sales', 1, 0],
    ]);
    expect(plan.roles[0]!.unit).toEqual({
      key: id(2),
      id: id(2),
      kind: 'team',
      isHub: true,
      name: 'Social media',
      covers: id(1),
      count: 1,
    });
    expect(plan.totals.toFill).toBe(1);
  });

  it('adds a row for the departments the organization does not have yet', () => {
    const plan = planStaffing({
      model: 'decentralized',
      profile: { ...PROFILE, activeDepartments: 5 },
      organization: ORG,
    });
    const leads = plan.roles.filter((r) => r.role === 'unit_lead');
    expect(leads.map((r) => [r.unit.name ?? r.unit.key, r.people, r.existing])).toEqual([
      ['Press', 1, 0],
      ['Sales', 1, 1],
      ['Archive', 1, 0],
      ['new:department', 2, 0],
    ]);
    // Lead minutes: 180 + 30 × (5 − 1) = 300 each.
    expect(leads.every((r) => r.minutesPerWeekEach === 300)).toBe(true);
  });

  it('multi-coordinated: regional hubs where they exist, new ones covering the other regions', () => {
    const plan = planStaffing({
      model: 'multi_coordinated',
      profile: { ...PROFILE, countries: 4, socialTeamSize: 9 },
      organization: ORG,
    });
    const regional = plan.roles.filter((r) => r.role === 'regional_hub_lead');
    expect(regional.map((r) => [r.unit.key, r.unit.covers, r.unit.count, r.existing])).toEqual([
      [`new:regional_hub:${id(7)}`, id(7), 1, 0],
      [id(8), id(6), 1, 1],
      ['new:regional_hub', null, 2, 0],
    ]);
    // The hub unit exists, so its members count, not the profile's team of 9.
    const hub = plan.roles.filter((r) => r.unit.key === id(2));
    expect(hub.map((r) => [r.role, r.people, r.existing])).toEqual([
      ['hub_lead', 1, 1],
      ['hub_editor', 1, 1],
    ]);
  });

  it('holistic: the root unit, and the members already trained', () => {
    const plan = planStaffing({ model: 'holistic', profile: PROFILE, organization: ORG });
    expect(plan.roles.map((r) => [r.unit.key, r.people, r.existing, r.toFill])).toEqual([
      [id(1), 200, 12, 188],
    ]);
    expect(plan.roles[0]!.trainingMinutes).toBe(188 * 240);
  });
});

describe('every plan', () => {
  it.each(MODELS)('%s: totals are the sums of the rows; the plan survives JSON', (model) => {
    const plan = planStaffing({
      model,
      profile: { ...PROFILE, countries: 3, socialTeamSize: 2 },
      organization: ORG,
    });
    const sum = (pick: (r: PlannedRole) => number) => plan.roles.reduce((t, r) => t + pick(r), 0);
    expect(plan.totals.people).toBe(sum((r) => r.people));
    expect(plan.totals.minutesPerWeek).toBe(sum((r) => r.minutesPerWeek));
    expect(plan.totals.centsPerMonth).toBe(sum((r) => r.centsPerMonth));
    expect(plan.totals.trainingCents).toBe(sum((r) => r.trainingCents));
    for (const r of plan.roles) {
      expect(r.existing + r.toFill).toBe(r.people);
      expect(r.minutesPerWeek).toBe(r.people * r.minutesPerWeekEach);
      expect(Number.isInteger(r.centsPerMonth)).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
