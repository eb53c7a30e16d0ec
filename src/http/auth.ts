import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession } from '../app/auth/session.ts';
import { sameSecret } from '../app/auth/tokens.ts';
import type { Actor, Deps } from '../app/deps.ts';
import { AppError } from '../app/errors.ts';

export const SESSION_COOKIE = 'mooring_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** No authentication needed (login, sign-up, docs, health). */
    public?: boolean;
  }
}

/**
 * Resolves the actor from `Authorization: Bearer mrg_…` or the session cookie. Cookie-borne
 * writes must echo the session's CSRF token in `x-csrf-token` (the cookie is also SameSite=Lax);
 * bearer tokens are not sent by browsers on their own, so they need none.
 */
export function registerAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  const cache = deps.credentials;
  if (cache) {
    // A write answers only once its change has reached this process's credential cache, so the
    // writer's next request cannot see the old token, member or revision.
    app.addHook('onSend', async (request: FastifyRequest) => {
      if (!SAFE_METHODS.has(request.method)) await cache.fence();
    });
  }
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      request.actor = await resolveApiToken(deps, header.slice(7).trim());
      if (!request.actor) throw unauthenticated('auth.invalid_token');
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie) {
      const session = await resolveSession(deps, cookie);
      if (session) {
        if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config.public) {
          const sent = request.headers[CSRF_HEADER];
          if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
            throw new AppError('csrf_failed', 'The CSRF token is missing or wrong.', {
              details: [{ code: 'auth.csrf_failed', path: `headers.${CSRF_HEADER}` }],
            });
          }
        }
        request.actor = session.actor;
      }
    }
    if (!request.actor && !request.routeOptions.config.public) {
      throw unauthenticated('auth.required');
    }
  });
}

function unauthenticated(code: string): AppError {
  return new AppError('unauthenticated', 'Sign in first.', { details: [{ code }] });
}

/** The actor of a route that is not public (the hook guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated('auth.required');
  return request.actor;
}
