import crypto from 'node:crypto';
import { Agent, CredentialSession } from '@atproto/api';
import { NetworkError, type AdapterContext } from '../contract.ts';
import { isAuthFailure, toNetworkError } from './errors.ts';

/**
 * Logged-in sessions, kept in memory so that a publish does not log in again: one per `fetch`
 * function and (service, identifier, app password). Keying on the password too means that a
 * channel whose password changed never borrows the old session, and keying on `fetch` means a
 * test that hands in its own `fetch` gets a session that really uses it. `CredentialSession`
 * refreshes an expired access token by itself; when that fails too, `withSession` logs in once
 * more before calling the failure `auth_expired`.
 */
export interface BlueskySession {
  agent: Agent;
  did: string;
  handle: string;
}

export const DEFAULT_SERVICE = 'https://bsky.social';

const sessions = new WeakMap<typeof fetch, Map<string, Promise<BlueskySession>>>();

interface Credentials {
  service: string;
  identifier: string;
  appPassword: string;
}

function credentialsOf(ctx: AdapterContext): Credentials {
  const { service = DEFAULT_SERVICE, identifier, appPassword } = ctx.credentials;
  if (!identifier || !appPassword || !/^https?:\/\/[^/]/.test(service)) {
    throw new NetworkError({
      kind: 'auth_expired',
      message: 'Bluesky credentials need identifier, appPassword and an http(s) service URL',
    });
  }
  return { service, identifier, appPassword };
}

async function login(fetch: typeof globalThis.fetch, creds: Credentials): Promise<BlueskySession> {
  const session = new CredentialSession(new URL(creds.service), fetch);
  await session.login({ identifier: creds.identifier, password: creds.appPassword });
  const data = session.session!;
  return { agent: new Agent(session), did: data.did, handle: data.handle };
}

function cacheOf(fetch: typeof globalThis.fetch): Map<string, Promise<BlueskySession>> {
  let cache = sessions.get(fetch);
  if (!cache) sessions.set(fetch, (cache = new Map<string, Promise<BlueskySession>>()));
  return cache;
}

function sessionFor(
  ctx: AdapterContext,
  creds: Credentials,
  fresh: boolean,
): { session: Promise<BlueskySession>; loggedIn: boolean } {
  const cache = cacheOf(ctx.fetch);
  const key = [
    creds.service,
    creds.identifier,
    crypto.createHash('sha256').update(creds.appPassword).digest('hex'),
  ].join('\n');
  const cached = cache.get(key);
  if (cached && !fresh) return { session: cached, loggedIn: false };
  const session = login(ctx.fetch, creds);
  cache.set(key, session);
  // A failed login is not cached: the next call tries again.
  session.catch(() => {
    if (cache.get(key) === session) cache.delete(key);
  });
  return { session, loggedIn: true };
}

/**
 * Runs `work` as the channel's account. Every error leaves as a `NetworkError`. `fresh` logs in
 * even when a session is cached (for `connect`, which must check the credentials themselves).
 */
export async function withSession<T>(
  ctx: AdapterContext,
  work: (session: BlueskySession) => Promise<T>,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<T> {
  const creds = credentialsOf(ctx);
  const first = sessionFor(ctx, creds, fresh);
  try {
    return await work(await first.session);
  } catch (err) {
    if (first.loggedIn || !isAuthFailure(err)) throw toNetworkError(err);
  }
  // The cached session was refused (revoked, or its refresh token expired): log in once more.
  // Repeating `work` is safe: every write in it is idempotent by record key.
  try {
    return await work(await sessionFor(ctx, creds, true).session);
  } catch (err) {
    throw toNetworkError(err);
  }
}
