import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { acceptInvite } from '../../app/auth/accept-invite.ts';
import { getMe } from '../../app/auth/get-me.ts';
import { login } from '../../app/auth/login.ts';
import { endSession, resolveSession, type NewSession } from '../../app/auth/session.ts';
import { signUp } from '../../app/auth/sign-up.ts';
import { updateMe } from '../../app/auth/update-me.ts';
import { loadMember } from '../../app/members/member-view.ts';
import {
  acceptInviteBody,
  loginBody,
  meResponse,
  sessionResponse,
  signUpBody,
  signUpResponse,
  updateMeBody,
} from '../../contracts/auth.ts';
import { errorResponse, okResponse } from '../../contracts/common.ts';
import { memberSchema } from '../../contracts/members.ts';
import { SESSION_COOKIE, actorOf } from '../auth.ts';
import type { ServerOptions } from '../server.ts';
import type { RouteContext } from './index.ts';

function setSessionCookie(reply: FastifyReply, opts: ServerOptions, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: opts.cookieSecure,
    expires: session.expiresAt,
  });
}

/** Login attempts are counted per client address and email, so one noisy client cannot lock others out. */
function loginKey(req: FastifyRequest): string {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return `${req.ip}|${typeof email === 'string' ? email.trim().toLowerCase() : ''}`;
}

/**
 * Sign-up of the installation's first organization. Registered twice (`/auth/signup` and
 * `/organizations`) with one use case behind both.
 */
export function registerSignUp(
  { api, deps, opts }: RouteContext,
  path: string,
  tags: string[],
): void {
  api.post(
    path,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Create the organization, its root unit and the first admin (empty installation only)',
        security: [],
        body: signUpBody,
        response: { 201: signUpResponse, 403: errorResponse, 409: errorResponse },
      },
    },
    async (req, reply) => {
      const { session, ...rest } = await signUp(deps, req.body);
      setSessionCookie(reply, opts, session);
      return reply.status(201).send({ ...rest, csrfToken: session.csrfToken });
    },
  );
}

export function authRoutes(ctx: RouteContext): void {
  const { api, deps, opts } = ctx;
  const tags = ['auth'];
  registerSignUp(ctx, '/auth/signup', tags);

  api.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: {
          max: opts.loginRateLimit ?? 10,
          timeWindow: '1 minute',
          // After parsing (the key needs the email), before validation (bad input counts too).
          hook: 'preValidation',
          keyGenerator: loginKey,
        },
      },
      schema: {
        tags,
        summary: 'Sign in; sets the session cookie and returns the CSRF token for writes',
        security: [],
        body: loginBody,
        response: { 200: sessionResponse, 401: errorResponse, 429: errorResponse },
      },
    },
    async (req, reply) => {
      const result = await login(deps, req.body);
      setSessionCookie(reply, opts, result);
      const member = await loadMember(deps.db, result.organizationId, result.memberId);
      return reply.send({ member, csrfToken: result.csrfToken });
    },
  );

  api.post(
    '/auth/accept-invite',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Accept an invitation: set a password and sign in',
        security: [],
        body: acceptInviteBody,
        response: { 200: sessionResponse, 401: errorResponse },
      },
    },
    async (req, reply) => {
      const { member, session } = await acceptInvite(deps, req.body);
      setSessionCookie(reply, opts, session);
      return reply.send({ member, csrfToken: session.csrfToken });
    },
  );

  api.post(
    '/auth/logout',
    { schema: { tags, summary: 'End the current session', response: { 200: okResponse } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const cookie = req.cookies[SESSION_COOKIE];
      if (actor.via === 'session' && cookie) await endSession(deps, cookie);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.send({ ok: true as const });
    },
  );

  api.get(
    '/auth/me',
    {
      schema: {
        tags,
        summary: 'The signed-in member, their organization and units',
        response: { 200: meResponse },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const me = await getMe(deps, actor);
      const cookie = req.cookies[SESSION_COOKIE];
      const session = actor.via === 'session' && cookie ? await resolveSession(deps, cookie) : null;
      return { ...me, csrfToken: session?.csrfToken ?? null };
    },
  );

  api.patch(
    '/auth/me',
    {
      schema: {
        tags,
        summary:
          'Change own name, locale, email notifications or password (needs the current password)',
        body: updateMeBody,
        response: { 200: z.object({ member: memberSchema }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const member = await updateMe(deps, actor, req.body, {
        keepSessionToken: actor.via === 'session' ? req.cookies[SESSION_COOKIE] : undefined,
      });
      return { member };
    },
  );
}
