import { useTranslation } from 'react-i18next';
import type { Directory } from '../../posts/use-directory.ts';

interface Step {
  pool: string;
  unitId: string | null;
  rule: 'any' | 'all';
}

/** An approval chain in one line: "the hub (Social Media Team), then the global hub (…)". */
export function useChainText(directory: Directory): (steps: readonly Step[]) => string {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (steps) =>
    list.format(
      steps.map((s) => {
        const pool = t(`pools.${s.pool as 'hub'}`);
        const unit = s.unitId ? directory.unitName(s.unitId) : undefined;
        return unit ? `${pool} (${unit})` : pool;
      }),
    );
}
