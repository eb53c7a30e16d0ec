import { useTranslation } from 'react-i18next';
import type { Member } from '../../../contracts/members.ts';
import { useFormat } from '../../i18n/format.ts';

/** Members with their units and roles, training and whether they acknowledged the strategy. */
export function MembersTable({
  members,
  unitName,
  strategyVersion,
}: {
  members: Member[];
  unitName: (id: string) => string | undefined;
  strategyVersion: number;
}) {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  const fmt = useFormat();
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="org-members">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('members.name')}</th>
            <th scope="col">{t('members.roles')}</th>
            <th scope="col">{t('members.trained')}</th>
            <th scope="col">{t('members.informed')}</th>
            <th scope="col" className="num">
              {t('members.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.name}
                {m.admin && <span className="badge">{t('members.admin')}</span>}
                <div className="muted small">{m.email}</div>
                {m.invitePending && <div className="muted small">{t('members.invitePending')}</div>}
              </th>
              <td>
                {m.memberships.length === 0 ? (
                  <span className="muted">{t('members.noRole')}</span>
                ) : (
                  <ul className="plain-list">
                    {m.memberships.map((ms) => (
                      <li key={ms.unitId}>
                        {unitName(ms.unitId)}: {tc(`roles.${ms.role}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {m.trainedAt ? (
                  t('members.trainedOn', { date: fmt.date(m.trainedAt) })
                ) : (
                  <span className="warn-text">{t('members.notTrained')}</span>
                )}
              </td>
              <td>
                {m.strategyAckVersion >= strategyVersion ? (
                  t('members.informedYes')
                ) : (
                  <span className="warn-text">{t('members.informedNo')}</span>
                )}
              </td>
              <td className="num">{fmt.number(m.weeklyHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
