import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../contracts/units.ts';

/** The same tree as nested lists: the chart's text alternative, and handy for long trees. */
export function UnitList({ units, usesHubs }: { units: Unit[]; usesHubs: boolean }) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const byId = new Map(units.map((u) => [u.id, u]));
  const childrenOf = (id: string | null) =>
    units
      .filter((u) => u.parentId === id || (id === null && u.parentId && !byId.has(u.parentId)))
      .sort((a, b) => a.name.localeCompare(b.name));
  const render = (list: Unit[]) => (
    <ul>
      {list.map((u) => {
        const kids = childrenOf(u.id);
        const covered = u.covers ? byId.get(u.covers) : undefined;
        return (
          <li key={u.id}>
            <span>{u.name}</span> <span className="muted">({tc(`unitKinds.${u.kind}`)})</span>
            {usesHubs && u.isHub && (
              <>
                {' '}
                <span className="badge badge-hub">{t('tree.hub')}</span>
                {covered && <span> — {t('tree.covers', { unit: covered.name })}</span>}
              </>
            )}
            {kids.length > 0 && render(kids)}
          </li>
        );
      })}
    </ul>
  );
  return (
    <details className="unit-list">
      <summary>{t('tree.asList')}</summary>
      {render(childrenOf(null))}
    </details>
  );
}
