import { z } from 'zod';
import type { loginBody, updateMeBody } from '../../contracts/auth.ts';
import { meResponse, sessionResponse } from '../../contracts/auth.ts';
import { okResponse } from '../../contracts/common.ts';
import { memberSchema } from '../../contracts/members.ts';
import { request, setCsrfToken } from './client.ts';

export type Me = z.infer<typeof meResponse>;

/** Signs in; the server sets the session cookie, the CSRF token is kept for writes. */
export async function login(input: z.input<typeof loginBody>) {
  const result = await request(sessionResponse, 'POST', '/auth/login', {
    body: input,
    expectUnauthenticated: true,
  });
  setCsrfToken(result.csrfToken);
  return result;
}

export async function logout(): Promise<void> {
  await request(okResponse, 'POST', '/auth/logout');
  setCsrfToken(null);
}

/** The signed-in member; a 401 here means "not signed in" and is not reported as a lost session. */
export async function getMe(): Promise<Me> {
  const me = await request(meResponse, 'GET', '/auth/me', { expectUnauthenticated: true });
  setCsrfToken(me.csrfToken);
  return me;
}

export function updateMe(input: z.input<typeof updateMeBody>) {
  return request(z.object({ member: memberSchema }), 'PATCH', '/auth/me', { body: input });
}
