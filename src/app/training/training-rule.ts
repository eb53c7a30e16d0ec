import { REQUIRED_TRAINING_TOPICS, type TrainingTopic } from '../../contracts/training.ts';

/** The required topics without any record among `records`. */
export function missingTopics(records: readonly { topic: string }[]): TrainingTopic[] {
  return REQUIRED_TRAINING_TOPICS.filter((t) => !records.some((r) => r.topic === t));
}

/**
 * When records make a member trained: once there is a record of each required topic, the latest
 * completion among those records (the day the pair was complete). Null while a topic is missing.
 * Records of `other` topics never count.
 */
export function trainedAtFromRecords(
  records: readonly { topic: string; completedAt: Date }[],
): Date | null {
  if (missingTopics(records).length > 0) return null;
  let latest: Date | null = null;
  for (const r of records) {
    if (!(REQUIRED_TRAINING_TOPICS as readonly string[]).includes(r.topic)) continue;
    if (latest === null || r.completedAt > latest) latest = r.completedAt;
  }
  return latest;
}
