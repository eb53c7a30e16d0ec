import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFFING_ROLE_LABELS } from '../../../contracts/i18n/advisor.ts';
import type { Member } from '../../../contracts/members.ts';
import {
  choiceKey,
  type ChoiceProblem,
  type Choices,
  type OpenRole,
} from './staffing-choices-state.ts';
import { usePlannedUnitText } from './staffing-table.tsx';

/** The id of a choice's select, to move the focus to the first one the server refused. */
export function choiceFieldId(base: string, key: string): string {
  return `${base}-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/**
 * Before saving, the admin may name a member for each open role of the plan on an existing unit;
 * an empty choice leaves it to Mooring's suggestions. A refusal of the server shows at its select.
 */
export function StaffingChoices({
  idBase,
  roles,
  members,
  choices,
  problems,
  disabled,
  onChange,
}: {
  idBase: string;
  roles: readonly OpenRole[];
  members: readonly Member[];
  choices: Choices;
  problems: ReadonlyMap<string, ChoiceProblem>;
  disabled: boolean;
  onChange: (key: string, memberId: string) => void;
}) {
  const { t, i18n } = useTranslation('advisor');
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const unitText = usePlannedUnitText();
  const legendId = useId();
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, locale));
  if (roles.length === 0) return null;
  return (
    <fieldset className="staffing-choices" aria-describedby={`${legendId}-hint`}>
      <legend>{t('choose.legend')}</legend>
      <p id={`${legendId}-hint`} className="muted small">
        {t('choose.hint')}
      </p>
      {roles.map((r) => {
        const key = choiceKey(r.role, r.unit.id);
        const id = choiceFieldId(idBase, key);
        const problem = problems.get(key);
        const describedBy = [`${id}-places`, problem ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ');
        return (
          <div className="field" key={key} data-role={r.role} data-unit={r.unit.id}>
            <label htmlFor={id}>
              {t('choose.label', {
                role: STAFFING_ROLE_LABELS[locale][r.role],
                unit: unitText(r.unit),
              })}
            </label>
            <select
              id={id}
              value={choices[key] ?? ''}
              disabled={disabled}
              aria-invalid={problem !== undefined}
              aria-describedby={describedBy}
              onChange={(e) => onChange(key, e.target.value)}
            >
              <option value="">{t('choose.suggest')}</option>
              {sorted.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <p id={`${id}-places`} className="muted small">
              {t('choose.places', { count: r.toFill })}
            </p>
            {problem && (
              <p id={`${id}-error`} className="field-error">
                {t(`choose.problems.${problem}`)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
