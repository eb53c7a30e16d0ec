import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MODEL_INFO } from '../../../core/governance/models.ts';
import { getOrganization } from '../../api/organization.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { MembersTable } from './members-table.tsx';
import { organizationMessages } from './messages.ts';
import './organization.css';
import { UnitList } from './unit-list.tsx';
import { UnitTree } from './unit-tree.tsx';

registerMessages('organization', organizationMessages);

/** The organization as its model shapes it: units and hubs drawn, members with roles. */
export default function OrganizationPage() {
  const { t } = useTranslation('organization');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const org = useQuery({ queryKey: queryKeys.organization, queryFn: getOrganization });
  const { directory, error } = useDirectory();
  const failure = org.error ?? error;
  if (failure) return <ErrorAlert error={failure} onRetry={() => void org.refetch()} />;
  if (!org.data || !directory) return <Loading />;
  const model = org.data.model;
  const usesHubs = MODEL_INFO[model].usesHubs;
  return (
    <>
      <h1>
        {t('title')}: {org.data.name}
      </h1>
      <section aria-labelledby="org-model" className="card">
        <h2 id="org-model">{t('model.heading', { model: tc(`models.${model}`) })}</h2>
        <p>{t(`model.${model}`)}</p>
      </section>
      <section aria-labelledby="org-units">
        <h2 id="org-units">{t('tree.heading')}</h2>
        <p id="org-units-description">{t('tree.description')}</p>
        <ul className="legend" aria-hidden="true">
          <li>
            <span className="legend-swatch legend-unit" /> {t('tree.legendUnit')}
          </li>
          {usesHubs && (
            <>
              <li>
                <span className="legend-swatch legend-hub" /> {t('tree.legendHub')}
              </li>
              <li>
                <span className="legend-line" /> {t('tree.legendSteers')}
              </li>
            </>
          )}
        </ul>
        <UnitTree units={directory.units} members={directory.members} usesHubs={usesHubs} />
        <UnitList units={directory.units} usesHubs={usesHubs} />
      </section>
      <section aria-labelledby="org-members">
        <h2 id="org-members">{t('members.heading')}</h2>
        <MembersTable
          members={directory.members}
          unitName={directory.unitName}
          strategyVersion={org.data.strategyVersion}
        />
      </section>
    </>
  );
}
