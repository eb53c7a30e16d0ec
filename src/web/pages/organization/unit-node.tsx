import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../contracts/units.ts';

export type UnitNodeData = { unit: Unit; memberCount: number; hubActive: boolean };
export type UnitNode = Node<UnitNodeData, 'unit'>;

/** One unit in the chart: name, kind, member count; hubs carry a badge and a stronger frame. */
export function UnitNodeView({ data }: NodeProps<UnitNode>) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const { unit, memberCount, hubActive } = data;
  return (
    <div className={`unit-node ${hubActive ? 'unit-node-hub' : ''}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="unit-node-name">
        {unit.name}
        {hubActive && <span className="badge badge-hub">{t('tree.hub')}</span>}
      </div>
      <div className="unit-node-meta">
        {tc(`unitKinds.${unit.kind}`)} · {t('tree.members', { count: memberCount })}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
      <Handle id="cover" type="source" position={Position.Left} isConnectable={false} />
      <Handle id="covered" type="target" position={Position.Right} isConnectable={false} />
    </div>
  );
}
