import type { Actor, Deps } from '../deps.ts';
import { API_TOKEN_PREFIX, SESSION_DAYS, hashSecret, newSecret } from './tokens.ts';

export interface NewSession {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  deps: Deps,
  organizationId: string,
  memberId: string,
): Promise<NewSession> {
  const sessionToken = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(deps.now().getTime() + SESSION_DAYS * 86_400_000);
  await deps.db
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      organization_id: organizationId,
      member_id: memberId,
      csrf_token: csrfToken,
      expires_at: expiresAt,
    })
    .execute();
  return { sessionToken, csrfToken, expiresAt };
}

export async function endSession(deps: Deps, sessionToken: string): Promise<void> {
  await deps.db.deleteFrom('sessions').where('token_hash', '=', hashSecret(sessionToken)).execute();
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** The member behind a session cookie, or null when it is unknown or expired. */
export async function resolveSession(
  deps: Deps,
  sessionToken: string,
): Promise<ResolvedSession | null> {
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('members', 'members.id', 'sessions.member_id')
    .innerJoin('organizations', 'organizations.id', 'members.organization_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'members.id',
      'members.organization_id',
      'members.locale',
      'organizations.revision',
    ])
    .where('sessions.token_hash', '=', hashSecret(sessionToken))
    .executeTakeFirst();
  if (!row || row.expires_at <= deps.now()) return null;
  return {
    csrfToken: row.csrf_token,
    actor: {
      memberId: row.id,
      organizationId: row.organization_id,
      locale: row.locale === 'de' ? 'de' : 'en',
      via: 'session',
      revision: row.revision,
    },
  };
}

/** `last_used_at` is refreshed at most this often: a write on every request would cost more than the request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The member behind a personal API token (`Authorization: Bearer mrg_…`), or null. */
export async function resolveApiToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const now = deps.now();
  const hash = hashSecret(token);
  const cache = deps.credentials;
  let entry = cache?.get(hash);
  if (entry?.expiresAt && entry.expiresAt <= now) entry = undefined;
  if (!entry) {
    const began = cache?.begin() ?? -1;
    const row = await deps.db
      .selectFrom('api_tokens')
      .innerJoin('members', 'members.id', 'api_tokens.member_id')
      .innerJoin('organizations', 'organizations.id', 'members.organization_id')
      .select([
        'api_tokens.id as tokenId',
        'api_tokens.last_used_at',
        'api_tokens.expires_at',
        'members.id',
        'members.organization_id',
        'members.locale',
        'organizations.revision',
      ])
      .where('api_tokens.token_hash', '=', hash)
      .where('api_tokens.revoked_at', 'is', null)
      .where((eb) =>
        eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]),
      )
      .executeTakeFirst();
    if (!row) return null;
    entry = {
      tokenId: row.tokenId,
      memberId: row.id,
      organizationId: row.organization_id,
      locale: row.locale === 'de' ? 'de' : 'en',
      revision: row.revision,
      expiresAt: row.expires_at,
      lastUsedAt: row.last_used_at,
    };
    cache?.fill(hash, entry, began);
  }
  if (!entry.lastUsedAt || now.getTime() - entry.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    entry.lastUsedAt = now;
    await deps.db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', entry.tokenId)
      .execute();
  }
  return {
    memberId: entry.memberId,
    organizationId: entry.organizationId,
    locale: entry.locale,
    via: 'token',
    revision: entry.revision,
  };
}
