/**
 * The advisor's questions (DESIGN.md §7) as a typed profile of the organization. Validated at the
 * boundary by `advisorProfileSchema` (src/contracts/advisor.ts); the core trusts its ranges.
 */
export interface AdvisorProfile {
  /** Headcount of the organization (at least 1). */
  employees: number;
  /** Share of the staff working on site, 0–1 (0.8 = 80 %). */
  onSiteShare: number;
  /** Departments or units that should be active on social media (at least 1). */
  activeDepartments: number;
  /** Countries or business units that act on their own (1 = one country, one business). */
  countries: number;
  /** People who already do social media as their job (0 = no such team). */
  socialTeamSize: number;
  /** How binding directives are in the culture: 1 = people decide for themselves, 5 = instructions are followed. */
  directiveCulture: number;
  /** How regulated the business is: 1 = hardly, 5 = heavily (banks, pharma, public sector). */
  regulation: number;
  /** What matters more: 1 = authentic voices, 5 = control over every word. */
  authenticityVsControl: number;
}

/** The questions in the order the advisor asks them. */
export const PROFILE_FIELDS = [
  'employees',
  'onSiteShare',
  'activeDepartments',
  'countries',
  'socialTeamSize',
  'directiveCulture',
  'regulation',
  'authenticityVsControl',
] as const satisfies readonly (keyof AdvisorProfile)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * Upper bounds of the answers. Far above any real organization; they keep arithmetic (minutes,
 * cents) well inside safe integers.
 */
export const PROFILE_LIMITS = Object.freeze({
  employees: 10_000_000,
  activeDepartments: 10_000,
  countries: 250,
  socialTeamSize: 100_000,
});

/** A middle-of-the-road profile: the defaults the interactive questions offer. */
export const DEFAULT_PROFILE: Readonly<AdvisorProfile> = Object.freeze({
  employees: 250,
  onSiteShare: 0.8,
  activeDepartments: 3,
  countries: 1,
  socialTeamSize: 0,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
});
