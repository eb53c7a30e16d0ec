import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelApplyResult, ModelPreview } from '../../../contracts/model-switch.ts';
import { ApiError } from '../../api/client.ts';
import { applyModelSwitch } from '../../api/model-switch.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';

/** The organization changed between preview and apply (`409 organization.changed`). */
function isStale(err: unknown): boolean {
  return err instanceof ApiError && err.details.some((d) => d.code === 'organization.changed');
}

/**
 * Applying asks once more, in words that name both models and how many people it touches; a
 * required structure gap needs an explicit tick. The preview's revision goes along, so a change
 * made meanwhile is refused instead of applied blind.
 */
export function ApplyPanel({
  preview,
  onApplied,
  onStale,
}: {
  preview: ModelPreview;
  onApplied: (result: ModelApplyResult) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [acceptMissing, setAcceptMissing] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const required = preview.summary.structureRequired > 0;
  const from = tc(`models.${preview.from.model}`);
  const to = tc(`models.${preview.to.model}`);

  const apply = useMutation({
    mutationFn: applyModelSwitch,
    onSuccess: (result) => {
      setConfirming(false);
      onApplied(result);
    },
    onError: (err) => {
      if (isStale(err)) {
        setConfirming(false);
        onStale();
      }
    },
  });

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby={`${id}-heading`} className="card apply-panel">
      <h3 id={`${id}-heading`}>{t('apply.heading')}</h3>
      <p>{t('apply.explain')}</p>
      {!confirming ? (
        <button
          ref={openRef}
          type="button"
          className="button button-primary"
          onClick={() => {
            apply.reset();
            setConfirming(true);
          }}
        >
          {t('apply.button', { model: to })}
        </button>
      ) : (
        <div role="group" aria-labelledby={`${id}-question`} className="confirm-box">
          <p id={`${id}-question`} className="alert-title">
            {t('apply.confirmQuestion', { from, to, count: preview.summary.membersAffected })}
          </p>
          {required && (
            <div className="field field-inline">
              <input
                id={`${id}-accept`}
                type="checkbox"
                checked={acceptMissing}
                onChange={(e) => setAcceptMissing(e.target.checked)}
              />
              <label htmlFor={`${id}-accept`}>{t('apply.acceptMissing')}</label>
            </div>
          )}
          <div className="actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-primary"
              disabled={apply.isPending || (required && !acceptMissing)}
              onClick={() =>
                apply.mutate({
                  model: preview.to.model,
                  expectedRevision: preview.revision,
                  acceptMissingStructure: acceptMissing,
                })
              }
            >
              {apply.isPending ? t('apply.working') : t('apply.confirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => openRef.current?.focus());
              }}
            >
              {t('apply.cancel')}
            </button>
          </div>
        </div>
      )}
      {apply.error &&
        (isStale(apply.error) ? (
          <p className="alert" role="alert">
            {t('apply.stale')}
          </p>
        ) : (
          <ErrorAlert error={apply.error} />
        ))}
    </section>
  );
}
