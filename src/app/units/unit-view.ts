import type { Unit } from '../../contracts/units.ts';
import type { UnitKind } from '../../core/governance/types.ts';
import type { UnitRow } from '../../db/schema.ts';

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind as UnitKind,
    isHub: row.is_hub,
    covers: row.covers_unit_id,
    contributorsNeedLead: row.contributors_need_lead,
  };
}
