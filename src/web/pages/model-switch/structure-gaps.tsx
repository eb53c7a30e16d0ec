import { useTranslation } from 'react-i18next';
import type { ModelPreview } from '../../../contracts/model-switch.ts';
import { translateStructureGap } from '../../../contracts/i18n/model-switch.ts';
import type { Directory } from '../../posts/use-directory.ts';

type Gap = ModelPreview['structure'][number];

/** What the target model lacks, required gaps first, each with what to create. */
export function StructureGaps({ gaps, directory }: { gaps: Gap[]; directory: Directory }) {
  const { t, i18n } = useTranslation('modelSwitch');
  const { t: tc } = useTranslation();
  const locale = i18n.language === 'de' ? 'de' : 'en';
  const unit = (id: string) => directory.unitName(id) ?? '—';
  const fixText = (fix: Gap['fixes'][number]) => {
    switch (fix.kind) {
      case 'create_hub':
        return t('structure.create_hub', { parent: unit(fix.parentId), covers: unit(fix.covers) });
      case 'assign_role':
        return t('structure.assign_role', {
          unit: unit(fix.unitId),
          role: tc(`roles.${fix.role}`),
        });
      case 'record_training':
        return t('structure.record_training');
    }
  };
  const sorted = [...gaps].sort((a, b) => Number(b.required) - Number(a.required));
  return (
    <section aria-labelledby="switch-structure">
      <h3 id="switch-structure">{t('structure.heading')}</h3>
      {sorted.length === 0 ? (
        <p>{t('structure.none')}</p>
      ) : (
        <ul className="structure-gaps">
          {sorted.map((g, i) => (
            <li
              key={`${g.code}:${g.params.unitId ?? i}`}
              className={`alert ${g.required ? 'alert-error' : ''}`}
              data-code={g.code}
              data-required={g.required}
            >
              <span className={`badge ${g.required ? 'badge-rejected' : 'badge-in_review'}`}>
                {g.required ? t('structure.required') : t('structure.recommended')}
              </span>{' '}
              {translateStructureGap(g, locale, directory.unitName)}
              {g.fixes.length > 0 && (
                <>
                  <p className="structure-fixes-title">{t('structure.fixes')}</p>
                  <ul>
                    {g.fixes.map((f, j) => (
                      <li key={j}>{fixText(f)}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
