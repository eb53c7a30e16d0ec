import type { ApiToken } from '../../contracts/tokens.ts';
import type { Actor, Deps } from '../deps.ts';
import { TOKEN_COLUMNS, toApiToken } from './token-view.ts';

/** The actor's own API tokens, newest first, revoked ones included. Never the secrets. */
export async function listTokens(deps: Deps, actor: Actor): Promise<ApiToken[]> {
  const rows = await deps.db
    .selectFrom('api_tokens')
    .select(TOKEN_COLUMNS)
    .where('organization_id', '=', actor.organizationId)
    .where('member_id', '=', actor.memberId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toApiToken);
}
