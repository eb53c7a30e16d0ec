import type { GuidelineSet, PutGuidelinesInput } from '../../contracts/guidelines.ts';
import { unitChain } from '../../core/governance/snapshot-queries.ts';
import {
  checkStricter,
  effectiveRules,
  type EffectiveRule,
  type LooseningCode,
} from '../../core/guidelines/inherit.ts';
import type { GuidelineRule } from '../../core/guidelines/rules.ts';
import { recordActivity } from '../activity.ts';
import { authorize } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError, type ErrorDetail } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { loadLayers } from './guideline-layers.ts';

/**
 * Replaces the unit's own guideline set in one transaction. A unit may add stricter rules to what
 * it inherits, never loosen an inherited one: such a set is refused as a whole (422), naming each
 * offending rule and the inherited rule it would loosen. The organization lock keeps an ancestor's
 * set from changing between the check and the write.
 */
export async function replaceGuidelines(
  deps: Deps,
  actor: Actor,
  unitId: string,
  input: PutGuidelinesInput,
): Promise<GuidelineSet> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorize(snapshot, actor, 'manage_guidelines', { unitId });
    const org = actor.organizationId;
    const ancestors = unitChain(snapshot, unitId).slice(0, -1);
    const inherited = effectiveRules(await loadLayers(tx, org, ancestors)).rules;
    const details = loosenings(inherited, input.rules);
    if (details.length > 0) {
      throw new AppError('unprocessable', 'A rule would loosen an inherited guideline.', {
        details,
      });
    }
    const now = deps.now();
    const set = await tx
      .insertInto('guideline_sets')
      .values({ organization_id: org, unit_id: unitId, name: input.name, updated_at: now })
      .onConflict((oc) =>
        oc
          .columns(['organization_id', 'unit_id'])
          .doUpdateSet({ name: input.name, updated_at: now }),
      )
      .returning(['id', 'name', 'updated_at'])
      .executeTakeFirstOrThrow();
    await tx
      .deleteFrom('guideline_rules')
      .where('organization_id', '=', org)
      .where('set_id', '=', set.id)
      .execute();
    if (input.rules.length > 0) {
      await tx
        .insertInto('guideline_rules')
        .values(
          input.rules.map((rule, position) => ({
            organization_id: org,
            set_id: set.id,
            position,
            rule: JSON.stringify(rule),
          })),
        )
        .execute();
    }
    await recordActivity(tx, {
      organizationId: org,
      actorId: actor.memberId,
      kind: 'guidelines.replaced',
      subjectType: 'unit',
      subjectId: unitId,
      data: { name: input.name, rules: input.rules.length },
    });
    return {
      unitId,
      name: set.name,
      rules: input.rules,
      updatedAt: set.updated_at.toISOString(),
    };
  });
}

/**
 * Each proposed rule checked on its own against the inherited effective rules, so that every
 * finding names the rule by its position and the inherited rule (with its unit) it would loosen.
 */
function loosenings(inherited: EffectiveRule[], proposed: GuidelineRule[]): ErrorDetail[] {
  return proposed.flatMap((rule, i) =>
    checkStricter(inherited, [rule]).map((issue) => {
      const source = inherited.find((e) => e.rule === issue.inherited);
      return {
        path: `body.rules.${i}`,
        code: 'guideline.loosens_inherited',
        message: LOOSENING_MESSAGES[issue.code],
        params: {
          loosening: issue.code,
          inherited: issue.inherited,
          inheritedUnitId: source?.unitId ?? null,
        },
      };
    }),
  );
}

const LOOSENING_MESSAGES: Record<LooseningCode, string> = {
  severity_lowered: 'An inherited rule blocks; a unit below may not turn it into a warning.',
  limit_raised: 'The limit is higher than the inherited one.',
  domains_added: 'The list allows link domains that the inherited rule does not.',
  languages_added: 'The list allows languages that the inherited rule does not.',
  window_widened: 'The posting window is wider than the inherited one.',
};
