import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KPIS, type StrategyVersion } from '../../../contracts/strategy.ts';
import type { Unit } from '../../../contracts/units.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { publishStrategy } from '../../api/strategy.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { inputToTarget, isPercentKpi, targetToInput, type Kpi } from './goal-format.ts';

interface GoalDraft {
  key: number;
  kpi: Kpi;
  target: string;
  unitId: string;
  description: string;
}

let nextKey = 0;

function draftsOf(current: StrategyVersion | null): GoalDraft[] {
  return (current?.goals ?? []).map((g) => ({
    key: nextKey++,
    kpi: g.kpi,
    target: targetToInput(g.kpi, g.target),
    unitId: g.unitId ?? '',
    description: g.description,
  }));
}

/**
 * Admins publish the next version, starting from the current one's text and goals. Targets are
 * checked here so a typo is named at its field; everything else the server checks.
 */
export function PublishForm({
  current,
  units,
}: {
  current: StrategyVersion | null;
  units: Unit[];
}) {
  const { t } = useTranslation('strategy');
  const id = useId();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(current?.title ?? '');
  const [body, setBody] = useState(current?.body ?? '');
  const [goals, setGoals] = useState<GoalDraft[]>(() => draftsOf(current));
  const [showErrors, setShowErrors] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const nextVersion = (current?.version ?? 0) + 1;

  const publish = useMutation({
    mutationFn: publishStrategy,
    onSuccess: async (version) => {
      setPublished(version.version);
      await queryClient.invalidateQueries({ queryKey: queryKeys.strategy });
      await queryClient.invalidateQueries({ queryKey: queryKeys.duties });
      // The admin is uninformed too until they acknowledge: what they may do changed.
      await queryClient.invalidateQueries({ queryKey: ['decide'] });
    },
  });

  const titleMissing = title.trim() === '';
  const targets = goals.map((g) => inputToTarget(g.kpi, g.target));
  const invalid = titleMissing || targets.some((x) => x === null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPublished(null);
    if (invalid) {
      setShowErrors(true);
      if (titleMissing) titleRef.current?.focus();
      else document.getElementById(`${id}-goal-${targets.indexOf(null)}-target`)?.focus();
      return;
    }
    setShowErrors(false);
    publish.mutate({
      title: title.trim(),
      body,
      goals: goals.map((g, i) => ({
        kpi: g.kpi,
        target: targets[i]!,
        unitId: g.unitId === '' ? null : g.unitId,
        ...(g.description.trim() ? { description: g.description.trim() } : {}),
      })),
    });
  };

  const update = (key: number, patch: Partial<GoalDraft>) =>
    setGoals((gs) => gs.map((g) => (g.key === key ? { ...g, ...patch } : g)));

  const fieldLabel = (path: string) => {
    const m = /^body\.goals\.(\d+)\.(\w+)/.exec(path);
    if (m) {
      const field = m[2] as 'kpi' | 'target' | 'unitId' | 'description';
      const name = field === 'unitId' ? t('publish.unit') : t(`publish.${field}`);
      return t('publish.fieldGoal', { n: Number(m[1]) + 1, field: name });
    }
    if (path === 'body.title') return t('publish.title');
    if (path === 'body.body') return t('publish.body');
    return undefined;
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('publish.heading')}</h2>
      <p className="muted">{t('publish.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('publish.title')}</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={showErrors && titleMissing}
            aria-describedby={showErrors && titleMissing ? `${id}-title-error` : undefined}
          />
          {showErrors && titleMissing && (
            <p id={`${id}-title-error`} className="field-error">
              {t('publish.titleRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('publish.body')}</label>
          <textarea
            id={`${id}-body`}
            rows={5}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <fieldset>
          <legend>{t('publish.goals')}</legend>
          {goals.map((g, i) => {
            const base = `${id}-goal-${i}`;
            const bad = showErrors && targets[i] === null;
            return (
              <fieldset key={g.key} className="goal-draft" data-goal={i}>
                <legend>{t('publish.goal', { n: i + 1 })}</legend>
                <div className="goal-draft-fields">
                  <div className="field">
                    <label htmlFor={`${base}-kpi`}>{t('publish.kpi')}</label>
                    <select
                      id={`${base}-kpi`}
                      value={g.kpi}
                      onChange={(e) => {
                        const kpi = e.target.value as Kpi;
                        // Keep the meaning when the unit changes between percent and a count.
                        const value = inputToTarget(g.kpi, g.target);
                        update(g.key, {
                          kpi,
                          target: value === null ? g.target : targetToInput(kpi, value),
                        });
                      }}
                    >
                      {KPIS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kpis.${k}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-target`}>
                      {isPercentKpi(g.kpi) ? t('publish.targetPercent') : t('publish.target')}
                    </label>
                    <input
                      id={`${base}-target`}
                      inputMode="decimal"
                      value={g.target}
                      onChange={(e) => update(g.key, { target: e.target.value })}
                      aria-invalid={bad}
                      aria-describedby={bad ? `${base}-target-error` : undefined}
                    />
                    {bad && (
                      <p id={`${base}-target-error`} className="field-error">
                        {t('publish.targetInvalid')}
                      </p>
                    )}
                  </div>
                  <div className="field">
                    <label htmlFor={`${base}-unit`}>{t('publish.unit')}</label>
                    <select
                      id={`${base}-unit`}
                      value={g.unitId}
                      onChange={(e) => update(g.key, { unitId: e.target.value })}
                    >
                      <option value="">{t('goals.wholeOrganization')}</option>
                      {units.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field goal-draft-description">
                    <label htmlFor={`${base}-description`}>{t('publish.description')}</label>
                    <input
                      id={`${base}-description`}
                      value={g.description}
                      maxLength={2000}
                      onChange={(e) => update(g.key, { description: e.target.value })}
                    />
                  </div>
                </div>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => setGoals((gs) => gs.filter((x) => x.key !== g.key))}
                >
                  {t('publish.removeGoal', { n: i + 1 })}
                </button>
              </fieldset>
            );
          })}
          <button
            type="button"
            className="button"
            onClick={() =>
              setGoals((gs) => [
                ...gs,
                { key: nextKey++, kpi: 'posts_per_week', target: '', unitId: '', description: '' },
              ])
            }
          >
            {t('publish.addGoal')}
          </button>
        </fieldset>
        {publish.error && <ErrorAlert error={publish.error} options={{ fieldLabel }} />}
        {published !== null && (
          <p className="alert alert-success" role="status">
            {t('publish.published', { version: published })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={publish.isPending}>
            {publish.isPending
              ? t('publish.submitting')
              : t('publish.submit', { version: nextVersion })}
          </button>
        </div>
      </form>
    </section>
  );
}
