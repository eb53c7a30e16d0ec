import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  type Edge,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../contracts/members.ts';
import type { Unit } from '../../../contracts/units.ts';
import { layoutTree } from './tree-layout.ts';
import { UnitNodeView, type UnitNode } from './unit-node.tsx';

const nodeTypes: NodeTypes = { unit: UnitNodeView };

/**
 * The unit tree drawn with React Flow so the model shows: tree edges from parent to child, hubs
 * highlighted, and a dashed arrow from each hub to the unit it covers. `usesHubs` false (holistic,
 * decentralized): hub flags carry no rights there, so nothing is highlighted.
 */
export function UnitTree({
  units,
  members,
  usesHubs,
}: {
  units: Unit[];
  members: Member[];
  usesHubs: boolean;
}) {
  const { t } = useTranslation('organization');
  const { nodes, edges } = useMemo(() => {
    const counts = new Map<string, number>();
    for (const m of members) {
      for (const ms of m.memberships) counts.set(ms.unitId, (counts.get(ms.unitId) ?? 0) + 1);
    }
    const nodes: UnitNode[] = layoutTree(units).map((p) => ({
      id: p.unit.id,
      type: 'unit',
      position: { x: p.x, y: p.y },
      data: {
        unit: p.unit,
        memberCount: counts.get(p.unit.id) ?? 0,
        hubActive: usesHubs && p.unit.isHub,
      },
      ariaLabel: p.unit.isHub && usesHubs ? `${p.unit.name} (${t('tree.hub')})` : p.unit.name,
    }));
    const known = new Set(units.map((u) => u.id));
    const edges: Edge[] = units
      .filter((u) => u.parentId !== null && known.has(u.parentId))
      .map((u) => ({
        id: `tree-${u.id}`,
        source: u.parentId!,
        target: u.id,
        type: 'smoothstep',
        className: 'tree-edge',
      }));
    if (usesHubs) {
      for (const hub of units.filter((u) => u.isHub && u.covers && known.has(u.covers))) {
        const covered = units.find((u) => u.id === hub.covers);
        edges.push({
          id: `cover-${hub.id}`,
          source: hub.id,
          sourceHandle: 'cover',
          target: hub.covers!,
          targetHandle: 'covered',
          className: 'cover-edge',
          animated: true,
          label: t('tree.steers'),
          markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
          ariaLabel: `${hub.name}: ${t('tree.covers', { unit: covered?.name ?? '' })}`,
        });
      }
    }
    return { nodes, edges };
  }, [units, members, usesHubs, t]);

  return (
    <div className="unit-tree" role="group" aria-label={t('tree.heading')}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        minZoom={0.2}
        ariaLabelConfig={{
          'controls.ariaLabel': t('tree.heading'),
          'controls.zoomIn.ariaLabel': t('tree.zoomIn'),
          'controls.zoomOut.ariaLabel': t('tree.zoomOut'),
          'controls.fitView.ariaLabel': t('tree.fitView'),
          'controls.interactive.ariaLabel': t('tree.interactive'),
          'node.a11yDescription.default': t('tree.nodeHelp'),
          'node.a11yDescription.keyboardDisabled': t('tree.nodeHelp'),
          'edge.a11yDescription.default': t('tree.edgeHelp'),
        }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
