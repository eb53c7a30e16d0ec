import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelApplyResult } from '../../../contracts/model-switch.ts';
import { MODELS, type ModelKey } from '../../../core/governance/types.ts';
import { previewAllModels, previewModelSwitch } from '../../api/model-switch.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { registerMessages } from '../../i18n/setup.ts';
import { useDirectory } from '../../posts/use-directory.ts';
import { useMe, useSession } from '../../session/session.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { ApplyPanel } from './apply-panel.tsx';
import { CompareTable } from './compare-table.tsx';
import { MemberDiffs } from './member-diff.tsx';
import { modelSwitchMessages } from './messages.ts';
import './model-switch.css';
import { PostChains } from './post-chains.tsx';
import { StructureGaps } from './structure-gaps.tsx';
import { SwitchResult } from './switch-result.tsx';

registerMessages('modelSwitch', modelSwitchMessages);

/**
 * Admins switch the governance model: pick a target (or compare all five), read the diff — rights
 * per member and channel, posts whose chain changes, missing structure — then apply it and follow
 * the duty notices it sent.
 */
export default function ModelSwitchPage() {
  const { t } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  usePageTitle(t('title'));
  const me = useMe();
  if (!me.member.admin) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('current', { model: tc(`models.${me.organization.model}`) })}</p>
        <p className="alert">{t('adminsOnly')}</p>
        <Link to="/duties">{t('toDuties')}</Link>
      </>
    );
  }
  return <ModelSwitch />;
}

function ModelSwitch() {
  const { t } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  const me = useMe();
  const { refresh } = useSession();
  const queryClient = useQueryClient();
  const { directory, error: directoryError } = useDirectory();
  const current = me.organization.model;
  const [target, setTarget] = useState<ModelKey | null>(null);
  const [compare, setCompare] = useState(false);
  const [applied, setApplied] = useState<ModelApplyResult | null>(null);

  const previews = useQuery({
    queryKey: queryKeys.modelPreviews,
    queryFn: previewAllModels,
    enabled: compare,
  });
  const preview = useQuery({
    queryKey: queryKeys.modelPreview(target ?? ''),
    queryFn: () => previewModelSwitch({ model: target! }),
    enabled: target !== null && target !== current,
    // A preview is a promise about now: always ask again when the page shows it anew.
    staleTime: 0,
  });

  const onApplied = async (result: ModelApplyResult) => {
    setApplied(result);
    setTarget(null);
    setCompare(false);
    // The model is everywhere: header, rights, approval chains, the calendar.
    queryClient.removeQueries({ queryKey: ['model-switch'] });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.organization }),
      queryClient.invalidateQueries({ queryKey: ['decide'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.posts }),
      queryClient.invalidateQueries({ queryKey: queryKeys.duties }),
      refresh(),
    ]);
  };

  if (directoryError) return <ErrorAlert error={directoryError} />;
  if (!directory) return <Loading />;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {applied && <SwitchResult result={applied} />}
      <p>{t('current', { model: tc(`models.${current}`) })}</p>
      <div className="card">
        <fieldset className="model-picker">
          <legend>{t('pick.legend')}</legend>
          {MODELS.map((m) => (
            <label key={m} className="model-option">
              <input
                type="radio"
                name="target-model"
                value={m}
                checked={target === m}
                disabled={m === current}
                onChange={() => {
                  setApplied(null);
                  setTarget(m);
                }}
              />{' '}
              {tc(`models.${m}`)}{' '}
              {m === current && <span className="muted">{t('pick.current')}</span>}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="button"
          aria-expanded={compare}
          aria-controls="switch-compare-area"
          onClick={() => setCompare((c) => !c)}
        >
          {compare ? t('pick.hideCompare') : t('pick.compare')}
        </button>
      </div>
      <div id="switch-compare-area">
        {compare &&
          (previews.error ? (
            <ErrorAlert error={previews.error} onRetry={() => void previews.refetch()} />
          ) : !previews.data ? (
            <Loading />
          ) : (
            <CompareTable
              previews={previews.data}
              selected={target}
              onSelect={(m) => {
                setApplied(null);
                setTarget(m);
                requestAnimationFrame(() =>
                  document.getElementById('switch-preview')?.focus({ preventScroll: false }),
                );
              }}
            />
          ))}
      </div>
      {target && target !== current && (
        <section aria-labelledby="switch-preview" className="switch-preview">
          <h2 id="switch-preview" tabIndex={-1} className="focus-target">
            {t('preview.heading', { model: tc(`models.${target}`) })}
          </h2>
          {preview.error ? (
            <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
          ) : !preview.data || preview.data.to.model !== target ? (
            <p role="status">{t('preview.loading')}</p>
          ) : (
            <>
              <Summary summary={preview.data.summary} />
              <StructureGaps gaps={preview.data.structure} directory={directory} />
              <MemberDiffs members={preview.data.members} directory={directory} />
              <PostChains posts={preview.data.posts} directory={directory} />
              <ApplyPanel
                preview={preview.data}
                onApplied={(r) => void onApplied(r)}
                onStale={() => void preview.refetch()}
              />
            </>
          )}
        </section>
      )}
    </>
  );
}

function Summary({ summary }: { summary: NonNullable<ModelApplyResult['preview']>['summary'] }) {
  const { t } = useTranslation('modelSwitch');
  const nothing =
    summary.membersAffected === 0 &&
    summary.postsChanged === 0 &&
    summary.postsReturnedToDraft === 0;
  return (
    <div className="card switch-summary" data-testid="switch-summary">
      <h3>{t('preview.summary')}</h3>
      {nothing ? (
        <p>{t('preview.noChange')}</p>
      ) : (
        <ul>
          <li>{t('preview.members', { count: summary.membersAffected })}</li>
          <li>
            {t('preview.rights', {
              gained: summary.rightsGained,
              lost: summary.rightsLost,
              changed: summary.rightsChanged,
            })}
          </li>
          <li>
            {summary.postsInReview === 0
              ? t('posts.none')
              : t('preview.posts', {
                  changed: summary.postsChanged,
                  inReview: summary.postsInReview,
                  toDraft: summary.postsReturnedToDraft,
                })}
          </li>
        </ul>
      )}
    </div>
  );
}
