import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GuidelineRule } from '../../../core/guidelines/rules.ts';
import { getEffectiveGuidelines } from '../../api/organization.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { unitsInTreeOrder, useDirectory, type Directory } from '../../posts/use-directory.ts';
import { useMe } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import './guidelines.css';
import { guidelinesMessages } from './messages.ts';
import { OwnRules, SeverityBadge } from './own-rules.tsx';
import { ruleWords } from './rule-words.ts';

registerMessages('guidelines', guidelinesMessages);

/**
 * The guidelines of one unit: every rule that binds it, inherited ones with the unit they come
 * from, and its own rules, which the member edits where the model lets them.
 */
export default function GuidelinesPage() {
  const { t, i18n } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const me = useMe();
  const { directory, error } = useDirectory();
  const [search, setSearch] = useSearchParams();
  const root = directory?.units.find((u) => u.parentId === null);
  const asked = search.get('unit');
  const unitId =
    (asked && directory?.unit(asked)?.id) ?? me.memberships[0]?.unitId ?? root?.id ?? null;

  const describe = useCallback(
    (rule: GuidelineRule) =>
      ruleWords(rule, t, {
        locale: i18n.language,
        networkName: (n) => tc(`networks.${n}`, { defaultValue: n }),
      }),
    [t, tc, i18n.language],
  );

  if (error) return <ErrorAlert error={error} />;
  if (!directory || !unitId) return <Loading />;
  const unitName = directory.unitName(unitId) ?? '';

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="field unit-picker">
        <label htmlFor="guidelines-unit">{t('unit')}</label>
        <select
          id="guidelines-unit"
          value={unitId}
          onChange={(e) => setSearch({ unit: e.target.value }, { replace: true })}
        >
          {unitsInTreeOrder(directory).map((u) => (
            <option key={u.id} value={u.id}>
              {'\u2002'.repeat(u.depth)}
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <EffectiveRules
        unitId={unitId}
        unitName={unitName}
        directory={directory}
        describe={describe}
      />
      <OwnRules
        key={unitId}
        unitId={unitId}
        unitName={unitName}
        nameOfUnit={directory.unitName}
        describe={describe}
      />
    </>
  );
}

function EffectiveRules({
  unitId,
  unitName,
  directory,
  describe,
}: {
  unitId: string;
  unitName: string;
  directory: Directory;
  describe: (rule: GuidelineRule) => string;
}) {
  const { t, i18n } = useTranslation('guidelines');
  const effective = useQuery({
    queryKey: queryKeys.guidelines(unitId),
    queryFn: () => getEffectiveGuidelines(unitId),
  });
  const list = (items: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  return (
    <section className="card" aria-labelledby="effective-rules">
      <h2 id="effective-rules">{t('effective.heading', { unit: unitName })}</h2>
      {effective.error ? (
        <ErrorAlert error={effective.error} onRetry={() => void effective.refetch()} />
      ) : !effective.data ? (
        <Loading />
      ) : effective.data.rules.length === 0 ? (
        <p>{t('effective.none')}</p>
      ) : (
        <ul className="rule-list">
          {effective.data.rules.map((r, i) => {
            const inherited = r.unitId !== unitId;
            return (
              <li key={i} data-origin={inherited ? 'inherited' : 'own'} data-kind={r.rule.kind}>
                {describe(r.rule)} <SeverityBadge rule={r.rule} />{' '}
                <span className={inherited ? 'rule-origin' : 'rule-origin rule-origin-own'}>
                  {inherited ? t('effective.inherited', { unit: r.unitName }) : t('effective.own')}
                </span>
                {r.tightenedBy.length > 0 && (
                  <span className="rule-origin">
                    {' · '}
                    {t('effective.tightened', {
                      units: list(r.tightenedBy.map((id) => directory.unitName(id) ?? '?')),
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {effective.data && effective.data.ignored.length > 0 && (
        <>
          <h3>{t('effective.ignoredHeading')}</h3>
          <ul className="rule-list muted">
            {effective.data.ignored.map((x, i) => (
              <li key={i}>
                {t('effective.ignored', {
                  rule: describe(x.rule).replace(/\.$/, ''),
                  unit: directory.unitName(x.unitId) ?? '?',
                  reason: t(`loosening.${x.loosening}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
