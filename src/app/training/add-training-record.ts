import type { AddTrainingRecordInput, TrainingOverview } from '../../contracts/training.ts';
import { recordActivity } from '../activity.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { badInput, notFound } from '../errors.ts';
import { changeOrganization } from '../transaction.ts';
import { trainedAtFromRecords } from './training-rule.ts';
import { readTraining } from './training-view.ts';

/** A completion time this far ahead still counts as now (clocks differ). */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Records that a member completed a training, confirmed by the actor (who must manage members).
 * When the member is not trained yet and now has a record of each required topic, `trained_at`
 * becomes the latest completion among them, in the same transaction (the revision moves, so
 * every process sees the new gate at once). A trained member stays trained; records never clear
 * the gate (`POST /members/{id}/training` with `trained: false` does).
 */
export async function addTrainingRecord(
  deps: Deps,
  actor: Actor,
  memberId: string,
  input: AddTrainingRecordInput,
): Promise<TrainingOverview> {
  return changeOrganization(deps, actor, async ({ tx, snapshot }) => {
    authorizeOrganization(snapshot, actor, 'manage_members');
    if (!snapshot.memberIndex.has(memberId)) throw notFound('member');
    const now = deps.now();
    const completedAt = input.completedAt === undefined ? now : new Date(input.completedAt);
    if (completedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw badInput(
        'body.completedAt',
        'training.completed_in_future',
        'A training cannot be completed in the future.',
      );
    }
    const record = await tx
      .insertInto('training_records')
      .values({
        organization_id: actor.organizationId,
        member_id: memberId,
        topic: input.topic,
        title: input.title ?? '',
        completed_at: completedAt,
        confirmed_by: actor.memberId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const records = await tx
      .selectFrom('training_records')
      .select(['topic', 'completed_at'])
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', memberId)
      .execute();
    const trainedAt = trainedAtFromRecords(
      records.map((r) => ({ topic: r.topic, completedAt: r.completed_at })),
    );
    const base = {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      subjectType: 'member',
      subjectId: memberId,
    };
    await recordActivity(tx, {
      ...base,
      kind: 'member.training_recorded',
      data: {
        recordId: record.id,
        topic: input.topic,
        title: input.title ?? '',
        completedAt: completedAt.toISOString(),
      },
    });
    if (trainedAt !== null) {
      const became = await tx
        .updateTable('members')
        .set({ trained_at: trainedAt })
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', memberId)
        .where('trained_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (became) {
        await recordActivity(tx, {
          ...base,
          kind: 'member.trained',
          data: { trained: true, via: 'training_records' },
        });
      }
    }
    return readTraining(tx, actor.organizationId, memberId);
  });
}
