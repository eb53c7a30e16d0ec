import type { MembershipInput, ModelKey, Role, UnitInput, UnitKind } from '../governance/types.ts';
import type { AdvisorProfile } from './profile.ts';

/**
 * Which roles each model needs, in which units, and the assumptions behind their minutes. Pure.
 * `staffing.ts` turns the slots into hours a week and cost a month.
 */

export const STAFFING_ROLES = [
  'hub_lead',
  'hub_editor',
  'regional_hub_lead',
  'unit_lead',
  'unit_contributor',
  'trained_member',
] as const;
export type StaffingRole = (typeof STAFFING_ROLES)[number];

/** The membership role a planned role becomes when the plan is applied. */
export const MEMBERSHIP_ROLE: Readonly<Record<StaffingRole, Role>> = Object.freeze({
  hub_lead: 'lead',
  hub_editor: 'editor',
  regional_hub_lead: 'lead',
  unit_lead: 'lead',
  unit_contributor: 'contributor',
  // Holistic: everyone belongs to the organization; the training is what gives the rights.
  trained_member: 'member',
});

/**
 * The assumptions of every plan, in one table. Minutes are per person and week; a month is
 * 52/12 weeks. Change them here, and the tests that compute plans by hand.
 */
export const STAFFING_ASSUMPTIONS = Object.freeze({
  /** A hub's lead and editors work on social media full time (40 h). */
  hubMemberMinutes: 2400,
  /** The smallest hub: a lead and one editor, so that nobody approves alone. A larger team in place stays. */
  minHubPeople: 2,
  /** Coordinated: one hub person per this many active units (the hub supports, the units write). */
  coordinatedUnitsPerHubPerson: 3,
  /** Centralized: one hub person per this many units (the hub writes for everyone). */
  centralizedUnitsPerHubPerson: 2,
  /** Multi-coordinated: one global hub person per this many countries or business units. */
  countriesPerGlobalHubPerson: 4,
  /** Multi-coordinated: a regional hub is led half time (20 h) per country or business unit. */
  regionalHubLeadMinutes: 1200,
  /** Decentralized: a unit lead plans, approves and writes … */
  decentralizedLeadMinutes: 180,
  /** … and aligns with each other active department every week (this much per department) … */
  decentralizedAlignMinutesPerUnit: 30,
  /** … with ten at most: beyond that, departments align through representatives. */
  decentralizedAlignMaxUnits: 10,
  /** Decentralized: contributors per unit, each this many minutes a week. */
  decentralizedContributorsPerUnit: 2,
  decentralizedContributorMinutes: 120,
  /** Coordinated and multi-coordinated: one lead per unit as the hub's contact … */
  spokeLeadMinutes: 120,
  /** … and one contributor per unit. */
  spokeContributorMinutes: 120,
  /** Centralized: one contributor per unit supplies topics and requests. */
  centralizedContributorMinutes: 60,
  /** Holistic: everyone takes part, writing and answering for an hour a week … */
  holisticMemberMinutes: 60,
  /** … and aligning with everyone else for half an hour. */
  holisticAlignMinutes: 30,
  /** Once per person new to a role: business policy, customer handling, goals and strategy. */
  trainingMinutes: 240,
  /** Hourly rate when no other is given, in cents. */
  defaultHourlyRateCents: 5000,
});
export type StaffingAssumptions = { readonly [K in keyof typeof STAFFING_ASSUMPTIONS]: number };

/** What the plan needs to know of the organization to place roles on real units. */
export interface OrganizationSummary {
  units: readonly UnitInput[];
  memberships: readonly MembershipInput[];
  /** Members who completed the training. */
  trainedMembers?: number;
}

export interface PlannedUnit {
  /** Stable within the plan: the unit's id, or `new:hub`, `new:department`, `new:regional_hub`, `new:root`. */
  key: string;
  /** The existing unit; null: still to be created (or chosen) when the plan is applied. */
  id: string | null;
  kind: UnitKind;
  isHub: boolean;
  /** The existing unit's name; null for a new one. */
  name: string | null;
  /** Hubs: the id of the unit whose subtree they steer, when it exists. */
  covers: string | null;
  /** How many units of this kind the row stands for: 1 for an existing unit, any number for new ones. */
  count: number;
}

/** A role before its minutes and rates are turned into totals. */
export interface Slot {
  role: StaffingRole;
  unit: PlannedUnit;
  people: number;
  existing: number;
  minutesPerWeekEach: number;
}

