import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineSet } from '../../../contracts/guidelines.ts';
import {
  GUIDELINE_KINDS,
  type GuidelineKind,
  type GuidelineRule,
} from '../../../core/guidelines/rules.ts';
import { deleteGuidelines, getOwnGuidelines, putGuidelines } from '../../api/guidelines.ts';
import { decide } from '../../api/organization.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { Loading } from '../../ui/loading.tsx';
import { refusalLines } from './refusal.ts';
import { blankDraft, draftOf, ruleOf, type RuleDraft } from './rule-drafts.ts';
import { RuleEditor } from './rule-editor.tsx';

interface Props {
  unitId: string;
  unitName: string;
  nameOfUnit: (id: string) => string | undefined;
  describe: (rule: GuidelineRule) => string;
}

/** The unit's own rules: a form where the member may manage them, a list where not. */
export function OwnRules(props: Props) {
  const { t } = useTranslation('guidelines');
  const { unitId } = props;
  const own = useQuery({
    queryKey: queryKeys.ownGuidelines(unitId),
    queryFn: () => getOwnGuidelines(unitId),
  });
  const may = useQuery({
    queryKey: queryKeys.decide('manage_guidelines', unitId),
    queryFn: () => decide({ action: 'manage_guidelines', unitId }),
  });
  const [notice, setNotice] = useState<string | null>(null);
  const failure = own.error ?? may.error;
  return (
    <section className="card" aria-labelledby="own-rules">
      <h2 id="own-rules">{t('own.heading', { unit: props.unitName })}</h2>
      <p role="status" className={notice ? 'alert alert-success' : 'visually-hidden'}>
        {notice}
      </p>
      {failure ? (
        <ErrorAlert
          error={failure}
          onRetry={() => {
            void own.refetch();
            void may.refetch();
          }}
        />
      ) : !own.data || !may.data ? (
        <Loading />
      ) : may.data.allowed ? (
        <OwnRulesForm
          // A fresh form for each saved state of the set.
          key={own.data.updatedAt ?? 'none'}
          set={own.data}
          {...props}
          onNotice={setNotice}
        />
      ) : (
        <>
          {own.data.rules.length === 0 ? (
            <p>{t('own.none')}</p>
          ) : (
            <ul className="rule-list">
              {own.data.rules.map((rule, i) => (
                <li key={i}>
                  {props.describe(rule)} <SeverityBadge rule={rule} />
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{t('own.readOnly')}</p>
          {may.data.reasons.length > 0 && (
            <ul className="muted">
              {may.data.reasons.map((r) => (
                <li key={r.code}>{r.message}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

export function SeverityBadge({ rule }: { rule: GuidelineRule }) {
  const { t } = useTranslation('guidelines');
  return (
    <span className={`badge badge-severity-${rule.severity}`}>
      {t(`severity.${rule.severity}`)}
    </span>
  );
}

function OwnRulesForm({
  set,
  unitId,
  unitName,
  nameOfUnit,
  describe,
  onNotice,
}: Props & { set: GuidelineSet; onNotice: (text: string | null) => void }) {
  const { t } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(set.name ?? unitName);
  const [drafts, setDrafts] = useState<RuleDraft[]>(() => set.rules.map(draftOf));
  const [kind, setKind] = useState<GuidelineKind>('banned_term');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['guidelines'] });

  const save = useMutation({
    mutationFn: () => putGuidelines(unitId, { name, rules: drafts.map(ruleOf) }),
    onMutate: () => onNotice(null),
    onSuccess: async () => {
      onNotice(t('own.saved', { unit: unitName }));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteGuidelines(unitId),
    onMutate: () => onNotice(null),
    onSuccess: async () => {
      setConfirmDelete(false);
      onNotice(t('own.deleted', { unit: unitName }));
      await refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const refused = refusalLines(save.error, t, {
    kindOf: (i) => drafts[i]?.kind,
    unitName: nameOfUnit,
    ruleWords: describe,
  });
  const fieldLabel = (path: string) => {
    if (path === 'body.name') return t('own.setName');
    const m = /^body\.rules\.(\d+)(?:\.(\w+))?/.exec(path);
    const draft = m ? drafts[Number(m[1])] : undefined;
    if (!m || !draft) return undefined;
    const rule = t('own.ruleHeading', { n: Number(m[1]) + 1, kind: t(`kinds.${draft.kind}`) });
    const field = m[2] as keyof typeof FIELD_KEYS | undefined;
    return field && field in FIELD_KEYS ? `${rule}, ${t(`fields.${FIELD_KEYS[field]}`)}` : rule;
  };

  return (
    <form className="own-rules-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="guideline-set-name">{t('own.setName')}</label>
        <input
          id="guideline-set-name"
          value={name}
          maxLength={200}
          aria-describedby="guideline-set-name-hint"
          onChange={(e) => setName(e.target.value)}
        />
        <p id="guideline-set-name-hint" className="muted small">
          {t('own.setNameHint')}
        </p>
      </div>
      {drafts.length === 0 && <p>{t('own.none')}</p>}
      {drafts.map((d, i) => (
        <RuleEditor
          key={d.key}
          draft={d}
          index={i}
          onChange={(next) => setDrafts((all) => all.map((x) => (x.key === d.key ? next : x)))}
          onRemove={() => setDrafts((all) => all.filter((x) => x.key !== d.key))}
        />
      ))}
      <div className="add-rule">
        <div className="field">
          <label htmlFor="guideline-add-kind">{t('own.addKind')}</label>
          <select
            id="guideline-add-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as GuidelineKind)}
          >
            {GUIDELINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          onClick={() => setDrafts((all) => [...all, blankDraft(kind)])}
        >
          {t('own.add')}
        </button>
      </div>
      {refused ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('own.refused', { unit: unitName })}</p>
          <ul>
            {refused.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        save.error && (
          <ErrorAlert error={save.error} options={{ fieldLabel, unitName: nameOfUnit }} />
        )
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('own.saving') : t('own.save')}
        </button>
        {set.updatedAt !== null && !confirmDelete && (
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirmDelete(true)}
          >
            {t('own.deleteSet')}
          </button>
        )}
      </div>
      {confirmDelete && (
        <div className="confirm" role="group" aria-label={t('own.deleteSet')}>
          <p>{t('own.confirmDelete', { unit: unitName })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('own.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {tc('actions.cancel')}
            </button>
          </div>
        </div>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
    </form>
  );
}

/** A rule field in an API path (`body.rules.2.max`) → its label key. */
const FIELD_KEYS = {
  term: 'term',
  reason: 'reason',
  text: 'text',
  network: 'network',
  max: 'max',
  domains: 'domains',
  days: 'days',
  start: 'start',
  end: 'end',
  codes: 'codes',
} as const;
