import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../src/contracts/auth.ts';
import type { CreatedMember, Member } from '../src/contracts/members.ts';
import type { Organization } from '../src/contracts/organization.ts';
import { buildServer } from '../src/http/server.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import {
  TEST_PASSWORD,
  buildApiToken,
  buildMember,
  buildOrg,
  buildUnit,
  testDeps,
} from './factories.ts';
import { client, signIn, startTestServer, type TestServer } from './http.ts';
import { bodyOf, detailOf, errorOf, pathsOf } from './responses.ts';

let database: TestDatabase;
let server: TestServer;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(testDeps(database.db));
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

interface Session {
  member: Member;
  csrfToken: string;
}

/** A raw POST (the test client carries no cookie jar), with the response's cookie and JSON body. */
async function post(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    cookies: res.headers.getSetCookie(),
    body: await res.json(),
  };
}

function sessionCookie(res: { cookies: string[] }): string {
  const cookie = res.cookies.find((c) => c.startsWith('mooring_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

async function orgWithAdmin() {
  const org = await buildOrg(database.db);
  const admin = await buildMember(database.db, org, { admin: true });
  return { org, admin };
}

const signUpInput = {
  organizationName: 'Harbour Works',
  name: 'Ada Admin',
  email: 'Ada@Harbour.example',
  password: 'a long enough password',
  locale: 'de',
  timeZone: 'europe/berlin',
  model: 'coordinated',
};

describe('sign-up', () => {
  it('creates organization, root unit, first admin and session on an empty installation only', async () => {
    const empty = await createTestDatabase();
    const emptyServer = await startTestServer(testDeps(empty.db));
    try {
      const bad = await post(`${emptyServer.url}/api/v1/auth/signup`, {
        ...signUpInput,
        timeZone: 'Mars/Olympus',
        extra: true,
      });
      expect(bad.status).toBe(400);
      expect(pathsOf(bad)).toEqual(['body.extra', 'body.timeZone']);
      expect(await empty.db.selectFrom('organizations').select('id').execute()).toEqual([]);

      const res = await post(`${emptyServer.url}/api/v1/auth/signup`, signUpInput);
      expect(res.status).toBe(201);
      const body = bodyOf<Session & { organization: Organization }>(res);
      expect(body.organization).toMatchObject({
        name: 'Harbour Works',
        locale: 'de',
        timeZone: 'Europe/Berlin',
        model: 'coordinated',
        strategyVersion: 0,
      });
      expect(body.member).toMatchObject({
        name: 'Ada Admin',
        admin: true,
        locale: 'de',
        invitePending: false,
      });
      expect(Object.keys(body.member).some((k) => /hash|password/i.test(k))).toBe(false);
      const units = await empty.db
        .selectFrom('units')
        .select(['name', 'kind', 'parent_id'])
        .where('organization_id', '=', body.organization.id)
        .execute();
      expect(units).toEqual([{ name: 'Harbour Works', kind: 'company', parent_id: null }]);
      const events = await empty.db.selectFrom('activity').select(['kind', 'actor_id']).execute();
      expect(events).toEqual([{ kind: 'organization.created', actor_id: body.member.id }]);

      const me = await client(emptyServer, {
        cookie: sessionCookie(res).split(';')[0]!,
        csrf: body.csrfToken,
      }).get('/api/v1/auth/me');
      expect(me.status).toBe(200);
      expect(bodyOf<Me>(me).member.id).toBe(body.member.id);
      expect(bodyOf<Me>(me).csrfToken).toBe(body.csrfToken);

      // The email is case-insensitive from then on.
      const api = await signIn(emptyServer, 'ada@harbour.example', signUpInput.password);
      expect(bodyOf<Organization>(await api.get('/api/v1/organization')).name).toBe(
        'Harbour Works',
      );

      for (const path of ['/api/v1/auth/signup', '/api/v1/organizations']) {
        const again = await post(emptyServer.url + path, {
          ...signUpInput,
          email: 'b@harbour.example',
        });
        expect(again.status).toBe(403);
        expect(errorOf(again).code).toBe('forbidden');
        expect(detailOf(again).code).toBe('signup.closed');
      }
      expect(await empty.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
    } finally {
      await emptyServer.close();
      await empty.dispose();
    }
  });

  it('is closed once any organization exists', async () => {
    await orgWithAdmin();
    const res = await post(`${server.url}/api/v1/organizations`, {
      ...signUpInput,
      email: 'x@y.example',
    });
    expect(res.status).toBe(403);
    expect(detailOf(res).code).toBe('signup.closed');
  });
});

describe('login and sessions', () => {
  it('signs in with the right password and sets a safe cookie', async () => {
    const { admin } = await orgWithAdmin();
    const res = await post(`${server.url}/api/v1/auth/login`, {
      email: admin.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const body = bodyOf<Session>(res);
    expect(body.member.id).toBe(admin.id);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const { admin } = await orgWithAdmin();
    const wrong = await post(`${server.url}/api/v1/auth/login`, {
      email: admin.email,
      password: 'not the password',
    });
    const unknown = await post(`${server.url}/api/v1/auth/login`, {
      email: 'nobody@example.test',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.cookies).toEqual([]);
    expect(wrong.body).toEqual(unknown.body);
    expect(errorOf(wrong).code).toBe('unauthenticated');
    expect(detailOf(wrong).code).toBe('auth.invalid_credentials');
  });

  it('needs the CSRF token for cookie writes, not for bearer tokens', async () => {
    const { admin } = await orgWithAdmin();
    const session = await signIn(server, admin.email);
    const firstCsrf = bodyOf<Me>(await session.get('/api/v1/auth/me')).csrfToken!;
    const login = await post(`${server.url}/api/v1/auth/login`, {
      email: admin.email,
      password: TEST_PASSWORD,
    });
    const cookie = sessionCookie(login).split(';')[0]!;
    const noCsrf = await client(server, { cookie, csrf: '' }).patch('/api/v1/auth/me', {
      name: 'X',
    });
    expect(noCsrf.status).toBe(403);
    expect(errorOf(noCsrf).code).toBe('csrf_failed');
    // Another session's token does not fit this cookie.
    const wrongCsrf = await client(server, { cookie, csrf: firstCsrf }).patch('/api/v1/auth/me', {
      name: 'X',
    });
    expect(wrongCsrf.status).toBe(403);
    expect(errorOf(wrongCsrf).code).toBe('csrf_failed');
    const name = await database.db
      .selectFrom('members')
      .select('name')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(name.name).not.toBe('X');
    expect((await session.patch('/api/v1/auth/me', { name: 'Via session' })).status).toBe(200);

    const bearer = client(server, { bearer: await buildApiToken(database.db, admin) });
    const viaToken = await bearer.patch('/api/v1/auth/me', { name: 'Via token' });
    expect(viaToken.status).toBe(200);
    expect(bodyOf<{ member: Member }>(viaToken).member.name).toBe('Via token');
    expect(bodyOf<Me>(await bearer.get('/api/v1/auth/me')).csrfToken).toBeNull();
  });

  it('ends the session on logout', async () => {
    const { admin } = await orgWithAdmin();
    const session = await signIn(server, admin.email);
    expect((await session.get('/api/v1/auth/me')).status).toBe(200);
    expect((await session.post('/api/v1/auth/logout')).status).toBe(200);
    const after = await session.get('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect(errorOf(after).code).toBe('unauthenticated');
  });

  it('rate limits login per address and email (429); secure cookies when configured', async () => {
    const { admin } = await orgWithAdmin();
    const limited = await buildServer(testDeps(database.db), {
      cookieSecure: true,
      loginRateLimit: 3,
    });
    const url = await limited.listen({ port: 0, host: '127.0.0.1' });
    try {
      const ok = await post(`${url}/api/v1/auth/login`, {
        email: admin.email,
        password: TEST_PASSWORD,
      });
      expect(ok.status).toBe(200);
      expect(sessionCookie(ok)).toMatch(/; Secure/);
      for (let i = 0; i < 2; i++) {
        const r = await post(`${url}/api/v1/auth/login`, {
          email: admin.email,
          password: 'wrong one',
        });
        expect(r.status).toBe(401);
      }
      const blocked = await post(`${url}/api/v1/auth/login`, {
        email: admin.email,
        password: TEST_PASSWORD,
      });
      expect(blocked.status).toBe(429);
      expect(errorOf(blocked).code).toBe('rate_limited');
      expect(blocked.cookies.some((c) => c.startsWith('mooring_session='))).toBe(false);
      const otherEmail = await post(`${url}/api/v1/auth/login`, {
        email: 'other@example.test',
        password: 'x',
      });
      expect(otherEmail.status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('shows own units by name; changes the password only with the current one', async () => {
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org, { name: 'Press' });
    const member = await buildMember(database.db, org, {
      memberships: [{ unitId: unit, role: 'editor' }],
    });
    const first = await signIn(server, member.email);
    const second = await signIn(server, member.email);
    const me = bodyOf<Me>(await first.get('/api/v1/auth/me'));
    expect(me.memberships).toEqual([{ unitId: unit, unitName: 'Press', role: 'editor' }]);
    expect(me.organization.id).toBe(org.id);

    const missing = await first.patch('/api/v1/auth/me', { newPassword: 'a brand new password' });
    expect(missing.status).toBe(400);
    expect(detailOf(missing).path).toBe('body.currentPassword');
    const wrong = await first.patch('/api/v1/auth/me', {
      currentPassword: 'not it',
      newPassword: 'a brand new password',
    });
    expect(wrong.status).toBe(400);
    expect(detailOf(wrong).code).toBe('auth.wrong_password');
    const changed = await first.patch('/api/v1/auth/me', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new password',
      locale: 'de',
    });
    expect(changed.status).toBe(200);
    expect(bodyOf<{ member: Member }>(changed).member.locale).toBe('de');
    // The session that changed it stays; every other one ends.
    expect((await first.get('/api/v1/auth/me')).status).toBe(200);
    expect((await second.get('/api/v1/auth/me')).status).toBe(401);
    await expect(signIn(server, member.email)).rejects.toThrow(/401/);
    const fresh = await signIn(server, member.email, 'a brand new password');
    expect((await fresh.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('invitations', () => {
  it('invites without a password; the token is single-use and stored only as a hash', async () => {
    const { admin } = await orgWithAdmin();
    const api = client(server, { bearer: await buildApiToken(database.db, admin) });
    const email = `invitee-${Date.now()}@example.test`;
    const res = await api.post('/api/v1/members', { email, name: 'Invitee' });
    expect(res.status).toBe(201);
    const created = bodyOf<CreatedMember>(res);
    const token = created.inviteToken!;
    expect(token.length).toBeGreaterThan(30);
    expect(created.invitePending).toBe(true);
    const row = await database.db
      .selectFrom('members')
      .select(['password_hash', 'invite_token_hash', 'invite_expires_at'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
    expect(row.invite_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.invite_token_hash).not.toContain(token);
    const days = (row.invite_expires_at!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const shown = JSON.stringify((await api.get(`/api/v1/members/${created.id}`)).body);
    expect(shown).not.toContain(row.invite_token_hash!);
    expect(shown).not.toContain(token);

    await expect(signIn(server, email, 'whatever password')).rejects.toThrow(/401/);
    const accepted = await post(`${server.url}/api/v1/auth/accept-invite`, {
      token,
      password: 'my own password',
    });
    expect(accepted.status).toBe(200);
    expect(sessionCookie(accepted)).toMatch(/HttpOnly/);
    expect(bodyOf<Session>(accepted).member).toMatchObject({
      id: created.id,
      invitePending: false,
    });
    const signedIn = await signIn(server, email, 'my own password');
    expect((await signedIn.get('/api/v1/auth/me')).status).toBe(200);

    const again = await post(`${server.url}/api/v1/auth/accept-invite`, {
      token,
      password: 'another password',
    });
    expect(again.status).toBe(401);
    expect(detailOf(again).code).toBe('auth.invite_invalid');
  });

  it('refuses an expired invitation', async () => {
    const { admin } = await orgWithAdmin();
    const api = client(server, { bearer: await buildApiToken(database.db, admin) });
    const created = bodyOf<CreatedMember>(
      await api.post('/api/v1/members', { email: `late-${Date.now()}@example.test`, name: 'Late' }),
    );
    await database.db
      .updateTable('members')
      .set({ invite_expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', created.id)
      .execute();
    const res = await post(`${server.url}/api/v1/auth/accept-invite`, {
      token: created.inviteToken,
      password: 'my own password',
    });
    expect(res.status).toBe(401);
    const row = await database.db
      .selectFrom('members')
      .select('password_hash')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });
});
