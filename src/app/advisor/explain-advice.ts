import type { AdviceView } from '../../contracts/advisor.ts';
import type { ReasonLocale } from '../../contracts/i18n/reasons.ts';
import { translateAdviceReason, translateUncertainty } from '../../contracts/i18n/advisor.ts';
import type { AdvisorProfile } from '../../core/advisor/profile.ts';
import { rankModels } from '../../core/advisor/rank.ts';
import type { OrganizationSummary, StaffingRates } from '../../core/advisor/staffing.ts';
import { planStaffing } from '../../core/advisor/staffing.ts';

export interface ExplainAdviceOptions {
  profile: AdvisorProfile;
  locale: ReasonLocale;
  rates?: StaffingRates;
  organization?: OrganizationSummary;
}

/**
 * Ranks the models for a profile, words the reasons and uncertainties in `locale`, and plans the
 * staffing of the first model. No I/O: the CLI calls it directly, the API after loading the
 * organization's units.
 */
export function explainAdvice(options: ExplainAdviceOptions): AdviceView {
  const { profile, locale } = options;
  const advice = rankModels(profile);
  const top = advice.ranking[0]!;
  return {
    locale,
    ranking: advice.ranking.map((ranked) => ({
      model: ranked.model,
      score: ranked.score,
      reasons: ranked.reasons.map((r) => ({
        ...r,
        params: { ...r.params },
        message: translateAdviceReason(r, locale),
      })),
    })),
    uncertain: advice.uncertain.map((u) => ({
      ...u,
      message: translateUncertainty(u, locale),
    })),
    staffing: planStaffing({
      model: top.model,
      profile,
      ...(options.rates ? { rates: options.rates } : {}),
      ...(options.organization ? { organization: options.organization } : {}),
    }),
  };
}