const A = STAFFING_ASSUMPTIONS;

/**
 * The roles `model` needs for the profile, placed on the organization's units where it has them
 * (existing ones first, then one row per kind of unit still to create), with the people in place.
 */
export function slotsOf(
  model: ModelKey,
  profile: AdvisorProfile,
  organization: OrganizationSummary | undefined,
): Slot[] {
  return SLOTS[model](profile, orgView(organization));
}

// What the plan reads from the organization --------------------------------------------------

interface OrgView {
  root: UnitInput | undefined;
  /** The hub steering the whole organization. */
  centralHub: UnitInput | undefined;
  /** Non-hub departments, the ones with social media roles first, then by name. */
  departments: UnitInput[];
  /** Non-hub regions and business units, by name. */
  regions: UnitInput[];
  /** Hubs steering a unit other than the root, by the unit they cover. */
  regionalHubs: Map<string, UnitInput>;
  /** Memberships per unit id. */
  roles: Map<string, MembershipInput[]>;
  trainedMembers: number;
}

const SOCIAL_ROLES: ReadonlySet<Role> = new Set(['lead', 'editor', 'contributor']);

function orgView(summary: OrganizationSummary | undefined): OrgView {
  const units = summary?.units ?? [];
  const roles = new Map<string, MembershipInput[]>();
  for (const m of summary?.memberships ?? []) {
    const list = roles.get(m.unitId);
    if (list) list.push(m);
    else roles.set(m.unitId, [m]);
  }
  const root = units.find((u) => u.parentId === null);
  const active = (u: UnitInput) => (roles.get(u.id) ?? []).some((m) => SOCIAL_ROLES.has(m.role));
  const byName = (a: UnitInput, b: UnitInput) =>
    a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en');
  const hubs = units.filter((u) => u.isHub && u.covers !== null);
  return {
    root,
    centralHub: hubs.find((u) => u.covers === root?.id),
    departments: units
      .filter((u) => !u.isHub && u.kind === 'department')
      .sort((a, b) => Number(active(b)) - Number(active(a)) || byName(a, b)),
    regions: units
      .filter((u) => !u.isHub && (u.kind === 'region' || u.kind === 'business_unit'))
      .sort(byName),
    // Several hubs covering one region: the first in input order counts (as in the snapshot).
    regionalHubs: new Map(
      hubs
        .filter((u) => u.covers !== root?.id)
        .reverse()
        .map((u) => [u.covers ?? '', u] as const),
    ),
    roles,
    trainedMembers: summary?.trainedMembers ?? 0,
  };
}

/** People of the unit holding one of the roles. */
function holders(org: OrgView, unitId: string | null, roles: readonly Role[]): number {
  if (unitId === null) return 0;
  return new Set(
    (org.roles.get(unitId) ?? []).filter((m) => roles.includes(m.role)).map((m) => m.memberId),
  ).size;
}

function existingUnit(u: UnitInput): PlannedUnit {
  return {
    key: u.id,
    id: u.id,
    kind: u.kind,
    isHub: u.isHub,
    name: u.name,
    covers: u.isHub ? u.covers : null,
    count: 1,
  };
}

/** A unit the plan needs and the organization does not have (yet); hubs are teams. */
function newUnit(key: string, kind: UnitKind | 'hub', count: number, covers: string | null = null) {
  const isHub = kind === 'hub';
  return {
    key: `new:${key}`,
    id: null,
    kind: isHub ? 'team' : kind,
    isHub,
    name: null,
    covers,
    count,
  } satisfies PlannedUnit;
}

// The roles of each model -------------------------------------------------------------------

/**
 * Lead and editors of the hub that steers the whole organization. People already in the hub (or,
 * without a hub unit, the profile's social media team) stay: the hub is as large as the model
 * needs or as the team already is, whichever is larger. One of them is counted as the lead.
 */
function centralHub(org: OrgView, profile: AdvisorProfile, needed: number): Slot[] {
  const hub = org.centralHub;
  const unit = hub ? existingUnit(hub) : newUnit('hub', 'hub', 1, org.root?.id ?? null);
  const inPlace = hub
    ? holders(org, hub.id, ['lead', 'editor', 'contributor'])
    : profile.socialTeamSize;
  const people = Math.max(needed, inPlace);
  const lead = Math.min(1, inPlace);
  return [
    { role: 'hub_lead', unit, people: 1, existing: lead, minutesPerWeekEach: A.hubMemberMinutes },
    {
      role: 'hub_editor',
      unit,
      people: people - 1,
      existing: inPlace - lead,
      minutesPerWeekEach: A.hubMemberMinutes,
    },
  ];
}

