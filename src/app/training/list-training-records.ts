import type { TrainingOverview } from '../../contracts/training.ts';
import { authorizeOrganization } from '../authorize.ts';
import type { Actor, Deps } from '../deps.ts';
import { loadActorSnapshot } from '../snapshot.ts';
import { readTraining } from './training-view.ts';

/** A member's trainings: their own for every member, anyone's for those who manage members. */
export async function listTrainingRecords(
  deps: Deps,
  actor: Actor,
  memberId: string,
): Promise<TrainingOverview> {
  const { snapshot } = await loadActorSnapshot(deps.db, actor);
  authorizeOrganization(
    snapshot,
    actor,
    memberId === actor.memberId ? 'view_organization' : 'manage_members',
  );
  return readTraining(deps.db, actor.organizationId, memberId);
}
