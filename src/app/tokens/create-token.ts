import type { CreateApiTokenInput, CreatedApiToken } from '../../contracts/tokens.ts';
import { recordActivity } from '../activity.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/tokens.ts';
import type { Actor, Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { TOKEN_COLUMNS, toApiToken } from './token-view.ts';

/** How much of a token is kept in clear, to recognize it in a list: `mrg_` and 8 characters. */
const SHOWN_PREFIX = API_TOKEN_PREFIX.length + 8;

/**
 * Issues a personal API token for the actor. The token is returned once; only its SHA-256 is
 * stored. Only a signed-in person may issue one: a leaked token must not be able to mint others
 * that outlive its revocation.
 */
export async function createToken(
  deps: Deps,
  actor: Actor,
  input: CreateApiTokenInput,
): Promise<CreatedApiToken> {
  if (actor.via !== 'session') {
    throw new AppError('forbidden', 'API tokens can only be created when signed in.', {
      details: [{ code: 'token.session_required' }],
    });
  }
  const token = newSecret(API_TOKEN_PREFIX);
  const expiresAt =
    input.expiresInDays === undefined
      ? null
      : new Date(deps.now().getTime() + input.expiresInDays * 86_400_000);
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('api_tokens')
      .values({
        organization_id: actor.organizationId,
        member_id: actor.memberId,
        name: input.name,
        token_hash: hashSecret(token),
        prefix: token.slice(0, SHOWN_PREFIX),
        expires_at: expiresAt,
      })
      .returning(TOKEN_COLUMNS)
      .executeTakeFirstOrThrow();
    await recordActivity(tx, {
      organizationId: actor.organizationId,
      actorId: actor.memberId,
      kind: 'api_token.created',
      subjectType: 'api_token',
      subjectId: row.id,
      data: { name: row.name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { ...toApiToken(row), token };
  });
}
