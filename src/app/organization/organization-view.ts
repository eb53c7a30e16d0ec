import type { Organization, OrganizationSummary } from '../../contracts/organization.ts';
import { modelSettingsSchema } from '../../core/governance/models.ts';
import type { ModelKey } from '../../core/governance/types.ts';
import type { OrganizationRow } from '../../db/schema.ts';

export function toOrganization(row: OrganizationRow): Organization {
  return {
    ...toOrganizationSummary(row),
    modelSettings: modelSettingsSchema.parse(row.model_settings),
    strategyVersion: row.strategy_version,
  };
}

export function toOrganizationSummary(row: OrganizationRow): OrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    locale: row.locale === 'de' ? 'de' : 'en',
    timeZone: row.time_zone,
    model: row.model as ModelKey,
  };
}
