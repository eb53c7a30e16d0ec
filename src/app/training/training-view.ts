import type { TrainingOverview, TrainingTopic } from '../../contracts/training.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../errors.ts';
import { missingTopics } from './training-rule.ts';

/** The member's training gate and every record, oldest completion first; 404 for strangers. */
export async function readTraining(
  db: Db,
  organizationId: string,
  memberId: string,
): Promise<TrainingOverview> {
  const member = await db
    .selectFrom('members')
    .select(['id', 'trained_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!member) throw notFound('member');
  const records = await db
    .selectFrom('training_records')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('member_id', '=', memberId)
    .orderBy('completed_at')
    .orderBy('id')
    .execute();
  return {
    memberId,
    trainedAt: member.trained_at?.toISOString() ?? null,
    missingTopics: missingTopics(records),
    records: records.map((r) => ({
      id: r.id,
      memberId: r.member_id,
      topic: r.topic as TrainingTopic,
      title: r.title,
      completedAt: r.completed_at.toISOString(),
      confirmedBy: r.confirmed_by,
      createdAt: r.created_at.toISOString(),
    })),
  };
}
