import { useTranslation } from 'react-i18next';
import { NETWORKS } from '../../../contracts/channels.ts';
import { SEVERITIES } from '../../../core/guidelines/rules.ts';
import type { RuleDraft } from './rule-drafts.ts';
import { weekdayNames } from './rule-words.ts';

/** Monday first. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** One own rule in the form: the fields of its kind, its severity, and a way to remove it. */
export function RuleEditor({
  draft,
  index,
  onChange,
  onRemove,
}: {
  draft: RuleDraft;
  index: number;
  onChange: (next: RuleDraft) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('guidelines');
  const { t: tc } = useTranslation();
  const id = (field: string) => `rule-${draft.key}-${field}`;
  const set = <K extends keyof RuleDraft>(field: K, value: RuleDraft[K]) =>
    onChange({ ...draft, [field]: value });
  const text = (field: 'term' | 'reason' | 'text' | 'domains' | 'codes', label: string) => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <input id={id(field)} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
    </div>
  );
  const names = weekdayNames(i18n.language);
  const n = index + 1;

  return (
    <fieldset className="rule-editor" data-rule-index={index} data-kind={draft.kind}>
      <legend>{t('own.ruleHeading', { n, kind: t(`kinds.${draft.kind}`) })}</legend>
      <div className="rule-fields">
        {draft.kind === 'banned_term' && (
          <>
            {text('term', t('fields.term'))}
            {text('reason', t('fields.reason'))}
          </>
        )}
        {draft.kind === 'disclaimer' && (
          <>
            {text('text', t('fields.text'))}
            <div className="field">
              <label htmlFor={id('network')}>{t('fields.network')}</label>
              <select
                id={id('network')}
                value={draft.network}
                onChange={(e) => set('network', e.target.value)}
              >
                <option value="">{t('fields.allNetworks')}</option>
                {NETWORKS.map((network) => (
                  <option key={network} value={network}>
                    {tc(`networks.${network}`)}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        {draft.kind === 'hashtag_max' && (
          <div className="field">
            <label htmlFor={id('max')}>{t('fields.max')}</label>
            <input
              id={id('max')}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={draft.max}
              onChange={(e) => set('max', e.target.value)}
            />
          </div>
        )}
        {draft.kind === 'link_domains' && text('domains', t('fields.domains'))}
        {draft.kind === 'languages' && text('codes', t('fields.codes'))}
        {draft.kind === 'posting_window' && (
          <>
            <fieldset className="rule-days">
              <legend>{t('fields.days')}</legend>
              {WEEK.map((d) => (
                <span key={d} className="rule-day">
                  <input
                    id={id(`day-${d}`)}
                    type="checkbox"
                    checked={draft.days.includes(d)}
                    onChange={(e) =>
                      set(
                        'days',
                        e.target.checked ? [...draft.days, d] : draft.days.filter((x) => x !== d),
                      )
                    }
                  />
                  <label htmlFor={id(`day-${d}`)}>{names[d]}</label>
                </span>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={id('start')}>{t('fields.start')}</label>
              <input
                id={id('start')}
                type="time"
                value={draft.start}
                onChange={(e) => set('start', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={id('end')}>{t('fields.end')}</label>
              <input
                id={id('end')}
                type="time"
                value={draft.end}
                onChange={(e) => set('end', e.target.value)}
              />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={id('severity')}>{t('severity.label')}</label>
          <select
            id={id('severity')}
            value={draft.severity}
            onChange={(e) => set('severity', e.target.value as RuleDraft['severity'])}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {t('own.remove', { n })}
      </button>
    </fieldset>
  );
}
