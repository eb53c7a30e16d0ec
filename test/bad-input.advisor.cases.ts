import { bad, body, type RouteEntry } from './bad-input.cases.ts';

/**
 * The advisor (the table's format: bad-input.cases.ts). It writes nothing even when the body is
 * valid; the cases check that every bad profile is refused with the field at fault.
 */
const profile = {
  employees: 3000,
  onSiteShare: 0.5,
  activeDepartments: 6,
  countries: 1,
  socialTeamSize: 5,
  directiveCulture: 3,
  regulation: 3,
  authenticityVsControl: 3,
};
const byRole = {
  hub_lead: 6000,
  hub_editor: 5500,
  regional_hub_lead: 5500,
  unit_lead: 5000,
  unit_contributor: 4500,
  trained_member: 4000,
};

export const ADVISOR_ROUTES: RouteEntry[] = [
  {
    route: 'POST /api/v1/advisor',
    base: { ...profile, locale: 'de', rates: { defaultCents: 5000, byRole } },
    paths: [
      ...body(
        'employees onSiteShare activeDepartments countries socialTeamSize directiveCulture ' +
          'regulation authenticityVsControl locale rates rates.defaultCents rates.byRole',
      ),
      ...body(
        Object.keys(byRole)
          .map((r) => `rates.byRole.${r}`)
          .join(' '),
      ),
    ],
    required: body(
      'employees onSiteShare activeDepartments countries socialTeamSize directiveCulture ' +
        'regulation authenticityVsControl',
    ),
    cases: [
      bad(
        'a social media team larger than the organization',
        { body: { ...profile, employees: 4, activeDepartments: 2 } },
        'custom',
        'body.socialTeamSize',
      ),
      bad(
        'more active departments than people',
        { body: { ...profile, employees: 5, socialTeamSize: 0 } },
        'custom',
        'body.activeDepartments',
      ),
      bad(
        'a share given in percent',
        { body: { ...profile, onSiteShare: 80 } },
        'too_big',
        'body.onSiteShare',
      ),
    ],
  },
];
