import { recordActivity } from '../activity.ts';
import type { Actor, Deps } from '../deps.ts';
import { notFound } from '../errors.ts';

/**
 * Revokes one of the actor's own tokens; it stops working at once. Revoking again is a no-op.
 * Another member's token, or another organization's, is a 404.
 */
export async function revokeToken(deps: Deps, actor: Actor, tokenId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('api_tokens')
      .select(['id', 'revoked_at'])
      .where('organization_id', '=', actor.organizationId)
      .where('member_id', '=', actor.memberId)
      .where('id', '=', tokenId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('token');
    if (row.revoked_at) return;
    await tx
      .updateTable('api_tokens')
      .set({ revoked_at: deps.now() })
      .where('organization_id', '=', actor.organizationId)
      .where('id', '=', tokenId)
      .execute();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
  });
}