/**
 * One slot per active department: existing departments first (as many as the profile names),
 * then one row standing for the departments still to create.
 */
function perDepartment(
  org: OrgView,
  profile: AdvisorProfile,
  roles: readonly { role: StaffingRole; perUnit: number; minutes: number }[],
): Slot[] {
  const known = org.departments.slice(0, profile.activeDepartments);
  const missing = profile.activeDepartments - known.length;
  const slots: Slot[] = [];
  for (const dept of known) {
    for (const r of roles) {
      slots.push({
        role: r.role,
        unit: existingUnit(dept),
        people: r.perUnit,
        existing: holders(
          org,
          dept.id,
          r.role === 'unit_lead' ? ['lead'] : ['editor', 'contributor'],
        ),
        minutesPerWeekEach: r.minutes,
      });
    }
  }
  if (missing > 0) {
    for (const r of roles) {
      slots.push({
        role: r.role,
        unit: newUnit('department', 'department', missing),
        people: r.perUnit * missing,
        existing: 0,
        minutesPerWeekEach: r.minutes,
      });
    }
  }
  return slots;
}

const spokes = [
  { role: 'unit_lead', perUnit: 1, minutes: A.spokeLeadMinutes },
  { role: 'unit_contributor', perUnit: 1, minutes: A.spokeContributorMinutes },
] as const;

const SLOTS: Readonly<Record<ModelKey, (p: AdvisorProfile, org: OrgView) => Slot[]>> = {
  holistic: (p, org) => [
    {
      role: 'trained_member',
      unit: org.root ? existingUnit(org.root) : newUnit('root', 'company', 1),
      people: p.employees,
      existing: org.trainedMembers,
      minutesPerWeekEach: A.holisticMemberMinutes + A.holisticAlignMinutes,
    },
  ],
  decentralized: (p, org) =>
    perDepartment(org, p, [
      {
        role: 'unit_lead',
        perUnit: 1,
        minutes:
          A.decentralizedLeadMinutes +
          A.decentralizedAlignMinutesPerUnit *
            Math.min(p.activeDepartments - 1, A.decentralizedAlignMaxUnits),
      },
      {
        role: 'unit_contributor',
        perUnit: A.decentralizedContributorsPerUnit,
        minutes: A.decentralizedContributorMinutes,
      },
    ]),
  coordinated: (p, org) => [
    ...centralHub(
      org,
      p,
      Math.max(A.minHubPeople, Math.ceil(p.activeDepartments / A.coordinatedUnitsPerHubPerson)),
    ),
    ...perDepartment(org, p, spokes),
  ],
  centralized: (p, org) => [
    ...centralHub(
      org,
      p,
      Math.max(A.minHubPeople, Math.ceil(p.activeDepartments / A.centralizedUnitsPerHubPerson)),
    ),
    ...perDepartment(org, p, [
      { role: 'unit_contributor', perUnit: 1, minutes: A.centralizedContributorMinutes },
    ]),
  ],
  multi_coordinated: (p, org) => [
    ...centralHub(
      org,
      p,
      Math.max(A.minHubPeople, Math.ceil(p.countries / A.countriesPerGlobalHubPerson)),
    ),
    ...regionalHubs(org, p),
    ...perDepartment(org, p, spokes),
  ],
};

/** One regional hub lead per country or business unit, in the region's hub where one exists. */
function regionalHubs(org: OrgView, profile: AdvisorProfile): Slot[] {
  const known = org.regions.slice(0, profile.countries);
  const missing = profile.countries - known.length;
  const slots: Slot[] = known.map((region) => {
    const hub = org.regionalHubs.get(region.id);
    return {
      role: 'regional_hub_lead',
      unit: hub ? existingUnit(hub) : newUnit(`regional_hub:${region.id}`, 'hub', 1, region.id),
      people: 1,
      existing: hub ? holders(org, hub.id, ['lead']) : 0,
      minutesPerWeekEach: A.regionalHubLeadMinutes,
    };
  });
  if (missing > 0) {
    slots.push({
      role: 'regional_hub_lead',
      unit: newUnit('regional_hub', 'hub', missing),
      people: missing,
      existing: 0,
      minutesPerWeekEach: A.regionalHubLeadMinutes,
    });
  }
  return slots;
}
